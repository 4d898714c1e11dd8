"""Optional priority question: No (the default, biggest), elderly, disability, pregnancy.

While the ticket is being issued (on the worker: the office may be across the LAN) the
buttons are disabled and the screen says "Your ticket is being prepared…".

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain.tickets import Priority
from kiosk.ui.citizen.session import CitizenSession
from kiosk.ui.office_model import ServiceLookup
from kiosk.ui.widgets.buttons import BigButton, TileButton
from kiosk.ui.widgets.header import ScreenHeader


class PriorityScreen(QWidget):
    priority_chosen = Signal(str)  # a Priority value
    back = Signal()

    def __init__(self, catalogue: ServiceLookup, session: CitizenSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "screen")
        self._catalogue = catalogue
        self._session = session
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 20, 48, 32)
        outer.setSpacing(18)
        self.header = ScreenHeader(show_back=True)
        self.header.back_clicked.connect(self.back)
        outer.addWidget(self.header)
        self.service_label = QLabel()
        self.service_label.setProperty("role", "muted")
        self.service_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain_label = QLabel()
        self.explain_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain_label.setWordWrap(True)
        outer.addWidget(self.service_label)
        outer.addWidget(self.explain_label)
        outer.addStretch(1)

        self.buttons: dict[Priority, BigButton | TileButton] = {}
        self.buttons[Priority.NONE] = BigButton("priority-none", role="primary", icon_px=72, min_height=136)
        self.buttons[Priority.NONE].setStyleSheet("font-size: 40px;")
        outer.addWidget(self.buttons[Priority.NONE])
        outer.addSpacing(12)
        row = QHBoxLayout()
        row.setSpacing(20)
        for priority in (Priority.ELDERLY, Priority.DISABILITY, Priority.PREGNANCY):
            # tiles: their names wrap instead of widening the screen in long languages
            button = TileButton(f"priority-{priority.value}", icon_px=64, min_height=112)
            self.buttons[priority] = button
            row.addWidget(button, 1)  # equal thirds: a long name elsewhere does not narrow this one
        outer.addLayout(row)
        self.busy_label = QLabel()
        self.busy_label.setObjectName("issuing")
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy_label.setWordWrap(True)
        self.busy_label.hide()
        outer.addWidget(self.busy_label)
        outer.addStretch(2)
        self.busy = False
        for priority, button in self.buttons.items():
            button.setObjectName(f"priority-{priority.value}")
            button.clicked.connect(lambda _=False, p=priority: self.priority_chosen.emit(p.value))
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        """A ticket is on its way: no second tap, and say so."""
        self.busy = busy
        for button in self.buttons.values():
            button.setEnabled(not busy)
        self.header.back_button.setEnabled(not busy)
        self.busy_label.setVisible(busy)

    def showEvent(self, event) -> None:
        self._show_service()
        self.buttons[Priority.NONE].setFocus()
        super().showEvent(event)

    def _show_service(self) -> None:
        code = self._session.service_code
        name = self._catalogue.service(code).name(self._session.language) if code else ""
        self.service_label.setText(self.tr("Service: %1").replace("%1", name) if name else "")

    def retranslate(self) -> None:
        self.header.set_title(self.tr("Do you need priority?"))
        self.explain_label.setText(self.tr(
            "People aged 60 and over, people with a disability and pregnant women are called first."))
        self.buttons[Priority.NONE].set_label(self.tr("No, thank you"))
        self.buttons[Priority.ELDERLY].set_texts(self.tr("Aged 60 or over"))
        self.buttons[Priority.DISABILITY].set_texts(self.tr("Disability"))
        self.buttons[Priority.PREGNANCY].set_texts(self.tr("Pregnancy"))
        self.busy_label.setText(self.tr("Your ticket is being prepared…"))
        self._show_service()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
