"""The way to the supervisor console and back, what it reads and what it sends.

A session with the `supervise` permission (kiosk/domain/staff.py) reaches the console from
"open a counter" or from the counter in service: the "Supervisor console" button or F9,
and back the same way. The console reads the floor (kiosk/ui/desk/supervisor_floor.py)
when shown, on each office event that changes it, and on "Refresh"; a service's new
settings go through the desk's `ActionSender` (applied once, audited with the supervisor,
or clearly refused); the announcement through the desk's `OfficeCaller`.

Thread use: GUI thread.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from kiosk.domain.service_controls import ServiceControl
from kiosk.domain.staff import Permission
from kiosk.ui.coalescer import Coalescer
from kiosk.ui.desk.errors import error_code
from kiosk.ui.desk.side_page import return_from_side_page
from kiosk.ui.desk.supervisor_floor import AvailabilityTexts, Floor, read_floor
from kiosk.ui.desk.supervisor_tools_route import SupervisorToolsRoute
from kiosk.ui.desk.texts import CONSOLE_KEY, DeskTexts
from kiosk.ui.office_model import is_unreachable

if TYPE_CHECKING:
    from kiosk.ui.desk.window import DeskWindow

log = logging.getLogger(__name__)

# Events after which the floor is read again while the console is shown.
FLOOR_EVENTS = ("ticket.", "counter.", "service.", "help.", "announcement.")


def read_console(office: Any) -> tuple[Floor, dict[str, int]]:
    """The floor and the catalogue's targets (worker thread when remote)."""
    return read_floor(office), {s.code: s.target_minutes for s in office.catalogue.services}


class SupervisorRoute(QObject):
    def __init__(self, window: DeskWindow):
        super().__init__(window)
        self._window = window
        self._return_to: QWidget = window.counter_screen
        self._reads = Coalescer(self._read_now, window.clock, self)
        page = window.supervisor_page
        page.back_requested.connect(self.back)
        page.refresh_requested.connect(self.refresh)
        page.services.save_requested.connect(self.save_control)
        page.announcement.publish_requested.connect(self.publish_announcement)
        self.tools = SupervisorToolsRoute(window)  # the report and training tab
        self.shortcut = QShortcut(QKeySequence(CONSOLE_KEY), window)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)  # not while a dialog is open
        self.shortcut.activated.connect(self.toggle)
        window.counter_screen.console_requested.connect(self.show)
        window.desk_screen.console_requested.connect(self.show)
        if window.bridge is not None:
            window.bridge.event.connect(self.on_office_event)

    def may_supervise(self) -> bool:
        w = self._window
        return w.session is not None and w.session.can(Permission.SUPERVISE)

    def show_buttons(self) -> None:
        allowed = self.may_supervise()
        self._window.counter_screen.console_button.setVisible(allowed)
        self._window.desk_screen.console_button.setVisible(allowed)

    def show(self) -> None:
        w = self._window
        current = w.stack.currentWidget()
        if current not in (w.counter_screen, w.desk_screen) or not self.may_supervise() or w.transfer_dialog:
            return
        assert w.session is not None
        self._return_to = current
        w.supervisor_page.set_staff(w.session.name)
        self.tools.show()
        w.stack.setCurrentWidget(w.supervisor_page)
        self.refresh()

    def back(self) -> None:
        w = self._window
        if w.stack.currentWidget() is not w.supervisor_page:
            return
        return_from_side_page(w, self._return_to)

    def toggle(self) -> None:
        """F9: to the console, and back again."""
        if self._window.stack.currentWidget() is self._window.supervisor_page:
            self.back()
        else:
            self.show()

    # ---- reading --------------------------------------------------------------------

    def on_office_event(self, kind: str, _data: dict) -> None:
        if self._window.stack.currentWidget() is self._window.supervisor_page and (
                kind.startswith(FLOOR_EVENTS) or kind == "hub.resync"):
            self.refresh()

    def refresh(self) -> None:
        if self.may_supervise():
            self._reads.now()

    def _read_now(self) -> None:
        w = self._window
        w.caller.run(read_console, w.office, on_success=self._show, on_failure=self._unreadable)

    def _show(self, answer: tuple[Floor, dict[str, int]]) -> None:
        if self._reads.finished():
            return
        floor, targets = answer
        page = self._window.supervisor_page
        page.floor.show_floor(floor)
        states, zone = AvailabilityTexts(), page.floor.zone
        not_taking = {level.service_code: states.state(level.availability, zone) for level in floor.levels
                      if not level.availability.taking}
        page.services.set_controls(floor.controls, targets, not_taking)
        page.announcement.show_current(floor.announcements)

    def _unreadable(self, exc: BaseException) -> None:
        self._reads.failed()
        if is_unreachable(exc):
            self._window.banner.show_lost()
        else:
            log.warning("cannot read the floor for the supervisor console: %s", exc)

    # ---- sending --------------------------------------------------------------------

    def save_control(self, control: ServiceControl) -> None:
        w = self._window
        page = w.supervisor_page

        def saved(changed: ServiceControl) -> None:
            page.services.show_saved()
            self.refresh()

        w.action_sender.act(page.services.save_action_name(), w.office.set_service_control, (w.token, control),
                            saved)

    def publish_announcement(self, texts: dict[str, str]) -> None:
        w = self._window
        editor = w.supervisor_page.announcement

        def refused(exc: BaseException) -> None:
            editor.show_message(DeskTexts().refusal(error_code(exc)))

        w.caller.run(w.office.set_announcement, w.token, texts, on_success=lambda _r: self.refresh(),
                     on_failure=refused)


__all__ = ["FLOOR_EVENTS", "SupervisorRoute", "read_console"]
