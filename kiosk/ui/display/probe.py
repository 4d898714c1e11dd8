"""Timing hooks for benchmarks: when did the board show a call?

    probe = CallShownProbe(board)          # connect before the call is made
    t0 = time.monotonic(); office.call_next(token, "3")
    shown_at = probe.wait_for("A-042")     # monotonic time the board showed it
    latency = shown_at - t0

The time is taken in a direct slot of `DisplayBoard.call_shown`, which the board emits
right after it has put the call's label and counter in the big call widget.

Thread use: GUI thread; `wait_for` runs the event loop while it waits.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QObject, Qt, QThread
from PySide6.QtWidgets import QApplication

from kiosk.ui.display.board import DisplayBoard


class CallShownProbe(QObject):
    """Records the monotonic time of every `call_shown(label, counter)` of a board."""

    def __init__(self, board: DisplayBoard):
        super().__init__(board)
        self.shown: dict[str, float] = {}  # label → monotonic time of its latest showing
        self.counters: dict[str, str] = {}
        board.call_shown.connect(self._record, Qt.ConnectionType.DirectConnection)

    def _record(self, label: str, counter: str) -> None:
        self.shown[label] = time.monotonic()
        self.counters[label] = counter

    def forget(self, label: str) -> None:
        self.shown.pop(label, None)

    def wait_for(self, label: str, timeout_s: float = 5.0) -> float:
        """The monotonic time at which the board showed `label`; raises TimeoutError."""
        deadline = QDeadlineTimer(int(timeout_s * 1000))
        app = QApplication.instance()
        while label not in self.shown:
            if deadline.hasExpired():
                raise TimeoutError(f"the board did not show {label} within {timeout_s} s")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if label not in self.shown:
                QThread.usleep(200)
        return self.shown[label]


def time_call_shown(board: DisplayBoard, label: str, timeout_s: float = 5.0) -> float:
    """The monotonic time at which `board` shows `label` (waits for it; a new probe each time).

    Call it after the action that calls the ticket, on the GUI thread, before the event
    loop has run: the board only learns of the call through queued events.
    """
    probe = CallShownProbe(board)
    try:
        return probe.wait_for(label, timeout_s)
    finally:
        board.call_shown.disconnect(probe._record)
        probe.deleteLater()
