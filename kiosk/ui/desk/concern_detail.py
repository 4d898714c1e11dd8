"""The inbox's right side: one concern (code, fields, text, history) and what a clerk does
with it (note, public answer, reason, status buttons, reprint), with the line that says
what went wrong.

It only shows and asks: `note_requested(public)`, `status_requested(status)` and
`reprint_requested()` go to the `ConcernsInbox`, which calls the office and says when
the panel may offer its actions (`update_actions`).

Thread use: GUI thread.
"""
from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.concerns import TRANSITIONS, Concern, ConcernStatus
from kiosk.ui.citizen.concerns.texts import ConcernTexts, arg, isolate_ltr, local_datetime
from kiosk.ui.desk.buttons import DeskButton

NOTE_PX = 100  # three lines of a note; it scrolls beyond
STATUS_ACTIONS = (ConcernStatus.IN_PROGRESS, ConcernStatus.ANSWERED, ConcernStatus.CLOSED, ConcernStatus.REJECTED)


class ConcernDetail(QWidget):
    note_requested = Signal(bool)  # public
    status_requested = Signal(object)  # a ConcernStatus
    reprint_requested = Signal()

    def __init__(self, can_reprint: bool, parent: QWidget | None = None):
        super().__init__(parent)
        detail = QFrame()
        detail.setProperty("role", "panel")
        column = QVBoxLayout(detail)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(8)
        self.code_label = QLabel()
        self.code_label.setObjectName("detail-code")
        self.code_label.setProperty("role", "desk-figure")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.field_captions: dict[str, QLabel] = {}
        self.fields: dict[str, QLabel] = {}
        for row, key in enumerate(("status", "category", "registered", "place", "contact")):
            caption = QLabel()
            caption.setProperty("role", "desk-caption")
            value = QLabel()
            value.setObjectName(f"detail-{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(caption, row, 0)
            grid.addWidget(value, row, 1)
            self.field_captions[key], self.fields[key] = caption, value
        grid.setColumnStretch(1, 1)
        self.text_view = QTextEdit()
        self.text_view.setAcceptRichText(False)
        self.text_view.setObjectName("detail-text")
        self.text_view.setReadOnly(True)
        self.text_view.setMinimumHeight(80)
        self.text_view.setMaximumHeight(140)
        self.history = QListWidget()
        self.history.setObjectName("detail-history")
        self.history.setWordWrap(True)
        self.history.setMinimumHeight(90)
        self.note_edit = QPlainTextEdit()  # its placeholder wraps (QTextEdit's is cut off)
        self.note_edit.setObjectName("note")
        self.note_edit.setFixedHeight(NOTE_PX)
        notes = QVBoxLayout()
        self.internal_button = DeskButton(wraps=True)
        self.internal_button.setObjectName("add-internal-note")
        self.internal_button.clicked.connect(lambda: self.note_requested.emit(False))
        self.public_button = DeskButton(wraps=True)
        self.public_button.setObjectName("add-public-answer")
        self.public_button.setProperty("role", "action-primary")
        self.public_button.clicked.connect(lambda: self.note_requested.emit(True))
        # Under the note, side by side: beside it, in a third of the panel, they went on two
        # lines in Arabic and the actions no longer fitted a 768 px screen.
        note_buttons = QHBoxLayout()
        note_buttons.setSpacing(6)
        note_buttons.addWidget(self.internal_button)
        note_buttons.addWidget(self.public_button)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        statuses = QHBoxLayout()
        self.status_buttons: dict[ConcernStatus, DeskButton] = {}
        for status in STATUS_ACTIONS:
            button = DeskButton(wraps=True)
            button.setObjectName(f"status-{status.value}")
            button.setProperty("role", "action")
            button.clicked.connect(lambda _=False, s=status: self.status_requested.emit(s))
            statuses.addWidget(button)
            self.status_buttons[status] = button
        self.reprint_button = DeskButton()
        self.reprint_button.setObjectName("reprint")
        self.reprint_button.clicked.connect(self.reprint_requested)
        self.reprint_button.setVisible(can_reprint)
        self.error_label = QLabel()
        self.error_label.setObjectName("inbox-error")
        self.error_label.setProperty("role", "desk-error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        top = QHBoxLayout()
        top.addWidget(self.code_label, 1)
        top.addWidget(self.reprint_button)
        column.addLayout(top)
        column.addLayout(grid)
        column.addWidget(self.text_view)
        self.history_caption = QLabel()
        self.history_caption.setProperty("role", "desk-caption")
        column.addWidget(self.history_caption)
        column.addWidget(self.history)
        column.addStretch(1)
        # What the concern says scrolls on a small desk screen; what to do with it stays in view.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setWidget(detail)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        actions = QFrame()
        actions.setProperty("role", "panel")
        action_column = QVBoxLayout(actions)
        action_column.setContentsMargins(12, 8, 12, 8)
        action_column.setSpacing(6)
        notes.setSpacing(6)
        notes.addWidget(self.note_edit)
        notes.addLayout(note_buttons)
        action_column.addLayout(notes)
        action_column.addWidget(self.reason_edit)
        action_column.addLayout(statuses)
        action_column.addWidget(self.error_label)
        right_column = QVBoxLayout(self)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.setSpacing(8)
        right_column.addWidget(scroller, 1)
        right_column.addWidget(actions)
        self.detail = detail
        self.retranslate()

    def show_concern(self, concern: Concern | None, *, zone: ZoneInfo, category_name: str, can_see_contact: bool,
                     logged_in: bool) -> None:
        """`concern` as this clerk may see it (contact details only with `can_see_contact`)."""
        texts = ConcernTexts()
        if concern is None:
            self.code_label.setText(self.tr("Choose a concern in the list") if logged_in
                                    else self.tr("Please log in to see the concerns"))
            for value in self.fields.values():
                value.clear()
            self.text_view.clear()
            self.history.clear()
            return
        self.code_label.setText(concern.code)
        self.fields["status"].setText(texts.status(concern.status))
        self.fields["category"].setText(category_name)
        self.fields["registered"].setText(arg(self.tr("%1 (language: %2)"),
                                              isolate_ltr(local_datetime(concern.created_at, zone)),
                                              concern.language))
        self.fields["place"].setText(concern.place or self.tr("not given"))
        if not can_see_contact:
            contact = self.tr("hidden (supervisors only)")
        elif concern.purged_at:
            contact = self.tr("deleted after the retention period")
        elif concern.has_contact:
            contact = " — ".join(p for p in (concern.contact_name, isolate_ltr(concern.contact_phone or "")) if p)
        else:
            contact = self.tr("anonymous")
        self.fields["contact"].setText(contact)
        self.text_view.setPlainText(concern.text)
        self.history.clear()
        for entry in concern.history:
            line = texts.history_line(entry.kind, entry.status, entry.text)
            who = f" — {entry.by_staff}" if entry.by_staff else ""
            self.history.addItem(f"{isolate_ltr(local_datetime(entry.at, zone))}{who}\n{line}")

    def update_actions(self, concern: Concern | None, *, free: bool, sending: bool) -> None:
        """Offer what may be done to `concern` now: nothing while it or an earlier action is out (`free`)."""
        self.internal_button.setEnabled(free)
        self.public_button.setEnabled(free)
        for part in (self.note_edit, self.reason_edit, self.reprint_button):
            part.setEnabled(concern is not None)
        # What is being sent cannot change under way (it is what a retry sends again).
        self.note_edit.setReadOnly(sending)
        self.reason_edit.setReadOnly(sending)
        allowed = TRANSITIONS[concern.status] if concern is not None else ()
        for status, button in self.status_buttons.items():
            button.setEnabled(free and status in allowed)

    def say(self, text: str) -> None:
        """What went wrong, or what is happening (empty: nothing to say)."""
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def retranslate(self) -> None:
        captions = {"status": self.tr("Status"), "category": self.tr("Subject"), "registered": self.tr("Registered"),
                    "place": self.tr("Place"), "contact": self.tr("Contact")}
        for key, caption in captions.items():
            self.field_captions[key].setText(caption)
        self.history_caption.setText(self.tr("History (internal notes are never shown to the citizen)"))
        self.note_edit.setPlaceholderText(self.tr("Write a note or an answer…"))
        self.internal_button.set_label(self.tr("Add internal note"))
        self.public_button.set_label(self.tr("Send public answer"))
        self.reason_edit.setPlaceholderText(self.tr("Reason or answer for the citizen (needed to reject)"))
        self.reason_edit.setToolTip(self.reason_edit.placeholderText())  # elided in French on 1280 px
        names = {ConcernStatus.IN_PROGRESS: self.tr("Start handling"), ConcernStatus.ANSWERED: self.tr("Answered"),
                 ConcernStatus.CLOSED: self.tr("Close"), ConcernStatus.REJECTED: self.tr("Reject")}
        for status, button in self.status_buttons.items():
            button.set_label(names[status])
        self.reprint_button.set_label(self.tr("Reprint receipt"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["STATUS_ACTIONS", "ConcernDetail"]
