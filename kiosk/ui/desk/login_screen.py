"""Staff log-in: name and PIN, and the desk's language.

The screen only collects what the clerk typed and shows the answer it is given
(`show_error`); the window does the log-in through the office.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.domain.languages import ENDONYMS
from kiosk.ui.desk.buttons import DeskButton


class LoginScreen(QWidget):
    login_requested = Signal(str, str)  # name, PIN
    language_chosen = Signal(str)

    def __init__(self, office_name: str, languages: tuple[str, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "screen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 32)
        outer.setSpacing(16)

        self.office_label = QLabel(office_name)
        self.office_label.setProperty("role", "muted")
        self.office_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label = QLabel()
        self.title_label.setProperty("role", "title")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        outer.addWidget(self.office_label)
        outer.addWidget(self.title_label)
        outer.addStretch(1)

        form = QFrame()
        form.setProperty("role", "panel")
        form.setMaximumWidth(640)
        fields = QVBoxLayout(form)
        fields.setContentsMargins(32, 24, 32, 24)
        fields.setSpacing(10)
        self.name_caption = QLabel()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name")
        self.name_edit.setMaxLength(60)
        self.pin_caption = QLabel()
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("pin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(8)
        self.pin_edit.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,8}"), self.pin_edit))
        self.pin_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        # PINs are digits: keep them left to right even in Arabic
        self.pin_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.name_caption.setBuddy(self.name_edit)
        self.pin_caption.setBuddy(self.pin_edit)
        self.error_label = QLabel()
        self.error_label.setObjectName("login-error")
        self.error_label.setProperty("role", "desk-error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.login_button = DeskButton("", role="primary")
        self.login_button.setObjectName("login")
        for widget in (self.name_caption, self.name_edit, self.pin_caption, self.pin_edit, self.error_label):
            fields.addWidget(widget)
        fields.addSpacing(8)
        fields.addWidget(self.login_button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(form, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

        languages_row = QHBoxLayout()
        languages_row.setSpacing(12)
        languages_row.addStretch(1)
        self.language_buttons: dict[str, QPushButton] = {}
        for language in languages:
            button = DeskButton("", role="toggle", min_height=56)
            button.setObjectName(f"language-{language}")
            button.setCheckable(True)
            button.set_label(ENDONYMS[language])
            button.clicked.connect(lambda _checked=False, lang=language: self.language_chosen.emit(lang))
            self.language_buttons[language] = button
            languages_row.addWidget(button)
        languages_row.addStretch(1)
        outer.addLayout(languages_row)

        self.login_button.clicked.connect(self._submit)
        self.name_edit.returnPressed.connect(self.pin_edit.setFocus)
        self.pin_edit.returnPressed.connect(self._submit)
        self.retranslate()

    def _submit(self) -> None:
        name, pin = self.name_edit.text().strip(), self.pin_edit.text()
        if not name or not pin:
            self.show_error(self.tr("Enter your name and your PIN."))
            (self.name_edit if not name else self.pin_edit).setFocus()
            return
        self.login_requested.emit(name, pin)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setAccessibleName(text)
        self.error_label.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self.login_button.setEnabled(not busy)

    def set_language(self, language: str) -> None:
        for lang, button in self.language_buttons.items():
            button.setChecked(lang == language)

    def reset(self) -> None:
        """Forget what was typed (after log-out): the next clerk starts clean."""
        self.pin_edit.clear()
        self.name_edit.clear()
        self.show_error("")
        self.name_edit.setFocus()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Desk — staff log-in"))
        self.name_caption.setText(self.tr("Your name"))
        self.pin_caption.setText(self.tr("PIN"))
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.login_button.set_label(self.tr("Log in"))
        for button in self.language_buttons.values():
            button.setAccessibleDescription(self.tr("Language of this desk"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

