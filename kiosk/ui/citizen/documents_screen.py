"""Services and documents: what to bring for each service, before taking a ticket.

Services on the leading side (icon + name), the chosen service's documents on the
trailing side, and a button to take a ticket for it. The list follows the catalogue of
the `OfficeModel`'s snapshot (never the office itself: over the LAN that is a request):
it is rebuilt when a new snapshot's open services differ from the list.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.citizen.service_screen import make_scroll_area
from kiosk.ui.citizen.session import CitizenSession
from kiosk.ui.office_model import OfficeModel
from kiosk.ui.widgets.buttons import BigButton, TileButton
from kiosk.ui.widgets.header import ScreenHeader
from kiosk.ui.widgets.icons import icon_pixmap


class DocumentsScreen(QWidget):
    take_ticket_for = Signal(str)  # service code
    back = Signal()

    def __init__(self, model: OfficeModel, session: CitizenSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "screen")
        self._model = model
        self._session = session
        self.current_code: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 20, 32, 20)
        outer.setSpacing(14)
        self.header = ScreenHeader(show_back=True)
        self.header.back_clicked.connect(self.back)
        outer.addWidget(self.header)

        body = QHBoxLayout()
        body.setSpacing(24)
        list_content = QWidget()
        self._list_column = QVBoxLayout(list_content)
        self._list_column.setContentsMargins(0, 0, 12, 0)
        self._list_column.setSpacing(10)
        self._list_column.addStretch(1)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.tiles: dict[str, TileButton] = {}
        self._build_tiles()
        self.list_area = make_scroll_area(list_content)
        body.addWidget(self.list_area, 5)

        self.detail_panel = QFrame()
        self.detail_panel.setProperty("role", "panel")
        detail = QVBoxLayout(self.detail_panel)
        detail.setContentsMargins(28, 20, 28, 20)
        detail.setSpacing(12)
        title_row = QHBoxLayout()
        title_row.setSpacing(14)
        self.service_icon = QLabel()
        self.service_icon.setFixedSize(72, 72)
        self.service_title = QLabel()
        self.service_title.setProperty("role", "heading")
        self.service_title.setWordWrap(True)
        self.service_title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        title_row.addWidget(self.service_icon, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.service_title, 1)
        detail.addLayout(title_row)
        self.bring_label = QLabel()
        self.bring_label.setProperty("role", "muted")
        detail.addWidget(self.bring_label)
        docs_content = QWidget()
        self._docs_layout = QVBoxLayout(docs_content)
        self._docs_layout.setContentsMargins(0, 0, 12, 0)
        self._docs_layout.setSpacing(6)
        self._docs_layout.addStretch(1)
        self.document_labels: list[QLabel] = []  # the shown ones, from the front of the pool
        self._document_label_pool: list[QLabel] = []
        self.docs_area = make_scroll_area(docs_content)
        detail.addWidget(self.docs_area, 1)
        self.ticket_button = BigButton("ticket", role="primary", icon_px=48, min_height=80, wraps=True)
        self.ticket_button.setObjectName("documents-take-ticket")
        self.ticket_button.clicked.connect(self._take_ticket)
        detail.addWidget(self.ticket_button)
        body.addWidget(self.detail_panel, 7)
        outer.addLayout(body, 1)

        services = model.services()
        if services:
            self.show_service(services[0].code)
        model.changed.connect(self._snapshot_changed)
        self.retranslate()

    def _build_tiles(self) -> None:
        """One tile per open service, replacing any tiles there were."""
        for tile in self.tiles.values():
            self._group.removeButton(tile)
            self._list_column.removeWidget(tile)
            tile.hide()  # at once: deleteLater waits for the event loop
            tile.setParent(None)
            tile.deleteLater()
        self.tiles = {}
        for i, service in enumerate(self._model.services()):
            tile = TileButton(service.icon, icon_px=48, min_height=80)
            tile.setObjectName(f"documents-{service.code}")
            tile.setCheckable(True)
            tile.clicked.connect(lambda _=False, code=service.code: self.show_service(code))
            self._group.addButton(tile)
            self.tiles[service.code] = tile
            self._list_column.insertWidget(i, tile)  # before the closing stretch

    def rebuild_list(self) -> None:
        """The list from the office's current catalogue; a closed service's details go too."""
        self._build_tiles()
        if self.current_code not in self.tiles:
            self.current_code = next(iter(self.tiles), None)
        if self.current_code is not None:
            self.tiles[self.current_code].setChecked(True)
        self.retranslate()

    def _snapshot_changed(self) -> None:
        if list(self.tiles) != [s.code for s in self._model.services()]:
            self.rebuild_list()
        else:
            self.retranslate()  # names may have changed

    def show_service(self, code: str) -> None:
        self.current_code = code
        self.tiles[code].setChecked(True)
        self._fill_details()

    def documents_shown(self) -> list[str]:
        return [label.text().removeprefix("•").strip() for label in self.document_labels]

    def _fill_details(self) -> None:
        if self.current_code is None:
            return
        lang = self._session.language
        service = self._model.service(self.current_code)
        self.service_icon.setPixmap(icon_pixmap(service.icon, 72))
        self.service_title.setText(service.name(lang))
        documents = service.documents_in(lang) or (self.tr("Nothing to bring."),)
        # The labels are kept and given new texts: this runs at every showing of the screen,
        # and new word-wrapped labels cost a styling and a layout each.
        while len(self._document_label_pool) < len(documents):
            label = QLabel()
            label.setProperty("role", "document")
            label.setWordWrap(True)
            self._docs_layout.insertWidget(len(self._document_label_pool), label)
            self._document_label_pool.append(label)
        for label, text in zip(self._document_label_pool, documents, strict=False):
            label.setText(f"•  {text}")
            label.show()
        for label in self._document_label_pool[len(documents):]:
            label.hide()
        self.document_labels = self._document_label_pool[:len(documents)]
        self.docs_area.verticalScrollBar().setValue(0)

    def _take_ticket(self) -> None:
        if self.current_code is not None:
            self.take_ticket_for.emit(self.current_code)

    def showEvent(self, event) -> None:
        self._snapshot_changed()
        self.list_area.verticalScrollBar().setValue(0)
        super().showEvent(event)

    def retranslate(self) -> None:
        self.header.set_title(self.tr("Services and documents"))
        self.bring_label.setText(self.tr("Documents to bring:"))
        self.ticket_button.set_label(self.tr("Take a ticket for this service"))
        for code, tile in self.tiles.items():
            tile.set_texts(self._model.service(code).name(self._session.language))
        self._fill_details()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
