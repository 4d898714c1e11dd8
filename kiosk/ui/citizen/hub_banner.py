"""`HubLostBanner`: the citizen kiosk's strip saying the office's hub does not answer.

A kiosk on its own PC reaches the office over the LAN (`--hub`). When the hub is lost
the screens stay usable (they draw from the last snapshot: services, documents), but
no ticket or concern can be given: the banner says so, and where to go, until the
hub answers again. It sits in the layout of the screens where a citizen starts (home,
the services): hidden, it takes no room.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from kiosk.ui.widgets.warning_banner import WarningBanner

ICON_PX = 48


class HubLostBanner(WarningBanner):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("hub-lost", ICON_PX, 14, parent)
        self.lost = False
        self._retranslate()

    def set_lost(self, lost: bool) -> None:
        self.lost = lost
        self.setVisible(lost)

    def _retranslate(self) -> None:
        self.label.setText(self.tr("The office system is not answering: tickets cannot be given right now. "
                                   "Please ask at reception."))
        self.setAccessibleName(self.label.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
