"""Text that fits its room on the hall board: word-wrapped, in a smaller font if need be,
never cut nor elided.

    px = fitting_font_px("Etat civil – légalisation", width=220, height=70, max_px=24)
    name = FittedLabel("tile-name", bold=True); name.set_max_px(24); name.setText(...)

A waiting-room display must show a service's whole name: one that does not fit goes
onto more lines, and when even that is too high (or a single word is too wide) the font
steps down until it fits, as the newest call does (kiosk/ui/display/widgets.py HeroCall).
Sizes are measured the way Qt draws (fallback fonts included: Arabic lines are taller).

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from kiosk.ui import theme
from kiosk.ui.display import style


def board_font(pixels: float, bold: bool = True) -> QFont:
    font = QFont()
    font.setFamilies(theme.FONT_FAMILIES)
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    return font


def fitting_font_px(text: str, width: int, height: int, max_px: int, *, bold: bool = True, wrap: bool = True,
                    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> int:
    """The largest size up to `max_px` at which `text` (word-wrapped to `width` if `wrap`)
    fits `width` × `height`; `style.MIN_FONT_PX` when none does."""
    flags = int(alignment) | (int(Qt.TextFlag.TextWordWrap) if wrap else 0)
    low, high = style.MIN_FONT_PX, max(style.MIN_FONT_PX, max_px)
    while low < high:  # the largest that fits: text grows with the size, so halve the range
        middle = (low + high + 1) // 2
        needed = QFontMetrics(board_font(middle, bold)).boundingRect(QRect(0, 0, max(1, width), 1_000_000), flags,
                                                                      text)
        if needed.width() <= width and needed.height() <= height:
            low = middle
        else:
            high = middle - 1
    return low


def text_height(text: str, width: int, pixels: int, *, bold: bool) -> int:
    """How high `text` is, word-wrapped to `width`, at `pixels`."""
    flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
    return QFontMetrics(board_font(pixels, bold)).boundingRect(QRect(0, 0, max(1, width), 1_000_000), flags,
                                                               text).height()


def shared_heights(texts: list[tuple[str, int, bool]], width: int, height: int) -> list[int]:
    """How to share `height` between texts stacked in one column, each (text, largest size,
    bold): scaled down together until they fit, each gets the height it then needs. Shares
    by need rather than by size: a long name on two lines beside a short second name."""
    scale = 1.0
    while True:
        needed = [text_height(text, width, max(style.MIN_FONT_PX, round(px * scale)), bold=bold) if text else 0
                  for text, px, bold in texts]
        if sum(needed) <= height or all(round(px * scale) <= style.MIN_FONT_PX for _, px, _ in texts):
            return needed
        scale -= 0.05


class FittedLabel(QLabel):
    """A label that shows its whole text in the room its layout gives it (Ignored: the
    layout decides the room, the text then fits it, never the other way round)."""

    def __init__(self, role: str, *, bold: bool, wrap: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", role)
        self.setWordWrap(wrap)
        self._bold = bold
        self._max_px = style.MIN_FONT_PX
        self._px = 0
        horizontal = QSizePolicy.Policy.Ignored if wrap else QSizePolicy.Policy.Preferred
        self.setSizePolicy(horizontal, QSizePolicy.Policy.Ignored)

    def sizeHint(self) -> QSize:
        # The room is the layout's to give (Ignored): a hint from the text at its largest
        # would still tilt the board's shares (the waiting tiles took height from the calls).
        return QSize(super().sizeHint().width() if not self.wordWrap() else 0, 0)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def hasHeightForWidth(self) -> bool:
        return False  # its height is given, not asked: the font fits it (a wrapped label's would be asked)

    @property
    def max_px(self) -> int:
        return self._max_px

    def set_max_px(self, pixels: int) -> None:
        """The role's size: the largest the text is shown."""
        self._max_px = pixels
        self._fit()

    def set_text(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.contentsRect()
        if not self.text() or room.height() <= 0:
            return
        width = room.width() if self.wordWrap() else 1_000_000  # one line: its width follows the font
        pixels = fitting_font_px(self.text(), width, room.height(), self._max_px, bold=self._bold,
                                 wrap=self.wordWrap(), alignment=self.alignment())
        if pixels != self._px:
            self._px = pixels
            self.setStyleSheet(f"font-size: {pixels}px;")
            self.updateGeometry()
