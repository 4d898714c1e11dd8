"""Step 4: may the office contact you? Says who will see the details and for how long.

Anonymous is the default and the biggest button; "Yes" leads to the contact step.
Nothing personal is asked before the citizen has read this and agreed (law 18-07).

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from kiosk.ui.citizen.concerns.parts import screen_layout
from kiosk.ui.citizen.concerns.texts import arg
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.header import ScreenHeader


class ConsentScreen(QWidget):
    back = Signal()
    anonymous = Signal()
    agreed = Signal()

    def __init__(self, retention_days: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._retention_days = retention_days
        outer = screen_layout(self)
        self.header = ScreenHeader(show_back=True)
        self.header.back_clicked.connect(self.back)
        outer.addWidget(self.header)
        panel = QFrame()
        panel.setProperty("role", "panel")
        column = QVBoxLayout(panel)
        column.setContentsMargins(24, 16, 24, 16)
        column.setSpacing(12)
        self.question_label = QLabel()
        self.question_label.setProperty("role", "heading")
        self.question_label.setWordWrap(True)
        self.points: list[QLabel] = []
        column.addWidget(self.question_label)
        for _ in range(4):
            label = QLabel()
            label.setWordWrap(True)
            column.addWidget(label)
            self.points.append(label)
        outer.addWidget(panel)
        outer.addStretch(1)
        self.anonymous_button = BigButton("concern", role="primary", icon_px=56, min_height=112)
        self.anonymous_button.setObjectName("stay-anonymous")
        self.anonymous_button.clicked.connect(self.anonymous)
        self.agree_button = BigButton("follow", icon_px=44, min_height=88)
        self.agree_button.setObjectName("give-contact")
        self.agree_button.clicked.connect(self.agreed)
        outer.addWidget(self.anonymous_button)
        outer.addWidget(self.agree_button)
        self.retranslate()

    def reset(self) -> None:
        """Nothing to forget: the answer is kept by the flow, not here (every step has a reset)."""

    def retranslate(self) -> None:
        self.header.set_title(self.tr("Do you want the office to contact you?"))
        self.question_label.setText(self.tr("Your concern is anonymous unless you agree to give a name and a "
                                            "phone number."))
        texts = [
            self.tr("• Who sees them: only the supervisors of the citizen office and of the municipality's "
                    "central concerns service, to answer you about this concern. They are never printed in full."),
            arg(self.tr("• For how long: they are deleted %1 days after the last change to your concern."),
                self._retention_days),
            self.tr("• They are not given to anyone else."),
            self.tr("• Without them you can still follow your concern at this kiosk with your code."),
        ]
        for label, text in zip(self.points, texts):
            label.setText(text)
        self.anonymous_button.set_label(self.tr("No, stay anonymous"))
        self.agree_button.set_label(self.tr("Yes, I agree to give my name and phone"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
