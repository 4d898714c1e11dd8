"""`ListenButton`: the citizen's "Listen" button, beside "Help" on every citizen screen.

It switches listening mode on (and off): the kiosk then says each screen's prompt and
each button the citizen touches, before it acts (kiosk/ui/citizen/listening.py). Like
`HelpButton` it only says it was pressed: the citizen window finds every `ListenButton`
below it and connects them all (kiosk/ui/citizen/voice_guide.py). A loudspeaker and a
word, at least 64 px each way; `compact` in a top bar (the word under the icon). While
listening mode is on it shows as checked.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from kiosk.ui.theme import MIN_TOUCH_PX
from kiosk.ui.widgets.buttons import BigButton


class ListenButton(BigButton):
    def __init__(self, parent: QWidget | None = None, *, compact: bool = False):
        super().__init__("listen", role="nav", icon_px=40, min_height=MIN_TOUCH_PX, parent=parent, stacked=compact)
        # No explicit minimum width, as the help button beside it: it would let a crowded row
        # squeeze the word away. Its size hint (its minimum too) is its icon and word.
        self.setObjectName("listen")
        self.setCheckable(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_label(self.tr("Listen"), self.tr("The kiosk reads each button aloud before it acts"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
