"""Printing concern receipts from the kiosk (and reprinting them from the desk), off the UI thread.

`ConcernReceiptPrinter` is the "printer" a `ConcernFlow` is given: calling it with
`(registered, language)` returns at once; the receipt is drawn and encoded on the
`Worker` pool and handed to the kiosk's `PrintSpool` with the concern id as job id, the
same way `TicketPrinter` prints tickets. `status_changed(job_id, state, reason)` reports
on the GUI thread (queued → printed / sent_unconfirmed, failed_retrying → … / given_up).

    printer = concern_printer_for(window.printer, office, settings)   # shares the ticket spool

Any callable `(RegisteredConcern, language) -> None` will do for a flow (tests, previews);
it may have a `status_changed` signal.

Thread use: GUI thread (the work runs in the spool and the `Worker`).
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.clock import from_iso
from kiosk.domain.concerns import Concern, RegisteredConcern, mask_phone
from kiosk.office import OfficeInfo
from kiosk.ui.citizen.receipt_printer import SpoolTicketPrinter
from kiosk.ui.office_model import OfficeFacts
from kiosk.ui.worker import Worker

if TYPE_CHECKING:  # the receipt code (python-escpos, Pillow) loads with the first receipt
    from kiosk.printing.concern_receipt import ConcernReceipt
    from kiosk.printing.spool import PrintSpool

log = logging.getLogger(__name__)


def concern_receipt_for(info: OfficeInfo, catalogue: Catalogue, concern: Concern, language: str,
                        show_phone: bool = True, public_url: str | None = None, *,
                        office_name: str | None = None) -> ConcernReceipt:
    """The plain receipt data of a stored concern; the phone only ever masked; with the server's
    `public_url` the QR code opens the concern's page."""
    try:
        category = catalogue.category(concern.category)
        name, name_ar = category.name(language), category.name("ar")
    except KeyError:  # a category since removed from the catalogue
        name = name_ar = concern.category
    masked = mask_phone(concern.contact_phone) if (show_phone and concern.contact_phone) else None
    from kiosk.printing.concern_receipt import ConcernReceipt

    return ConcernReceipt(
        office_name=office_name or info.name, code=concern.code, category_name=name, category_name_ar=name_ar,
        registered_at_local=from_iso(concern.created_at).astimezone(ZoneInfo(info.timezone)),
        language=language if language in ("ar", "fr", "kab", "en") else "ar", masked_phone=masked,
        public_url=public_url, specimen=info.training,
    )


class ConcernReceiptPrinter(QObject):
    status_changed = Signal(str, str, str)  # concern id (job id), state, reason

    def __init__(self, office: OfficeFacts, spool: PrintSpool, worker: Worker, profile: str | None = None,
                 width_dots: int | None = None, status_source: Signal | None = None,
                 parent: QObject | None = None, *, office_name: Callable[[str], str] | None = None):
        super().__init__(parent)
        self._office = office
        self._office_name = office_name  # the name in a language (the ticket printer's), else the office's
        self._spool = spool
        self._worker = worker
        self._profile = profile
        self._width = width_dots
        self._jobs: set[str] = set()
        if status_source is not None:
            status_source.connect(self._status)

    def __call__(self, registered: RegisteredConcern, language: str) -> None:
        self.print_concern(registered.concern, language)

    def print_concern(self, concern: Concern, language: str, show_phone: bool = True) -> None:
        """Print (or reprint) the receipt of `concern`; returns at once."""
        name = self._office_name(language) if self._office_name is not None else None
        receipt = concern_receipt_for(self._office.info, self._office.catalogue, concern, language, show_phone,
                                      self._office.public_url(), office_name=name)
        job_id = concern.id
        self._jobs.add(job_id)

        def render_and_queue() -> str:
            from kiosk.printing.concern_receipt import concern_receipt_bytes

            data = concern_receipt_bytes(receipt, self._profile, self._width)
            # Always fresh bytes: a desk reprint may show less (no phone) than the kiosk's.
            return self._spool.submit(data, receipt.code, job_id=job_id)

        self._worker.submit(render_and_queue,
                            on_failure=lambda _exc: self.status_changed.emit(job_id, "failed_retrying", "error"))

    def _status(self, job_id: str, state: str, reason: str) -> None:
        if job_id in self._jobs:
            self.status_changed.emit(job_id, state, reason)
            if state in ("printed", "sent_unconfirmed", "given_up"):
                self._jobs.discard(job_id)


def concern_printer_for(ticket_printer, office: OfficeFacts, settings) -> ConcernReceiptPrinter | None:
    """A concern printer sharing the kiosk's ticket spool, worker and status bridge, so one
    printer serves both and receipts never interleave; None when the ticket printer prints
    nothing (`NullTicketPrinter`: screenshots, previews).

    `ticket_printer` is the window's `SpoolTicketPrinter`: its spool, worker and profile.
    """
    if not isinstance(ticket_printer, SpoolTicketPrinter):
        return None
    return ConcernReceiptPrinter(office, _SharedSpool(ticket_printer), ticket_printer.worker, ticket_printer.profile,
                                 settings.printer.width_dots, status_source=ticket_printer.status_changed,
                                 parent=ticket_printer, office_name=ticket_printer.office_name)


class _SharedSpool:
    """The ticket printer's spool, reached only when a receipt is queued (it is made lazily)."""

    def __init__(self, ticket_printer: SpoolTicketPrinter):
        self._ticket_printer = ticket_printer

    def submit(self, *args, **kwargs) -> str:
        return self._ticket_printer.spool.submit(*args, **kwargs)
