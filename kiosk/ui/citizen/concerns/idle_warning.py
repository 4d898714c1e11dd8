"""The "Are you still there?" overlay shown before an idle concern is cleared (privacy).

It covers the whole flow, counts down the seconds left, and offers one big
"Continue" button. The flow decides when to show it and what to do when it runs out.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from kiosk.ui.citizen.concerns.texts import arg
from kiosk.ui.widgets.buttons import BigButton


class IdleWarning(QFrame):
    continue_clicked = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("idle-warning")
        self.setProperty("role", "overlay")
        self.seconds_left = 0
        outer = QVBoxLayout(self)
        # Room for the dialog to grow with larger text (Arabic's tall lines) at 768 px.
        outer.setContentsMargins(120, 24, 120, 24)
        dialog = QFrame()
        dialog.setProperty("role", "dialog")
        column = QVBoxLayout(dialog)
        column.setContentsMargins(40, 20, 40, 20)
        column.setSpacing(10)
        self.question_label = QLabel()
        self.question_label.setProperty("role", "title")
        self.question_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question_label.setWordWrap(True)
        self.countdown_label = QLabel()
        self.countdown_label.setObjectName("countdown")
        self.countdown_label.setProperty("role", "countdown")
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain_label = QLabel()
        self.explain_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain_label.setWordWrap(True)
        self.continue_button = BigButton(role="primary", min_height=104)
        self.continue_button.setObjectName("continue")
        self.continue_button.clicked.connect(self.continue_clicked)
        for widget in (self.question_label, self.countdown_label, self.explain_label):
            column.addWidget(widget)
        column.addWidget(self.continue_button)
        outer.addWidget(dialog, 0, Qt.AlignmentFlag.AlignCenter)
        self.hide()
        self.retranslate()

    def show_countdown(self, seconds: int) -> None:
        self.seconds_left = seconds
        self.setGeometry(self.parentWidget().rect())
        self.retranslate()
        self.raise_()
        self.show()

    def message(self) -> str:
        """What is said aloud when the warning appears (the speech hook)."""
        return f"{self.question_label.text()} {self.explain_label.text()}"

    def retranslate(self) -> None:
        self.question_label.setText(self.tr("Are you still there?"))
        self.countdown_label.setText(str(self.seconds_left))
        self.explain_label.setText(arg(self.tr("For your privacy, what you have entered will be cleared in %1 "
                                               "seconds. Touch “Continue” to keep going."), self.seconds_left))
        self.continue_button.set_label(self.tr("Continue"))
        self.setAccessibleName(self.question_label.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
