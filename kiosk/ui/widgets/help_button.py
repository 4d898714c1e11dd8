"""`HelpButton`: the citizen's "Help" button, on every citizen screen (in the top bar of
`ScreenHeader`, on home and on the language screen).

It only says it was pressed: the citizen window finds every `HelpButton` below it and
connects them all to the one call for help (kiosk/ui/citizen/window.py), so a screen
needs no wiring of its own. An icon and a word, at least 64 px each way: a citizen who
cannot read knows the sign, one who can reads the word (never an icon alone). In a top
bar it is `compact` (the word under the bell, `BigButton(stacked=True)`), so the
screen's title keeps its room.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from kiosk.ui.theme import MIN_TOUCH_PX
from kiosk.ui.widgets.buttons import BigButton


class HelpButton(BigButton):
    def __init__(self, parent: QWidget | None = None, *, compact: bool = False):
        super().__init__("help", role="nav", icon_px=40, min_height=MIN_TOUCH_PX, parent=parent, stacked=compact)
        # No explicit minimum width: it would let a crowded row squeeze the word away. Its
        # size hint (its minimum too) is its icon and word, and never under 64 px.
        self.setObjectName("help")
        self.retranslate()

    def retranslate(self) -> None:
        self.set_label(self.tr("Help"), self.tr("Calls a member of staff to this kiosk"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
