"""Fixtures for the printing tests: receipts in every language and a fake network printer.

The fake printer is a real TCP server on 127.0.0.1 that speaks the part of ESC/POS a
receipt printer needs here: it answers real-time status requests (DLE EOT n) as an
Epson-compatible printer does and stores the bytes of each job; its `mode` says how it
behaves (see `FakeNetworkPrinter`).
"""
from __future__ import annotations

import datetime as dt

import pytest

from kiosk.printing.receipt import TicketReceipt
from tests.printing.fake_printer import FakeNetworkPrinter, FakeSerialPrinter

SERVICE_NAMES = {
    "ar": "استخراج شهادة الميلاد",
    "fr": "Extrait d’acte de naissance",
    "kab": "Agbur n tlalit — ɛ ɣ č ḍ ẓ ṛ",
    "en": "Birth certificate extract",
}
QR_PAYLOAD = "maktab:t:01JD5XKQ7R3N8V2W4Y6Z0A1B2C"


def make_receipt(language: str, **changes) -> TicketReceipt:
    fields = dict(
        office_name="بلدية تيزي وزو" if language == "ar" else "Commune de Tizi Ouzou",
        service_name=SERVICE_NAMES[language],
        service_name_ar=SERVICE_NAMES["ar"],
        ticket_label="A-042",
        people_ahead=7,
        estimated_wait_min=21,
        issued_at_local=dt.datetime(2026, 11, 25, 9, 41),
        language=language,
        qr_payload=QR_PAYLOAD,
    )
    fields.update(changes)
    return TicketReceipt(**fields)


@pytest.fixture
def receipt_factory(qapp):
    """make_receipt, with the QApplication that text rendering needs."""
    return make_receipt


@pytest.fixture
def fake_printer():
    printer = FakeNetworkPrinter()
    yield printer
    printer.close()


@pytest.fixture
def serial_printer():
    printer = FakeSerialPrinter()
    yield printer
    printer.close()
