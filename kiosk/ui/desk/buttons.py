"""The desk's buttons: `BigButton`s as high as their text asks, also beside a lower one.

    button = DeskButton("", role="nav", min_height=56)

Qt gives a push button a Fixed vertical size, and a row of Fixed items is only as high
as its LOWEST item asks: an Arabic label (Noto Sans Arabic's line is half again as high
as Latin's) beside a Latin one, or beside a field, was cut. A desk button may grow
(Minimum), so its row takes the tallest text's height. The citizen screens keep
BigButton's fixed heights: their rows are laid out to the pixel for 64 px targets.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy

from kiosk.ui.widgets.buttons import BigButton


class DeskButton(BigButton):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setSizePolicy(self.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Minimum)
