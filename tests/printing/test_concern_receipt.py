"""Concern receipts: every language fits the byte budget, the paper decoded back from the
bytes carries a QR code a scanner reads as "MAKTAB:C:<code>", the code is big, and a full
phone number can never be printed."""
from __future__ import annotations

import datetime as dt

import pytest
import zxingcpp

from kiosk.domain.concerns import mask_phone
from kiosk.domain.languages import LANGUAGES
from kiosk.domain.tracking_codes import new_tracking_code
from kiosk.i18n import translate
from kiosk.printing.concern_receipt import (
    CONTEXT,
    NEXT_STEPS,
    TITLE,
    ConcernReceipt,
    concern_qr_payload,
    concern_receipt_bytes,
    layout_concern_receipt,
)
from kiosk.printing.escpos_encode import decode_raster, qimage_to_pil, to_one_bit

BUDGET = 24 * 1024  # DESIGN §9
CATEGORY = {"ar": "الإنارة العمومية", "fr": "Éclairage public", "kab": "Tafat n yiberdan", "en": "Street lighting"}


def make_receipt(language: str, **changes) -> ConcernReceipt:
    fields = dict(
        office_name="بلدية بومرداس" if language == "ar" else "APC de Boumerdès",
        code=new_tracking_code("BMD").text,
        category_name=CATEGORY[language],
        category_name_ar=CATEGORY["ar"],
        registered_at_local=dt.datetime(2026, 11, 25, 9, 41),
        language=language,
    )
    fields.update(changes)
    return ConcernReceipt(**fields)


def ink_box(image, span):
    grey = qimage_to_pil(image).crop((0, span.top, image.width(), span.bottom))
    return grey.point(lambda v: 255 if v < 128 else 0).getbbox()


@pytest.mark.parametrize("language", LANGUAGES)
def test_receipt_fits_the_budget_and_its_qr_reads_back(qapp, language):
    receipt = make_receipt(language, masked_phone=mask_phone("+213661234567") if language == "fr" else None)
    rendered = layout_concern_receipt(receipt)
    data = concern_receipt_bytes(receipt, "TM-T20II")
    assert len(data) <= BUDGET, len(data)
    paper = decode_raster(data, 576)
    assert paper.tobytes() == to_one_bit(rendered.image).convert("L").tobytes()
    codes = zxingcpp.read_barcodes(paper)
    assert [code.text for code in codes] == [f"MAKTAB:C:{receipt.code}"]
    assert codes[0].format == zxingcpp.BarcodeFormat.QRCode
    # The code is printed big, on one line, centred.
    left, top, right, bottom = ink_box(rendered.image, rendered.code_span)
    assert bottom - top > 36 and right - left > 300
    assert abs((left + right) / 2 - 288) < 16


def test_worst_case_names_stay_within_budget(qapp):
    long = "Commune de " + "très longue dénomination administrative " * 6
    receipt = make_receipt("kab", office_name=long, category_name=long, category_name_ar="اسم طويل جدا " * 20,
                           code=new_tracking_code("ABCDEFGH").text, masked_phone=mask_phone("+21321123442"))
    data = concern_receipt_bytes(receipt)
    assert len(data) <= BUDGET, len(data)
    assert [c.text for c in zxingcpp.read_barcodes(decode_raster(data, 576))] == [receipt.qr_payload]


def test_narrow_paper(qapp):
    receipt = make_receipt("ar")
    data = concern_receipt_bytes(receipt, width_dots=384)
    assert [c.text for c in zxingcpp.read_barcodes(decode_raster(data, 384))] == [receipt.qr_payload]


@pytest.mark.parametrize("number", ["+213661234567", "0661234567", "0661 23 45 67", "021 12 34 42"])
def test_a_full_phone_number_is_refused(qapp, number):
    with pytest.raises(ValueError, match="mask_phone"):
        make_receipt("fr", masked_phone=number)


def test_masked_phone_is_accepted_and_printed(qapp):
    with_phone = layout_concern_receipt(make_receipt("fr", masked_phone=mask_phone("+213661234567")))
    without = layout_concern_receipt(make_receipt("fr"))
    assert with_phone.image.height() != without.image.height() or \
        qimage_to_pil(with_phone.image).tobytes() != qimage_to_pil(without.image).tobytes()


def test_receipt_sentences_are_translated(qapp):
    for language in ("ar", "fr", "kab"):
        for source in (TITLE, NEXT_STEPS):
            assert translate(language, CONTEXT, source) != source, (language, source)
    assert translate("ar", CONTEXT, TITLE) == "تم تسجيل انشغالك"
    assert translate("fr", CONTEXT, NEXT_STEPS).startswith("Gardez ce reçu")


def test_payload_and_language_checks(qapp):
    assert concern_qr_payload("BMD-7K3Q-9XA4") == "MAKTAB:C:BMD-7K3Q-9XA4"
    with pytest.raises(ValueError, match="unsupported receipt language"):
        ConcernReceipt("o", "BMD-7K3Q-9XA4", "c", "ق", dt.datetime(2026, 1, 1), "de")
