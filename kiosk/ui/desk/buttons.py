"""The desk's buttons: `BigButton`s as high as their text asks, also beside a lower one,
and (`wraps=True`) narrower than their text on one line by going onto two.

    button = DeskButton("", role="nav", min_height=56)
    action = DeskButton("", role="action", wraps=True)   # "Commencer (F3)" on two lines if need be

Qt gives a push button a Fixed vertical size, and a row of Fixed items is only as high
as its LOWEST item asks: an Arabic label (Noto Sans Arabic's line is half again as high
as Latin's) beside a Latin one, or beside a field, was cut. A desk button may grow
(Minimum), so its row takes the tallest text's height. The citizen screens keep
BigButton's fixed heights: their rows are laid out to the pixel for 64 px targets.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QPushButton, QSizePolicy

from kiosk.ui.widgets.buttons import BigButton, two_lines


class DeskButton(BigButton):
    def __init__(self, *args, wraps: bool = False, **kwargs):
        super().__init__(*args, wraps=wraps, **kwargs)
        # A wrapping button may be given less than its one-line width (Preferred shrinks;
        # Qt's Minimum would make the one-line width its minimum).
        horizontal = QSizePolicy.Policy.Preferred if wraps else self.sizePolicy().horizontalPolicy()
        self.setSizePolicy(horizontal, QSizePolicy.Policy.Minimum)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._hold_height()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._hold_height()
        return handled

    def _hold_height(self) -> None:
        """Never squeezed below what its text needs: the style sheet's min-height becomes an
        explicit minimum, which a short column honours INSTEAD of the size hint."""
        needed = self.sizeHint().height()
        if self.minimumHeight() != needed:
            self.setMinimumHeight(needed)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        label = getattr(self, "_label", "")
        if not self._wraps or " " not in label.strip():
            return hint
        # As narrow as its text on two lines (what `_fit` shows when one does not fit).
        metrics = self.fontMetrics()
        shown = max(metrics.horizontalAdvance(line) for line in self.text().split("\n"))
        padding = QPushButton.sizeHint(self).width() - shown  # icon, padding, borders
        narrowest = max(metrics.horizontalAdvance(line) for line in two_lines(label).split("\n"))
        return QSize(padding + narrowest, hint.height())
