"""The UI's timers and its sense of elapsed time, behind one small object that tests move by hand.

Every screen that waits for something — the kiosk's idle timer and warning, the ticket
screen, the concern flow's countdowns, the desk's retry and tick, the desk banner's
notice, the display's refresh, retry, flash and ticker — asks a `UiClock` for its timers
instead of building a `QTimer`, and for the time instead of calling `time.monotonic()`:

    self._timer = clock.timer(self, 5000, single_shot=True)   # a real QTimer in the application
    self._timer.timeout.connect(self.finished)
    since = clock.monotonic()

The application passes nothing and gets `SYSTEM_UI_CLOCK` (real `QTimer`s and
`time.monotonic`). Tests pass a `ManualUiClock` and move it on by hand, so a timer fires
when the test says so — never because the machine was slow, never too early:

    clock = ManualUiClock()
    window = build_citizen_window(office, settings, clock=clock)
    clock.advance(seconds=50)        # → the "are you still there?" warning, synchronously

Thread use: GUI thread (timers fire on it; call `advance` on it).
"""
from __future__ import annotations

import itertools
import time
from typing import Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal


class UiClock(Protocol):
    def timer(self, parent: QObject, interval_ms: int = 0, *, single_shot: bool = False) -> UiTimer:
        """A stopped timer owned by `parent` (it goes when the parent goes)."""

    def monotonic(self) -> float:
        """Seconds on a clock that only moves forward (for "how long since")."""


class SystemUiClock:
    """The application's clock: Qt's timers and the system's monotonic time."""

    def timer(self, parent: QObject, interval_ms: int = 0, *, single_shot: bool = False) -> QTimer:
        timer = QTimer(parent)
        timer.setInterval(interval_ms)
        timer.setSingleShot(single_shot)
        return timer

    def monotonic(self) -> float:
        return time.monotonic()


SYSTEM_UI_CLOCK = SystemUiClock()


class ManualTimer(QObject):
    """A timer of a `ManualUiClock`: the same calls as a `QTimer`, fired only by `advance`."""

    timeout = Signal()

    def __init__(self, clock: ManualUiClock, parent: QObject | None, interval_ms: int, single_shot: bool):
        super().__init__(parent)
        self._clock = clock
        self._interval = int(interval_ms)
        self._single_shot = single_shot
        self.deadline_ms: int | None = None  # on the clock's time; None while stopped
        self.order = 0  # among timers due at the same moment, the one started first fires first

    def start(self, msec: int | None = None) -> None:
        if msec is not None:
            self._interval = int(msec)
        self._clock._schedule(self, self._clock.now_ms + self._interval)

    def stop(self) -> None:
        self._clock._unschedule(self)

    def isActive(self) -> bool:
        return self.deadline_ms is not None

    def remainingTime(self) -> int:
        if self.deadline_ms is None:
            return -1
        return max(0, self.deadline_ms - self._clock.now_ms)

    def interval(self) -> int:
        return self._interval

    def setInterval(self, msec: int) -> None:
        self._interval = int(msec)
        if self.isActive():  # as QTimer: an active timer starts again with the new interval
            self.start()

    def isSingleShot(self) -> bool:
        return self._single_shot

    def setSingleShot(self, single_shot: bool) -> None:
        self._single_shot = single_shot


class ManualUiClock:
    """A UI clock for tests: time stands still until `advance`, which fires the timers due, in order.

    Like a running event loop, `advance` first delivers what is already posted (queued
    signals such as the office bridge's events), so a timer started in answer to an
    office event is running before time moves; and again after each timer fires.
    """

    def __init__(self, start_s: float = 1000.0):
        self.now_ms = 0
        self._start_s = start_s
        self._active: list[ManualTimer] = []
        self._orders = itertools.count()

    def timer(self, parent: QObject, interval_ms: int = 0, *, single_shot: bool = False) -> ManualTimer:
        return ManualTimer(self, parent, interval_ms, single_shot)

    def monotonic(self) -> float:
        return self._start_s + self.now_ms / 1000

    def advance(self, ms: int = 0, *, seconds: float = 0.0) -> None:
        """Move on by `ms` milliseconds plus `seconds`; each timer due fires at its own moment."""
        target = self.now_ms + int(ms) + round(seconds * 1000)
        _deliver_posted_events()
        while True:
            self._active = [timer for timer in self._active if shiboken6.isValid(timer)]  # parent gone
            due = [timer for timer in self._active if timer.deadline_ms is not None and timer.deadline_ms <= target]
            if not due:
                break
            timer = min(due, key=lambda t: (t.deadline_ms, t.order))
            assert timer.deadline_ms is not None
            self.now_ms = max(self.now_ms, timer.deadline_ms)
            if timer.isSingleShot():
                self._unschedule(timer)
            else:  # a zero interval would fire forever without time moving: 1 ms at least
                self._schedule(timer, timer.deadline_ms + max(1, timer.interval()))
            timer.timeout.emit()
            _deliver_posted_events()
        self.now_ms = target

    def active_timers(self) -> list[ManualTimer]:
        """The timers now running (for a test's error message)."""
        return [timer for timer in self._active if shiboken6.isValid(timer) and timer.isActive()]

    def _schedule(self, timer: ManualTimer, deadline_ms: int) -> None:
        timer.deadline_ms = deadline_ms
        timer.order = next(self._orders)
        if timer not in self._active:
            self._active.append(timer)

    def _unschedule(self, timer: ManualTimer) -> None:
        timer.deadline_ms = None
        if timer in self._active:
            self._active.remove(timer)


UiTimer = QTimer | ManualTimer  # the same calls: start([ms]), stop, isActive, remainingTime, …


def _deliver_posted_events() -> None:
    if QCoreApplication.instance() is not None:
        QCoreApplication.processEvents()


__all__ = ["SYSTEM_UI_CLOCK", "ManualTimer", "ManualUiClock", "SystemUiClock", "UiClock", "UiTimer"]
