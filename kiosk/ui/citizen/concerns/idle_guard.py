"""`IdleGuard`: the concern flow's privacy timer — warn, count down, then forget.

After `idle_s − warning_s` seconds without a touch (the window's rule, in
kiosk/ui/citizen/idle_timing.py: at least 20 s of warning) the guard shows the "Are you still
there?" overlay (`IdleWarning`) over the flow with a countdown, spoken too through the
flow's optional `speak` hook; when it runs out it emits `expired` and the flow clears
everything entered. Any touch, click or key while the flow is shown restarts it, and is
reported as `activity` (at most once a second: the window's own idle timer needs no more).

Thread use: GUI thread (timers on the injected `UiClock`).
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.citizen.concerns.idle_warning import IdleWarning
from kiosk.ui.citizen.idle_timing import WARNING_S, idle_phases_ms
from kiosk.ui.clock import UiClock

log = logging.getLogger(__name__)

_ACTIVITY_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate, QEvent.Type.KeyPress, QEvent.Type.Wheel,
})

Speak = Callable[[str, str], None]  # (text, language)


class IdleGuard(QObject):
    expired = Signal()  # nobody answered the warning: forget everything
    activity = Signal()  # the citizen is using the flow

    def __init__(self, flow: QWidget, idle_s: int, clock: UiClock, speak: Callable[[], tuple[Speak | None, str]]):
        """`speak()` gives the flow's hook (or None) and the citizen's language, read when warning."""
        super().__init__(flow)
        self._flow = flow
        self._clock = clock
        self._speak = speak
        quiet_ms, warning_ms = idle_phases_ms(idle_s)  # the window's rule: at least 20 s of warning
        self.warning_s = warning_ms // 1000
        self.warning = IdleWarning(flow)
        self.warning.continue_clicked.connect(self.restart)
        self._idle_timer = clock.timer(self, quiet_ms, single_shot=True)
        self._idle_timer.timeout.connect(self.warn)
        self._countdown = clock.timer(self, 1000)
        self._countdown.timeout.connect(self._count_down)
        self._seconds_left = 0
        self._filtering = False
        self._last_activity = -1.0  # clock.monotonic() of the last `activity` sent; none yet

    @property
    def warning_shown(self) -> bool:
        return self.warning.isVisible()

    def restart(self) -> None:
        self._countdown.stop()
        self.warning.hide()
        self._idle_timer.start()

    def stop(self) -> None:
        self._idle_timer.stop()
        self._countdown.stop()
        self.warning.hide()

    def warn(self) -> None:
        self._seconds_left = self.warning_s
        self.warning.show_countdown(self._seconds_left)
        self._countdown.start()
        speak, language = self._speak()
        if speak is not None:
            try:
                speak(self.warning.message(), language)
            except Exception:  # speech is a help, never a reason to keep data on screen
                log.exception("speaking the idle warning failed")

    def _count_down(self) -> None:
        self._seconds_left -= 1
        if self._seconds_left <= 0:
            self.expired.emit()
            return
        self.warning.show_countdown(self._seconds_left)

    def listen(self, on: bool) -> None:
        """Watch the application's input while the flow is shown (`on`), not while hidden."""
        app = QApplication.instance()
        if on != self._filtering and app is not None:
            if on:
                app.installEventFilter(self)
            else:
                app.removeEventFilter(self)
            self._filtering = on

    def fit(self) -> None:
        """The overlay covers the whole flow (call when the flow is resized)."""
        if self.warning.isVisible():
            self.warning.setGeometry(self._flow.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY_EVENTS and self._flow.isVisible():
            if self._idle_timer.isActive() or self._countdown.isActive():
                self.restart()
            now = self._clock.monotonic()
            if self._last_activity < 0 or now - self._last_activity >= 1.0:
                self._last_activity = now
                self.activity.emit()
        return False


__all__ = ["WARNING_S", "IdleGuard", "Speak"]
