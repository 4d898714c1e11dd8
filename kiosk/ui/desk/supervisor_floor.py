"""The supervisor console's floor view: each service's line (waiting, longest and predicted
wait against its target, taking tickets or why not), each counter with its clerk and the
ticket it serves, and the kiosks' open calls for help.

`read_floor` gathers it on the worker (over the LAN a few requests); `FloorView` only
shows a `Floor` it is given.

Thread use: `read_floor` any thread; the widget the GUI thread.
"""
from __future__ import annotations

import dataclasses
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from kiosk.domain.help import HelpRequest
from kiosk.domain.service_controls import Availability, Refusal, ServiceControl, ServiceLevel, share_within_target
from kiosk.domain.tickets import Ticket
from kiosk.office import OfficePort
from kiosk.office.records import Announcement, CounterState
from kiosk.ui.desk.style import ALERT_TEXT
from kiosk.ui.desk.texts import DeskTexts, arg, current_language, isolate, local_time
from kiosk.ui.office_model import ServiceLookup, service_name

ROW_PX = 48
SERVICE_CODE = Qt.ItemDataRole.UserRole


@dataclasses.dataclass(frozen=True)
class Floor:
    levels: list[ServiceLevel]
    controls: list[ServiceControl]
    counters: list[CounterState]
    serving: dict[str, Ticket | None]  # open counter → the ticket it has in hand
    help_requests: list[HelpRequest]
    announcements: list[Announcement]


def read_floor(office: OfficePort) -> Floor:
    """What the console shows, read at once (worker thread when remote)."""
    counters = office.counters()
    serving = {c["number"]: office.counter_figures(c["number"]).current for c in counters if c["status"] == "open"}
    return Floor(office.service_levels(), office.service_controls(), counters, serving,
                 office.open_help_requests(), office.announcements())


class AvailabilityTexts(QObject):
    """Why a service takes no ticket, for the console (the kiosk says it to citizens in its own words)."""

    def state(self, found: Availability, zone: ZoneInfo) -> str:
        if found.taking:
            return self.tr("Open")
        when = local_time(found.reopens_at, zone) if found.reopens_at else ""
        if found.refusal is Refusal.CLOSED:
            return self.tr("Closed")
        if found.refusal is Refusal.OUTSIDE_HOURS:
            return arg(self.tr("Outside its hours · opens %1"), when) if when else self.tr("Outside its hours")
        return self.tr("Daily limit reached")


class FloorView(QWidget):
    def __init__(self, catalogue: ServiceLookup, zone: ZoneInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self._catalogue = catalogue
        self.zone = zone
        self.floor: Floor | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(8)
        self.alert = QLabel()
        self.alert.setObjectName("floor-alert")
        self.alert.setProperty("role", "target-alert")
        self.alert.setWordWrap(True)
        self.alert.hide()
        self.help_label = QLabel()
        self.help_label.setObjectName("floor-help")
        self.help_label.setProperty("role", "desk-error")
        self.help_label.setWordWrap(True)
        self.help_label.hide()
        self.closed_label = QLabel()
        self.closed_label.setObjectName("floor-not-taking")
        self.closed_label.setProperty("role", "desk-status")
        self.closed_label.setWordWrap(True)
        self.closed_label.hide()
        self.share_label = QLabel()
        self.share_label.setObjectName("floor-within-target")
        self.share_label.setProperty("role", "desk-status")
        self.share_label.setWordWrap(True)
        self.services = _table("floor-services", 6)
        self.counters = _table("floor-counters", 4)
        column.addWidget(self.share_label)
        column.addWidget(self.alert)
        column.addWidget(self.help_label)
        column.addWidget(self.closed_label)
        column.addWidget(self.services, 3)
        column.addWidget(self.counters, 2)
        self._render()

    def show_floor(self, floor: Floor) -> None:
        self.floor = floor
        self._render()

    def _name(self, code: str) -> str:
        return service_name(self._catalogue, code, current_language())

    def _render(self) -> None:
        texts, states = DeskTexts(), AvailabilityTexts()
        self.services.setHeaderLabels([self.tr("Service"), self.tr("Waiting"), self.tr("Longest wait"),
                                       self.tr("Next arrival"), self.tr("Target"), self.tr("Today")])
        self.counters.setHeaderLabels([self.tr("Counter"), self.tr("Clerk"), self.tr("Serving"),
                                       self.tr("Services")])
        floor = self.floor
        self.services.clear()
        self.counters.clear()
        if floor is None:
            return
        for level in floor.levels:
            today = (arg(self.tr("%1 of %2"), level.issued_today, level.daily_limit) if level.daily_limit
                     else str(level.issued_today))
            item = QTreeWidgetItem([self._name(level.service_code), str(level.waiting),
                                    texts.minutes(level.longest_wait_min), texts.minutes(level.predicted_wait_min),
                                    texts.minutes(level.target_min), today])
            item.setData(0, SERVICE_CODE, level.service_code)
            item.setSizeHint(0, QSize(0, ROW_PX))
            state = states.state(level.availability, self.zone)
            item.setToolTip(0, f"{self._name(level.service_code)} · {state}")
            if not level.availability.taking:  # greyed; the line above the table says why
                for col in range(6):
                    item.setForeground(col, QColor("#6B6B6B"))
            if level.alert:
                for col in range(6):
                    item.setForeground(col, QColor(ALERT_TEXT))
                item.setText(2, f"⚠ {item.text(2)}")
            self.services.addTopLevelItem(item)
        for counter in floor.counters:
            if counter["status"] != "open":
                continue
            ticket = floor.serving.get(counter["number"])
            item = QTreeWidgetItem([counter["number"], counter["staff_name"] or "—",
                                    ticket.label if ticket else "—",
                                    arg(self.tr("%1 services"), len(counter["services"]))])
            item.setToolTip(3, ", ".join(self._name(code) for code in counter["services"]))
            item.setSizeHint(0, QSize(0, ROW_PX))
            self.counters.addTopLevelItem(item)
        if not self.counters.topLevelItemCount():
            item = QTreeWidgetItem([self.tr("No counter is open."), "", "", ""])
            item.setFirstColumnSpanned(True)
            self.counters.addTopLevelItem(item)
        within, called = share_within_target(floor.levels)
        self.share_label.setText(arg(self.tr("Called within their target today: %1 of %2 (%3 %)"), within, called,
                                     round(100 * within / called)) if called
                                 else self.tr("Called within their target today: nobody called yet"))
        closed = [level for level in floor.levels if not level.availability.taking]
        if closed:
            names = ", ".join(f"{isolate(self._name(level.service_code))} "
                              f"({states.state(level.availability, self.zone)})" for level in closed)
            self.closed_label.setText(arg(self.tr("Not taking tickets: %1"), names))
        self.closed_label.setVisible(bool(closed))
        past = [level for level in floor.levels if level.alert]
        if past:
            names = ", ".join(arg(self.tr("%1 (target %2 min)"), isolate(self._name(level.service_code)),
                                  level.target_min) for level in past)
            self.alert.setText(arg(self.tr("⚠ Waiting target passed: %1"), names))
        self.alert.setVisible(bool(past))
        if floor.help_requests:
            kiosks = ", ".join(isolate(r.kiosk_name or "—") for r in floor.help_requests)
            self.help_label.setText(arg(self.tr("Help asked at: %1"), kiosks))
        self.help_label.setVisible(bool(floor.help_requests))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)


def _table(name: str, columns: int) -> QTreeWidget:
    table = QTreeWidget()
    table.setObjectName(name)
    table.setColumnCount(columns)
    table.setRootIsDecorated(False)
    table.setUniformRowHeights(True)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = table.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for col in range(1, columns):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    return table
