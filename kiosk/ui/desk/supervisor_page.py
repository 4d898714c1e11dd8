"""The supervisor console as a desk screen: the way back, then four tabs: the floor (lines,
counters, calls for help), the services' settings, the display's announcement, and the
tools (the activity report, a training session).

It only frames its four parts (kiosk/ui/desk/supervisor_floor.py, supervisor_services.py,
supervisor_announcement.py, supervisor_tools.py); the console's route (supervisor_route.py) reads the office
and sends what the supervisor asked.

Thread use: GUI thread.
"""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from kiosk.ui.desk.supervisor_announcement import AnnouncementEditor
from kiosk.ui.desk.supervisor_floor import FloorView
from kiosk.ui.desk.supervisor_services import ServiceSettings
from kiosk.ui.desk.supervisor_tools import SupervisorTools
from kiosk.ui.desk.texts import CONSOLE_KEY, with_key
from kiosk.ui.office_model import ServiceLookup
from kiosk.ui.widgets.buttons import BigButton


class SupervisorPage(QWidget):
    back_requested = Signal()
    refresh_requested = Signal()

    def __init__(self, catalogue: ServiceLookup, zone: ZoneInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("supervisor-page")
        self.setProperty("role", "screen")
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 12, 20, 12)
        column.setSpacing(8)
        header = QHBoxLayout()
        header.setSpacing(16)
        self.back_button = BigButton("back", role="nav", icon_px=32, min_height=56, directional=True)
        self.back_button.setObjectName("supervisor-back")
        self.back_button.clicked.connect(self.back_requested)
        self.title_label = QLabel()
        self.title_label.setProperty("role", "heading")
        self.title_label.setWordWrap(True)  # a long translation takes two lines, not the buttons' room
        self.staff_label = QLabel()
        self.staff_label.setProperty("role", "desk-status")
        self.refresh_button = BigButton("", role="nav", min_height=56)
        self.refresh_button.setObjectName("supervisor-refresh")
        self.refresh_button.clicked.connect(self.refresh_requested)
        header.addWidget(self.back_button)
        header.addWidget(self.title_label, 1)
        header.addWidget(self.staff_label)
        header.addWidget(self.refresh_button)
        column.addLayout(header)
        self.floor = FloorView(catalogue, zone)
        self.services = ServiceSettings(catalogue)
        self.announcement = AnnouncementEditor()
        self.tools = SupervisorTools(dt.datetime.now(zone).date())  # set again from the desk's clock when shown
        self.tabs = QTabWidget()
        self.tabs.setObjectName("supervisor-tabs")
        self.tabs.addTab(self.floor, "")
        self.tabs.addTab(self.services, "")
        self.tabs.addTab(self.announcement, "")
        self.tabs.addTab(self.tools, "")
        column.addWidget(self.tabs, 1)
        self.retranslate()

    def set_staff(self, name: str) -> None:
        self.staff_label.setText(name)

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Supervisor console"))
        self.back_button.set_label(with_key(self.tr("Back"), CONSOLE_KEY))
        self.refresh_button.set_label(self.tr("Refresh"))
        self.tabs.setTabText(0, self.tr("Floor"))
        self.tabs.setTabText(1, self.tr("Services"))
        self.tabs.setTabText(2, self.tr("Announcement"))
        self.tabs.setTabText(3, self.tr("Report and training"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
