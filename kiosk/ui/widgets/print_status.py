"""The line under a ticket or a concern code that says whether the receipt is coming.

"Please take your receipt" with a printer icon, or the printer warning with a warning
icon and a warning look: the same place and size, so the screen does not jump.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from kiosk.ui.widgets.buttons import set_role
from kiosk.ui.widgets.icons import icon_pixmap


class PrintStatusPanel(QFrame):
    def __init__(self, icon_px: int = 64, parent: QWidget | None = None):
        super().__init__(parent)
        self._icon_px = icon_px
        self.setProperty("role", "panel")
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 12, 20, 12)
        row.setSpacing(18)
        self.icon = QLabel()
        self.icon.setFixedSize(icon_px, icon_px)
        self.label = QLabel()
        self.label.setObjectName("print-status")
        self.label.setProperty("role", "status")
        self.label.setWordWrap(True)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.label, 1)

    def show_status(self, text: str, *, warning: bool) -> None:
        set_role(self, "warning" if warning else "panel")
        self.icon.setPixmap(icon_pixmap("warning" if warning else "printer", self._icon_px))
        self.label.setText(text)
        self.label.setAccessibleName(text)
