"""The desk's concerns inbox: list and filter concerns, open one, note, answer, move it on.

    inbox = ConcernsInbox(office, session_provider, printer=None, caller=None, model=None)

`session_provider()` returns the clerk's current `StaffSession` (or None when logged
out). Contact details are asked for only when that session has `Permission.CONTACTS`
(supervisors); a clerk sees "hidden (supervisors only)" (law 18-07: least access).
`printer`, when given, is called as `printer.print_concern(concern, language, show_phone)`
to reprint a receipt (see
`kiosk/ui/citizen/concerns/receipt_printer.py`).

Every action goes through the `Office` facade (local or over the LAN), which checks the
rules (allowed status changes, a reason to reject, …); a refusal is shown in the
clerk's language. `refresh()` reloads the list; `on_office_event(kind, data)` (connect
it to `OfficeBridge.event`) does so when a concern changes, here or at another desk.

Office calls go through `caller` (an `OfficeCaller`; by default one built for `office`):
in place for a local office, on the worker for the hub's `RemoteOffice`, so a slow or
lost hub never freezes the screen. What the inbox shows of the office itself (its code,
time zone, category names) comes from `model`, an `OfficeModel` read off the GUI thread
(the desk's; by default one of its own, read again on "catalogue.changed"/"hub.resync"):
the inbox never reads the office's properties, each a possible request over the LAN.

While a call is out the inbox says "Loading…" or "Sending…" and offers no action that
could land on the wrong concern; at most one list read, one concern read and one clerk
action are out at a time (a newer wish is kept and asked for when the answer comes:
kiosk/ui/desk/concerns_loading.py). When the hub cannot be reached, the note or reason
stays in its field and the concern stays open: pressing the same button again retries
with the same `action_id`, so it is applied once (kiosk/ui/desk/concerns_sending.py).
The refusals' words are in kiosk/ui/desk/concerns_messages.py.

Thread use: GUI thread (office calls run on a pool thread when the office is remote).
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.concern_filter import ConcernFilter
from kiosk.domain.concerns import Concern, ConcernStatus
from kiosk.domain.staff import Permission
from kiosk.office import OfficePort
from kiosk.ui.desk.caller import OfficeCaller
from kiosk.ui.desk.concern_detail import ConcernDetail
from kiosk.ui.desk.concern_list import ConcernFilters, ConcernList
from kiosk.ui.desk.concerns_loading import ConcernListReader
from kiosk.ui.desk.concerns_messages import inbox_refusal
from kiosk.ui.desk.concerns_reprint import ReprintStatus
from kiosk.ui.desk.concerns_sending import InboxAction, InboxSender
from kiosk.ui.desk.style import desk_stylesheet
from kiosk.ui.desk.texts import current_language
from kiosk.ui.office_model import OfficeModel
from kiosk.ui.widgets.splitter import DirectionSafeSplitter

log = logging.getLogger(__name__)

SNAPSHOT_EVENTS = ("catalogue.changed", "hub.resync")  # what makes the inbox's own model read again


class ConcernsInbox(QWidget):
    changed = Signal(str)  # code of a concern this inbox changed

    def __init__(self, office: OfficePort, session_provider: Callable[[], object], printer=None,
                 parent: QWidget | None = None, caller: OfficeCaller | None = None,
                 model: OfficeModel | None = None):
        super().__init__(parent)
        self.setObjectName("concerns-inbox")
        self.setStyleSheet(desk_stylesheet())  # the desk's sizes also when shown on its own
        self._office = office
        self._session_provider = session_provider
        self._printer = printer
        self._reprint_status = ReprintStatus(printer, self._say, parent=self) if printer is not None else None
        self.caller = caller or OfficeCaller(office, parent=self)
        self._owns_model = model is None  # then nobody else reads it again when the catalogue changes
        self.model = model or OfficeModel.start(office, self.caller.worker, parent=self, waits=False)
        # Read once here: over the LAN each property of the office may be a request.
        self._clock = office.clock
        self.concerns: list[Concern] = []
        self._stale = False
        self.current: Concern | None = None
        self._opening: str | None = None  # code of the concern being read
        self._open_next: str | None = None  # asked for while another was being read
        self.action_sender = InboxSender(office, self.caller, session_provider)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(10)

        self.title_label = QLabel()
        self.title_label.setProperty("role", "heading")
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.busy_label = QLabel()
        self.busy_label.setObjectName("inbox-busy")
        self.busy_label.setProperty("role", "desk-status")
        self.busy_label.hide()
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.busy_label)
        top.addWidget(self.refresh_button)
        outer.addLayout(top)
        self.filters = ConcernFilters(self.model.catalogue, self.model.info.code)
        self._lists = ConcernListReader(office, self.caller, session_provider, self.filters.current_filter,
                                        listed=self._listed, not_listed=self._not_listed,
                                        logged_out=self._logged_out, busy_changed=self._update_busy)
        self.filters.changed.connect(self.refresh)
        self.status_filter, self.category_filter = self.filters.status_filter, self.filters.category_filter
        self.age_filter, self.office_filter = self.filters.age_filter, self.filters.office_filter
        outer.addWidget(self.filters)

        splitter = DirectionSafeSplitter(Qt.Orientation.Horizontal)
        self.list = ConcernList()
        self.list.currentItemChanged.connect(self._selected)
        splitter.addWidget(self.list)

        self.detail_panel = ConcernDetail(printer is not None)
        self.detail_panel.note_requested.connect(self.add_note)
        self.detail_panel.status_requested.connect(self.change_status)
        self.detail_panel.reprint_requested.connect(self.reprint)
        panel = self.detail_panel  # its parts, by the names the inbox and its tests know them
        self.code_label, self.fields, self.text_view, self.history = (panel.code_label, panel.fields,
                                                                      panel.text_view, panel.history)
        self.note_edit, self.internal_button, self.public_button = panel.note_edit, panel.internal_button, \
            panel.public_button
        self.reason_edit, self.status_buttons, self.reprint_button, self.error_label = (
            panel.reason_edit, panel.status_buttons, panel.reprint_button, panel.error_label)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.splitter = splitter
        self._sized = False
        self.detail = panel.detail
        outer.addWidget(splitter, 1)
        self.retranslate()
        self.refresh()

    # ---- session ------------------------------------------------------------------------

    def session(self):
        return self._session_provider()

    @property
    def printer(self):
        """The receipt printer given to the inbox (None: this desk prints no receipt)."""
        return self._printer

    def can_see_contact(self) -> bool:
        session = self.session()
        return bool(session is not None and session.can(Permission.CONTACTS))

    # ---- list -----------------------------------------------------------------------------

    def current_filter(self) -> ConcernFilter:
        return self.filters.current_filter()

    def refresh(self) -> None:
        """Reload the list with the current filters, keeping the open concern open."""
        selected = self.list.currentItem()
        keep = self.current.code if self.current else (
            selected.data(0, Qt.ItemDataRole.UserRole) if selected is not None else None)
        self._load_list(keep)

    def _load_list(self, keep: str | None) -> None:
        self._lists.read(keep)

    @property
    def _listing(self) -> bool:
        return self._lists.listing

    def _listed(self, concerns: list[Concern], keep: str | None) -> None:
        # A concern the clerk chose while the list was out stays theirs, not the one open when it was asked.
        keep = self._open_next or self._opening or (self.current.code if self.current else None) or keep
        self.concerns = concerns
        self.list.show_concerns(self.concerns, self._clock.now(), self._category_name)
        if keep:
            self.open_concern(keep)  # even if a status change filtered it out: stay on it
        else:
            self._show_detail(None)

    def _not_listed(self, exc: BaseException) -> None:
        # What was listed stays listed: better a list a minute old than an empty screen.
        log.warning("concerns not listed: %s", exc)
        self._show_error(exc, self.tr("The office hub cannot be reached, so the list may be out of date. "
                                      "Press Refresh in a moment."))

    def _logged_out(self) -> None:
        """Nothing of the last clerk's stays on screen, not even an unsent note."""
        self.concerns = []
        self.list.clear()
        self.action_sender.forget()
        self.note_edit.clear()
        self.reason_edit.clear()
        self._say("")
        self._show_detail(None)

    def on_office_event(self, kind: str, data: dict) -> None:
        """Connect to `OfficeBridge.event`: a concern changed here or at another desk."""
        if self._owns_model and kind in SNAPSHOT_EVENTS:
            self.model.refresh()
        if kind.startswith("concern.") or kind == "hub.resync" or (kind == "hub.connection" and data.get("online")):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def item_for(self, code: str) -> QTreeWidgetItem | None:
        return self.list.item_for(code)

    def _selected(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.open_concern(item.data(0, Qt.ItemDataRole.UserRole))

    # ---- one concern ------------------------------------------------------------------------

    def open_concern(self, code: str) -> None:
        session = self.session()
        if session is None:
            self._show_detail(None)
            return
        if self._opening is not None:  # the newest choice is read when this one answers
            self._open_next = code
            return
        self._opening, self._open_next = code, None
        self._update_busy()
        self.caller.run(self._office.get_concern, code, can_see_contact=self.can_see_contact(),
                        on_success=lambda concern: self._opened(session, code, concern),
                        on_failure=lambda exc: self._not_opened(session, code, exc))

    def _open_answered(self, session, code: str) -> bool:
        self._opening = None
        wanted, self._open_next = self._open_next, None
        if self.session() is not session or (wanted is not None and wanted != code):
            self._update_busy()
            self.open_concern(wanted or code)  # contacts are shown by who is logged in now
            return False
        self._update_busy()
        return True

    def _opened(self, session, code: str, concern: Concern) -> None:
        if not self._open_answered(session, code):
            return
        self._say("")
        self._show_detail(concern)
        item = self.item_for(code)
        if item is not None and self.list.currentItem() is not item:
            self.list.blockSignals(True)
            self.list.setCurrentItem(item)
            self.list.blockSignals(False)

    def _not_opened(self, session, code: str, exc: BaseException) -> None:
        if not self._open_answered(session, code):
            return
        if self.current is not None and self.current.code != code:
            self._show_detail(None)  # never leave another concern's actions under this one's name
        self._show_error(exc, self.tr("The office hub cannot be reached, so this concern cannot be shown now. "
                                      "Press Refresh in a moment."))

    def add_note(self, public: bool) -> None:
        if self.current is None:
            return
        self._send(InboxAction(self.current.code, "note", (self.note_edit.toPlainText(), bool(public))))

    def change_status(self, status: ConcernStatus) -> None:
        if self.current is None:
            return
        self._send(InboxAction(self.current.code, "status", (status, self.reason_edit.text().strip() or None)))

    @property
    def sending(self) -> InboxAction | None:
        """The clerk action out (kiosk/ui/desk/concerns_sending.py)."""
        return self.action_sender.sending

    @property
    def unsent(self) -> InboxAction | None:
        """The clerk action that did not reach the hub: the same button sends it again, with its id."""
        return self.action_sender.unsent

    def _send(self, action: InboxAction) -> None:
        session = self.session()
        if session is None or self.sending is not None or self._opening is not None:
            return
        self.action_sender.send(action, session, on_sent=self._sent, on_not_sent=self._not_sent)
        self._update_busy()

    def _sent(self, action: InboxAction) -> None:
        self._update_busy()
        if self.current is not None and self.current.code == action.code:
            (self.note_edit if action.kind == "note" else self.reason_edit).clear()
        self._changed(action.code)

    def _not_sent(self, action: InboxAction, exc: BaseException) -> None:
        self._update_busy()
        self._show_error(exc, self.tr("The office hub cannot be reached. What you wrote is kept here: "
                                      "press the same button again in a moment."))

    def reprint(self) -> None:
        if self.current is None or self._printer is None:
            return
        show_phone = self.can_see_contact()
        concern = self.current
        if self._reprint_status is not None:
            self._reprint_status.watch(concern.id)
        self._printer.print_concern(concern, concern.language, show_phone)
        self._say(self.tr("The receipt is being printed."))

    def _changed(self, code: str) -> None:
        self._say("")
        self._load_list(code)  # and the concern again, with its new history
        self.changed.emit(code)

    # ---- showing ------------------------------------------------------------------------------

    def _category_name(self, code: str) -> str:
        try:
            return self.model.catalogue.category(code).name(current_language())
        except KeyError:
            return code

    def _update_busy(self) -> None:
        """Say what is out, and offer no action while the concern or an earlier action is."""
        if self.sending is not None:
            text = self.tr("Sending…")
        elif self._listing or self._opening is not None:
            text = self.tr("Loading…")
        else:
            text = ""
        self.busy_label.setText(text)
        self.busy_label.setAccessibleName(text)
        self.busy_label.setVisible(bool(text))
        self.refresh_button.setEnabled(not self._listing)
        self._update_actions()

    def _update_actions(self) -> None:
        self.detail_panel.update_actions(self.current, sending=self.sending is not None,
                                         free=self.current is not None and self.sending is None
                                         and self._opening is None)

    def _show_detail(self, concern: Concern | None) -> None:
        self.current = concern
        self._update_actions()
        self.detail_panel.show_concern(concern, zone=ZoneInfo(self.model.info.timezone),
                                       category_name=self._category_name(concern.category) if concern else "",
                                       can_see_contact=self.can_see_contact(), logged_in=self.session() is not None)

    def _show_error(self, exc: BaseException, unreachable: str) -> None:
        """The refusal in the clerk's language; `unreachable` says what the lost hub means here."""
        self._say(inbox_refusal(exc, unreachable))

    def _say(self, text: str) -> None:
        self.detail_panel.say(text)

    # ---- texts --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Concerns"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.refresh_button.text())
        self._show_detail(self.current)
        self._update_busy()

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
            width = self.splitter.width()
            actions = self.detail_panel.minimumSizeHint().width()
            listed = max(width * 2 // 5, min(width * 9 // 20, width - actions))
            self.splitter.setSizes([listed, width - listed])
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)
