"""`WarningBanner`: a warning strip, its symbol and one wrapped line of text, hidden until
shown. The citizen kiosk's lost-hub and idle banners are built from it; each says its own
words and decides where it sits.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from kiosk.ui.widgets.icons import icon_pixmap


class WarningBanner(QFrame):
    def __init__(self, name: str, symbol_px: int, vertical_margin: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "warning")
        row = QHBoxLayout(self)
        row.setContentsMargins(24, vertical_margin, 24, vertical_margin)
        row.setSpacing(18)
        symbol = QLabel()
        symbol.setPixmap(icon_pixmap("warning", symbol_px))
        symbol.setFixedSize(symbol_px, symbol_px)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(symbol)
        row.addWidget(self.label, 1)
        self.hide()
