"""`KioskLock`: in full-screen mode the kiosk stays a kiosk (issue 13, item 11).

A citizen cannot leave the application: Alt+F4, Escape, Ctrl+Q, Ctrl+W do nothing and the
window refuses the window manager's requests to close. A member of staff leaves it with a gesture no citizen makes by
chance — a finger held `HOLD_S` seconds in the top-left corner (`CORNER_PX` square, the
same physical corner in every language) — and then a supervisor's name and PIN, checked
by the office like a desk log-in (kiosk/office/staff.py: wrong PINs count towards the
lockout). A clerk's PIN is not enough. The check runs on the office model's worker: the
screen never waits.

    lock = KioskLock(window, window.model, clock=window.clock)   # run_kiosk(fullscreen=True)

Thread use: GUI thread (timers on the injected `UiClock`).
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QPoint, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.domain.staff import Role
from kiosk.office.errors import BadLogin, Locked
from kiosk.office.staff import StaffSession
from kiosk.ui.citizen.kiosk_exit_panel import KioskExitPanel
from kiosk.ui.clock import SYSTEM_UI_CLOCK, UiClock
from kiosk.ui.office_model import OfficeModel

log = logging.getLogger(__name__)

HOLD_S = 5  # long enough that no citizen does it by chance
CORNER_PX = 80
# What would leave or close the application elsewhere; nothing here. (Key sequences are
# built with the lock: Qt cannot make them before the application exists.)
BLOCKED_KEYS = ("Alt+F4", "Ctrl+Q", "Ctrl+W", "Escape")


class KioskLock(QObject):
    unlocked = Signal(str)  # the supervisor's name; the window is closing

    def __init__(self, window: QWidget, model: OfficeModel, *, clock: UiClock = SYSTEM_UI_CLOCK):
        super().__init__(window)
        self._window = window
        self._model = model
        self.locked = True
        self._blocked = [QKeySequence(keys) for keys in BLOCKED_KEYS] + [
            sequence for standard in (QKeySequence.StandardKey.Quit, QKeySequence.StandardKey.Close)
            for sequence in QKeySequence.keyBindings(standard)]  # the platform's own, if any
        self.panel = KioskExitPanel(window)
        self.panel.submitted.connect(self._check)
        self._hold = clock.timer(self, HOLD_S * 1000, single_shot=True)
        self._hold.timeout.connect(self._held)
        window.installEventFilter(self)  # its Close events
        QApplication.instance().installEventFilter(self)  # keys and presses anywhere in it

    def _in_corner(self, event: QEvent) -> bool:
        position = event.globalPosition().toPoint()
        corner = self._window.mapToGlobal(QPoint(0, 0))
        return 0 <= position.x() - corner.x() < CORNER_PX and 0 <= position.y() - corner.y() < CORNER_PX

    def _held(self) -> None:
        log.info("staff gesture on the kiosk: asking for a supervisor PIN")
        self.panel.open_over()

    def _check(self, name: str, pin: str) -> None:
        self._model.run(self._model.office.login, name, pin, on_success=self._logged_in, on_failure=self._refused)

    def _logged_in(self, session: StaffSession) -> None:
        self._model.run(self._model.office.logout, session.token)  # this session was only a check
        if session.role != Role.SUPERVISOR.value:
            self.panel.show_problem("not_supervisor")
            return
        log.warning("kiosk closed by supervisor %s", session.name)
        self.locked = False
        self.panel.hide()
        self.unlocked.emit(session.name)
        self._window.close()

    def _refused(self, exc: object) -> None:
        self.panel.show_problem("locked" if isinstance(exc, Locked) else
                                "bad_login" if isinstance(exc, BadLogin) else "error")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self.locked:
            return False
        if kind == QEvent.Type.Close and watched is self._window and event.spontaneous():
            # The window manager's close (Alt+F4, a title-bar button): refused. A close from
            # the program itself (the supervisor's exit, the application quitting) goes on.
            event.ignore()
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(pressed.matches(blocked) == QKeySequence.SequenceMatch.ExactMatch for blocked in self._blocked):
                return True
        if not (isinstance(watched, QWidget) and watched.window() is self._window):
            return False
        if kind == QEvent.Type.MouseButtonPress and self._in_corner(event) and not self.panel.isVisible():
            self._hold.start()
        elif kind == QEvent.Type.MouseButtonRelease:
            self._hold.stop()  # let go too soon
        elif kind == QEvent.Type.MouseMove and self._hold.isActive() and not self._in_corner(event):
            self._hold.stop()  # slid out of the corner: a swipe, not the staff gesture
        return False


__all__ = ["BLOCKED_KEYS", "CORNER_PX", "HOLD_S", "KioskLock"]
