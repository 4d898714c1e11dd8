"""A sample ticket receipt, printed at once, for `maktab print-test` (checking a printer).

Unlike the kiosk, which prints through the spool, this sends synchronously so the
technician sees the error (PrinterUrlError, PrinterError) straight away.

Thread: the calling thread; creates an off-screen QGuiApplication if none exists.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from kiosk.config import Settings
from kiosk.domain.catalogue import kabyle_in_script
from kiosk.i18n import use_tamazight_script
from kiosk.printing import ticket_receipt_bytes
from kiosk.printing.fonts import ensure_gui_application
from kiosk.printing.printers import Delivery, PngPrinter, open_printer
from kiosk.printing.receipt import TicketReceipt

# Catalogue-style names of one service in each language (sample data, not UI text).
SAMPLE_SERVICE = {
    "ar": "استخراج شهادة الميلاد",
    "fr": "Extrait d’acte de naissance",
    "kab": "Aselkin n tlalit",
    "en": "Birth certificate extract",
}


def sample_receipt(settings: Settings, language: str = "ar") -> TicketReceipt:
    return TicketReceipt(
        office_name=settings.office.name,
        service_name=kabyle_in_script(SAMPLE_SERVICE, settings.kiosk.tamazight_script)[language],
        service_name_ar=SAMPLE_SERVICE["ar"],
        ticket_label="A-000",
        people_ahead=3,
        estimated_wait_min=9,
        issued_at_local=dt.datetime.now(settings.office.zone),
        language=language,
        qr_payload=f"maktab:print-test:{settings.office.code}",
        specimen=settings.training,  # `maktab --training print-test`: as the training kiosk prints
    )


@dataclasses.dataclass(frozen=True)
class SamplePrint:
    where: str  # the png file, or the printer URL
    delivery: Delivery  # PRINTED only when the printer confirmed
    note: str  # what the printer confirmed, or why it could not


def print_sample_receipt(settings: Settings, url: str | None = None, language: str = "ar") -> SamplePrint:
    """Print a sample receipt on `url` (default: the configured printer).

    Raises PrinterUrlError or PrinterError, whose messages are meant for a technician.
    """
    ensure_gui_application()
    use_tamazight_script(settings.kiosk.tamazight_script)  # the receipt as this office's kiosk prints it
    url = url or settings.printer_url
    printer = open_printer(url, settings.printer.profile, settings.printer.width_dots,
                           status_timeout_s=settings.printer.status_timeout_s)
    receipt = sample_receipt(settings, language)
    data = ticket_receipt_bytes(receipt, settings.printer.profile, settings.printer.width_dots)
    delivery = printer.send(data, f"print-test-{receipt.ticket_label}")
    where = str(printer.last_path) if isinstance(printer, PngPrinter) else url
    return SamplePrint(where, delivery, printer.last_note)

