"""A QSplitter that keeps its panes inside it from right to left too.

Qt (6.x) places a right-to-left splitter's panes one pixel to the right of where they
belong (it moves each pane's right edge to `width - left` rather than `width - 1 - left`):
the first pane pokes a pixel out of the splitter, so its border is cut (the no-clipping
check, tests/ui/test_no_clipping.py, sees it in Arabic). A one-pixel margin on the left,
only when right to left, takes that pixel back.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QSplitter, QWidget


class DirectionSafeSplitter(QSplitter):
    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None):
        super().__init__(orientation, parent)
        self._follow_direction()

    def _follow_direction(self) -> None:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        horizontal = self.orientation() == Qt.Orientation.Horizontal
        self.setContentsMargins(1 if rtl and horizontal else 0, 0, 0, 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._follow_direction()
        super().changeEvent(event)
