"""The citizen screens' view of the receipt printer.

`TicketPrinter.print_ticket(issued, language)` returns at once; the receipt is laid out
and sent off the UI thread, and `status_changed(ticket_id, state, reason)` reports on
the GUI thread how it goes: queued → printed (the printer confirmed) or
sent_unconfirmed (it took the bytes without confirming), or failed_retrying (the spool
tries again) → … / given_up. Reasons: offline, paper_out, cover_open, error.

Thread use: GUI thread (the work itself runs in the spool and the `Worker`).
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from kiosk.config import Settings
from kiosk.domain.qr_payloads import ticket_qr_payload
from kiosk.domain.tickets import IssuedTicket
from kiosk.printing.fonts import receipt_fonts
from kiosk.ui.bridge import PrintBridge
from kiosk.ui.office_model import OfficeFacts
from kiosk.ui.worker import Worker

if TYPE_CHECKING:
    from kiosk.printing.printer_state import PrinterState
    from kiosk.printing.receipt import TicketReceipt
    from kiosk.printing.spool import PrintSpool

log = logging.getLogger(__name__)

FAILED_STATES = frozenset({"failed_retrying", "given_up"})


class TicketPrinter(QObject):
    status_changed = Signal(str, str, str)  # ticket_id, state, reason

    def print_ticket(self, issued: IssuedTicket, language: str) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Stop printing (the window is closing); receipts not printed yet are given up."""

    def warm_up(self) -> None:
        """Get ready in the background so the first receipt is quick (nothing to do by default)."""


class NullTicketPrinter(TicketPrinter):
    """Prints nothing and reports nothing (screenshots, previews)."""

    def print_ticket(self, issued: IssuedTicket, language: str) -> None:
        return None


class _UnusablePrinter:
    """Stands in for a printer whose URL cannot be understood: every job fails, so the
    citizen is told and keeps the ticket on screen; the log names the bad setting."""

    def __init__(self, url: str, problem: str):
        self.url = url
        self.problem = problem

    def send(self, data: bytes, label: str = "receipt") -> None:
        from kiosk.printing.printers import PrinterError, PrinterErrorReason

        raise PrinterError(PrinterErrorReason.ERROR, self.problem)

    def __repr__(self) -> str:
        return f"<unusable printer {self.url!r}>"


class SpoolTicketPrinter(TicketPrinter):
    """Renders the receipt with `kiosk.printing` on a `Worker` thread and hands the bytes
    to a `PrintSpool`, using the ticket id as the job id.

    The spool reports through `PrintBridge.on_status`; a rendering failure is reported
    as `failed_retrying`/`error` so the citizen is told at once.
    """

    def __init__(self, office: OfficeFacts, spool_factory: Callable[[], PrintSpool], print_bridge: PrintBridge,
                 worker: Worker, profile: str | None = None, width_dots: int | None = None,
                 parent: QObject | None = None, *, office_names: tuple[tuple[str, str], ...] = ()):
        super().__init__(parent)
        self._office = office
        self._office_names = dict(office_names)  # `[office.names]`: the name in each language
        # The spool (and python-escpos behind it) is made on first use, off the GUI
        # thread: importing it costs a tenth of a second the kiosk need not wait for.
        self._spool_factory = spool_factory
        self._spool_instance: PrintSpool | None = None
        self._spool_lock = threading.Lock()
        self._worker = worker
        self._profile = profile
        self._width_dots = width_dots
        self._bridge = print_bridge
        print_bridge.status.connect(self.status_changed)

    @property
    def worker(self) -> Worker:
        return self._worker

    @property
    def profile(self) -> str | None:
        return self._profile

    @property
    def spool(self) -> PrintSpool:
        """The print spool, created on first use (any thread)."""
        with self._spool_lock:
            if self._spool_instance is None:
                self._spool_instance = self._spool_factory()
            return self._spool_instance

    def warm_up(self) -> None:
        """Prepare the spool and the receipt encoder in the background (after start-up)."""

        def prepare() -> None:
            from kiosk.printing import warm_up

            _ = self.spool
            warm_up(("ar", "fr"))

        self._worker.submit(prepare, on_failure=lambda exc: log.warning("printer warm-up failed: %s", exc))

    def office_name(self, language: str) -> str:
        """The office's name in `language` (configured per language), else the office's own name."""
        return self._office_names.get(language) or self._office.info.name

    def receipt_for(self, issued: IssuedTicket, language: str) -> TicketReceipt:
        """The plain receipt data of a ticket (GUI thread: it reads the translations)."""
        from kiosk.printing.receipt import TicketReceipt

        ticket = issued.ticket
        info = self._office.info
        service = self._office.catalogue.service(ticket.service_code)
        return TicketReceipt(
            office_name=self.office_name(language),
            service_name=service.name(language),
            service_name_ar=service.name("ar"),
            ticket_label=ticket.label,
            people_ahead=issued.people_ahead,
            estimated_wait_min=issued.estimated_wait_min,
            issued_at_local=ticket.issued_at.astimezone(ZoneInfo(info.timezone)),
            language=language,
            # The live ticket page when the office has the server's public address (else as before).
            qr_payload=ticket_qr_payload(info.code, ticket.id, ticket.label, self._office.public_url(),
                                         issued.public_token),
            priority_label=self._priority_label(ticket.priority.value),
            specimen=info.training,
        )

    def _priority_label(self, priority: str) -> str | None:
        labels = {
            "elderly": self.tr("Priority: aged 60 or over"),
            "disability": self.tr("Priority: disability"),
            "pregnancy": self.tr("Priority: pregnancy"),
        }
        return labels.get(priority)

    def print_ticket(self, issued: IssuedTicket, language: str) -> None:
        receipt = self.receipt_for(issued, language)
        ticket_id = issued.ticket.id

        def render_and_queue() -> str:
            from kiosk.printing import ticket_receipt_bytes

            data = ticket_receipt_bytes(receipt, self._profile, self._width_dots)
            return self.spool.submit(data, receipt.ticket_label, job_id=ticket_id)

        self._worker.submit(
            render_and_queue,
            on_failure=lambda _exc: self.status_changed.emit(ticket_id, "failed_retrying", "error"),
        )

    def close(self) -> None:
        self._worker.wait_for_done(5000)
        with self._spool_lock:
            if self._spool_instance is not None:
                self._spool_instance.close(timeout_s=2.0)


def open_ticket_printer(office: OfficeFacts, settings: Settings, url: str, worker: Worker,
                        print_bridge: PrintBridge | None = None,
                        spool_options: dict | None = None,
                        printer_state: PrinterState | None = None) -> SpoolTicketPrinter:
    """A spool-backed `TicketPrinter` for the printer `url` names.

    `printer_state`, when given, hears the spool too: the office's status report reads
    the printer's condition from it.

    A malformed URL does not stop the kiosk: tickets are still issued and shown, and
    the citizen is told the printer is not working; the log says what is wrong.
    """
    receipt_fonts()  # load the receipt fonts now, on the GUI thread: the first receipt is as fast as the rest
    print_bridge = print_bridge or PrintBridge()

    def make_spool() -> PrintSpool:
        from kiosk.printing.printers import PrinterUrlError, open_printer
        from kiosk.printing.spool import PrintSpool

        try:
            printer = open_printer(url, settings.printer.profile, settings.printer.width_dots,
                                   status_timeout_s=settings.printer.status_timeout_s)
        except (PrinterUrlError, ValueError, LookupError) as exc:
            log.error("printer.url: %s", exc)
            printer = _UnusablePrinter(url, str(exc))
        return PrintSpool(printer, on_status, **(spool_options or {}))

    def on_status(job_id: str, state, reason=None) -> None:  # the spool's thread
        if printer_state is not None:
            printer_state.on_status(job_id, state, reason)  # plain and lock-guarded: it does not raise
        print_bridge.on_status(job_id, state, reason)

    ticket_printer = SpoolTicketPrinter(office, make_spool, print_bridge, worker, settings.printer.profile,
                                        settings.printer.width_dots, office_names=settings.office.names)
    print_bridge.setParent(ticket_printer)
    worker.setParent(ticket_printer)
    return ticket_printer
