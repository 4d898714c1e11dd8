"""The live waiting line of this counter's services: one row per line (count, longest wait,
past its target or not: kiosk/ui/desk/service_lines.py) and every ticket in calling order
(priority classes first, then arrival).

Double-click or Enter on a ticket asks to call that ticket.

Thread use: GUI thread.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.service_controls import ServiceLevel
from kiosk.domain.tickets import Ticket
from kiosk.ui.desk.service_lines import ServiceLines
from kiosk.ui.desk.style import DESK_TARGET_PX
from kiosk.ui.desk.texts import DeskTexts, arg, current_language, minutes_between
from kiosk.ui.office_model import ServiceLookup, service_name
from kiosk.ui.widgets.icons import icon

TICKET_ID = Qt.ItemDataRole.UserRole
TICKET_COLUMN_PX = 140  # icon + "A-1000"
ROW_PX = 64  # two lines of a service name


def aged(levels: dict[str, ServiceLevel], minutes: int) -> dict[str, ServiceLevel]:
    """The levels `minutes` after they were read: whoever still waits has waited that much longer,
    so a target passes on the desk's own clock tick, with no new read of the office."""
    if minutes <= 0:
        return levels
    return {code: dataclasses.replace(level, longest_wait_min=level.longest_wait_min + minutes)
            if level.waiting else level for code, level in levels.items()}


class WaitingList(QFrame):
    ticket_activated = Signal(str)  # ticket id
    selection_changed = Signal()

    def __init__(self, catalogue: ServiceLookup, zone: ZoneInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "panel")
        self._catalogue = catalogue
        self._zone = zone
        self.tickets: list[Ticket] = []
        self.counts: dict[str, int] = {}
        self._levels: dict[str, ServiceLevel] = {}
        self._now = dt.datetime.now(dt.UTC)
        self._levels_read_at = self._now
        blank = QPixmap(32, 32)
        blank.fill(Qt.GlobalColor.transparent)
        self._blank = QIcon(blank)

        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(8)
        self.caption = QLabel()
        self.caption.setObjectName("waiting-caption")
        self.caption.setProperty("role", "desk-caption")
        self.lines = ServiceLines(catalogue)
        self.tree = QTreeWidget()
        self.tree.setObjectName("waiting-list")
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        # long service names wrap on two lines rather than being cut
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setUniformRowHeights(True)
        # It scrolls: its header and a row are enough at the least, so on a 768 px screen with
        # a call for help above, the buttons around it keep the height their text needs.
        self.tree.setMinimumHeight(2 * DESK_TARGET_PX)
        self.tree.setIconSize(QSize(32, 32))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, TICKET_COLUMN_PX)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("waiting-empty")
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        column.addWidget(self.caption)
        column.addWidget(self.lines)
        column.addWidget(self.tree, 1)
        column.addWidget(self.empty_label)
        self.tree.itemActivated.connect(self._activated)  # double-click and Enter
        self.tree.itemSelectionChanged.connect(self.selection_changed)
        self._render()

    # ---- data -----------------------------------------------------------------------

    def set_line(self, tickets: list[Ticket], counts: dict[str, int], now: dt.datetime,
                 levels: dict[str, ServiceLevel] | None = None) -> None:
        """The tickets, the counts of the counter's services (in its order), and the office's
        service levels when it gave them (the longest waits and the target alerts)."""
        self.tickets = list(tickets)
        self.counts = dict(counts)
        self._now = now
        self._levels = dict(levels or {})
        self._levels_read_at = now
        self._render()

    def tick(self, now: dt.datetime) -> None:
        self._now = now
        self._render()

    def selected_ticket_id(self) -> str | None:
        items = self.tree.selectedItems()
        return items[0].data(0, TICKET_ID) if items else None

    def select_ticket(self, ticket_id: str) -> bool:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item.data(0, TICKET_ID) == ticket_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.ticket_activated.emit(item.data(0, TICKET_ID))

    # ---- drawing --------------------------------------------------------------------

    def _service_name(self, code: str, language: str) -> str:
        return service_name(self._catalogue, code, language)

    def _render(self) -> None:
        texts = DeskTexts()
        language = current_language()
        self.caption.setText(arg(self.tr("Waiting: %1"), len(self.tickets)))
        self.tree.setHeaderLabels([self.tr("Ticket"), self.tr("Service"), self.tr("Waiting")])
        self.lines.set_lines(list(self.counts), self.counts, self.tickets, self._now,
                             aged(self._levels, minutes_between(self._levels_read_at, self._now)))
        selected = self.selected_ticket_id()
        self.tree.blockSignals(True)
        self.tree.clear()
        for ticket in self.tickets:
            service = self._service_name(ticket.queue_service, language)
            item = QTreeWidgetItem([ticket.label, service,
                                    texts.minutes(minutes_between(ticket.issued_at, self._now))])
            item.setToolTip(1, service)
            item.setSizeHint(0, QSize(0, ROW_PX))
            item.setToolTip(2, texts.waiting_since(ticket, self._zone, self._now))
            item.setData(0, TICKET_ID, ticket.id)
            if ticket.priority.is_priority:
                item.setIcon(0, icon(f"priority-{ticket.priority.value}"))
                item.setToolTip(0, arg(self.tr("Priority: %1"), texts.priority(ticket.priority)))
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                             f"{ticket.label}, {arg(self.tr('Priority: %1'), texts.priority(ticket.priority))}")
            else:
                item.setIcon(0, self._blank)  # keeps labels aligned with the priority rows
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading)
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        if selected is not None and not self.select_ticket(selected):
            self.selection_changed.emit()
        self.empty_label.setText(self.tr("Nobody is waiting for this counter's services."))
        self.empty_label.setVisible(not self.tickets)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
