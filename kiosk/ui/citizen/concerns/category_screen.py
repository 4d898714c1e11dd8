"""Step 1: what the concern is about — one big tile per catalogue category, icon and name.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from kiosk.domain.catalogue import Catalogue
from kiosk.ui.citizen.concerns.parts import MessagePanel, screen_layout
from kiosk.ui.widgets.buttons import TileButton
from kiosk.ui.widgets.header import ScreenHeader

COLUMNS = 2


class CategoryScreen(QWidget):
    back = Signal()
    home = Signal()
    category_chosen = Signal(str)

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None):
        super().__init__(parent)
        self._catalogue = catalogue
        self._language = "ar"
        outer = screen_layout(self)
        self.header = ScreenHeader(show_back=True, show_home=False)
        self.header.back_clicked.connect(self.back)
        outer.addWidget(self.header)
        self.hint_label = QLabel()
        self.hint_label.setProperty("role", "muted")
        self.hint_label.setWordWrap(True)
        outer.addWidget(self.hint_label)
        self.message = MessagePanel()
        outer.addWidget(self.message)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.tiles: dict[str, TileButton] = {}
        for index, category in enumerate(catalogue.concern_categories):
            tile = TileButton(category.icon, icon_px=56, min_height=96)
            tile.setObjectName(f"category-{category.code}")
            tile.clicked.connect(lambda _=False, code=category.code: self.category_chosen.emit(code))
            grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
            self.tiles[category.code] = tile
        outer.addLayout(grid)
        outer.addStretch(1)
        self.retranslate()

    def set_language(self, language: str) -> None:
        self._language = language
        self.retranslate()

    def show_problem(self, text: str) -> None:
        self.message.show_message(text)

    def reset(self) -> None:
        self.message.clear()

    def retranslate(self) -> None:
        self.header.set_title(self.tr("What is your concern about?"))
        self.hint_label.setText(self.tr("Touch the subject that fits best."))
        for category in self._catalogue.concern_categories:
            self.tiles[category.code].set_texts(category.name(self._language))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
