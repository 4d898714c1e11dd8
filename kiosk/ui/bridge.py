"""The single Qt adapter for plain-Python events of the core.

`OfficeBridge` subscribes to an `Office` (its listeners are called on whatever thread
made the change) and `PrintBridge.on_status` is the plain callback handed to the print
spool (called on the spool's thread). Both re-emit what they receive as Qt signals on
the thread that owns the bridge — the GUI thread — so screens simply connect slots.

Every delivery is queued, even from the GUI thread itself: a screen is never re-entered
in the middle of `Office.issue_ticket()`.

Thread use: create on the GUI thread; the callbacks may be called from any thread.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

from kiosk.office import OfficeEvent, OfficePort


class OfficeBridge(QObject):
    """`Office` events → signals on the GUI thread."""

    event = Signal(str, dict)  # kind, data — every event
    ticket_issued = Signal(dict)  # data of "ticket.issued" (ticket payload + people_ahead, estimated_wait_min)
    queue_changed = Signal(str)  # service code whose waiting line changed ("" if unknown)

    _incoming = Signal(object)

    def __init__(self, office: OfficePort, parent: QObject | None = None):
        super().__init__(parent)
        self._incoming.connect(self._dispatch, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe: Callable[[], None] | None = office.subscribe(self._on_office_event)

    def _on_office_event(self, event: OfficeEvent) -> None:  # any thread
        self._incoming.emit(event)

    @Slot(object)
    def _dispatch(self, event: OfficeEvent) -> None:
        data = dict(event.data)
        self.event.emit(event.kind, data)
        if event.kind == "ticket.issued":
            self.ticket_issued.emit(data)
        if event.kind.startswith("ticket."):
            self.queue_changed.emit(str(data.get("service_code", "")))

    def close(self) -> None:
        """Stop listening to the office (the window is going away)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None


class PrintBridge(QObject):
    """Print spool status callbacks → a signal on the GUI thread.

    Pass `bridge.on_status` to the spool as its `on_status(job_id, state, reason)`;
    states are queued / printed / sent_unconfirmed / failed_retrying / given_up,
    reasons offline / paper_out / cover_open / error (or empty).
    """

    status = Signal(str, str, str)  # job_id, state, reason

    _incoming = Signal(str, str, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._incoming.connect(self.status, Qt.ConnectionType.QueuedConnection)

    def on_status(self, job_id: str, state, reason=None) -> None:  # any thread
        # The spool passes str-valued enums (JobState, PrinterErrorReason); send their values.
        self._incoming.emit(str(job_id), _value(state), _value(reason) if reason is not None else "")


def _value(item) -> str:
    return str(getattr(item, "value", item))
