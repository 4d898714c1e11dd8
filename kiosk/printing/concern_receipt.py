"""The concern receipt: "your concern has been registered", its tracking code, QR code and
what happens next — never the full phone number.

    receipt = ConcernReceipt(office_name, code, category_name, category_name_ar,
                             registered_at_local, language, masked_phone=None)
    data = concern_receipt_bytes(receipt, profile, width_dots)   # ESC/POS, ≤ 24 KB

Built from `receipt.ReceiptLayout` blocks, one language per line (Arabic lines right to
left), Western digits. The code is printed big and left to right in every language (it
stays typable by hand); the QR code carries `concern_qr_payload(code, public_url)`: the
concern's public page `{public_url}/c/<code>` when the office has the server's public
address, else "MAKTAB:C:<code>" (kiosk/domain/qr_payloads.py); a hand scanner at the
kiosk's follow-up screen types either back in. Sentences are translated in the
"ConcernReceipt" context of `kiosk/translations/concerns_<lang>.ts`.

The receipt receives plain data: the phone is already masked (`domain.concerns.mask_phone`)
by the caller, and `ConcernReceipt` refuses anything that looks like a full number.

Thread: any thread once a QGuiApplication exists (see `receipt.py`); in the kiosk it runs on
the `Worker` pool, and the bytes go to the print spool.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QImage

from kiosk.domain.languages import LANGUAGES, is_rtl
from kiosk.domain.qr_payloads import concern_qr_payload
from kiosk.i18n import translate
from kiosk.printing.receipt import MIN_TEXT_DOTS, ReceiptLayout, Span, add_specimen_mark

if TYPE_CHECKING:
    from escpos.capabilities import BaseProfile

CONTEXT = "ConcernReceipt"

# Marked for pyside6-lupdate; translated at print time in the receipt's language. (str(): PySide6's
# stubs type the marker's result as object, though it returns its text unchanged.)
TITLE: str = str(QT_TRANSLATE_NOOP("ConcernReceipt", "Your concern has been registered"))
CODE_CAPTION: str = str(QT_TRANSLATE_NOOP("ConcernReceipt", "Your tracking code"))
CATEGORY: str = str(QT_TRANSLATE_NOOP("ConcernReceipt", "Subject: %1"))
NEXT_STEPS: str = str(QT_TRANSLATE_NOOP("ConcernReceipt",
                                         "Keep this receipt. Follow your concern at the kiosk with this code."))
CONTACT: str = str(QT_TRANSLATE_NOOP("ConcernReceipt", "The office may call you on:"))
ANONYMOUS: str = str(QT_TRANSLATE_NOOP("ConcernReceipt", "Anonymous concern: only this code lets you follow it."))

CODE_SIZE = 64
# A full national or international number: 9 or more digits in a row (separators allowed).
_FULL_NUMBER = re.compile(r"(?:\d[\s\-.]?){9,}")


@dataclasses.dataclass(frozen=True)
class ConcernReceipt:
    """Everything printed on a concern receipt, as plain data."""

    office_name: str
    code: str  # printed form, e.g. "BMD-7K3Q-9XA4"
    category_name: str  # in the citizen's language
    category_name_ar: str  # in Arabic, always printed for the desk
    registered_at_local: dt.datetime  # office local time
    language: str  # "ar", "fr", "kab" or "en"
    masked_phone: str | None = None  # `mask_phone(...)`, never the full number
    public_url: str | None = None  # the central server's public address: the QR code opens the concern's page
    specimen: bool = False  # a training office's receipt: SPECIMEN printed, the QR code never a public page

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"unsupported receipt language {self.language!r}; expected one of {LANGUAGES}")
        if self.masked_phone and _FULL_NUMBER.search(self.masked_phone):
            raise ValueError("a receipt never shows a full phone number: pass mask_phone(...)")

    @property
    def qr_payload(self) -> str:
        return concern_qr_payload(self.code, None if self.specimen else self.public_url)


@dataclasses.dataclass(frozen=True)
class ConcernReceiptImage:
    """The rendered receipt and where its main parts are (tests, previews)."""

    image: QImage
    code_span: Span
    qr_span: Span
    specimen_spans: tuple[Span, ...] = ()  # where SPECIMEN is printed (training receipts)


def _tr(receipt: ConcernReceipt, source: str) -> str:
    return translate(receipt.language, CONTEXT, source)


def layout_concern_receipt(receipt: ConcernReceipt, width_dots: int = 576) -> ConcernReceiptImage:
    rtl = is_rtl(receipt.language)
    layout = ReceiptLayout(width_dots)
    layout.add_gap(4)
    specimen: list[Span] = []
    if receipt.specimen:  # first and last, as on the ticket receipt
        specimen.append(add_specimen_mark(layout, receipt.language))
        layout.add_gap(6)
    # Names come from configuration and the catalogue: bounded lines keep the bytes bounded.
    layout.add_text_line(receipt.office_name, 26, bold=True, max_lines=1, min_size=MIN_TEXT_DOTS)
    layout.add_gap(6)
    layout.add_rule()
    layout.add_gap(6)
    layout.add_text_line(_tr(receipt, TITLE), 30, bold=True, rtl=rtl, max_lines=2, min_size=24)
    layout.add_gap(4)
    layout.add_text_line(_tr(receipt, CODE_CAPTION), 24, rtl=rtl, max_lines=1, min_size=MIN_TEXT_DOTS)
    # Left to right in every language, one line: set smaller rather than wrapped.
    code_span = layout.add_text_line(receipt.code, CODE_SIZE, bold=True, rtl=False, max_lines=1, min_size=32)
    qr_span = layout.add_qr(receipt.qr_payload, max_size_dots=240)
    category = _tr(receipt, CATEGORY)
    if receipt.language != "ar" and receipt.category_name.strip() != receipt.category_name_ar.strip():
        layout.add_text_line(category.replace("%1", receipt.category_name), 26, rtl=rtl, max_lines=2,
                             min_size=MIN_TEXT_DOTS)
    layout.add_text_line(translate("ar", CONTEXT, CATEGORY).replace("%1", receipt.category_name_ar), 26,
                         rtl=True, max_lines=2, min_size=MIN_TEXT_DOTS)
    layout.add_text_line(receipt.registered_at_local.strftime("%d/%m/%Y   %H:%M"), 24, rtl=False)
    layout.add_gap(6)
    if receipt.masked_phone:
        layout.add_text_line(_tr(receipt, CONTACT), MIN_TEXT_DOTS, rtl=rtl, max_lines=2)
        layout.add_text_line(receipt.masked_phone, 26, bold=True, rtl=False, max_lines=1)
    else:
        layout.add_text_line(_tr(receipt, ANONYMOUS), MIN_TEXT_DOTS, rtl=rtl, max_lines=2, min_size=MIN_TEXT_DOTS)
    layout.add_gap(6)
    layout.add_rule()
    layout.add_gap(4)
    layout.add_text_line(_tr(receipt, NEXT_STEPS), 24, bold=True, rtl=rtl, max_lines=3, min_size=MIN_TEXT_DOTS)
    layout.add_gap(4)
    if receipt.specimen:
        specimen.append(add_specimen_mark(layout, receipt.language, explained=False))
        layout.add_gap(4)
    return ConcernReceiptImage(layout.render(), code_span, qr_span, tuple(specimen))


def render_concern_receipt(receipt: ConcernReceipt, width_dots: int = 576) -> QImage:
    """The concern receipt as a white 8-bit grey QImage, `width_dots` wide."""
    return layout_concern_receipt(receipt, width_dots).image


def concern_receipt_bytes(receipt: ConcernReceipt, profile: BaseProfile | str | None = None,
                          width_dots: int | None = None) -> bytes:
    """The ESC/POS bytes of a concern receipt (same width rules as `ticket_receipt_bytes`)."""
    from kiosk.printing.escpos_encode import encode_image, profile_width, resolve_profile

    profile = resolve_profile(profile)
    width = width_dots or profile_width(profile) or 576
    width -= width % 8
    return encode_image(render_concern_receipt(receipt, width), profile)
