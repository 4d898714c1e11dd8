"""Big touch buttons: an icon beside a text, for people who read and people who do not.

Every button keeps its accessible name equal to its visible text (screen readers and
tests find it by that), and is at least `MIN_TOUCH_PX` tall.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.theme import MIN_TOUCH_PX
from kiosk.ui.widgets.fitting_label import FittingLabel
from kiosk.ui.widgets.icons import icon, icon_pixmap

STACKED_ICON_PX = 26
STACKED_WORD_PX = 17
STACKED_SIDE_PX = 4


def set_role(widget: QWidget, role: str) -> None:
    """Choose the widget's look in the theme's stylesheet (re-polished at once, if it changed:
    polishing restyles the widget, and screens set the same role again on every reset)."""
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def two_lines(text: str) -> str:
    """`text` broken at the space nearest its middle."""
    start = len(text) - len(text.lstrip())
    body = text[start:]
    spaces = [i for i, char in enumerate(body) if char == " "]
    middle = min(spaces, key=lambda i: abs(i - len(body) / 2))
    return text[:start] + body[:middle] + "\n" + body[middle + 1:]


def _widest_line(metrics: QFontMetrics, text: str) -> int:
    return max(metrics.horizontalAdvance(line) for line in text.split("\n"))


class BigButton(QPushButton):
    """A push button with an icon and a text; mirrors its icon if `directional`.

    `stacked`: the word under the icon, in a smaller size (a screen's top bar, where the
    title needs the width): about as wide as its word, still 64 px each way at least.
    `wraps`: a button as wide as its row, whose text goes on two lines when one does not
    fit (a long translation, larger text)."""

    def __init__(self, icon_stem: str = "", role: str = "", icon_px: int = 48, min_height: int = MIN_TOUCH_PX,
                 directional: bool = False, parent: QWidget | None = None, *, stacked: bool = False,
                 wraps: bool = False):
        super().__init__(parent)
        self._wraps = wraps
        self._directional = directional
        self._word: QLabel | None = None
        if stacked:
            self._word = _stack(self, icon_stem, icon_px)
            icon_stem = ""  # drawn by the stack's own label
        self._icon_stem = icon_stem
        # The stylesheet's min-height (64 px) applies to every button; this one asks for more.
        self._min_height = min_height
        self.setMinimumHeight(min_height)
        self.setIconSize(QSize(icon_px, icon_px))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if role:
            self.setProperty("role", role)
        self._update_icon()

    def sizeHint(self) -> QSize:
        if self._word is not None:
            # From the word itself, not the inner layout's cached hint: one language change, one new size.
            word = self._word.fontMetrics().horizontalAdvance(self._word.text()) + 2 * STACKED_SIDE_PX + 4
            return QSize(max(MIN_TOUCH_PX, word), self._min_height)
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self._min_height))

    def minimumSizeHint(self) -> QSize:
        if self._word is not None:
            return self.sizeHint()
        hint = super().minimumSizeHint()
        label = getattr(self, "_label", "")
        if self._wraps and " " in label.strip() and "\n" not in label:
            # As narrow as its text on two lines: a layout may squeeze it that far (it then
            # wraps, in `_fit`) rather than let one long line widen the whole screen.
            hint.setWidth(min(hint.width(), self._padding() + _widest_line(self.fontMetrics(), two_lines(label))))
        return hint

    def one_line_width(self) -> int:
        """How wide the button is with its text on one line (wrapped or not now)."""
        label = getattr(self, "_label", "") or self.text()
        return self._padding() + self.fontMetrics().horizontalAdvance(label)

    def _padding(self) -> int:
        """The width of the icon, the stylesheet's padding and the borders beside the text."""
        return super().sizeHint().width() - _widest_line(self.fontMetrics(), self.text())

    def set_min_height(self, px: int) -> None:
        """Ask for `px` (at least the stylesheet's 64) from now on."""
        if px != self._min_height:
            self._min_height = px
            self.setMinimumHeight(px)
            self.updateGeometry()

    def set_wraps(self, wraps: bool) -> None:
        """Wrap onto two lines when one does not fit (or never) from now on: a screen that
        knows its row is too narrow for the one-line text says so (home's bottom row)."""
        if wraps == self._wraps:
            return
        self._wraps = wraps
        label = getattr(self, "_label", "")
        if label:
            self.setText(label)
            self._fit()
        self.updateGeometry()

    def set_label(self, text: str, accessible_description: str = "") -> None:
        if self._word is not None:
            self._word.setText(text)
            self.setAccessibleName(text.replace("\n", " "))
            if accessible_description:
                self.setAccessibleDescription(accessible_description)
            self.updateGeometry()
            return
        # Qt leaves only 4 px between icon and text; an en space on the icon's side (the
        # logical start, so it follows the direction) gives the text room to breathe.
        self._label = f"\u2002{text}" if self._icon_stem else text
        self.setText(self._label)
        self._fit()
        self.setAccessibleName(text.replace("\n", " "))
        if accessible_description:
            self.setAccessibleDescription(accessible_description)

    def _fit(self) -> None:
        """On two lines when one does not fit the width the layout gives (a long
        translation, larger text), rather than cut at both ends."""
        label = getattr(self, "_label", "")
        if not self._wraps or not label or "\n" in label or " " not in label.strip() or self.width() <= 0:
            return
        wanted = label if self._padding() + self.fontMetrics().horizontalAdvance(label) <= self.width() \
            else two_lines(label)
        if wanted != self.text():
            self.setText(wanted)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _update_icon(self) -> None:
        if self._icon_stem:
            rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            self.setIcon(icon(self._icon_stem, mirrored=self._directional and rtl))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._update_icon()
        super().changeEvent(event)


def _stack(button: QPushButton, icon_stem: str, icon_px: int) -> QLabel:
    """The icon over the word inside `button`; returns the word's label."""
    button.setStyleSheet("padding: 0px;")
    column = QVBoxLayout(button)
    column.setContentsMargins(STACKED_SIDE_PX, 1, STACKED_SIDE_PX, 1)
    column.setSpacing(0)
    symbol = QLabel()
    symbol.setPixmap(icon_pixmap(icon_stem, min(icon_px, STACKED_ICON_PX)))
    word = QLabel()
    word.setStyleSheet(f"font-size: {STACKED_WORD_PX}px; font-weight: bold;")
    for label in (symbol, word):
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        column.addWidget(label)
    return word


class TileButton(QPushButton):
    """A large tile: icon on the leading side, a wrapped name and a smaller second line.

    Used for services, where names can be long in Arabic or French and must wrap
    rather than be cut.
    """

    def __init__(self, icon_stem: str, icon_px: int = 52, min_height: int = 104, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "tile")
        # An explicit minimum width: otherwise the inner layout's (wide, unwrapped) minimum
        # would push the grid wider than the screen.
        self.setMinimumWidth(200)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(12)
        self.icon_label = QLabel()
        self.icon_label.setPixmap(icon_pixmap(icon_stem, icon_px))
        self.icon_label.setFixedSize(icon_px, icon_px)
        row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignVCenter)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        # A name wraps, and a word too long for the tile steps the font down a notch.
        self.name_label = FittingLabel()
        self.name_label.setProperty("role", "tile-name")
        self.detail_label = FittingLabel()
        self.detail_label.setProperty("role", "tile-wait")
        texts.addStretch(1)
        texts.addWidget(self.name_label)
        texts.addWidget(self.detail_label)
        texts.addStretch(1)
        row.addLayout(texts, 1)
        for label in (self.icon_label, self.name_label, self.detail_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._min_height = min_height
        self.setMinimumHeight(min_height)

    def set_texts(self, name: str, detail: str = "") -> None:
        self.name_label.setText(name)
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        self.setAccessibleName(name)
        self.setAccessibleDescription(detail)

    def sizeHint(self) -> QSize:
        hint = self.layout().sizeHint()
        return QSize(max(hint.width(), 240), max(hint.height(), self._min_height))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self._min_height, self.layout().heightForWidth(width))
