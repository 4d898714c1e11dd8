"""The report's two charts, drawn with QPainter straight into the PDF (vector, sharp at any zoom):

    draw_hours_chart   tickets issued per local hour (bars)
    draw_waits_chart   per service: median and 90th-percentile wait (bars), the target (a mark)

Right-to-left languages read the charts from the right: hours run leftwards and service
names stand on the right. Colours stay apart in grey too (a dark and a light blue, a red
dashed target), since offices print in black and white.

Thread use: the caller's, with a QGuiApplication (fonts).
"""
from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

import kiosk.reports.texts as words
from kiosk.domain.activity_report import ServiceFigures
from kiosk.reports.texts import ReportTexts

DARK = QColor("#1f4e79")
LIGHT = QColor("#9dc3e6")
TARGET = QColor("#c00000")
GRID = QColor("#c8c8c8")
INK = QColor("#202020")
_ALIGN_START = {False: Qt.AlignmentFlag.AlignLeft, True: Qt.AlignmentFlag.AlignRight}
_ALIGN_END = {False: Qt.AlignmentFlag.AlignRight, True: Qt.AlignmentFlag.AlignLeft}


@dataclasses.dataclass(frozen=True)
class Pen:
    """Sizes in the page's device pixels: `mm` pixels per millimetre, fonts by point size."""

    mm: float
    families: Sequence[str]

    def font(self, points: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(list(self.families))
        font.setPixelSize(max(1, round(points * self.mm * 25.4 / 72)))
        font.setBold(bold)
        return font


def nice_step(largest: float, lines: int = 5) -> float:
    """A round grid step (1, 2 or 5 times a power of ten) giving about `lines` grid lines."""
    if largest <= 0:
        return 1.0
    raw = largest / lines
    power = 10 ** math.floor(math.log10(raw))
    return next(f * power for f in (1, 2, 5, 10) if f * power >= raw)


def _mirror(area: QRectF, rtl: bool) -> Callable[[float], float]:
    """x measured from the reading start of `area` → page x (from the right in RTL)."""
    return (lambda x: area.right() - x) if rtl else (lambda x: area.left() + x)


def _text(painter: QPainter, rect: QRectF, text: str, align: Qt.AlignmentFlag) -> None:
    # Absolute: the painter is right-to-left for Arabic, and the charts mirror themselves.
    painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute), text)


def draw_hours_chart(painter: QPainter, area: QRectF, per_hour: dict[int, int], texts: ReportTexts,
                     pen: Pen) -> None:
    """Bars of tickets per hour in `area`, from the first to the last hour with tickets."""
    mm, rtl = pen.mm, texts.rtl
    painter.setFont(pen.font(11, bold=True))
    title_h = 8 * mm
    _text(painter, QRectF(area.left(), area.top(), area.width(), title_h), texts(words.PER_HOUR_CHART),
          _ALIGN_START[rtl])
    hours = list(range(min(per_hour), max(per_hour) + 1)) if per_hour else list(range(8, 17))
    top = max(per_hour.values(), default=0)
    step = nice_step(top)
    ceiling = max(step, math.ceil(top / step) * step)
    label_w, axis_h = 12 * mm, 10 * mm
    plot = QRectF(area.left(), area.top() + title_h + 3 * mm, area.width() - label_w, 0)
    plot.setBottom(area.bottom() - axis_h)
    if rtl:  # the value axis stands on the reading start's far side: left in LTR's right
        plot.moveLeft(area.left() + label_w)
    painter.setFont(pen.font(8))
    for i in range(int(ceiling / step) + 1):  # grid lines and their values
        y = plot.bottom() - plot.height() * (i * step / ceiling)
        painter.setPen(QPen(GRID, 0.2 * mm))
        painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
        painter.setPen(INK)
        label = QRectF(plot.right() + mm if not rtl else area.left(), y - 3 * mm, label_w - mm, 6 * mm)
        _text(painter, label, texts.count(round(i * step)), _ALIGN_START[rtl])
    x_of = _mirror(plot, rtl)
    slot = plot.width() / len(hours)
    bar_w = slot * 0.7
    for index, hour in enumerate(hours):
        centre = x_of((index + 0.5) * slot)
        count = per_hour.get(hour, 0)
        height = plot.height() * count / ceiling
        painter.fillRect(QRectF(centre - bar_w / 2, plot.bottom() - height, bar_w, height), DARK)
        painter.setPen(INK)
        painter.setFont(pen.font(8))
        _text(painter, QRectF(centre - slot / 2, plot.bottom() + mm, slot, 4 * mm), f"{hour:02d}",
              Qt.AlignmentFlag.AlignHCenter)
        if count and height > 5 * mm:  # the count inside a tall enough bar, in white
            painter.setPen(QColor("white"))
            painter.setFont(pen.font(7))
            _text(painter, QRectF(centre - slot / 2, plot.bottom() - height + 0.5 * mm, slot, 4 * mm),
                  texts.count(count), Qt.AlignmentFlag.AlignHCenter)
    painter.setPen(QPen(INK, 0.3 * mm))
    painter.drawLine(QLineF(plot.left(), plot.bottom(), plot.right(), plot.bottom()))
    painter.setFont(pen.font(8))
    _text(painter, QRectF(plot.left(), plot.bottom() + 5 * mm, plot.width(), 5 * mm), texts(words.HOUR),
          Qt.AlignmentFlag.AlignHCenter)


WAIT_ROW_MM = 7.0


def waits_chart_height_mm(services: int) -> float:
    """How tall the waits chart is for `services` rows: title, legend, rows, axis."""
    return 8 + 7 + WAIT_ROW_MM * max(services, 1) + 9


def draw_waits_chart(painter: QPainter, area: QRectF, services: Sequence[ServiceFigures],
                     name_of: Callable[[str], str], texts: ReportTexts, pen: Pen) -> None:
    """Per service a light bar to the 90th percentile, a dark one to the median, and the
    target as a red dashed mark across the row."""
    mm, rtl = pen.mm, texts.rtl
    painter.setFont(pen.font(11, bold=True))
    painter.setPen(INK)
    _text(painter, QRectF(area.left(), area.top(), area.width(), 8 * mm), texts(words.WAITS_CHART),
          _ALIGN_START[rtl])
    _draw_legend(painter, QRectF(area.left(), area.top() + 8 * mm, area.width(), 6 * mm), texts, pen)
    name_w = min(60 * mm, area.width() * 0.38)
    rows_top = area.top() + 15 * mm
    plot = QRectF(area.left() + (0 if rtl else name_w + 2 * mm), rows_top,
                  area.width() - name_w - 2 * mm, WAIT_ROW_MM * mm * max(len(services), 1))
    largest = max([v for s in services for v in (s.wait_p90_min, s.target_min) if v is not None], default=0)
    step = nice_step(largest)
    ceiling = max(step, math.ceil(largest / step) * step)
    x_of = _mirror(plot, rtl)
    painter.setFont(pen.font(8))
    for i in range(int(ceiling / step) + 1):
        x = x_of(plot.width() * i * step / ceiling)
        painter.setPen(QPen(GRID, 0.2 * mm))
        painter.drawLine(QLineF(x, plot.top(), x, plot.bottom()))
        painter.setPen(INK)
        _text(painter, QRectF(x - 8 * mm, plot.bottom() + mm, 16 * mm, 4 * mm), texts.count(round(i * step)),
              Qt.AlignmentFlag.AlignHCenter)
    row_h = WAIT_ROW_MM * mm
    for index, service in enumerate(services):
        y = plot.top() + index * row_h
        painter.setPen(INK)
        painter.setFont(pen.font(8))
        name_rect = QRectF(area.right() - name_w if rtl else area.left(), y, name_w, row_h)
        metrics = QFontMetricsF(painter.font())
        name = metrics.elidedText(name_of(service.service_code), Qt.TextElideMode.ElideRight, name_w)
        _text(painter, name_rect, name, _ALIGN_END[rtl])
        for value, colour, thickness in ((service.wait_p90_min, LIGHT, 0.7), (service.wait_p50_min, DARK, 0.4)):
            if value is None:
                continue
            length = plot.width() * value / ceiling
            start, end = sorted((x_of(0), x_of(length)))
            painter.fillRect(QRectF(start, y + row_h * (1 - thickness) / 2, end - start, row_h * thickness), colour)
        if service.target_min is not None:
            x = x_of(plot.width() * service.target_min / ceiling)
            painter.setPen(QPen(TARGET, 0.6 * mm, Qt.PenStyle.DashLine))
            painter.drawLine(QLineF(x, y + 0.5 * mm, x, y + row_h - 0.5 * mm))
    painter.setPen(QPen(INK, 0.3 * mm))
    painter.drawLine(QLineF(x_of(0), plot.top(), x_of(0), plot.bottom()))


def _draw_legend(painter: QPainter, area: QRectF, texts: ReportTexts, pen: Pen) -> None:
    mm, rtl = pen.mm, texts.rtl
    painter.setFont(pen.font(8))
    metrics = QFontMetricsF(painter.font())
    x_of = _mirror(area, rtl)
    at = 0.0
    for label, colour, dashed in ((texts(words.MEDIAN), DARK, False), (texts(words.P90), LIGHT, False),
                                  (texts(words.TARGET_MARK), TARGET, True)):
        swatch_start, swatch_end = sorted((x_of(at), x_of(at + 5 * mm)))
        if dashed:
            painter.setPen(QPen(TARGET, 0.6 * mm, Qt.PenStyle.DashLine))
            mid = (swatch_start + swatch_end) / 2
            painter.drawLine(QPointF(mid, area.top() + mm), QPointF(mid, area.bottom() - mm))
        else:
            painter.fillRect(QRectF(swatch_start, area.top() + 1.5 * mm, 5 * mm, area.height() - 3 * mm), colour)
        width = metrics.horizontalAdvance(label) + mm
        text_start, text_end = sorted((x_of(at + 6.5 * mm), x_of(at + 6.5 * mm + width)))
        painter.setPen(INK)
        _text(painter, QRectF(text_start, area.top(), text_end - text_start, area.height()), label,
              _ALIGN_START[rtl])
        at += 6.5 * mm + width + 6 * mm
