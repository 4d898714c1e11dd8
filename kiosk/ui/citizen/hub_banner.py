"""`HubLostBanner`: the citizen kiosk's strip saying the office's hub does not answer.

A kiosk on its own PC reaches the office over the LAN (`--hub`). When the hub is lost
the screens stay usable (they draw from the last snapshot: services, documents), but
no ticket or concern can be given: the banner says so, and where to go, until the
hub answers again. It sits in the layout of the screens where a citizen starts (home,
the services): hidden, it takes no room.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from kiosk.ui.widgets.icons import icon_pixmap

ICON_PX = 48


class HubLostBanner(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("hub-lost")
        self.setProperty("role", "warning")
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 14, 24, 14)
        row.setSpacing(18)
        symbol = QLabel()
        symbol.setPixmap(icon_pixmap("warning", ICON_PX))
        symbol.setFixedSize(ICON_PX, ICON_PX)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(symbol)
        row.addWidget(self.label, 1)
        self.lost = False
        self.hide()
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
