"""`CitizenWindow`: the kiosk's screens in one stack, the flow between them, the idle timer.

    language → home → services → priority → ticket → home
                    ↘ documents → (take a ticket for this service) → priority

The screens draw from the `OfficeModel`'s snapshot and reach the office only through it
(kiosk/ui/office_model.py): the office may be a hub across the LAN, and no call may
freeze the screen. Issuing a ticket runs on the worker while the priority screen says
so; then the ticket screen shows the number (or what went wrong) and the receipt is
printed off the UI thread by the `TicketPrinter`. When the hub does not answer, a
banner on home and on the services screen says so (no ticket now) until it is back.

Any touch, click or key restarts the idle timer; at least 20 s before it runs out a banner
asks whether the citizen is still there, then the session is forgotten (the timers, the
banner and the touch filter are `IdleWatch`, kiosk/ui/citizen/idle_watch.py). After a
reset, a ticket or a registered concern the next citizen starts on the language screen,
in the office's default language (`start_over`), never in the previous citizen's.

The voice guide (kiosk/ui/citizen/voice_guide.py) says the idle warning and the call for
help, and, in listening mode (kiosk/ui/citizen/listening.py), each screen's prompt and
each button touched; the window gives it its `Speaker` and ends listening mode with the
session.

When the office cannot work (its database damaged or unreadable, or the disk full) the
window shows the out-of-service page (`kiosk/ui/widgets/out_of_service.py`): for good
on a damaged database, until "Start again" on a full disk.

Thread use: GUI thread.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QApplication, QLayout, QStackedWidget, QWidget

from kiosk.config import Settings
from kiosk.domain.service_controls import Availability
from kiosk.domain.tickets import IssuedTicket, Priority
from kiosk.i18n import install_language
from kiosk.office import PROBLEM_EVENT, DiskFull, OfficeError, StoreError, failure_from
from kiosk.office.health import technician_lines
from kiosk.ui import theme
from kiosk.ui.bridge import OfficeBridge
from kiosk.ui.citizen.documents_screen import DocumentsScreen
from kiosk.ui.citizen.help_call import HelpCall
from kiosk.ui.citizen.home_screen import HomeScreen
from kiosk.ui.citizen.idle_watch import IdleWatch
from kiosk.ui.citizen.language_screen import LanguageScreen
from kiosk.ui.citizen.listening import ListeningMode
from kiosk.ui.citizen.priority_screen import PriorityScreen
from kiosk.ui.citizen.receipt_printer import TicketPrinter
from kiosk.ui.citizen.service_screen import ServiceScreen
from kiosk.ui.citizen.session import CitizenSession
from kiosk.ui.citizen.ticket_screen import TicketScreen
from kiosk.ui.citizen.voice_guide import VoiceGuide
from kiosk.ui.clock import SYSTEM_UI_CLOCK, UiClock
from kiosk.ui.office_model import OfficeModel
from kiosk.ui.speech.speaker import Speaker
from kiosk.ui.widgets.out_of_service import OutOfServicePage
from kiosk.ui.widgets.training_band import TrainingBand

if TYPE_CHECKING:
    from kiosk.ui.citizen.concerns import ConcernFlow

log = logging.getLogger(__name__)

LATER_SCREENS_DELAY_MS = 50  # after the first screen has been painted


class CitizenWindow(QStackedWidget):
    # (text, language) when the idle warning comes up: the voice guide says it.
    idle_warning_shown = Signal(str, str)

    def __init__(self, model: OfficeModel, settings: Settings, printer: TicketPrinter,
                 bridge: OfficeBridge | None = None, parent: QWidget | None = None, *,
                 clock: UiClock = SYSTEM_UI_CLOCK, speaker: Speaker | None = None):
        super().__init__(parent)
        self.clock = clock  # the timers' clock: tests move it by hand
        self.model = model
        self.office = model.office  # screenshot tools only: screens go through the model
        self.settings = settings
        self.printer = printer
        self.bridge = bridge
        self.session = CitizenSession(settings.kiosk.default_language)
        self.last_issued: IssuedTicket | None = None
        self.setObjectName("citizen-window")
        # The kiosk's screen is the window's size, whatever a screen asks: a screen that needs
        # more is cut where the no-clipping test sees it (tests/ui/test_no_clipping.py),
        # never grown past the monitor's edge.
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

        info = model.info
        self.language_screen = LanguageScreen(settings.kiosk.languages, info.name)
        self.home_screen = HomeScreen(info.name)
        self.out_of_service = OutOfServicePage(settings.kiosk.languages)
        self.addWidget(self.language_screen)
        self.addWidget(self.home_screen)
        self.addWidget(self.out_of_service)
        self.training_band = TrainingBand.atop(self)
        self.training_band.show_for(info.training)
        self._later: dict[str, QWidget] = {}
        # The help button on every screen, its panel, and the request (kiosk/ui/citizen/help_call.py).
        self.help_call = HelpCall(self, model, bridge, clock)
        self.help_call.connect_buttons(self)
        self.out_of_service_lasting = False  # a damaged database: no way back to the other screens
        self.out_of_service.start_again.connect(self.idle_timeout)
        if bridge is not None:
            bridge.event.connect(self._office_event)

        self.language_screen.language_chosen.connect(self._language_chosen)
        self.home_screen.take_ticket.connect(lambda: self.show_screen(self.service_screen))
        self.home_screen.show_documents.connect(lambda: self.show_screen(self.documents_screen))
        self.home_screen.change_language.connect(lambda: self.show_screen(self.language_screen))
        self.home_screen.large_text_toggled.connect(self.set_large_text)
        self.home_screen.register_concern.connect(lambda: self._start_concerns(follow_up=False))
        self.home_screen.follow_concern.connect(lambda: self._start_concerns(follow_up=True))
        self._came_from_documents = False
        # The other screens are built just after the first one is on screen (start-up
        # budget), or at once if something needs them before that.
        QTimer.singleShot(LATER_SCREENS_DELAY_MS, self._later_screens)

        # Before IdleWatch: Qt asks the filter installed last first, so the idle timer and the
        # tap guard see every touch, even one listening mode keeps from its button.
        self.listening = ListeningMode(self)
        self.idle = IdleWatch(self, settings.kiosk.idle_timeout_s, clock)
        self.idle.warned.connect(lambda text: self.idle_warning_shown.emit(text, self.session.language))
        self.idle.timed_out.connect(self.idle_timeout)
        self.idle_timer, self.warning_timer = self.idle.idle_timer, self.idle.warning_timer
        self.idle_warning = self.idle.banner
        self.idle_warning_label = self.idle_warning.label
        self.help_call.active_changed.connect(self._help_active)
        self.help_call.expired.connect(self.idle_timeout)
        self.voice = VoiceGuide(self, speaker or Speaker(None, None))
        self.voice.speaker.setParent(self)
        self.listening.connect_buttons(self)
        self.currentChanged.connect(self._screen_changed)
        self.setCurrentWidget(self.language_screen)
        self.issuing = False  # a ticket is being issued (on the worker)
        self.hub_banner = self.home_screen.hub_banner  # (the services screen has its own)
        model.reachable_changed.connect(self._reachable_changed)
        self._reachable_changed(model.reachable)

    # ---- screens built after start-up ---------------------------------------------------

    def _later_screens(self) -> dict[str, QWidget]:
        if self._later:
            return self._later
        # The concern screens (and their keyboard) load here, after the first screen is up.
        from kiosk.ui.citizen.concerns import ConcernFlow
        from kiosk.ui.citizen.concerns.receipt_printer import concern_printer_for

        model, settings = self.model, self.settings
        service = ServiceScreen(model, self.session)
        # The model is the live catalogue: a central update reaches every screen.
        priority = PriorityScreen(model, self.session)
        ticket = TicketScreen(model, model.info, self.session, self.printer, settings.kiosk.ticket_screen_s,
                              clock=self.clock, public_url=model.public_url, now=model.now)
        documents = DocumentsScreen(model, self.session)
        concern_printer = concern_printer_for(self.printer, model, settings)
        concerns = ConcernFlow(model.office, settings, concern_printer, clock=self.clock, model=model,
                               print_status=concern_printer.status_changed if concern_printer else None)
        self._later.update(service=service, priority=priority, ticket=ticket, documents=documents,
                           concerns=concerns)
        for screen in self._later.values():
            self.addWidget(screen)
        service.back.connect(self.go_home)
        service.service_chosen.connect(self._service_chosen)
        service.service_refused.connect(self._service_refused)
        priority.back.connect(self._priority_back)
        priority.priority_chosen.connect(self._priority_chosen)
        ticket.finished.connect(self._ticket_screen_done)
        documents.back.connect(self.go_home)
        documents.take_ticket_for.connect(self._documents_ticket)
        concerns.finished.connect(self.go_home)
        concerns.session_over.connect(self.start_over)
        self.help_call.connect_buttons(self)
        self.listening.connect_buttons(self)
        return self._later

    def later_screen(self, name: str) -> QWidget | None:
        """A screen built after start-up ("service", "ticket", …), None while not built yet."""
        return self._later.get(name)

    @property
    def service_screen(self) -> ServiceScreen:
        return self._later_screens()["service"]

    @property
    def priority_screen(self) -> PriorityScreen:
        return self._later_screens()["priority"]

    @property
    def ticket_screen(self) -> TicketScreen:
        return self._later_screens()["ticket"]

    @property
    def documents_screen(self) -> DocumentsScreen:
        return self._later_screens()["documents"]

    @property
    def concern_flow(self) -> ConcernFlow:
        return self._later_screens()["concerns"]

    def _start_concerns(self, follow_up: bool) -> None:
        flow = self.concern_flow
        if follow_up:
            flow.start_follow_up(self.session.language)
        else:
            flow.start_register(self.session.language)
        self.show_screen(flow)

    # ---- flow -------------------------------------------------------------------------

    def show_screen(self, screen: QWidget) -> None:
        if self.out_of_service_lasting and screen is not self.out_of_service:
            return  # nothing here may be used any more: the office cannot keep what it would be given
        self.setCurrentWidget(screen)

    def show_out_of_service(self, failure: StoreError) -> None:
        """The office cannot work: send the citizen to reception, tell the technician why.

        A full disk passes (the citizen may start again, and it works once space is
        freed); a damaged or unreadable database stays until the kiosk is restarted.
        """
        passing = isinstance(failure, DiskFull)
        log.error("out of service (%s): %s", failure.code, failure.message)
        self.out_of_service.show_problem(technician_lines(failure.code, failure.message), passing=passing)
        self.out_of_service_lasting = self.out_of_service_lasting or not passing
        self.setCurrentWidget(self.out_of_service)

    def _office_event(self, kind: str, data: dict) -> None:
        if kind == PROBLEM_EVENT:  # the event carries the failure, from a local office or over the LAN
            self.show_out_of_service(failure_from(str(data.get("code", "")), str(data.get("message", ""))))

    def _reachable_changed(self, reachable: bool) -> None:
        self.hub_banner.set_lost(not reachable)

    def go_home(self) -> None:
        self.show_screen(self.home_screen)

    def _ticket_screen_done(self) -> None:
        # A ticket taken: that citizen is done. No ticket (service closed…): the same
        # citizen may want another service, at home in their language.
        if self.ticket_screen.issued is not None:
            self.start_over()
        else:
            self.go_home()

    def start_over(self) -> None:
        """Forget the citizen: the next one starts on the language screen, in the default language."""
        self.idle.dismiss_warning()
        self.help_call.forget()
        self.voice.reset()
        if self.session.large_text:
            self.set_large_text(False)
        self.session.reset(self.settings.kiosk.default_language)
        install_language(self.session.language)
        self.show_screen(self.language_screen)

    def set_language(self, language: str) -> None:
        """Make `language` the interface language; screens re-translate themselves."""
        self.session.language = language
        install_language(language)

    def _language_chosen(self, language: str) -> None:
        self.set_language(language)
        self.go_home()

    def _service_chosen(self, code: str) -> None:
        self.session.service_code = code
        self._came_from_documents = False
        self.show_screen(self.priority_screen)

    def _service_refused(self, _code: str, found: Availability) -> None:
        """A greyed service touched: why it gives no ticket now, and when to come back."""
        self.ticket_screen.show_refusal(found)
        self.show_screen(self.ticket_screen)

    def _documents_ticket(self, code: str) -> None:
        self.session.service_code = code
        self._came_from_documents = True
        self.show_screen(self.priority_screen)

    def _priority_back(self) -> None:
        self.show_screen(self.documents_screen if self._came_from_documents else self.service_screen)

    def _priority_chosen(self, value: str) -> None:
        self.session.priority = Priority(value)
        self.issue_ticket()

    def issue_ticket(self) -> None:
        """Issue the session's ticket on the worker; the priority screen says it is working meanwhile."""
        code = self.session.service_code
        if code is None:
            self.show_screen(self.service_screen)
            return
        if self.issuing:
            return  # a second tap while the first ticket is on its way
        self.issuing = True
        self.priority_screen.set_busy(True)
        self.model.run(self.model.office.issue_ticket, code, self.session.priority, self.session.language,
                       on_success=self._ticket_issued, on_failure=self._ticket_refused)

    def _ticket_refused(self, exc: object) -> None:
        self.issuing = False
        self.priority_screen.set_busy(False)
        code = self.session.service_code
        if isinstance(exc, StoreError):  # nothing was saved: no ticket, no half of one
            self.session.service_code = None
            self.show_out_of_service(exc)
            return
        log.warning("no ticket for %s: %s", code, exc)
        known = self.model.availability(code) if code else None
        refusal = exc.code if isinstance(exc, OfficeError) else "error"
        if known is not None and known.refusal is not None and known.refusal.value == refusal:
            self.ticket_screen.show_refusal(known)  # with its time: "come back tomorrow from 08:00"
        else:
            self.ticket_screen.show_error(refusal)
            self.model.refresh()  # the office knew better than the snapshot: grey the tile now
        self.show_screen(self.ticket_screen)

    def _ticket_issued(self, issued: IssuedTicket) -> None:
        self.issuing = False
        self.priority_screen.set_busy(False)
        self.last_issued = issued
        self.session.service_code = None
        self.session.priority = Priority.NONE
        self.ticket_screen.show_ticket(issued)
        self.show_screen(self.ticket_screen)
        self.printer.print_ticket(issued, self.session.language)

    def set_large_text(self, on: bool) -> None:
        self.session.large_text = on
        theme.apply_theme(QApplication.instance(), theme.LARGE_SCALE if on else theme.NORMAL_SCALE)
        self.home_screen.set_large_text(on)

    # ---- idle ---------------------------------------------------------------------------

    @property
    def tap_guard_ms(self) -> int:
        return self.idle.tap_guard_ms

    @tap_guard_ms.setter
    def tap_guard_ms(self, value: int) -> None:
        self.idle.tap_guard_ms = value

    def accepts_taps(self) -> bool:
        return self.idle.accepts_taps()

    def _help_active(self, active: bool) -> None:
        """Waiting for a member of staff is not being idle: hold the idle timer while the panel is up."""
        if active:
            self.idle.hold()
        else:
            self._screen_changed(self.currentIndex())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.idle.fit()
        self.help_call.fit()

    def idle_timeout(self) -> None:
        """Nobody has touched the kiosk for a while: forget the citizen, start over."""
        log.info("idle timeout on %s", type(self.currentWidget()).__name__)
        self.start_over()

    def _screen_changed(self, _index: int) -> None:
        own_timers = (self.language_screen, self._later.get("ticket"), self._later.get("concerns"))
        if self.out_of_service_lasting:
            own_timers += (self.out_of_service,)  # stays until restarted: nothing to time out
        # nothing to forget / the ticket screen and the concern flow have their own timers
        self.idle.screen_changed(timed_here=self.currentWidget() not in own_timers)

    # ---- shutdown ---------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop timers and listeners; the window may be shown again only after a rebuild."""
        self.idle.stop()
        self.listening.stop()
        self.voice.speaker.shutdown()
        if self.bridge is not None:
            self.bridge.close()
        self.model.close()
        self.model.worker.wait_for_done(5000)
        self.printer.close()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)
