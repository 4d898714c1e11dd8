"""`DeskWindow`: the clerk's flow — log in → open a counter → call and serve → close / log out —
and every call the desk makes to the office.

Each clerk action is sent by the `ActionSender` (kiosk/ui/desk/action_sender.py): it is
applied once or clearly refused, never twice, even when the hub is lost under way.
While an action is in flight or waiting to be retried, the action buttons are disabled.

The waiting line and figures are read again after each office event (`OfficeBridge`),
after `hub.resync`, and after each action (kiosk/ui/desk/live_line.py); there is no
polling, except a retry timer while the hub is unreachable and a clock tick that ages
the "waiting since" minutes.

Calls for help from the kiosks show above every screen, each with "I'm coming"
(kiosk/ui/desk/help_alerts.py).

What the desk shows of the office itself (its name, services and their names, concern
categories, time zone) is the `OfficeModel`'s snapshot: read once before the window is
built, then again off the GUI thread on "catalogue.changed" and "hub.resync". Over the
LAN each property of the office may be a request, so the window never reads one after
it is built; the office's clock is kept from then too.

A session with the concerns permission reaches the concerns inbox (and back) by the
"Concerns" button or F8: kiosk/ui/desk/concerns_route.py; a supervisor reaches the
supervisor console by its button or F9: kiosk/ui/desk/supervisor_route.py. The central server's sync indicator
sits in the desk screen's status bar and follows "sync.status" events.

Thread use: GUI thread; office calls run through `OfficeCaller` (the worker when remote).
"""
from __future__ import annotations

import datetime as dt
import logging
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.config import Settings
from kiosk.domain.ids import uuid7
from kiosk.i18n import install_language, use_tamazight_script
from kiosk.office import OfficePort
from kiosk.office.staff import StaffSession
from kiosk.ui.bridge import OfficeBridge
from kiosk.ui.clock import SYSTEM_UI_CLOCK, UiClock
from kiosk.ui.desk.action_sender import ActionSender, DeskAction
from kiosk.ui.desk.caller import OfficeCaller
from kiosk.ui.desk.concerns_inbox import ConcernsInbox
from kiosk.ui.desk.concerns_page import ConcernsPage
from kiosk.ui.desk.concerns_route import ConcernsRoute
from kiosk.ui.desk.connection_banner import ConnectionBanner
from kiosk.ui.desk.counter_actions import CounterActions
from kiosk.ui.desk.counter_screen import OpenCounterScreen
from kiosk.ui.desk.desk_screen import DeskScreen
from kiosk.ui.desk.errors import error_code, is_out_of_service, lockout_minutes
from kiosk.ui.desk.help_alerts import HelpAlerts
from kiosk.ui.desk.live_line import LiveLine
from kiosk.ui.desk.login_screen import LoginScreen
from kiosk.ui.desk.style import desk_stylesheet
from kiosk.ui.desk.supervisor_page import SupervisorPage
from kiosk.ui.desk.supervisor_route import SupervisorRoute
from kiosk.ui.desk.sync_indicator import SyncIndicator
from kiosk.ui.desk.texts import CONCERNS_KEY, DeskTexts, arg
from kiosk.ui.desk.transfer_dialog import TransferDialog
from kiosk.ui.office_model import OfficeModel, is_unreachable
from kiosk.ui.widgets.training_band import TrainingBand

log = logging.getLogger(__name__)

RETRY_MS = 5000  # while the hub is unreachable: try the kept action / the refresh again
TICK_MS = 30_000  # "waiting since … (12 min)" moves on
SHUTDOWN_WAIT_MS = 2000


class DeskWindow(QWidget):
    def __init__(self, office: OfficePort, settings: Settings, bridge: OfficeBridge | None = None,
                 caller: OfficeCaller | None = None, retry_ms: int = RETRY_MS, parent: QWidget | None = None,
                 *, clock: UiClock = SYSTEM_UI_CLOCK, model: OfficeModel | None = None):
        super().__init__(parent)
        self.clock = clock  # the timers' clock: tests move it by hand
        self.setObjectName("desk-window")
        self.setProperty("role", "screen")
        self.office = office
        self.settings = settings
        self.caller = caller or OfficeCaller(office, parent=self)
        self.bridge = bridge
        self.zone = settings.office.zone
        # What the desk shows of the office, read off the GUI thread when it changes.
        self.model = model or OfficeModel.start(office, self.caller.worker, bridge, self, clock=clock, waits=False)
        self.office_clock = office.clock  # the office's clock (tests move it), kept: a property is a request
        self.session: StaffSession | None = None
        self.counter: str | None = None
        self.counter_services: list[str] = []
        self.transfer_dialog: TransferDialog | None = None
        self.setStyleSheet(desk_stylesheet())

        use_tamazight_script(settings.kiosk.tamazight_script)
        install_language(settings.kiosk.default_language)  # before the screens: they translate as they are built
        self.banner = ConnectionBanner(clock=clock)
        self.login_screen = LoginScreen(self.model.info.name, settings.kiosk.languages)
        self.counter_screen = OpenCounterScreen(self.model.services())
        self.desk_screen = DeskScreen(self.model, self.zone)  # names as the catalogue says them now
        self.concerns_inbox = ConcernsInbox(office, lambda: self.session, caller=self.caller, model=self.model)
        self.concerns_page = ConcernsPage(self.concerns_inbox)
        self.supervisor_page = SupervisorPage(self.model, ZoneInfo(self.model.info.timezone))
        self.sync_indicator = SyncIndicator(office, self.caller, ZoneInfo(self.model.info.timezone),
                                            lambda: self.token)
        self.desk_screen.place_sync_indicator(self.sync_indicator, self.sync_indicator.sync_button)
        # Kiosks where a citizen asked for help, above every screen (kiosk/ui/desk/help_alerts.py).
        self.help_alerts = HelpAlerts(office, self.caller, ZoneInfo(self.model.info.timezone), clock=clock)
        self.help_alerts.acknowledge_requested.connect(self._acknowledge_help)
        self.help_alerts.showing_changed.connect(self.desk_screen.waiting_list.lines.make_room)
        self.stack = QStackedWidget()
        for screen in (self.login_screen, self.counter_screen, self.desk_screen, self.concerns_page,
                       self.supervisor_page):
            self.stack.addWidget(screen)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.training_band = TrainingBand()
        self.training_band.show_for(self.model.info.training)
        column.addWidget(self.training_band)
        column.addWidget(self.banner)
        column.addWidget(self.help_alerts)
        column.addWidget(self.stack, 1)
        # The screen's size is the window's, whatever a screen asks: a screen that needs
        # more is cut where the no-clipping test sees it, never grown past the monitor.
        column.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

        self.login_screen.login_requested.connect(self.log_in)
        self.login_screen.language_chosen.connect(self.set_language)
        self.counter_screen.open_requested.connect(self.open_counter)
        self.counter_screen.logout_requested.connect(self.log_out)
        self.counter_actions = CounterActions(self)
        self.live_line = LiveLine(self)
        self.model.changed.connect(self.refresh)  # the line again, with the services' new names
        self.desk_screen.action_requested.connect(self.do_action)
        self.desk_screen.call_ticket_requested.connect(self.counter_actions.call_ticket)
        self.desk_screen.close_counter_requested.connect(self.close_counter)
        self.desk_screen.logout_requested.connect(self.log_out)
        self.counter_screen.concerns_requested.connect(self.show_concerns)
        self.desk_screen.concerns_requested.connect(self.show_concerns)
        self.concerns_page.back_requested.connect(self.back_from_concerns)
        self.concerns_inbox.changed.connect(lambda _code: self.refresh_concerns_count())
        self.banner.retry_requested.connect(self.retry_now)
        self.banner.cancel_requested.connect(self.cancel_pending)
        if bridge is not None:
            bridge.event.connect(self._office_event)
            bridge.event.connect(self.concerns_inbox.on_office_event)
            bridge.event.connect(self.sync_indicator.on_office_event)
            bridge.event.connect(self.help_alerts.on_office_event)
        self.sync_indicator.message.connect(self.desk_screen.show_message)
        self.concerns_shortcut = QShortcut(QKeySequence(CONCERNS_KEY), self)
        self.concerns_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)  # not while a dialog is open
        self.concerns_route = ConcernsRoute(self)
        self.concerns_shortcut.activated.connect(self.concerns_route.toggle)
        self.supervisor_route = SupervisorRoute(self)  # the console (F9), for the supervisor role

        self.retry_timer = clock.timer(self, retry_ms)
        self.action_sender = ActionSender(self, self.caller, self.banner, self.retry_timer, self)
        self.retry_timer.timeout.connect(self.retry_now)
        self.tick_timer = clock.timer(self, TICK_MS)
        self.tick_timer.timeout.connect(lambda: self.desk_screen.tick(self.now()))
        self.set_language(settings.kiosk.default_language)
        self.stack.setCurrentWidget(self.login_screen)
        self.retranslate()
        self.sync_indicator.load()
        self.help_alerts.load()

    # ---- small helpers ----------------------------------------------------------------

    def now(self) -> dt.datetime:
        return self.office_clock.now()

    @property
    def token(self) -> str:
        return self.session.token if self.session else ""

    def set_language(self, language: str) -> None:
        install_language(language)
        self.login_screen.set_language(language)

    def busy(self) -> bool:
        return self.action_sender.busy()

    def update_busy(self) -> None:
        busy = self.busy()
        self.login_screen.set_busy(busy)
        self.counter_screen.set_busy(busy)
        self.desk_screen.set_busy(busy)

    def show_refusal(self, exc: BaseException) -> None:
        code = error_code(exc)
        minutes = lockout_minutes(exc, self.now()) if code == "locked" else 0
        text = DeskTexts().refusal(code, minutes)
        if is_out_of_service(exc):
            self.banner.show_problem(code)
        current = self.stack.currentWidget()
        if current is self.login_screen:
            self.login_screen.show_error(text)
        elif current is self.counter_screen:
            self.counter_screen.show_error(text)
        elif current is self.supervisor_page:
            self.supervisor_page.services.show_message(text)
        else:
            self.desk_screen.show_message(text)
        if code == "not_logged_in":
            self._back_to_login(text)

    # ---- log in / out, counters -----------------------------------------------------

    def log_in(self, name: str, pin: str) -> None:
        if self.busy():
            return
        self.login_screen.set_busy(True)
        self.caller.run(self.office.login, name, pin, on_success=self._logged_in, on_failure=self._login_refused)

    def _logged_in(self, session) -> None:
        self.login_screen.set_busy(False)
        self.login_screen.reset()
        self.session = session
        self.help_alerts.set_can_answer(True)
        self.counter_screen.set_staff(session.name)
        self.counter_screen.show_error("")
        self.stack.setCurrentWidget(self.counter_screen)
        self.counter_screen.number_edit.setFocus()
        self.caller.run(self.office.counters, on_success=self._prefill_counter, on_failure=lambda exc: None)
        self.concerns_route.show_count(None)
        self.refresh_concerns_count()
        self.supervisor_route.show_buttons()

    def _login_refused(self, exc: BaseException) -> None:
        self.login_screen.set_busy(False)
        self.login_screen.pin_edit.clear()
        if is_unreachable(exc):
            self.banner.show_lost()
        self.show_refusal(exc)
        self.login_screen.pin_edit.setFocus()

    def _prefill_counter(self, counters: list[dict]) -> None:
        if self.session is None:
            return
        mine = [c for c in counters if c.get("staff_id") == self.session.staff_id]
        if mine:
            self.counter_screen.prefill(mine[-1]["number"], mine[-1]["services"])

    def open_counter(self, number: str, services: list[str]) -> None:
        self.counter_screen.show_error("")
        self.action_sender.act(self.tr("Open the counter"), self.office.open_counter, (self.token, number, services),
                  lambda _result: self._counter_opened(number, services))

    def _counter_opened(self, number: str, services: list[str]) -> None:
        assert self.session is not None  # the ActionSender answers only while a clerk is logged in
        self.counter, self.counter_services = number, list(services)
        self.desk_screen.set_session(self.session.name, number)
        self.desk_screen.show_message("")
        self.desk_screen.show_current(None, self.now())
        self.stack.setCurrentWidget(self.desk_screen)
        self.desk_screen.waiting_list.tree.setFocus()
        self.tick_timer.start()
        self.refresh()

    def close_counter(self) -> None:
        self.action_sender.act(self.tr("Close the counter"), self.office.close_counter, (self.token, self.counter),
                  lambda _result: self._counter_closed())

    def _counter_closed(self) -> None:
        self.counter_screen.prefill(self.counter or "", self.counter_services)
        self.counter, self.counter_services = None, []
        self.tick_timer.stop()
        self.stack.setCurrentWidget(self.counter_screen)

    # ---- the concerns inbox (kiosk/ui/desk/concerns_route.py) ---------------------------

    def show_concerns(self) -> None:
        self.concerns_route.show()

    def back_from_concerns(self) -> None:
        self.concerns_route.back()

    def refresh_concerns_count(self) -> None:
        self.concerns_route.refresh_count()

    def log_out(self) -> None:
        """Close this clerk's counter (if open) and end the session, then show the log-in screen.

        The desk forgets the session even if the hub cannot be told: a clerk who leaves
        must not leave a logged-in desk behind.
        """
        if self.in_flight is not None:
            return
        token, counter, action_id = self.token, self.counter, uuid7()
        self.action_sender.pending = None
        self.retry_timer.stop()

        def leave() -> None:
            if counter:
                self.office.close_counter(token, counter, action_id=action_id)
            self.office.logout(token)

        def unreachable(exc: BaseException) -> None:
            if is_unreachable(exc):
                self.banner.show_lost()
                self.login_screen.show_error(self.tr(
                    "You are logged out on this desk, but the office hub could not be told: "
                    "the counter may show as open until the connection is back."))

        self.caller.run(leave, on_success=lambda _r: None, on_failure=unreachable)
        self._back_to_login("")

    def _back_to_login(self, message: str) -> None:
        self.session, self.counter, self.counter_services = None, None, []
        self.help_alerts.set_can_answer(False)
        self.tick_timer.stop()
        if self.transfer_dialog is not None:
            self.transfer_dialog.reject()
        self.login_screen.reset()
        self.login_screen.show_error(message)
        self.desk_screen.show_current(None, self.now())
        self.stack.setCurrentWidget(self.login_screen)
        self.concerns_route.show_count(None)
        self.supervisor_route.show_buttons()
        self.concerns_inbox.refresh()  # no session: the next clerk does not find this one's concerns open
        self.update_busy()

    def _acknowledge_help(self, request_id: str) -> None:
        """"I'm coming": sent once, as every clerk action; the row leaves on the answer (and its event)."""
        self.action_sender.act(self.tr("I'm coming"), self.office.acknowledge_help, (self.token, request_id),
                               lambda answered: self.help_alerts.remove(answered.id))

    # ---- desk actions (kiosk/ui/desk/counter_actions.py) ---------------------------------

    def do_action(self, action: str) -> None:
        self.counter_actions.do(action)

    def open_transfer(self) -> None:
        self.counter_actions.open_transfer()

    def call_ticket(self, ticket_id: str) -> None:
        self.counter_actions.call_ticket(ticket_id)

    # ---- sending an action once (kiosk/ui/desk/action_sender.py) ---------------------------

    @property
    def pending(self) -> DeskAction | None:
        """The action kept because the hub was unreachable (sent again with its id)."""
        return self.action_sender.pending

    @property
    def in_flight(self) -> DeskAction | None:
        return self.action_sender.in_flight

    def retry_now(self) -> None:
        self.action_sender.retry_now()

    def cancel_pending(self) -> None:
        self.action_sender.cancel_pending()

    def logged_in(self) -> bool:  # (ActionHost; so are show_refusal, refresh and update_busy)
        return self.session is not None

    # ---- the live line ----------------------------------------------------------------

    def refresh(self) -> None:
        """Read the waiting line, the counts and today's figures again (coalesced)."""
        self.live_line.refresh()

    def _office_event(self, kind: str, data: dict) -> None:
        if kind == "hub.connection":
            if data.get("online"):
                if self.pending is not None:
                    self.retry_now()
                elif self.banner.state == "lost":
                    self.banner.clear()
                    self.retry_timer.stop()
                self.refresh()
            elif self.pending is None:
                self.banner.show_lost()
                self.retry_timer.start()
        elif kind == "hub.resync" or kind.startswith(("ticket.", "counter.", "service.")):
            self.refresh()
        elif kind == "office.problem":  # the hub's (or this PC's) database is damaged or unreadable
            self.banner.show_problem(str(data.get("code", "database_damaged")))
        if kind.startswith("concern.") or kind == "hub.resync" or (kind == "hub.connection" and data.get("online")):
            self.refresh_concerns_count()

    # ---- window -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(arg(self.tr("%1 — desk"), self.model.info.name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def shutdown(self) -> None:
        """Stop timers and listening; give a call still on the network a moment to end."""
        self.retry_timer.stop()
        self.tick_timer.stop()
        self.supervisor_route.tools.stop_training()  # a training session started here ends with the desk
        if self.bridge is not None:
            self.bridge.close()
        if self.caller.background:
            self.caller.worker.wait_for_done(SHUTDOWN_WAIT_MS)

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)


__all__ = ["DeskAction", "DeskWindow"]
