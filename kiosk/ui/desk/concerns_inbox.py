"""The desk's concerns inbox: list and filter concerns, open one, note, answer, move it on.

    inbox = ConcernsInbox(office, session_provider, printer=None)

`session_provider()` returns the clerk's current `StaffSession` (or None when logged
out). Contact details are asked for only when that session has `Permission.CONTACTS`
(supervisors); a clerk sees "hidden (supervisors only)" (law 18-07: least access).
`printer`, when given, is called as `printer.print_concern(concern, language, show_phone)`
or `printer(concern, language)` to reprint a receipt (see
`kiosk/ui/citizen/concerns/receipt_printer.py`).

Every action goes through the `Office` facade (local or over the LAN), which checks the
rules (allowed status changes, a reason to reject, …); a refusal is shown in the
clerk's language. `refresh()` reloads the list; `on_office_event(kind, data)` (connect
it to `OfficeBridge.event`) does so when a concern changes, here or at another desk.

Thread use: GUI thread.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.concerns import TRANSITIONS, Concern, ConcernStatus
from kiosk.domain.staff import Permission
from kiosk.office import Office, OfficeError
from kiosk.store.concerns import ConcernFilter
from kiosk.ui.citizen.concerns.texts import ConcernTexts, arg, days_since, isolate_ltr, local_datetime
from kiosk.ui.desk.style import DESK_TARGET_PX, desk_stylesheet
from kiosk.ui.desk.texts import current_language

log = logging.getLogger(__name__)

AGES = {"any": (None, None), "week": (None, 7), "over15": (15, None), "over30": (30, None)}
STATUS_FILTERS = ("open", "all", *(s.value for s in ConcernStatus))
STATUS_ACTIONS = (ConcernStatus.IN_PROGRESS, ConcernStatus.ANSWERED, ConcernStatus.CLOSED, ConcernStatus.REJECTED)


class ConcernsInbox(QWidget):
    changed = Signal(str)  # code of a concern this inbox changed

    def __init__(self, office: Office, session_provider: Callable[[], object], printer=None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("concerns-inbox")
        self.setStyleSheet(desk_stylesheet())  # the desk's sizes also when shown on its own
        self._office = office
        self._session_provider = session_provider
        self._printer = printer
        self.concerns: list[Concern] = []
        self._stale = False
        self.current: Concern | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(10)

        filters = QHBoxLayout()
        filters.setSpacing(10)
        self.title_label = QLabel()
        self.title_label.setProperty("role", "heading")
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status-filter")
        self.category_filter = QComboBox()
        self.category_filter.setObjectName("category-filter")
        self.age_filter = QComboBox()
        self.age_filter.setObjectName("age-filter")
        self.office_filter = QComboBox()
        self.office_filter.setObjectName("office-filter")
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refresh")
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.refresh_button)
        outer.addLayout(top)
        self.header_row = top  # a host screen may add its own way back here (desk mode: ConcernsPage)
        for combo in (self.status_filter, self.category_filter, self.age_filter, self.office_filter):
            combo.setMinimumHeight(DESK_TARGET_PX)
            # Long names (categories, Arabic) must not push the inbox wider than the screen.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self.refresh)
            filters.addWidget(combo, 1)
        outer.addLayout(filters)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.list = QTreeWidget()
        self.list.setObjectName("concern-list")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setColumnCount(4)
        self.list.currentItemChanged.connect(self._selected)
        splitter.addWidget(self.list)

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
        self.note_edit = QTextEdit()
        self.note_edit.setAcceptRichText(False)
        self.note_edit.setObjectName("note")
        self.note_edit.setFixedHeight(118)
        notes = QHBoxLayout()
        self.internal_button = QPushButton()
        self.internal_button.setObjectName("add-internal-note")
        self.internal_button.clicked.connect(lambda: self.add_note(public=False))
        self.public_button = QPushButton()
        self.public_button.setObjectName("add-public-answer")
        self.public_button.setProperty("role", "action-primary")
        self.public_button.clicked.connect(lambda: self.add_note(public=True))
        note_buttons = QVBoxLayout()
        note_buttons.setSpacing(6)
        note_buttons.addWidget(self.internal_button)
        note_buttons.addWidget(self.public_button)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        statuses = QHBoxLayout()
        self.status_buttons: dict[ConcernStatus, QPushButton] = {}
        for status in STATUS_ACTIONS:
            button = QPushButton()
            button.setObjectName(f"status-{status.value}")
            button.setProperty("role", "action")
            button.clicked.connect(lambda _=False, s=status: self.change_status(s))
            statuses.addWidget(button)
            self.status_buttons[status] = button
        self.reprint_button = QPushButton()
        self.reprint_button.setObjectName("reprint")
        self.reprint_button.clicked.connect(self.reprint)
        self.reprint_button.setVisible(printer is not None)
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
        notes.addWidget(self.note_edit, 3)
        notes.addLayout(note_buttons, 2)
        action_column.addLayout(notes)
        action_column.addWidget(self.reason_edit)
        action_column.addLayout(statuses)
        action_column.addWidget(self.error_label)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.setSpacing(8)
        right_column.addWidget(scroller, 1)
        right_column.addWidget(actions)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.splitter = splitter
        self._sized = False
        self.detail = detail
        outer.addWidget(splitter, 1)
        self._fill_filters()
        self.retranslate()
        self.refresh()

    # ---- session ------------------------------------------------------------------------

    def session(self):
        return self._session_provider()

    def can_see_contact(self) -> bool:
        session = self.session()
        return bool(session is not None and session.can(Permission.CONTACTS))

    # ---- list -----------------------------------------------------------------------------

    def current_filter(self) -> ConcernFilter:
        status = self.status_filter.currentData() or "open"
        statuses: tuple[ConcernStatus, ...]
        if status == "open":
            statuses = (ConcernStatus.RECEIVED, ConcernStatus.IN_PROGRESS)
        elif status == "all":
            statuses = ()
        else:
            statuses = (ConcernStatus(status),)
        older, newer = AGES[self.age_filter.currentData() or "any"]
        return ConcernFilter(statuses=statuses, category=self.category_filter.currentData() or None,
                             older_than_days=older, newer_than_days=newer,
                             office_code=self.office_filter.currentData() or None)

    def refresh(self) -> None:
        """Reload the list with the current filters, keeping the open concern open."""
        keep = self.current.code if self.current else None
        session = self.session()
        if session is None:
            self.concerns = []
        else:
            try:
                self.concerns = self._office.list_concerns(self.current_filter(), can_see_contact=False)
            except OfficeError as exc:
                log.warning("concerns not listed: %s", exc)
                self._show_error(exc)
                self.concerns = []
        self.list.blockSignals(True)
        self.list.clear()
        now = self._office.clock.now()
        texts = ConcernTexts()
        for concern in self.concerns:
            item = QTreeWidgetItem([concern.code, self._category_name(concern.category),
                                    texts.status(concern.status), str(days_since(concern.created_at, now))])
            item.setData(0, Qt.ItemDataRole.UserRole, concern.code)
            self.list.addTopLevelItem(item)
        self.list.blockSignals(False)
        for column in range(self.list.columnCount()):
            self.list.resizeColumnToContents(column)
        if keep and session is not None:
            self.open_concern(keep)  # even if a status change filtered it out: stay on it
        else:
            self._show_detail(None)

    def on_office_event(self, kind: str, data: dict) -> None:
        """Connect to `OfficeBridge.event`: a concern changed here or at another desk."""
        if kind.startswith("concern.") or kind == "hub.resync" or (kind == "hub.connection" and data.get("online")):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def item_for(self, code: str) -> QTreeWidgetItem | None:
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item.data(0, Qt.ItemDataRole.UserRole) == code:
                return item
        return None

    def _selected(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.open_concern(item.data(0, Qt.ItemDataRole.UserRole))

    # ---- one concern ------------------------------------------------------------------------

    def open_concern(self, code: str) -> None:
        if self.session() is None:
            self._show_detail(None)
            return
        try:
            concern = self._office.get_concern(code, can_see_contact=self.can_see_contact())
        except OfficeError as exc:
            self._show_error(exc)
            return
        self._say("")
        self._show_detail(concern)
        item = self.item_for(code)
        if item is not None and self.list.currentItem() is not item:
            self.list.blockSignals(True)
            self.list.setCurrentItem(item)
            self.list.blockSignals(False)

    def add_note(self, public: bool) -> None:
        if self.current is None:
            return
        try:
            self._office.add_concern_note(self.current.code, self.note_edit.toPlainText(), public, self.session())
        except OfficeError as exc:
            self._show_error(exc)
            return
        self.note_edit.clear()
        self._changed()

    def change_status(self, status: ConcernStatus) -> None:
        if self.current is None:
            return
        reason = self.reason_edit.text().strip() or None
        try:
            self._office.change_concern_status(self.current.code, status, reason, self.session())
        except OfficeError as exc:
            self._show_error(exc)
            return
        self.reason_edit.clear()
        self._changed()

    def reprint(self) -> None:
        if self.current is None or self._printer is None:
            return
        show_phone = self.can_see_contact()
        concern = self.current
        if hasattr(self._printer, "print_concern"):
            self._printer.print_concern(concern, concern.language, show_phone)
        else:
            self._printer(concern, concern.language)
        self._say(self.tr("The receipt is being printed."))

    def _changed(self) -> None:
        code = self.current.code
        self._say("")
        self.refresh()
        self.open_concern(code)
        self.changed.emit(code)

    # ---- showing ------------------------------------------------------------------------------

    def _category_name(self, code: str) -> str:
        try:
            return self._office.catalogue.category(code).name(current_language())
        except KeyError:
            return code

    def _show_detail(self, concern: Concern | None) -> None:
        self.current = concern
        has = concern is not None
        for widget in (self.note_edit, self.internal_button, self.public_button, self.reason_edit,
                       self.reprint_button):
            widget.setEnabled(has)
        texts = ConcernTexts()
        zone = self._office.zone
        if concern is None:
            self.code_label.setText(self.tr("Choose a concern in the list") if self.session() is not None
                                    else self.tr("Please log in to see the concerns"))
            for value in self.fields.values():
                value.clear()
            self.text_view.clear()
            self.history.clear()
            for button in self.status_buttons.values():
                button.setEnabled(False)
            return
        self.code_label.setText(concern.code)
        self.fields["status"].setText(texts.status(concern.status))
        self.fields["category"].setText(self._category_name(concern.category))
        self.fields["registered"].setText(arg(self.tr("%1 (language: %2)"),
                                              isolate_ltr(local_datetime(concern.created_at, zone)),
                                              concern.language))
        self.fields["place"].setText(concern.place or self.tr("not given"))
        if not self.can_see_contact():
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
        allowed = TRANSITIONS[concern.status]
        for status, button in self.status_buttons.items():
            button.setEnabled(status in allowed)

    def _show_error(self, exc: OfficeError) -> None:
        messages = {
            "reason_required": self.tr("Write the reason in the reason field: the citizen will read it."),
            "answer_required": self.tr("Write the answer first (as a public answer or in the reason field)."),
            "bad_transition": self.tr("This concern cannot go to that status from its current one."),
            "note_required": self.tr("Write the note first."),
            "note_too_long": self.tr("The note is too long (at most 2,000 characters)."),
            "reason_too_long": self.tr("The reason is too long (at most 1,000 characters)."),
            "bidi_control": self.tr("Special control characters are not allowed."),
            "control_char": self.tr("Special control characters are not allowed."),
            "code_unknown": self.tr("This concern is not in this office."),
            "hub_unreachable": self.tr("The office hub cannot be reached. Nothing was changed: try again in a "
                                       "moment."),
            "not_logged_in": self.tr("Your session has ended. Please log in again."),
        }
        self._say(messages.get(getattr(exc, "code", ""), arg(self.tr("The office refused: %1"), str(exc))))

    def _say(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # ---- texts --------------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        """Filter entries (data fixed, names set in `retranslate`)."""
        for status in STATUS_FILTERS:
            self.status_filter.addItem("", status)
        self.category_filter.addItem("", None)
        for category in self._office.catalogue.concern_categories:
            self.category_filter.addItem("", category.code)
        for key in AGES:
            self.age_filter.addItem("", key)
        self.office_filter.addItem("", None)
        self.office_filter.addItem("", self._office.info.code)

    def retranslate(self) -> None:
        texts = ConcernTexts()
        self.title_label.setText(self.tr("Concerns"))
        status_names = {"open": self.tr("Open (received or being handled)"), "all": self.tr("All statuses")}
        for index in range(self.status_filter.count()):
            value = self.status_filter.itemData(index)
            self.status_filter.setItemText(index, status_names.get(value) or texts.status(value))
        language = current_language()
        for index in range(self.category_filter.count()):
            code = self.category_filter.itemData(index)
            self.category_filter.setItemText(index, self._office.catalogue.category(code).name(language) if code
                                             else self.tr("All subjects"))
        ages = {"any": self.tr("Any age"), "week": self.tr("This week"), "over15": self.tr("Older than 15 days"),
                "over30": self.tr("Older than 30 days")}
        for index in range(self.age_filter.count()):
            self.age_filter.setItemText(index, ages[self.age_filter.itemData(index)])
        self.office_filter.setItemText(0, self.tr("All offices"))
        self.office_filter.setItemText(1, arg(self.tr("This office (%1)"), self._office.info.code))
        self.refresh_button.setText(self.tr("Refresh"))
        self.list.setHeaderLabels([self.tr("Code"), self.tr("Subject"), self.tr("Status"), self.tr("Days")])
        captions = {"status": self.tr("Status"), "category": self.tr("Subject"), "registered": self.tr("Registered"),
                    "place": self.tr("Place"), "contact": self.tr("Contact")}
        for key, caption in captions.items():
            self.field_captions[key].setText(caption)
        self.history_caption.setText(self.tr("History (internal notes are never shown to the citizen)"))
        self.note_edit.setPlaceholderText(self.tr("Write a note or an answer…"))
        self.internal_button.setText(self.tr("Add internal note"))
        self.public_button.setText(self.tr("Send public answer"))
        self.reason_edit.setPlaceholderText(self.tr("Reason or answer for the citizen (needed to reject)"))
        names = {ConcernStatus.IN_PROGRESS: self.tr("Start handling"), ConcernStatus.ANSWERED: self.tr("Answered"),
                 ConcernStatus.CLOSED: self.tr("Close"), ConcernStatus.REJECTED: self.tr("Reject")}
        for status, button in self.status_buttons.items():
            button.setText(names[status])
            button.setAccessibleName(names[status])
        self.reprint_button.setText(self.tr("Reprint receipt"))
        for widget in (self.refresh_button, self.internal_button, self.public_button, self.reprint_button):
            widget.setAccessibleName(widget.text())
        self._show_detail(self.current)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.isVisible():
                self.refresh()  # status names in the list
            else:
                self._stale = True
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        if not self._sized:  # the list needs less room than the concern and its actions
            self._sized = True
            self.splitter.setSizes([self.width() * 2 // 5, self.width() * 3 // 5])
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)
