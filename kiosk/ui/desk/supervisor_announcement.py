"""The supervisor console's announcement: the line the hall display scrolls, in each
language, published or removed from the desk.

The office keeps one announcement line (a new one replaces the last, kiosk/store/desk.py);
it goes to the display as `announcement.changed` and to the central server as the
`announcement.set` outbox event, where the back office lists it with the office's other
announcements. Removing it publishes an empty line.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.office.records import Announcement
from kiosk.ui.widgets.buttons import BigButton

LANGUAGES = ("ar", "fr", "kab", "en")
MAX_CHARACTERS = 200  # what the office keeps of each text


class AnnouncementEditor(QWidget):
    publish_requested = Signal(dict)  # language → text; {} removes the line

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(10)
        self.current_label = QLabel()
        self.current_label.setObjectName("announcement-current")
        self.current_label.setProperty("role", "desk-status")
        self.current_label.setWordWrap(True)
        form = QFormLayout()
        form.setSpacing(8)
        self.edits: dict[str, QLineEdit] = {}
        self.captions: dict[str, QLabel] = {}
        for language in LANGUAGES:
            edit = QLineEdit()
            edit.setObjectName(f"announcement-{language}")
            edit.setMaxLength(MAX_CHARACTERS)
            edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "ar"
                                    else Qt.LayoutDirection.LeftToRight)
            caption = QLabel()
            caption.setBuddy(edit)
            form.addRow(caption, edit)
            self.edits[language], self.captions[language] = edit, caption
        buttons = QHBoxLayout()
        self.publish_button = BigButton("", role="action-primary", min_height=56)
        self.publish_button.setObjectName("announcement-publish")
        self.publish_button.clicked.connect(self._publish)
        self.remove_button = BigButton("", role="action", min_height=56)
        self.remove_button.setObjectName("announcement-remove")
        self.remove_button.clicked.connect(lambda: self.publish_requested.emit({}))
        buttons.addWidget(self.publish_button, 1)
        buttons.addWidget(self.remove_button, 1)
        self.message_label = QLabel()
        self.message_label.setObjectName("announcement-message")
        self.message_label.setProperty("role", "desk-error")
        self.message_label.setWordWrap(True)
        column.addWidget(self.current_label)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.message_label)
        column.addStretch(1)
        self.current: Announcement | None = None
        self.retranslate()

    def show_current(self, announcements: list[Announcement]) -> None:
        self.current = announcements[0] if announcements else None
        self._render_current()

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)

    def _publish(self) -> None:
        texts = {language: edit.text().strip() for language, edit in self.edits.items() if edit.text().strip()}
        if not texts:
            self.show_message(self.tr("Write the announcement in at least one language."))
            return
        self.show_message("")
        self.publish_requested.emit(texts)

    def _render_current(self) -> None:
        if self.current is None:
            self.current_label.setText(self.tr("The display shows no announcement."))
            return
        texts = self.current["texts"]
        shown = texts.get("fr") or texts.get("ar") or next(iter(texts.values()), "")
        self.current_label.setText(self.tr("The display shows: %1").replace("%1", f"\u2068{shown}\u2069"))

    def retranslate(self) -> None:
        names = {"ar": self.tr("Arabic"), "fr": self.tr("French"), "kab": self.tr("Kabyle"), "en": self.tr("English")}
        for language, caption in self.captions.items():
            caption.setText(names[language])
            self.edits[language].setAccessibleName(names[language])
        self.publish_button.set_label(self.tr("Show on the display"))
        self.remove_button.set_label(self.tr("Remove the announcement"))
        self._render_current()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
