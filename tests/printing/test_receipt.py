"""Receipt images: every language renders, the label and QR are where they should be,
Arabic runs right-to-left, Kabyle letters have glyphs, and rendering does not crash Python."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtGui import QRawFont

from kiosk.domain.languages import LANGUAGES
from kiosk.i18n import translate
from kiosk.printing.escpos_encode import qimage_to_pil
from kiosk.printing.fonts import FONTS_DIR, receipt_fonts
from kiosk.printing.receipt import ReceiptLayout, TicketReceipt, layout_ticket_receipt, text_is_rtl

RECEIPT_SOURCES = (
    "People ahead: %1",
    "Estimated wait: %1",
    "You are next.",
    "Keep this ticket until your number is called.",
)


def ink_box(image, span=None):
    """Bounding box (left, top, right, bottom) of dark dots, optionally within a Span."""
    grey = qimage_to_pil(image)
    if span is not None:
        grey = grey.crop((0, span.top, grey.width, span.bottom))
    return grey.point(lambda v: 255 if v < 128 else 0).getbbox()


@pytest.mark.parametrize("language", LANGUAGES)
def test_receipt_renders_in_every_language(receipt_factory, language):
    rendered = layout_ticket_receipt(receipt_factory(language))
    image = rendered.image
    assert image.width() == 576
    assert 600 < image.height() < 1200
    # The big label: wide and tall ink in its own span, centred on the paper.
    left, top, right, bottom = ink_box(image, rendered.label_span)
    assert right - left > 250 and bottom - top > 80
    assert abs((left + right) / 2 - 288) < 12
    # The QR code is a square block of ink, centred.
    left, top, right, bottom = ink_box(image, rendered.qr_span)
    assert abs((right - left) - (bottom - top)) <= 1
    assert abs((left + right) / 2 - 288) < 8


def test_label_region_shows_the_label(receipt_factory):
    first = layout_ticket_receipt(receipt_factory("fr", ticket_label="A-042"))
    second = layout_ticket_receipt(receipt_factory("fr", ticket_label="B-917"))
    assert first.label_span == second.label_span
    crop = lambda r: qimage_to_pil(r.image).crop((0, r.label_span.top, 576, r.label_span.bottom)).tobytes()  # noqa: E731
    assert crop(first) != crop(second)


def test_labels_are_translated(qapp):
    for language in ("ar", "fr", "kab"):
        for source in RECEIPT_SOURCES:
            assert translate(language, "Receipt", source) != source, (language, source)
    assert translate("kab", "Receipt", "Keep this ticket until your number is called.").count("ɣ") == 1


def test_people_ahead_line_is_right_to_left_in_arabic(qapp):
    layout = ReceiptLayout(576)
    arabic = layout.add_text_line("عدد الأشخاص قبلك: 7", 28, align="start", rtl=True)
    layout.add_gap(10)
    french = layout.add_text_line("Personnes avant vous : 7", 28, align="start", rtl=False)
    image = layout.render()
    ar_left, _, ar_right, _ = ink_box(image, arabic)
    fr_left, _, fr_right, _ = ink_box(image, french)
    # "start" is the right edge for Arabic and the left edge for French.
    assert ar_right > 576 - layout.margin - 8 and ar_left > 150
    assert fr_left < layout.margin + 8 and fr_right < 426


def test_arabic_letters_are_joined(qapp):
    # Joined (shaped) Arabic is narrower than the same letters in isolated forms.
    layout = ReceiptLayout(576)
    joined = layout.add_text_line("بلدية", 40, rtl=True)
    isolated = layout.add_text_line("ب ل د ي ة".replace(" ", "\u200c"), 40, rtl=True)  # ZWNJ blocks joining
    image = layout.render()
    joined_box, isolated_box = ink_box(image, joined), ink_box(image, isolated)
    assert joined_box[2] - joined_box[0] < 0.8 * (isolated_box[2] - isolated_box[0])


def test_bundled_fonts_cover_every_receipt_text(qapp):
    receipt_fonts()
    texts = [translate(lang, "Receipt", s) for lang in LANGUAGES for s in RECEIPT_SOURCES]
    texts += ["ɛ ɣ č ḍ ẓ ṛ ṣ ṭ ǧ ḥ Ɛ Ɣ", "ⵜⴰⵎⴰⵣⵉⵖⵜ", "0123456789/:-"]
    files = ("NotoSans-Regular.ttf", "NotoSansArabic-Regular.ttf", "NotoSansTifinagh-Regular.ttf")
    raw_fonts = [QRawFont(str(FONTS_DIR / name), 20) for name in files]
    assert all(raw.isValid() for raw in raw_fonts)
    for text in texts:
        for char in set(text) - {" ", "\u00a0"}:
            assert any(raw.supportsCharacter(ord(char)) for raw in raw_fonts), \
                f"no bundled glyph for {char!r} in {text!r}"


def test_direction_detection():
    assert text_is_rtl("بلدية Tizi") and not text_is_rtl("Tizi بلدية") and not text_is_rtl("042")


def test_receipt_rejects_unknown_language():
    with pytest.raises(ValueError, match="unsupported receipt language"):
        TicketReceipt("o", "s", "س", "A-001", 0, 0, dt.datetime(2026, 1, 1), "de", "q")


def test_priority_and_next_in_line(receipt_factory):
    rendered = layout_ticket_receipt(receipt_factory("ar", priority_label="أولوية: شخص مسن", people_ahead=0))
    assert ink_box(rendered.image) is not None


def test_rendering_does_not_exhaust_none():
    """PySide6 6.12 on Python 3.11 drops a reference to None on many void calls; rendering
    two hundred receipts must not abort the interpreter (PySide6 6.12 leaked None: pinned below it)."""
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtGui import QGuiApplication
        app = QGuiApplication([])
        sys.path.insert(0, ".")
        from tests.printing.conftest import make_receipt
        from kiosk.printing.receipt import render_ticket_receipt
        for i in range(200):
            render_ticket_receipt(make_receipt(("ar", "fr", "kab", "en")[i % 4]))
        print("rendered")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "rendered" in result.stdout


def test_fonts_load_once(qapp):
    first, second = receipt_fonts(), receipt_fonts()
    assert first is second
    assert (first.arabic, first.latin, first.tifinagh) == ("Noto Sans Arabic", "Noto Sans", "Noto Sans Tifinagh")
