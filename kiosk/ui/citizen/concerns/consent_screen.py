"""Step 4: two questions, each answered explicitly.

1. May the text of the concern be published anonymously (open data, without name or
   contact)? Two big choices side by side, "No" chosen until the citizen touches "Yes"
   (`publish_chosen`); the flow keeps the answer and sends it as `publish_text`.
2. May the office contact you? Says who will see the details and for how long.
   Anonymous is the default and the biggest button; "Yes" leads to the contact step.
   Nothing personal is asked before the citizen has read this and agreed (law 18-07).

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.citizen.concerns.parts import screen_layout
from kiosk.ui.citizen.concerns.texts import arg
from kiosk.ui.citizen.service_screen import make_scroll_area
from kiosk.ui.theme import MIN_TOUCH_PX
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.header import ScreenHeader

ANSWER_MIN_WIDTH = 150  # "Yes"/"No" in every language, and a target as wide as a finger is long


class ConsentScreen(QWidget):
    back = Signal()
    anonymous = Signal()
    agreed = Signal()
    publish_chosen = Signal(bool)  # the citizen's answer to the publication question

    def __init__(self, retention_days: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._retention_days = retention_days
        outer = screen_layout(self)
        self.header = ScreenHeader(show_back=True)
        self.header.back_clicked.connect(self.back)
        outer.addWidget(self.header)
        # Both questions scroll (a finger drags them) above buttons that never move: on a small
        # screen, or with larger text, nothing is cut off (tests/ui/test_publication_consent.py).
        content = QWidget()
        middle = QVBoxLayout(content)
        middle.setContentsMargins(0, 0, 0, 0)
        middle.setSpacing(8)
        middle.addWidget(self._publication_panel())
        panel = QFrame()
        panel.setProperty("role", "panel")
        column = QVBoxLayout(panel)
        column.setContentsMargins(24, 8, 24, 8)
        column.setSpacing(4)
        self.question_label = QLabel()
        self.question_label.setProperty("role", "tile-name")  # bold, the body's size
        self.question_label.setWordWrap(True)
        self.points: list[QLabel] = []
        column.addWidget(self.question_label)
        for _ in range(4):
            label = QLabel()
            label.setWordWrap(True)
            label.setProperty("role", "fine-print")  # with the publication question, all of it fits 1024×768
            column.addWidget(label)
            self.points.append(label)
        middle.addWidget(panel)
        middle.addStretch(1)
        self.scroll_area = make_scroll_area(content)
        outer.addWidget(self.scroll_area, 1)
        self.anonymous_button = BigButton("concern", role="primary", icon_px=48, min_height=84, wraps=True)
        self.anonymous_button.setObjectName("stay-anonymous")
        self.anonymous_button.clicked.connect(self.anonymous)
        self.agree_button = BigButton("follow", icon_px=40, min_height=MIN_TOUCH_PX + 8, wraps=True)
        self.agree_button.setObjectName("give-contact")
        self.agree_button.clicked.connect(self.agreed)
        outer.addWidget(self.anonymous_button)
        outer.addWidget(self.agree_button)
        self.retranslate()

    def _publication_panel(self) -> QFrame:
        panel = QFrame()
        panel.setProperty("role", "panel")
        panel.setObjectName("publication")
        # One row, the question then its two answers: the contact question below keeps its room.
        row = QHBoxLayout(panel)
        row.setContentsMargins(20, 6, 12, 6)
        row.setSpacing(12)
        self.publish_question = QLabel()
        self.publish_question.setWordWrap(True)
        self.publish_question.setProperty("role", "tile-name")  # bold, the body's size (scales with larger text)
        # Take the row's width (a wrapped label otherwise settles for a narrow guess): fewer lines.
        self.publish_question.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(self.publish_question, 1)
        self.publish_no_button = BigButton("", role="toggle", min_height=MIN_TOUCH_PX + 8)
        self.publish_no_button.setObjectName("publish-no")
        self.publish_yes_button = BigButton("", role="toggle", min_height=MIN_TOUCH_PX + 8)
        self.publish_yes_button.setObjectName("publish-yes")
        self._publish_choice = QButtonGroup(self)
        self._publish_choice.setExclusive(True)
        for button in (self.publish_no_button, self.publish_yes_button):
            button.setCheckable(True)
            button.setMinimumWidth(ANSWER_MIN_WIDTH)
            self._publish_choice.addButton(button)
            row.addWidget(button)
        self.publish_no_button.setChecked(True)  # no, until the citizen says yes
        self.publish_yes_button.toggled.connect(self.publish_chosen)
        return panel

    @property
    def publish_text(self) -> bool:
        return self.publish_yes_button.isChecked()

    def reset(self) -> None:
        """The next citizen starts from "no" (the flow forgets its copy of the answer too)."""
        self.publish_no_button.setChecked(True)

    def retranslate(self) -> None:
        self.header.set_title(self.tr("Do you want the office to contact you?"))
        self.publish_question.setText(self.tr("May the text of your concern be published anonymously (without "
                                              "your name or contact)?"))
        # Short answers beside their question; the accessible names repeat what is chosen.
        self.publish_no_button.set_label(self.tr("No"), self.tr("Do not publish the text of my concern"))
        self.publish_yes_button.set_label(self.tr("Yes"), self.tr("Publish the text of my concern without my name"))
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
