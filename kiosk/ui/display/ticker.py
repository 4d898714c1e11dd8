"""The hall board's announcements line: still when it fits, else scrolling in the
reading direction, driven by the `UiClock` (so tests advance it by hand).

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTextOption
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.clock import SYSTEM_UI_CLOCK, UiClock
from kiosk.ui.display import style
from kiosk.ui.display.widgets import board_font


class Ticker(QWidget):
    """The announcements line: still when it fits, else scrolling in the reading direction."""

    FPS = 30
    SPEED = 110  # px per second at unit 1

    def __init__(self, parent: QWidget | None = None, *, clock: UiClock = SYSTEM_UI_CLOCK):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._text = ""
        self._offset = 0.0
        self.unit = 1.0
        self._timer = clock.timer(self, 1000 // self.FPS)
        self._timer.timeout.connect(self._step)
        self.setAccessibleName("")

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        self._offset = 0.0
        self.setAccessibleName(text)
        self._restart()

    def set_unit(self, unit: float) -> None:
        self.unit = unit
        self.setFixedHeight(round(style.px("ticker", unit) * 1.9))
        self._restart()

    def is_scrolling(self) -> bool:
        return self._timer.isActive()

    def _font(self) -> QFont:
        return board_font(style.px("ticker", self.unit), bold=False)

    def _text_width(self) -> float:
        return QFontMetricsF(self._font()).horizontalAdvance(self._text)

    def _restart(self) -> None:
        scroll = bool(self._text) and self._text_width() > self.width() - 2 * self._pad() and self.isVisible()
        if scroll and not self._timer.isActive():
            self._timer.start()
        elif not scroll:
            self._timer.stop()
            self._offset = 0.0
        self.update()

    def _pad(self) -> int:
        return round(24 * self.unit)

    def _step(self) -> None:
        self._offset += self.SPEED * self.unit / self.FPS
        self.update()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._restart()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._timer.stop()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._restart()

    def sizeHint(self) -> QSize:
        return QSize(400, round(style.px("ticker", self.unit) * 1.9))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(style.COLORS["panel"]))
        if not self._text:
            return
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self._font())
        painter.setPen(QColor(style.COLORS["text"]))
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        option = QTextOption(Qt.AlignmentFlag.AlignVCenter | side)
        option.setTextDirection(self.layoutDirection())
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        width = self._text_width()
        pad = self._pad()
        if not self._timer.isActive():
            painter.drawText(QRectF(pad, 0, self.width() - 2 * pad, self.height()), self._text, option)
            return
        # Start where a reader starts, move toward the reading end, come back in from the far side.
        cycle = width + self.width()
        shift = self._offset % cycle
        if rtl:  # Arabic lines move left to right
            x = self.width() - pad - width + shift
            if x > self.width():
                x -= cycle
        else:
            x = pad - shift
            if x + width < 0:
                x += cycle
        painter.drawText(QRectF(x, 0, width + 2, self.height()), self._text, option)
