"""ESC/POS encoding: the receipt fits the byte budget, and the paper decoded back from the
bytes is exactly the 1-bit receipt, with a QR code a scanner reads."""
from __future__ import annotations

import time

import pytest
import zxingcpp
from PIL import Image, ImageDraw

from kiosk.domain.languages import LANGUAGES
from kiosk.printing import ticket_receipt_bytes
from kiosk.printing.escpos_encode import EncodeError, decode_raster, encode_image, plan_bands, to_one_bit
from kiosk.printing.receipt import render_ticket_receipt

BUDGET = 24 * 1024  # DESIGN §9


@pytest.mark.parametrize("language", LANGUAGES)
def test_receipt_bytes_fit_the_budget_and_decode_to_the_same_paper(receipt_factory, language):
    receipt = receipt_factory(language, priority_label="Priorité" if language == "fr" else None)
    image = render_ticket_receipt(receipt)
    data = encode_image(image, "TM-T20II")
    assert len(data) <= BUDGET
    naive = 576 // 8 * image.height()
    assert len(data) < naive / 2  # the banding really saves bytes
    assert data.startswith(b"\x1b@") and data.endswith(b"\x1dVB\x00")  # init … cut
    assert data.count(b"\x1dv0\x03") == 2  # the rule and the QR code went as double-size dots
    paper = decode_raster(data, 576)
    assert paper.size == (576, image.height())
    assert paper.tobytes() == to_one_bit(image).convert("L").tobytes()
    codes = zxingcpp.read_barcodes(paper)
    assert [code.text for code in codes] == [receipt.qr_payload]
    assert codes[0].format == zxingcpp.BarcodeFormat.QRCode


def test_convenience_uses_the_profile_width(receipt_factory):
    receipt = receipt_factory("kab")
    data = ticket_receipt_bytes(receipt, "TM-T88V")  # 512-dot Epson
    paper = decode_raster(data, 512)
    assert [code.text for code in zxingcpp.read_barcodes(paper)] == [receipt.qr_payload]
    assert len(data) <= BUDGET


def test_bands_skip_blank_paper_and_crop_to_ink():
    image = Image.new("L", (576, 400), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((8, 10, 40, 30), fill=0)  # hugs the left edge
    draw.rectangle((250, 200, 325, 260), fill=0)  # centred
    draw.rectangle((540, 350, 575, 360), fill=0)  # hugs the right edge
    bands = plan_bands(to_one_bit(image), 576)
    assert [(b.top, b.bottom, b.align) for b in bands] == [(10, 31, "left"), (200, 261, "center"), (350, 361, "right")]
    assert (bands[0].left_byte, bands[0].right_byte) == (0, 6)
    assert (bands[1].left_byte, bands[1].right_byte) == (31, 41)
    assert (bands[2].left_byte, bands[2].right_byte) == (67, 72)
    data = encode_image(image)
    assert decode_raster(data, 576).tobytes() == to_one_bit(image).convert("L").tobytes()
    assert len(data) < 21 * 6 + 61 * 10 + 11 * 5 + 100


def test_blank_receipt_is_only_feeds_and_a_cut():
    data = encode_image(Image.new("L", (576, 600), 255))
    assert b"\x1dv0" not in data
    paper = decode_raster(data, 576)
    assert paper.getbbox() is None or paper.point(lambda v: 255 - v).getbbox() is None


def test_narrow_image_is_centred_on_the_paper():
    image = Image.new("L", (384, 50), 255)
    ImageDraw.Draw(image).rectangle((0, 0, 7, 49), fill=0)
    paper = decode_raster(encode_image(image, "TM-T20II"), 576)
    left, _top, right, _bottom = paper.point(lambda v: 255 - v).getbbox()
    assert (left, right) == (96, 104)


def test_too_wide_image_is_refused():
    with pytest.raises(EncodeError, match="576"):
        encode_image(Image.new("L", (640, 10), 255), "TM-T20II")


def test_decoder_refuses_unknown_commands():
    with pytest.raises(ValueError, match="offset 2"):
        decode_raster(b"\x1b@\x1b!\x00", 576)


def test_render_and_encode_are_fast(receipt_factory):
    """Not a benchmark (those live in benchmarks/): a generous guard against a 10× regression.
    CPU time of this thread, not wall time: other processes on the machine do not count."""
    receipt = receipt_factory("ar")
    ticket_receipt_bytes(receipt)
    times = []
    for _ in range(10):
        start = time.thread_time()
        ticket_receipt_bytes(receipt)
        times.append(time.thread_time() - start)
    assert sorted(times)[5] < 0.25


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_worst_case_receipt_fits_the_budget(receipt_factory, language):
    long_fr = "Légalisation de documents et de copies conformes à l’original pour l’état civil " * 4
    long_ar = "المصادقة على الوثائق والنسخ المطابقة للأصل الخاصة بالحالة المدنية " * 4
    receipt = receipt_factory(
        language,
        office_name=(long_ar if language == "ar" else long_fr),
        service_name=(long_ar if language == "ar" else long_fr),
        service_name_ar=long_ar,
        priority_label="Prioritaire : personne en situation de handicap, femme enceinte",
        people_ahead=999,
        estimated_wait_min=1440,
        ticket_label="W-999",
        qr_payload="maktab:t:" + "7" * 100,
    )
    data = ticket_receipt_bytes(receipt)
    assert len(data) <= BUDGET
    assert [code.text for code in zxingcpp.read_barcodes(decode_raster(data, 576))] == [receipt.qr_payload]


def test_narrow_paper_from_settings_with_an_unknown_width_profile(receipt_factory, capsys):
    receipt = receipt_factory("ar", ticket_label="W-999")
    data = ticket_receipt_bytes(receipt, "default", width_dots=384)  # "default": width unknown
    paper = decode_raster(data, 384)
    assert [code.text for code in zxingcpp.read_barcodes(paper)] == [receipt.qr_payload]
    assert capsys.readouterr().out == ""  # no python-escpos warning per image


def test_warm_up_runs(qapp):
    from kiosk.printing import warm_up

    warm_up(("ar", "kab"))
