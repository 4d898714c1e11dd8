"""What the follow-up screen shows once a code is found: the status, the office's latest
answer, whether the concern was reopened, and the public history.

The status stays at the top and "Look up another code" at the bottom; what lies between
(the meaning, the answer, the details) scrolls when it is longer than the screen has room
for (a long answer with larger text), and the history is a list of its own. So nothing is
cut at 1024×768, whatever the answer's length.

Thread use: GUI thread.
"""
from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.concern_reopening import reopenings
from kiosk.domain.concerns import PublicConcernView
from kiosk.ui.citizen.concerns.texts import ConcernTexts, arg, isolate_ltr, local_datetime
from kiosk.ui.citizen.service_screen import make_scroll_area
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.icons import icon_pixmap
from kiosk.ui.widgets.swipe import enable_swipe

HISTORY_MIN_PX = 96  # two lines of history at least
TEXTS_MIN_PX = 64


class FollowUpResult(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "panel")
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 12, 20, 12)
        column.setSpacing(8)
        status_row = QHBoxLayout()
        self.category_icon = QLabel()
        self.category_icon.setFixedSize(56, 56)
        self.status_label = QLabel()
        self.status_label.setObjectName("concern-status")
        self.status_label.setProperty("role", "status-big")
        self.status_label.setWordWrap(True)
        status_row.addWidget(self.category_icon)
        status_row.addWidget(self.status_label, 1)
        column.addLayout(status_row)

        texts = QWidget()
        text_column = QVBoxLayout(texts)
        text_column.setContentsMargins(0, 0, 12, 0)
        text_column.setSpacing(8)
        self.meaning_label = QLabel()
        self.meaning_label.setWordWrap(True)
        # Reopened by the citizen ("not resolved" on the public page) or by the office:
        # the citizen sees the office took it back, and when.
        self.reopened_label = QLabel()
        self.reopened_label.setObjectName("reopened")
        self.reopened_label.setProperty("role", "review-value")
        self.reopened_label.setWordWrap(True)
        # The latest answer (or reason), large.
        self.answer_label = QLabel()
        self.answer_label.setObjectName("answer")
        self.answer_label.setProperty("role", "answer")
        self.answer_label.setWordWrap(True)
        self.details_label = QLabel()
        self.details_label.setProperty("role", "muted")
        self.details_label.setWordWrap(True)
        # What the citizen came for first (the reopening, newer than any answer; the answer),
        # then what the status means and the details: on a short screen the rest scrolls.
        for label in (self.reopened_label, self.answer_label, self.meaning_label, self.details_label):
            text_column.addWidget(label)
        text_column.addStretch(1)
        self.texts_area = make_scroll_area(texts)
        # It scrolls: it may be as low as a line when the screen is short (its own minimum
        # would be the whole answer's, and push "another code" off the screen).
        self.texts_area.setMinimumHeight(TEXTS_MIN_PX)
        column.addWidget(self.texts_area, 2)  # the answer first: twice the history's share

        self.history_caption = QLabel()
        self.history_caption.setProperty("role", "review-caption")
        self.history = QListWidget()
        self.history.setObjectName("history")
        self.history.setWordWrap(True)
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        enable_swipe(self.history)
        self.history.setMinimumHeight(HISTORY_MIN_PX)
        self.history.setSpacing(4)
        column.addWidget(self.history_caption)
        column.addWidget(self.history, 1)
        self.another_button = BigButton(min_height=64)
        self.another_button.setObjectName("another-code")
        column.addWidget(self.another_button)

    # It asks for no more than its minimum and takes what the screen leaves (its stretch):
    # asking for the whole answer's height (its hint, or its height for the width, which a
    # layout then takes as a minimum) would make the screen squeeze the code field and "Look
    # up" above it, to make room for what scrolls anyway.
    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return False

    def retranslate(self) -> None:
        self.history_caption.setText(self.tr("History"))
        self.another_button.set_label(self.tr("Look up another code"))

    def show_view(self, view: PublicConcernView, catalogue: Catalogue, language: str, zone: ZoneInfo) -> None:
        texts = ConcernTexts()
        try:
            category = catalogue.category(view.category)
            category_name, icon = category.name(language), category.icon
        except KeyError:
            category_name, icon = view.category, "concern"
        self.category_icon.setPixmap(icon_pixmap(icon, 56))
        self.status_label.setText(texts.status(view.status))
        self.status_label.setAccessibleName(texts.status(view.status))
        self.meaning_label.setText(texts.status_meaning(view.status))
        reopened = reopenings(view)
        if reopened:
            when = isolate_ltr(local_datetime(reopened[-1].at, zone))
            self.reopened_label.setText(arg(self.tr("Reopened on %1: the office is looking at it again."), when))
        self.reopened_label.setVisible(bool(reopened))
        self.details_label.setText(arg(self.tr("%1 — registered on %2"), category_name,
                                       isolate_ltr(local_datetime(view.registered_at, zone))))
        # The office's latest word: not the citizen's own comment when they reopened it.
        answer = next((entry for entry in reversed(view.history) if entry.text and entry not in reopened), None)
        self.answer_label.setText(texts.history_line(answer.kind, answer.status, answer.text) if answer else "")
        self.answer_label.setVisible(answer is not None)
        self.texts_area.verticalScrollBar().setValue(0)
        self.history.clear()
        for entry in reversed(view.history):  # newest first
            when = isolate_ltr(local_datetime(entry.at, zone))
            line = texts.history_line(entry.kind, entry.status, entry.text, reopened=entry in reopened)
            self.history.addItem(QListWidgetItem(f"{when} — {line}"))
