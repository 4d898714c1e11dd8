"""Step 5 (after consent only): a name (optional) and a phone number.

The keyboard types into whichever of the two fields was touched last. The phone rule
(Algerian mobile or fixed number) is the domain's `normalize_phone`.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from kiosk.domain.concerns import MAX_NAME_CHARS
from kiosk.ui.citizen.concerns.parts import MessagePanel, make_keyboard, mark_invalid, screen_layout
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.header import ScreenHeader
from kiosk.ui.widgets.keyboard_layouts import layouts_for


class ContactScreen(QWidget):
    back = Signal()
    next = Signal()
    withdraw = Signal()  # "stay anonymous after all"

    def __init__(self, language: str, script: str, parent: QWidget | None = None):
        super().__init__(parent)
        outer = screen_layout(self)
        self.header = ScreenHeader(show_back=True, title_lines=1)  # the keyboard needs the height
        self.header.back_clicked.connect(self.back)
        outer.addWidget(self.header)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        self.name_caption = QLabel()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("contact-name")
        self.name_edit.setMaxLength(MAX_NAME_CHARS + 20)
        self.phone_caption = QLabel()
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("contact-phone")
        self.phone_edit.setMaxLength(24)
        # A number reads left to right in every language.
        self.phone_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.phone_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        # Side by side, captions above: the keyboard needs the height.
        grid.addWidget(self.name_caption, 0, 0)
        grid.addWidget(self.name_edit, 1, 0)
        grid.addWidget(self.phone_caption, 0, 1)
        grid.addWidget(self.phone_edit, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        outer.addLayout(grid)
        self.message = MessagePanel(compact=True)
        outer.addWidget(self.message)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.withdraw_button = BigButton(min_height=72)
        self.withdraw_button.setObjectName("withdraw-contact")
        self.withdraw_button.clicked.connect(self.withdraw)
        self.next_button = BigButton(role="primary", min_height=72)
        self.next_button.setObjectName("next")
        self.next_button.clicked.connect(self.next)
        row.addWidget(self.withdraw_button, 1)
        row.addWidget(self.next_button, 1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.keyboard = make_keyboard(language, script)
        self.keyboard.enter_pressed.connect(self._enter)
        outer.addWidget(self.keyboard)
        for edit in (self.name_edit, self.phone_edit):
            edit.installEventFilter(self)
        self.name_edit.returnPressed.connect(self.phone_edit.setFocus)
        self.phone_edit.returnPressed.connect(self.next)
        self._set_target(self.name_edit)
        self.retranslate()

    def set_language(self, language: str, script: str) -> None:
        self.keyboard.set_layouts(layouts_for(language, script))
        self.retranslate()

    def name(self) -> str:
        return self.name_edit.text()

    def phone(self) -> str:
        return self.phone_edit.text()

    def show_problem(self, text: str, field: str = "contact.phone") -> None:
        self.message.show_message(text)
        edit = self.name_edit if field == "contact.name" else self.phone_edit
        mark_invalid(edit, bool(text))
        self._set_target(edit)

    def reset(self) -> None:
        for edit in (self.name_edit, self.phone_edit):
            edit.clear()
            mark_invalid(edit, False)
        self.message.clear()
        self._set_target(self.name_edit)

    def focus_first(self) -> None:
        self._set_target(self.name_edit)

    def _set_target(self, edit: QLineEdit) -> None:
        self.keyboard.set_target(edit)
        edit.setFocus()
        self._target = edit

    def _enter(self) -> None:
        if self._target is self.name_edit:
            self._set_target(self.phone_edit)
        else:
            self.next.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress) and watched in (
                self.name_edit, self.phone_edit):
            self.keyboard.set_target(watched)
            self._target = watched
        return False

    def retranslate(self) -> None:
        self.header.set_title(self.tr("Your contact details"))
        self.name_caption.setText(self.tr("Name (optional)"))
        self.phone_caption.setText(self.tr("Phone"))
        self.name_edit.setAccessibleName(self.tr("Name (optional)"))
        self.phone_edit.setAccessibleName(self.tr("Phone"))
        self.phone_edit.setPlaceholderText("05 / 06 / 07 …")
        self.withdraw_button.set_label(self.tr("No, stay anonymous"))
        self.next_button.set_label(self.tr("Next"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
