"""The citizen screens' view of the receipt printer.

`TicketPrinter.print_ticket(issued, language)` returns at once; the receipt is laid out
and sent off the UI thread, and `status_changed(ticket_id, state, reason)` reports on
the GUI thread how it goes: queued → printed, or failed_retrying (the spool tries
again) → printed / given_up. Reasons: offline, paper_out, error.

Thread use: GUI thread (the work itself runs in the spool and the `Worker`).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.domain.tickets import IssuedTicket

FAILED_STATES = frozenset({"failed_retrying", "given_up"})


class TicketPrinter(QObject):
    status_changed = Signal(str, str, str)  # ticket_id, state, reason

    def print_ticket(self, issued: IssuedTicket, language: str) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Stop printing (the window is closing); pending jobs stay in the spool."""


class NullTicketPrinter(TicketPrinter):
    """Prints nothing and reports nothing (screenshots, previews)."""

    def print_ticket(self, issued: IssuedTicket, language: str) -> None:
        return None
