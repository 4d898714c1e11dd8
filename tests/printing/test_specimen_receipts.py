"""Training receipts (issue 14, item 6): SPECIMEN printed at the top and the bottom of ticket
and concern receipts, and their QR codes never a public page — read back from the very
ESC/POS bytes the printer receives (tests/printing/escpos_raster.py, zxing-cpp)."""
from __future__ import annotations

import pytest

from kiosk.domain.languages import LANGUAGES
from kiosk.domain.qr_payloads import ticket_qr_payload
from kiosk.i18n import translate
from kiosk.printing import ticket_receipt_bytes
from kiosk.printing.concern_receipt import concern_receipt_bytes, layout_concern_receipt
from kiosk.printing.receipt import SPECIMEN_MEANING, SPECIMEN_QR, layout_ticket_receipt
from tests.printing.escpos_raster import decode_qr_from_escpos, paper_from_escpos
from tests.printing.test_concern_receipt import make_receipt as make_concern_receipt

BUDGET = 24 * 1024  # DESIGN §9
PUBLIC_URL = "https://maktab.example.dz"


def boxed_rows(paper, top: int = 0, bottom: int | None = None) -> list[int]:
    """Rows (from `top` to `bottom`) crossed by one unbroken black run over a third of the paper:
    the edge of SPECIMEN's box. Text, dashed rules and QR modules never run that long."""
    raw = paper.tobytes()
    rows = []
    for y in range(top, paper.height if bottom is None else bottom):
        run = longest = 0
        for value in raw[y * paper.width:(y + 1) * paper.width]:
            run = run + 1 if value < 128 else 0
            longest = max(longest, run)
        if longest > paper.width / 3:
            rows.append(y)
    return rows


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_training_ticket_says_specimen_at_both_ends_and_its_qr_code_opens_no_page(receipt_factory, language):
    real = receipt_factory(language, qr_payload=ticket_qr_payload("TST", "01J", "A-042", PUBLIC_URL, "tok"))
    training = receipt_factory(language, qr_payload=real.qr_payload, specimen=True)
    rendered = layout_ticket_receipt(training)
    first, last = rendered.specimen_spans
    assert first.top < rendered.label_span.top < rendered.qr_span.bottom <= last.top

    data = ticket_receipt_bytes(training, "TM-T20II")
    assert len(data) <= BUDGET
    paper = paper_from_escpos(data)
    assert boxed_rows(paper, first.top, first.bottom)  # the black SPECIMEN box, on paper
    assert boxed_rows(paper, last.top, last.bottom)
    assert decode_qr_from_escpos(data) == [SPECIMEN_QR]
    # The same ticket for real: no box, and the QR code opens the ticket's page.
    real_data = ticket_receipt_bytes(real, "TM-T20II")
    assert not boxed_rows(paper_from_escpos(real_data))
    assert decode_qr_from_escpos(real_data) == [real.qr_payload]


def test_a_training_ticket_keeps_what_the_kiosk_scanner_reads(receipt_factory):
    payload = ticket_qr_payload("TST", "01J", "A-042")  # the training office has no public address
    data = ticket_receipt_bytes(receipt_factory("fr", qr_payload=payload, specimen=True), "TM-T20II")
    assert decode_qr_from_escpos(data) == [payload]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_training_concern_receipt_says_specimen_and_points_at_no_public_page(qapp, language):
    receipt = make_concern_receipt(language, public_url=PUBLIC_URL, specimen=True)
    rendered = layout_concern_receipt(receipt)
    first, last = rendered.specimen_spans
    assert first.top < rendered.code_span.top < last.top
    data = concern_receipt_bytes(receipt, "TM-T20II")
    assert len(data) <= BUDGET
    paper = paper_from_escpos(data)
    assert boxed_rows(paper, first.top, first.bottom) and boxed_rows(paper, last.top, last.bottom)
    assert decode_qr_from_escpos(data) == [f"MAKTAB:C:{receipt.code}"]
    real = make_concern_receipt(language, code=receipt.code, public_url=PUBLIC_URL)
    assert decode_qr_from_escpos(concern_receipt_bytes(real, "TM-T20II")) == [f"{PUBLIC_URL}/c/{receipt.code}"]


@pytest.mark.parametrize("language", ["ar", "fr", "kab"])
def test_what_specimen_means_is_said_in_the_citizen_language(qapp, language):
    said = translate(language, "Receipt", SPECIMEN_MEANING)
    assert said and said != SPECIMEN_MEANING
