"""The receipt printer's last known condition, for the office's status report.

`PrinterState.on_status(job_id, state, reason)` is a second listener of the print spool
(beside the UI's `PrintBridge`); `state()` answers what the sync client reports to the
central server, one of `sync.protocol.office_status.PRINTER_STATES`; `subscribe(listener)`
calls `listener()` when that answer changes (the kiosk wakes its sync loop with it, so the
back office learns of an empty roll without waiting for the next ticket):

    unknown    no job has reached the printer since the kiosk started
    ok         the last job was printed (the printer confirmed) or taken by the printer
    paper_out  the printer said its roll is empty
    offline    the printer could not be reached, or said it is offline
    error      the printer said its cover is open, or anything else went wrong

The printer is only asked for its status around a job (`printers.EscposPrinter.send`
asks before and after; there is no paper sensor to poll between jobs), and the spool
reports what it said as the failure's reason. So the condition changes with job
outcomes: a paper-out printer is "paper_out" until a receipt comes out again.

No Qt, no python-escpos: imported at start-up, before the spool exists.

Thread: `on_status` runs on the spool's worker (or the submitting thread for "queued"),
and so do the listeners it calls; `state` runs on the sync loop's thread. All may be
called from any thread.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.printing.printers import PrinterErrorReason
    from kiosk.printing.spool import JobState

log = logging.getLogger(__name__)

UNKNOWN = "unknown"

# Spool job states that say the printer works. A job "sent_unconfirmed" was taken by the
# printer, which did not (or cannot: file and USB printers) confirm: the report has no
# "unconfirmed" value, and "unknown" forever would hide that such a printer works.
_WORKING = {"printed": "ok", "sent_unconfirmed": "ok"}

# A failed attempt's reason, as the report names it. The report has no "cover open": it
# is "error" (someone at the office must look at the printer) rather than "offline",
# which reads as a cable or power problem.
_FAILING = {"paper_out": "paper_out", "offline": "offline", "cover_open": "error", "error": "error"}


class PrinterState:
    """Remembers the printer condition the print spool's last job revealed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state = UNKNOWN
        self._listeners: list[Callable[[], None]] = []

    def on_status(self, job_id: str, state: JobState | str, reason: PrinterErrorReason | str | None = None) -> None:
        """The spool's callback. "queued" and "given_up" say nothing new about the printer
        (giving up follows failures already reported, or the spool closing)."""
        state_name = _value(state)
        if state_name in _WORKING:
            condition = _WORKING[state_name]
        elif state_name == "failed_retrying":
            condition = _FAILING.get(_value(reason) if reason is not None else "error", "error")
        else:
            return
        with self._lock:
            changed, self._state = condition != self._state, condition
            listeners = list(self._listeners) if changed else []
        for listener in listeners:
            try:
                listener()
            except Exception:  # a listener's bug must not stop the spool nor the UI's own callback
                log.exception("printer state: a listener failed")

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call `listener()` after each change of `state()`; returns the function that stops it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def state(self) -> str:
        """ok | paper_out | offline | error | unknown (the sync client's `printer_state`)."""
        with self._lock:
            return self._state


def _value(item: object) -> str:
    # The spool passes str-valued enums; tests and adapters may pass their plain values.
    return str(getattr(item, "value", item))
