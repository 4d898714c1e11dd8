"""`KioskExitPanel`: the staff's "leave the kiosk" form — a supervisor's name and PIN, an
on-screen keyboard (a kiosk has no other), "Leave the kiosk" and "Cancel". It collects
and shows; `KioskLock` (kiosk/ui/citizen/kiosk_lock.py) checks with the office.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.ui.citizen.concerns.parts import flow_stylesheet
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.keyboard import OnScreenKeyboard
from kiosk.ui.widgets.keyboard_layouts import FRENCH


class KioskExitPanel(QFrame):
    submitted = Signal(str, str)  # name, PIN

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("kiosk-exit")
        self.setProperty("role", "panel")
        self.setStyleSheet(flow_stylesheet())  # the concern screens' fields and keys: one look for typing
        self.problem = ""
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 12, 24, 12)
        column.setSpacing(8)
        self.title_label = QLabel()
        self.title_label.setProperty("role", "status")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("kiosk-exit-name")
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("kiosk-exit-pin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(8)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("kiosk-exit-problem")
        self.problem_label.setWordWrap(True)
        self.keyboard = OnScreenKeyboard([FRENCH])
        self.keyboard.enter_pressed.connect(self._submit)
        row = QHBoxLayout()
        self.leave_button = BigButton("home", role="primary", icon_px=32)
        self.leave_button.setObjectName("kiosk-exit-leave")
        self.leave_button.clicked.connect(self._submit)
        self.cancel_button = BigButton("back", icon_px=32, directional=True)
        self.cancel_button.setObjectName("kiosk-exit-cancel")
        self.cancel_button.clicked.connect(self.hide)
        row.addWidget(self.cancel_button)
        row.addWidget(self.leave_button)
        fields = QHBoxLayout()  # side by side: the keyboard needs the height (64 px keys)
        fields.addWidget(self.name_edit, 2)
        fields.addWidget(self.pin_edit, 1)
        column.addWidget(self.title_label)
        column.addLayout(fields)
        column.addWidget(self.problem_label)
        column.addWidget(self.keyboard, 1)
        column.addLayout(row)
        for edit in (self.name_edit, self.pin_edit):
            edit.installEventFilter(self)
        self.hide()
        self.retranslate()

    def open_over(self) -> None:
        """Empty, over the whole window, the name field ready for the keys."""
        self.name_edit.clear()
        self.pin_edit.clear()
        self.problem = ""
        self.retranslate()
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.name_edit.setFocus()
        self.keyboard.set_target(self.name_edit)

    def show_problem(self, problem: str) -> None:
        self.problem = problem
        self.pin_edit.clear()
        self.retranslate()

    def _submit(self) -> None:
        self.submitted.emit(self.name_edit.text().strip(), self.pin_edit.text())

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Staff only: leave the kiosk"))
        self.name_edit.setPlaceholderText(self.tr("Supervisor's name"))
        self.pin_edit.setPlaceholderText(self.tr("PIN"))
        self.leave_button.set_label(self.tr("Leave the kiosk"))
        self.cancel_button.set_label(self.tr("Cancel"))
        problems = {
            "bad_login": self.tr("Wrong name or PIN."),
            "not_supervisor": self.tr("Only a supervisor can close the kiosk."),
            "locked": self.tr("Too many wrong PINs: this account is locked for a while."),
            "error": self.tr("The PIN could not be checked. Try again."),
        }
        self.problem_label.setText(problems.get(self.problem, ""))
        self.problem_label.setVisible(bool(self.problem))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in (self.name_edit, self.pin_edit):
            self.keyboard.set_target(watched)  # the keys type where the finger last touched
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
            return
        super().keyPressEvent(event)
