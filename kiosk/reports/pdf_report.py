"""The activity report as an A4 PDF, drawn with Qt: QPdfWriter, QTextDocument for the
words and tables, QPainter for the charts (kiosk/reports/charts.py).

Pages, in order: the heading (title, office, period, when it was made) and the summary,
then the two charts (tickets per hour, waits per service against the target), each moved
to a new page when it does not fit; then the tables (per service, per day), cut between
rows across pages with their header row repeated (kiosk/reports/pdf_pages.py). Every page
ends with the office's name and "page N of M".

Right-to-left (Arabic): the text documents are laid out right-to-left (tables read from
the right), the charts mirrored. Text is shaped by Qt with the bundled fonts
(kiosk/printing/fonts.py): the PDF embeds them, so it prints the same everywhere.

Thread use: the caller's, once a QGuiApplication exists.
"""
from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

import kiosk.reports.texts as words
from kiosk.domain.activity_report import ActivityReport
from kiosk.printing.fonts import receipt_fonts
from kiosk.reports.charts import INK, Pen, draw_hours_chart, draw_waits_chart, waits_chart_height_mm
from kiosk.reports.pdf_pages import Flow
from kiosk.reports.report_html import heading_html, tables_html
from kiosk.reports.texts import ReportTexts

DPI = 300
MARGIN_MM = 15
FOOTER_MM = 8
GAP_MM = 6
HOURS_CHART_MM = 62
# Column headings smaller than the figures: long words in narrow columns (Arabic most of all).
STYLE = ("h1 { font-size: 18pt; } h2 { font-size: 13pt; } th { background-color: #e8eef5; font-size: 8pt; }"
         " td, th { padding: 3px; }")


class PdfFailed(OSError):
    """Qt could not write the PDF (the folder is not writable, the disk is full)."""


class _Layout:
    """The page's sizes, and the report's text documents laid out for them."""

    def __init__(self, writer: QPdfWriter, pen: Pen, texts: ReportTexts):
        self.writer, self.pen, self.texts = writer, pen, texts
        paint = writer.pageLayout().paintRectPixels(DPI)
        self.width = float(paint.width())
        self.body_height = paint.height() - FOOTER_MM * pen.mm

    def document(self, body: str) -> QTextDocument:
        """`body` laid out at the page's width, in the report's direction."""
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.writer)
        font = QFont()
        font.setFamilies(list(self.pen.families))
        font.setPointSizeF(9.5)
        doc.setDefaultFont(font)
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if self.texts.rtl else Qt.LayoutDirection.LeftToRight)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if self.texts.rtl else Qt.AlignmentFlag.AlignLeft)
        doc.setDefaultTextOption(option)
        doc.setDefaultStyleSheet(STYLE)
        doc.setHtml(f"<html><body>{body}</body></html>")
        if self.texts.rtl:
            _right_to_left(doc)
        doc.setTextWidth(self.width)
        return doc


def _right_to_left(doc: QTextDocument) -> None:
    """Every paragraph of `doc` (table cells too) laid out from the right: Qt's HTML reader
    ignores `dir`. (Tables' columns are mirrored in the HTML: kiosk/reports/report_html.py.)"""
    cursor = QTextCursor(doc)
    cursor.select(QTextCursor.SelectionType.Document)
    paragraphs = QTextBlockFormat()
    paragraphs.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    paragraphs.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)  # HTML set them left
    cursor.mergeBlockFormat(paragraphs)


def write_pdf(report: ActivityReport, path: Path, language: str, office_name: str,
              service_name: Callable[[str], str]) -> int:
    """Write the report to `path` in `language`; returns the number of pages."""
    texts = ReportTexts(language)
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(*(MARGIN_MM,) * 4), QPageLayout.Unit.Millimeter))
    writer.setTitle(f"{texts(words.TITLE)} — {office_name} — {report.first_day} … {report.last_day}")
    writer.setCreator("Maktab")
    pen = Pen(mm=DPI / 25.4, families=receipt_fonts().families(texts.rtl))
    layout = _Layout(writer, pen, texts)
    flow = Flow(layout.body_height, GAP_MM * pen.mm)
    heading = layout.document(heading_html(report, texts, office_name))
    flow.place(heading.size().height(), lambda p, r: _draw_document(p, heading, r))
    if report.office.tickets:
        flow.place(HOURS_CHART_MM * pen.mm, lambda p, r: draw_hours_chart(p, r, report.tickets_per_hour(), texts, pen))
        flow.place(waits_chart_height_mm(len(report.services)) * pen.mm,
                   lambda p, r: draw_waits_chart(p, r, report.services, service_name, texts, pen))
    else:
        note = layout.document(f"<p>{html.escape(texts(words.NO_TICKETS))}</p>")
        flow.place(note.size().height(), lambda p, r: _draw_document(p, note, r))
    flow.place_document(layout.document(tables_html(report, texts, service_name)))

    painter = QPainter()
    if not painter.begin(writer):
        raise PdfFailed(f"cannot write the PDF {path}: is the folder writable and is there disk space?")
    try:
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if texts.rtl else Qt.LayoutDirection.LeftToRight)
        for index, drawings in enumerate(flow.pages):
            if index:
                writer.newPage()
            for top, height, draw in drawings:
                draw(painter, QRectF(0, top, layout.width, height))
            _draw_footer(painter, layout, office_name, texts(words.PAGE, index + 1, len(flow.pages)))
    finally:
        painter.end()
    return len(flow.pages)


def _draw_document(painter: QPainter, doc: QTextDocument, area: QRectF) -> None:
    painter.save()
    painter.translate(area.topLeft())
    doc.drawContents(painter, QRectF(0, 0, area.width(), area.height()))
    painter.restore()


def _draw_footer(painter: QPainter, layout: _Layout, office_name: str, page_text: str) -> None:
    pen, rtl = layout.pen, layout.texts.rtl
    top = layout.body_height + 2 * pen.mm
    painter.setPen(INK)
    painter.drawLine(0, round(top), round(layout.width), round(top))
    painter.setFont(pen.font(8))
    area = QRectF(0, top + pen.mm, layout.width, FOOTER_MM * pen.mm - 3 * pen.mm)
    start, end = (Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft) if rtl else \
        (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight)
    middle = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute  # left means left, in Arabic too
    painter.drawText(area, int(start | middle), office_name)
    painter.drawText(area, int(end | middle), page_text)
