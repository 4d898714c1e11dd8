"""`HelpAlerts`: on every desk, the kiosks where a citizen asked for help, above any screen.

One row per open request, oldest first: "Help asked at the kiosk «Borne entrée» at
09:12" and an "I'm coming" button. Pressing it sends the acknowledgement through the
desk's `ActionSender` (`acknowledge` below: applied once, retried with its id if the
hub is lost); the kiosk then tells the citizen someone is on the way, and the row
leaves every desk on `help.acknowledged`. The list is read on start, after a resync or
a reconnection (`load`), follows `help.requested` / `help.acknowledged` events, and is
read again every half minute while it shows any, so requests that expired
(kiosk/domain/help.py) leave. The office decides what is open, on its clock: a desk PC
whose clock is off does not hide a live alert. The
button needs a logged-in clerk: on the log-in screen the alert shows, disabled.

Each row is a warning frame whose accessible name is its whole sentence, so a screen
reader says the alert, not only the button.

Thread use: GUI thread; the office calls run through the desk's `OfficeCaller`.
"""
from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.domain.help import HelpRequest
from kiosk.office import OfficePort
from kiosk.office.help import ACKNOWLEDGED, REQUESTED, help_from
from kiosk.ui.clock import SYSTEM_UI_CLOCK, UiClock
from kiosk.ui.desk.caller import OfficeCaller
from kiosk.ui.desk.texts import arg

RELOAD_MS = 30_000  # an expired request leaves the desks within half a minute


class HelpAlertRow(QFrame):
    def __init__(self, request: HelpRequest, zone: ZoneInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.request = request
        self._zone = zone
        self.setProperty("role", "warning")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 2, 16, 2)  # compact: the desk's screens need their height at 1024×768
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.coming_button = QPushButton()
        self.coming_button.setProperty("role", "primary")
        self.coming_button.setObjectName("help-coming")
        self.coming_button.setStyleSheet("min-height: 44px; padding: 2px 18px;")  # a clerk's mouse or touch
        row.addWidget(self.label, 1)
        row.addWidget(self.coming_button)
        self.retranslate()

    def retranslate(self) -> None:
        kiosk = self.request.kiosk_name or self.tr("the office's kiosk")
        time = self.request.asked_at.astimezone(self._zone).strftime("%H:%M")
        self.label.setText(arg(self.tr("A citizen asks for help at %1 (since %2)"), kiosk, time))
        self.setAccessibleName(self.label.text())
        self.coming_button.setText(self.tr("I'm coming"))
        self.coming_button.setAccessibleName(self.coming_button.text())
        self.coming_button.setAccessibleDescription(self.label.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class HelpAlerts(QWidget):
    acknowledge_requested = Signal(str)  # the request a clerk answers "I'm coming" to
    showing_changed = Signal(bool)  # a call for help is above the screen (True) or none is left

    def __init__(self, office: OfficePort, caller: OfficeCaller, zone: ZoneInfo, parent: QWidget | None = None, *,
                 clock: UiClock = SYSTEM_UI_CLOCK):
        super().__init__(parent)
        self.setObjectName("help-alerts")
        self._office = office
        self._caller = caller
        self._zone = zone
        self._can_answer = False
        self.rows: dict[str, HelpAlertRow] = {}
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(12, 4, 12, 0)
        self._column.setSpacing(6)
        self.reload_timer = clock.timer(self, RELOAD_MS)
        self.reload_timer.timeout.connect(self.load)
        self.hide()

    def load(self) -> None:
        """Read the open requests again (start, resync, the hub back)."""
        self._caller.run(self._office.open_help_requests, on_success=self.show_requests,
                         on_failure=lambda _exc: None)  # the connection banner says why; the events catch up

    def show_requests(self, requests: list[HelpRequest]) -> None:
        for request_id in list(self.rows):
            self.remove(request_id)
        for request in requests:
            self.add(request)

    def on_office_event(self, kind: str, data: dict) -> None:
        if kind == REQUESTED:
            self.add(help_from(data["request"]))
        elif kind == ACKNOWLEDGED:
            self.remove(str(data["request"]["id"]))
        elif kind == "hub.resync" or (kind == "hub.connection" and data.get("online")):
            self.load()

    def add(self, request: HelpRequest) -> None:
        if request.id in self.rows:
            return
        row = HelpAlertRow(request, self._zone)
        row.coming_button.setEnabled(self._can_answer)
        row.coming_button.clicked.connect(lambda: self.acknowledge_requested.emit(request.id))
        self.rows[request.id] = row
        self._column.addWidget(row)
        self.show()
        self.reload_timer.start()
        if len(self.rows) == 1:
            self.showing_changed.emit(True)

    def remove(self, request_id: str) -> None:
        row = self.rows.pop(request_id, None)
        if row is not None:
            self._column.removeWidget(row)
            row.deleteLater()
        self.setVisible(bool(self.rows))
        if not self.rows:
            self.reload_timer.stop()
            if row is not None:
                self.showing_changed.emit(False)

    def set_can_answer(self, can: bool) -> None:
        """Only a logged-in clerk answers "I'm coming"."""
        self._can_answer = can
        for row in self.rows.values():
            row.coming_button.setEnabled(can)
