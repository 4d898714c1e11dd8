"""`FittingLabel`: a word-wrapped label whose font steps down a notch when a word does not fit.

Wrapping handles long sentences; it cannot break one long word ("préoccupation" in a
heading with larger text, a pseudo-translated word in a narrow tile). Real kiosks then
shrink the text a little before they ever cut or elide it: this label tries its normal
size, then a few notches smaller (down to `SMALLEST_STEP` of it), and keeps the largest
size at which every word fits its width (and, with `max_lines`, the whole text fits in
that many lines). Below that the text stays at the smallest step and wraps or overflows
as any label would: the no-clipping test (tests/ui/test_no_clipping.py) then sees it.

The normal size comes from the theme's stylesheet (the label's `role`), so it follows the
larger-text switch; the smaller size is the label's own stylesheet, which wins over the
application's.

    title = FittingLabel(max_lines=2)
    title.setProperty("role", "heading")
    title.setText("Décrivez votre préoccupation")

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QWidget

# Each notch is 6 % smaller; never under 70 % of the theme's size (still larger than the
# small print at larger text): smaller still would be a size nobody chose.
STEPS = (1.0, 0.94, 0.88, 0.82, 0.76, 0.70)
SMALLEST_STEP = STEPS[-1]


class FittingLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None, *, max_lines: int = 0):
        """`max_lines` (0: any number): the text should also fit in that many lines."""
        super().__init__(parent)
        self.setWordWrap(True)
        self._max_lines = max_lines
        self._natural_px = 0  # the theme's size for this label; 0: to be read again
        self._shown_px = 0  # the size set on the label's own stylesheet; 0: the theme's
        self._restyling = False
        if text:
            self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def font_step(self) -> float:
        """The size shown, as a part of the theme's (1.0: not stepped down)."""
        natural = self._natural()
        return (self._shown_px or natural) / natural if natural else 1.0

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange and not self._restyling:
            # The theme changed (larger text, a new role): its size is read again.
            self._natural_px = 0
            self._fit()

    def _natural(self) -> int:
        if not self._natural_px:
            if self._shown_px:
                self._show_px(0)
            self.ensurePolished()
            font = self.font()
            self._natural_px = font.pixelSize() if font.pixelSize() > 0 else round(font.pointSizeF() * 96 / 72)
        return self._natural_px

    def _fits(self, px: int, width: int) -> bool:
        font = QFont(self.font())
        font.setPixelSize(px)
        metrics = QFontMetrics(font)
        flags = int(self.alignment()) | int(Qt.TextFlag.TextWordWrap)
        needed = metrics.boundingRect(QRect(0, 0, width, 100_000), flags, self.text())
        if needed.width() > width:
            return False
        return not self._max_lines or needed.height() <= self._max_lines * metrics.lineSpacing()

    def _fit(self) -> None:
        text = self.text()
        width = self.contentsRect().width() - 2 * max(0, self.margin())
        if not text or width <= 0 or self.textFormat() == Qt.TextFormat.RichText:
            return
        natural = self._natural()
        if natural <= 0:
            return
        sizes = [round(natural * step) for step in STEPS]
        chosen = next((px for px in sizes if self._fits(px, width)), sizes[-1])
        self._show_px(0 if chosen == natural else chosen)

    def _show_px(self, px: int) -> None:
        if px == self._shown_px:
            return
        self._shown_px = px
        self._restyling = True
        try:
            self.setStyleSheet(f"font-size: {px}px;" if px else "")
        finally:
            self._restyling = False
