"""Step 3 (optional): where it is — a street or a neighbourhood; "Skip" is as easy as "Next".

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from kiosk.domain.concerns import MAX_PLACE_CHARS
from kiosk.ui.citizen.concerns.parts import MessagePanel, make_keyboard, mark_invalid, screen_layout
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.header import ScreenHeader
from kiosk.ui.widgets.keyboard_layouts import layouts_for


class PlaceScreen(QWidget):
    back = Signal()
    next = Signal()
    skip = Signal()

    def __init__(self, language: str, script: str, parent: QWidget | None = None):
        super().__init__(parent)
        outer = screen_layout(self)
        self.header = ScreenHeader(show_back=True)
        self.header.back_clicked.connect(self.back)
        outer.addWidget(self.header)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        outer.addWidget(self.hint_label)
        self.edit = QLineEdit()
        self.edit.setObjectName("place")
        self.edit.setMaxLength(MAX_PLACE_CHARS + 20)  # room to see the "too long" message, not a paste of pages
        self.edit.returnPressed.connect(self.next)
        self.message = MessagePanel(compact=True)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.edit, 3)
        self.skip_button = BigButton(min_height=72)
        self.skip_button.setObjectName("skip")
        self.skip_button.clicked.connect(self.skip)
        self.next_button = BigButton(role="primary", min_height=72)
        self.next_button.setObjectName("next")
        self.next_button.clicked.connect(self.next)
        row.addWidget(self.skip_button, 1)
        row.addWidget(self.next_button, 1)
        outer.addLayout(row)
        outer.addWidget(self.message)
        outer.addStretch(1)
        self.keyboard = make_keyboard(language, script)
        self.keyboard.set_target(self.edit)
        self.keyboard.enter_pressed.connect(self.next)
        outer.addWidget(self.keyboard, 0, Qt.AlignmentFlag.AlignBottom)
        self.retranslate()

    def set_language(self, language: str, script: str) -> None:
        self.keyboard.set_layouts(layouts_for(language, script))
        self.retranslate()

    def place(self) -> str:
        return self.edit.text()

    def show_problem(self, text: str) -> None:
        self.message.show_message(text)
        mark_invalid(self.edit, bool(text))

    def reset(self) -> None:
        self.edit.clear()
        self.message.clear()
        mark_invalid(self.edit, False)

    def retranslate(self) -> None:
        self.header.set_title(self.tr("Where is it? (optional)"))
        self.hint_label.setText(self.tr("A street, a neighbourhood or a building. You can skip this step."))
        self.edit.setPlaceholderText(self.tr("Street or neighbourhood"))
        self.edit.setAccessibleName(self.tr("Place"))
        self.skip_button.set_label(self.tr("Skip"))
        self.next_button.set_label(self.tr("Next"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
