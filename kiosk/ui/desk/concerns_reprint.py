"""What the desk says after "Reprint receipt": the print spool's answer for that receipt.

`ReprintStatus(printer, say)` listens to a concern printer's `status_changed(job_id,
state, reason)` (see kiosk/ui/citizen/concerns/receipt_printer.py) and, for the receipt
it was asked to `watch`, says in the desk's language whether the printer confirmed it,
took it without confirming (the clerk should look at the printer), or is failing.
A printer without that signal (a plain callable) leaves the "being printed" line as is.

Thread: GUI thread (the signal arrives there through the print bridge).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject


class ReprintStatus(QObject):
    def __init__(self, printer, say: Callable[[str], None], parent: QObject | None = None):
        super().__init__(parent)
        self._say = say
        self._job: str | None = None
        signal = getattr(printer, "status_changed", None)
        if signal is not None:
            signal.connect(self._status)

    def watch(self, job_id: str) -> None:
        """Report on the receipt `job_id` (a concern id) from now on."""
        self._job = job_id

    def _status(self, job_id: str, state: str, reason: str) -> None:
        if job_id != self._job:
            return
        if state == "printed":
            text = self.tr("The receipt was printed.")
        elif state == "sent_unconfirmed":
            text = self.tr("The receipt was sent to the printer, but the printer did not confirm that it printed.")
        elif state == "failed_retrying" and reason == "paper_out":
            text = self.tr("The printer has no paper. The receipt will print once a roll is put in.")
        elif state == "failed_retrying":
            text = self.tr("The printer is not working. It will try again.")
        elif state == "given_up":
            text = self.tr("The receipt could not be printed.")
        else:
            return
        if state in ("printed", "sent_unconfirmed", "given_up"):
            self._job = None
        self._say(text)
