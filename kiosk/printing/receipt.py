"""Receipt images: plain receipt data in, a white QImage with black text and a QR code out.

Thermal printers cannot shape Arabic or Tifinagh, so the whole receipt is an image drawn
with the bundled fonts (DESIGN §6). `ReceiptLayout` is the reusable part: a column of
blocks (text lines that wrap, gaps, rules, a QR code, an inverted box) stacked top to
bottom and painted in one pass; `render_ticket_receipt` builds the ticket receipt with it.
Other receipts (a concern's acknowledgement, for instance) stack the same blocks.

One language per line: a line is laid out with a single paragraph direction (Arabic lines
right-to-left, the others left-to-right), so Arabic is shaped and joined by Qt's text
engine and never mixed with Latin in one paragraph. Digits are Western (0–9).

Thread: any thread once a QGuiApplication exists and `receipt_fonts()` has run once
(QImage/QPainter/QTextLayout drawing on a QImage is allowed off the GUI thread). In
practice receipts are rendered where the ticket is issued, and the bytes go to the spool.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QTextLayout, QTextOption

from kiosk.domain.languages import LANGUAGES, is_rtl
from kiosk.i18n import translate
from kiosk.printing.fonts import ReceiptFonts, receipt_fonts
from kiosk.printing.qr_matrix import qr_modules

Align = Literal["center", "start", "end"]  # start/end follow the line's direction

DOTS_PER_MM = 203 / 25.4  # thermal printers print at 203 dpi: 8 dots a millimetre
# No printed text under 3 mm (a line of 22 dots was 2.75 mm, too small for older eyes):
# `ReceiptLayout` never sets text smaller, whatever a caller asks.
MIN_TEXT_DOTS = 24


def _alignment(align: Align, rtl: bool) -> Qt.AlignmentFlag:
    # QTextLayout does not mirror AlignLeft for a right-to-left paragraph, so "start"
    # (the right edge of an Arabic line, where its reader starts) is mapped here.
    if align == "center":
        return Qt.AlignmentFlag.AlignHCenter
    at_left = (align == "start") != rtl
    return Qt.AlignmentFlag.AlignLeft if at_left else Qt.AlignmentFlag.AlignRight




@dataclasses.dataclass(frozen=True)
class Span:
    """Where a block landed on the receipt, in dots from the top (bottom exclusive)."""

    top: int
    bottom: int

    @property
    def height(self) -> int:
        return self.bottom - self.top


def text_is_rtl(text: str) -> bool:
    """True when the first strongly directional character is right-to-left (Arabic, Hebrew)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


class ReceiptLayout:
    """A receipt as a column of blocks, measured when added and painted by `render()`.

    Every `add_*` method returns the block's `Span`, so a caller (or a test) knows where
    each part of the receipt is. Sizes are in printer dots (8 dots per mm at 203 dpi).
    """

    def __init__(self, width_dots: int = 576, *, margin_dots: int = 12, fonts: ReceiptFonts | None = None):
        if width_dots % 8 or width_dots < 128:
            raise ValueError(f"receipt width must be a multiple of 8 dots and at least 128, not {width_dots}")
        self.width = width_dots
        self.margin = margin_dots
        self.fonts = fonts or receipt_fonts()
        self._blocks: list[tuple[int, int, Callable[[QPainter, int], None]]] = []
        self._height = 0
        self.text_sizes: list[int] = []  # the size each text block was finally set at, in dots

    @property
    def height(self) -> int:
        return self._height

    @property
    def content_width(self) -> int:
        return self.width - 2 * self.margin

    def _add(self, height: int, draw: Callable[[QPainter, int], None] | None) -> Span:
        top = self._height
        self._height += height
        if draw is not None:
            self._blocks.append((top, height, draw))
        return Span(top, self._height)

    def font(self, size: int, *, bold: bool = False, rtl: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(self.fonts.families(rtl))
        font.setPixelSize(size)
        font.setBold(bold)
        # Hinting snaps stems to whole dots, which keeps thin strokes after 1-bit thresholding.
        font.setHintingPreference(QFont.HintingPreference.PreferFullHinting)
        return font

    def add_gap(self, dots: int) -> Span:
        return self._add(max(0, dots), None)

    def add_text_line(
        self,
        text: str,
        size: int = 26,
        bold: bool = False,
        align: Align = "center",
        rtl: bool | None = None,
        max_lines: int | None = None,
        min_size: int | None = None,
    ) -> Span:
        """One paragraph in one language, wrapped at word boundaries to the paper width.

        `rtl=None` takes the direction from the text's first strong character. With
        `max_lines`, a longer text is first set smaller (down to `min_size`), then cut
        at the end of its last allowed line with "…": this bounds the receipt's length,
        and so its bytes.
        """
        if rtl is None:
            rtl = text_is_rtl(text)
        layout = self._limited_layout(text, size, bold, align, rtl, self.content_width, max_lines, min_size)
        height = int(layout.boundingRect().height() + 0.999)
        pad = max(2, size // 10)  # Arabic marks and Latin accents may reach past the ascent

        def draw(painter: QPainter, top: int) -> None:
            layout.draw(painter, QPointF(self.margin, top + pad))

        return self._add(height + 2 * pad, draw)

    def add_boxed_text(
        self,
        text: str,
        size: int = 26,
        bold: bool = True,
        rtl: bool | None = None,
        max_lines: int | None = None,
        min_size: int | None = None,
    ) -> Span:
        """White text in a black box, centred: for what must stand out (a priority class)."""
        if rtl is None:
            rtl = text_is_rtl(text)
        pad = size // 3
        width = self.content_width - 2 * pad
        layout = self._limited_layout(text, size, bold, "center", rtl, width, max_lines, min_size)
        text_width = max(line_width(layout), 1.0)
        height = int(layout.boundingRect().height() + 0.999) + 2 * pad
        box_width = int(text_width) + 4 * pad

        def draw(painter: QPainter, top: int) -> None:
            left = (self.width - box_width) // 2
            painter.fillRect(left, top, box_width, height, Qt.GlobalColor.black)
            painter.setPen(QPen(QColor("white")))
            layout.draw(painter, QPointF(self.margin + pad, top + pad))
            painter.setPen(QPen(QColor("black")))

        return self._add(height, draw)

    def add_rule(self, thickness: int = 2, dash: int = 8) -> Span:
        """A dashed separator across the content width (dash=0 for a solid line)."""

        def draw(painter: QPainter, top: int) -> None:
            if dash <= 0:
                painter.fillRect(self.margin, top, self.content_width, thickness, Qt.GlobalColor.black)
                return
            for x in range(self.margin, self.margin + self.content_width, 2 * dash):
                length = min(dash, self.margin + self.content_width - x)
                painter.fillRect(x, top, length, thickness, Qt.GlobalColor.black)

        return self._add(thickness, draw)

    def add_qr(
        self,
        payload: str,
        max_size_dots: int = 264,
        module_dots: int | None = None,
        quiet_modules: int = 4,
        error_correction: str = "M",
    ) -> Span:
        """A QR code centred, each module a square of a whole number of dots.

        The module size is the largest even number of dots that fits `max_size_dots`
        (quiet zone included), never below 2, or `module_dots` when given. The quiet
        zone is left white.
        """
        matrix = qr_modules(payload, error_correction)
        modules = len(matrix)
        total_modules = modules + 2 * quiet_modules
        # Even module sizes and an even left edge: the encoder then sends the code at half
        # resolution with double-size dots, a quarter of the bytes for the same paper.
        scale = module_dots or max(2, max_size_dots // total_modules // 2 * 2)
        if total_modules * scale > self.width:
            raise ValueError(f"QR code of {modules} modules does not fit {self.width} dots at {scale} dots per module")
        # Horizontal runs of dark modules: a few hundred rectangles instead of thousands.
        runs: list[tuple[int, int, int]] = []
        for row_index, row in enumerate(matrix):
            start = None
            for col_index, dark in enumerate([*row, False]):
                if dark and start is None:
                    start = col_index
                elif not dark and start is not None:
                    runs.append((row_index, start, col_index - start))
                    start = None
        side = modules * scale

        def draw(painter: QPainter, top: int) -> None:
            left = (self.width - side) // 4 * 2
            origin_y = top + quiet_modules * scale
            for row_index, col_index, length in runs:
                painter.fillRect(
                    left + col_index * scale, origin_y + row_index * scale, length * scale, scale, Qt.GlobalColor.black
                )

        return self._add(total_modules * scale, draw)

    def render(self) -> QImage:
        """Paint every block on a white 8-bit grey image of the receipt's full height."""
        image = QImage(self.width, max(self._height, 1), QImage.Format.Format_Grayscale8)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            painter.setPen(QPen(QColor("black")))
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            for top, _height, draw in self._blocks:
                draw(painter, top)
        finally:
            painter.end()
        return image

    def _limited_layout(
        self, text: str, size: int, bold: bool, align: Align, rtl: bool, width: int,
        max_lines: int | None, min_size: int | None,
    ) -> QTextLayout:
        size = max(size, MIN_TEXT_DOTS)
        min_size = None if min_size is None else max(min_size, MIN_TEXT_DOTS)
        layout = self._fitted_layout(text, size, bold, align, rtl, width, max_lines, min_size)
        self.text_sizes.append(layout.font().pixelSize())
        return layout

    def _fitted_layout(
        self, text: str, size: int, bold: bool, align: Align, rtl: bool, width: int,
        max_lines: int | None, min_size: int | None,
    ) -> QTextLayout:
        while True:
            font = self.font(size, bold=bold, rtl=rtl)
            layout = self._text_layout(text, font, align, rtl, width)
            if max_lines is None or layout.lineCount() <= max_lines:
                return layout
            if min_size is None or size - 2 < min_size:
                break
            size -= 2
        last = layout.lineAt(max_lines - 1)
        kept, rest = text[: last.textStart()], text[last.textStart() :]
        elided = QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
        return self._text_layout(kept + elided, font, align, rtl, width)

    def _text_layout(self, text: str, font: QFont, align: Align, rtl: bool, width: int) -> QTextLayout:
        option = QTextOption(_alignment(align, rtl))
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout = QTextLayout(text, font)
        layout.setTextOption(option)
        layout.setCacheEnabled(True)
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        return layout


def line_width(layout: QTextLayout) -> float:
    """Width of the widest line's text (not the line box) in a laid-out QTextLayout."""
    return max((layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount())), default=0.0)


@dataclasses.dataclass(frozen=True)
class TicketReceipt:
    """Everything printed on a ticket receipt, as plain data (no database, no domain objects)."""

    office_name: str
    service_name: str  # in the citizen's language
    service_name_ar: str  # in Arabic, always printed for the desk
    ticket_label: str  # "A-042"
    people_ahead: int
    estimated_wait_min: int
    issued_at_local: dt.datetime  # office local time
    language: str  # the citizen's language: "ar", "fr", "kab" or "en"
    qr_payload: str
    priority_label: str | None = None  # already in the citizen's language, e.g. "Priorité : personne âgée"
    specimen: bool = False  # a training office's receipt: SPECIMEN printed, no QR code to a public page

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"unsupported receipt language {self.language!r}; expected one of {LANGUAGES}")
        if self.people_ahead < 0 or self.estimated_wait_min < 0:
            raise ValueError("people_ahead and estimated_wait_min cannot be negative")


@dataclasses.dataclass(frozen=True)
class TicketReceiptImage:
    """The rendered receipt and where its main parts are (for tests and previews)."""

    image: QImage
    label_span: Span
    qr_span: Span
    specimen_spans: tuple[Span, ...] = ()  # where SPECIMEN is printed (training receipts)


# ---- training receipts -----------------------------------------------------------------------

# The word stays Latin and untranslated in every language, as on specimen documents everywhere;
# the line under it says what it means in the citizen's language.
SPECIMEN = "SPECIMEN"
SPECIMEN_MEANING: str = str(QT_TRANSLATE_NOOP("Receipt", "Training receipt: not valid, nothing was recorded."))
SPECIMEN_QR = "MAKTAB:SPECIMEN"


def specimen_qr(payload: str) -> str:
    """What a training receipt's QR code may carry: never a web address (a real public page)."""
    return SPECIMEN_QR if payload.lower().startswith(("http://", "https://")) else payload


def add_specimen_mark(layout: ReceiptLayout, language: str, *, explained: bool = True) -> Span:
    """SPECIMEN in a black box, and (when `explained`) what it means in the receipt's language."""
    top = layout.add_boxed_text(SPECIMEN, 48, bold=True, rtl=False, max_lines=1).top
    if explained:
        layout.add_text_line(translate(language, "Receipt", SPECIMEN_MEANING), MIN_TEXT_DOTS, bold=True,
                             rtl=is_rtl(language), max_lines=2, min_size=MIN_TEXT_DOTS)
    return Span(top, layout.height)


def _tr(receipt: TicketReceipt, source: str) -> str:
    return translate(receipt.language, "Receipt", source)


# The label is the one thing read from afar and called out: as big as a 5-character
# label can be on 72 mm of paper while leaving the byte budget room for the rest.
LABEL_SIZE = 132


def layout_ticket_receipt(receipt: TicketReceipt, width_dots: int = 576) -> TicketReceiptImage:
    """Render the ticket receipt and report where the label and the QR code are."""
    rtl = is_rtl(receipt.language)
    layout = ReceiptLayout(width_dots)
    layout.add_gap(4)
    specimen: list[Span] = []
    if receipt.specimen:  # first and last: a torn-off half still says it
        specimen.append(add_specimen_mark(layout, receipt.language))
        layout.add_gap(6)
    # Names come from configuration and the catalogue and can be long: limiting their
    # lines keeps the receipt, and its bytes, bounded (the worst case stays under the
    # 24 KB budget, see tests/printing/test_escpos_encode.py).
    layout.add_text_line(receipt.office_name, 26, bold=True, max_lines=1, min_size=MIN_TEXT_DOTS)
    layout.add_gap(6)
    layout.add_rule()
    layout.add_gap(6)
    if receipt.language != "ar" and receipt.service_name.strip() != receipt.service_name_ar.strip():
        layout.add_text_line(receipt.service_name, 30, bold=True, rtl=rtl, max_lines=2)
    layout.add_text_line(receipt.service_name_ar, 30, bold=True, rtl=True, max_lines=2)
    # One line always: on 58 mm paper the label is set smaller rather than wrapped.
    label_span = layout.add_text_line(receipt.ticket_label, LABEL_SIZE, bold=True, rtl=False, max_lines=1, min_size=48)
    if receipt.priority_label:
        # (direction from the text)
        layout.add_boxed_text(receipt.priority_label, 26, max_lines=1, min_size=MIN_TEXT_DOTS)
        layout.add_gap(8)
    if receipt.people_ahead == 0:
        layout.add_text_line(_tr(receipt, "You are next."), 28, bold=True, rtl=rtl)
    else:
        layout.add_text_line(_tr(receipt, "People ahead: %1").replace("%1", str(receipt.people_ahead)), 28, rtl=rtl)
        # Words, not "9 د": Arabic has six plural forms (Qt's numerus forms in printing_*.ts).
        minutes = translate(receipt.language, "Receipt", "%n minutes", n=receipt.estimated_wait_min)
        layout.add_text_line(_tr(receipt, "Estimated wait: %1").replace("%1", minutes), 28, rtl=rtl)
    # Day/month/year as written in Algeria; strftime digits are always 0–9.
    layout.add_text_line(receipt.issued_at_local.strftime("%d/%m/%Y   %H:%M"), 24, rtl=False)
    qr_span = layout.add_qr(specimen_qr(receipt.qr_payload) if receipt.specimen else receipt.qr_payload)
    layout.add_text_line(_tr(receipt, "Keep this ticket until your number is called."), MIN_TEXT_DOTS, rtl=rtl)
    layout.add_gap(4)
    if receipt.specimen:
        specimen.append(add_specimen_mark(layout, receipt.language, explained=False))
        layout.add_gap(4)
    return TicketReceiptImage(layout.render(), label_span, qr_span, tuple(specimen))


def render_ticket_receipt(receipt: TicketReceipt, width_dots: int = 576) -> QImage:
    """The ticket receipt as a white 8-bit grey QImage, `width_dots` wide."""
    return layout_ticket_receipt(receipt, width_dots).image
