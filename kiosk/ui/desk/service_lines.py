"""The counter's lines, one row per service it serves: how many wait, the longest wait, and
whether the line is past its waiting target.

A counter opened for every service (a small town hall's one desk) serves many lines: a
row each keeps them readable, where one sentence of "service: count" ran into a single
unreadable row. Only the lines where someone waits are listed (the counter's other
services would push the tickets off the screen); above them, an alert names the lines past
their target (longest wait or the next arrival's predicted wait over the target).

Thread use: GUI thread.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from kiosk.domain.service_controls import ServiceLevel
from kiosk.domain.tickets import Ticket
from kiosk.ui.desk.texts import DeskTexts, arg, current_language, isolate, minutes_between
from kiosk.ui.office_model import ServiceLookup
from kiosk.ui.desk.style import ALERT_TEXT

ROW_PX = 48
MAX_ROWS_SHOWN = 4  # then the rows scroll: the tickets below keep most of the height
SERVICE_CODE = Qt.ItemDataRole.UserRole


class ServiceLines(QWidget):
    def __init__(self, catalogue: ServiceLookup, parent: QWidget | None = None):
        super().__init__(parent)
        self._catalogue = catalogue
        self.rows: list[tuple[str, int, int]] = []  # (service code, waiting, longest wait in minutes)
        self.past_target: list[ServiceLevel] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self.alert = QLabel()
        self.alert.setObjectName("target-alert")
        self.alert.setProperty("role", "target-alert")
        self.alert.setWordWrap(True)
        self.alert.hide()
        self.table = QTreeWidget()
        self.table.setObjectName("service-lines")
        self.table.setColumnCount(3)
        self.table.setRootIsDecorated(False)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the ticket list below keeps the keys
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        column.addWidget(self.alert)
        column.addWidget(self.table)
        self.table.hide()

    def set_lines(self, services: list[str], counts: dict[str, int], tickets: list[Ticket], now: dt.datetime,
                  levels: dict[str, ServiceLevel]) -> None:
        """The counter's services with their counts; the longest wait from the office's levels when
        it gave them, else from the tickets read (a partial list: the longest of those)."""
        oldest: dict[str, dt.datetime] = {}
        for ticket in tickets:
            if ticket.queue_service not in oldest or ticket.issued_at < oldest[ticket.queue_service]:
                oldest[ticket.queue_service] = ticket.issued_at
        self.rows = []
        for code in services:
            waiting = counts.get(code, 0)
            if not waiting:
                continue
            level = levels.get(code)
            longest = level.longest_wait_min if level else minutes_between(oldest.get(code, now), now)
            self.rows.append((code, waiting, longest))
        self.past_target = [levels[code] for code in services if code in levels and levels[code].alert]
        self._render()

    def _name(self, code: str) -> str:
        try:
            return self._catalogue.service(code).name(current_language())
        except KeyError:
            return code

    def _render(self) -> None:
        texts = DeskTexts()
        self.table.setHeaderLabels([self.tr("Line"), self.tr("Waiting"), self.tr("Longest wait")])
        alerted = {level.service_code for level in self.past_target}
        self.table.clear()
        for code, waiting, longest in self.rows:
            item = QTreeWidgetItem([self._name(code), str(waiting), texts.minutes(longest)])
            item.setData(0, SERVICE_CODE, code)
            item.setSizeHint(0, QSize(0, ROW_PX))
            item.setToolTip(0, self._name(code))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
            if code in alerted:
                for column in range(3):
                    item.setForeground(column, QColor(ALERT_TEXT))
                item.setText(2, f"⚠ {texts.minutes(longest)}")
            self.table.addTopLevelItem(item)
        shown = min(len(self.rows), MAX_ROWS_SHOWN)
        self.table.setFixedHeight(self.table.header().sizeHint().height() + shown * ROW_PX + 6)
        self.table.setVisible(bool(self.rows))
        if self.past_target:
            names = ", ".join(arg(self.tr("%1 (target %2 min)"), isolate(self._name(level.service_code)),
                                  level.target_min) for level in self.past_target)
            self.alert.setText(arg(self.tr("⚠ Waiting target passed: %1"), names))
        self.alert.setVisible(bool(self.past_target))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
