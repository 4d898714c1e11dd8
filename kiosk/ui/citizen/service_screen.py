"""Choose a service: one big tile per open service — icon, name, current wait; a service
that takes no ticket now (closed by the supervisor, outside its hours, today's limit
reached) is greyed with the reason, and touching it says why and when to come back
(kiosk/ui/citizen/service_refusals.py) instead of going on to the priority question.

Everything shown comes from the `OfficeModel`'s snapshot, never from the office itself
(over the LAN each wait is a request): the waits are redrawn whenever the model has a
new snapshot (it reads one when the office reports a change in a waiting line, and
when this screen is shown), and the tiles are rebuilt when the snapshot's open services
differ from the tiles (a service closed, opened or renamed by the central server).

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.ui.citizen.hub_banner import HubLostBanner
from kiosk.ui.citizen.service_refusals import ServiceRefusalTexts
from kiosk.ui.citizen.session import CitizenSession
from kiosk.ui.office_model import OfficeModel
from kiosk.ui.widgets.buttons import TileButton
from kiosk.ui.widgets.header import ScreenHeader
from kiosk.ui.widgets.swipe import enable_swipe

TILE_MIN_WIDTH = 290
MAX_COLUMNS = 5


def make_scroll_area(content: QWidget) -> QScrollArea:
    """A scroll area a finger can drag (a touch or a mouse-like touch screen), with a wide scroll bar."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(content)
    enable_swipe(area)
    return area


class ServiceScreen(QWidget):
    service_chosen = Signal(str)
    service_refused = Signal(str, object)  # service code, Availability: it takes no ticket now
    back = Signal()

    def __init__(self, model: OfficeModel, session: CitizenSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "screen")
        self._model = model
        self._session = session
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 20, 32, 20)
        outer.setSpacing(10)
        self.header = ScreenHeader(show_back=True)
        self.header.back_clicked.connect(self.back)
        outer.addWidget(self.header)
        self.hint_label = QLabel()
        self.hint_label.setProperty("role", "muted")
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label.setWordWrap(True)
        outer.addWidget(self.hint_label)
        self.hub_banner = HubLostBanner()  # the hub does not answer: the waits are old, no ticket now
        self.hub_banner.set_lost(not model.reachable)
        model.reachable_changed.connect(lambda reachable: self.hub_banner.set_lost(not reachable))
        outer.addWidget(self.hub_banner)

        content = QWidget()
        self._grid = QGridLayout(content)
        self._grid.setContentsMargins(0, 0, 12, 0)
        self._grid.setSpacing(14)
        self.scroll_area = make_scroll_area(content)
        outer.addWidget(self.scroll_area, 1)

        self.tiles: dict[str, TileButton] = {}
        self._columns = 0
        self._build_tiles()
        self._arrange(self._columns_for(1216))
        model.changed.connect(self._snapshot_changed)
        self.retranslate()

    def _build_tiles(self) -> None:
        """One tile per open service, replacing any tiles there were."""
        for tile in self.tiles.values():
            self._grid.removeWidget(tile)
            tile.hide()  # at once: deleteLater waits for the event loop
            tile.setParent(None)
            tile.deleteLater()
        self.tiles = {}
        for service in self._model.services():
            tile = TileButton(service.icon)
            tile.setObjectName(f"service-{service.code}")
            tile.clicked.connect(lambda _=False, code=service.code: self._chosen(code))
            self.tiles[service.code] = tile

    def _chosen(self, code: str) -> None:
        refused = self._model.availability(code)
        if refused is not None:
            self.service_refused.emit(code, refused)
        else:
            self.service_chosen.emit(code)

    def rebuild_tiles(self) -> None:
        """Tiles from the office's current catalogue (a service closed, opened or renamed)."""
        columns = self._columns or self._columns_for(1216)
        self._build_tiles()
        self._columns = 0  # lay out the new tiles even if the column count is unchanged
        self._arrange(columns)
        if self.isVisible():
            self.refresh_waits()

    def _snapshot_changed(self) -> None:
        if list(self.tiles) != [service.code for service in self._model.services()]:
            self.rebuild_tiles()
        elif self.isVisible():
            self.refresh_waits()

    def _columns_for(self, width: int) -> int:
        return max(1, min(MAX_COLUMNS, width // TILE_MIN_WIDTH))

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for tile in self.tiles.values():
            self._grid.removeWidget(tile)
        for i, tile in enumerate(self.tiles.values()):
            self._grid.addWidget(tile, i // columns, i % columns)
        for column in range(MAX_COLUMNS):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        for row in range(self._grid.rowCount()):  # the stretch row moves when tiles come or go
            self._grid.setRowStretch(row, 0)
        self._grid.setRowStretch(len(self.tiles) // columns + 1, 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # the screen's own width: the viewport's is not laid out yet at this point
        margins = self.layout().contentsMargins()
        scroll_bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        self._arrange(self._columns_for(event.size().width() - margins.left() - margins.right() - scroll_bar))

    def wait_text(self, minutes: int) -> str:
        if minutes <= 0:
            return self.tr("No wait")
        return self.tr("≈ %1 min").replace("%1", str(minutes))

    def refresh_waits(self) -> None:
        """Names and waits from the model's snapshot (an unknown wait shows nothing); a service
        taking no ticket now greyed, with why."""
        refusals = ServiceRefusalTexts()
        zone, now = self._model.zone, self._model.now()
        for code, tile in self.tiles.items():
            minutes = self._model.wait(code)
            refused = self._model.availability(code)
            if refused is not None:
                detail = refusals.tile(refused, zone, now)
            else:
                detail = "" if minutes is None else self.wait_text(minutes)
            tile.set_texts(self._model.service(code).name(self._session.language), detail)
            if tile.property("unavailable") != (refused is not None):
                tile.setProperty("unavailable", refused is not None)
                tile.style().unpolish(tile)
                tile.style().polish(tile)

    def showEvent(self, event) -> None:
        self.refresh_waits()
        self._model.refresh()  # the waits as they are now, drawn when they come
        self.scroll_area.verticalScrollBar().setValue(0)
        super().showEvent(event)

    def retranslate(self) -> None:
        self.header.set_title(self.tr("Choose a service"))
        self.hint_label.setText(self.tr("Touch the service you came for. Waiting times are estimates."))
        if self.isVisible():  # hidden: showEvent refreshes
            self.refresh_waits()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
