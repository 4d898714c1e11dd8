"""`IdleWatch`: the citizen window's idle timer, its "are you still there?" warning, and
the touch filter that feeds both (and the double-tap guard).

Any touch, click or key restarts the idle timer; at least 20 s before it runs out the
banner asks whether the citizen is still there, with a big "More time" button (design §7
and WCAG 2.2.1: a warning first; the banner is kiosk/ui/citizen/idle_banner.py, the
timing kiosk/ui/citizen/idle_timing.py); then `timed_out` is emitted and the window
forgets the session (`CitizenWindow.start_over`).

The second tap of a double tap — at the same spot, just after the first one changed the
screen — is swallowed: a double tap on a service tile must not also answer the priority
question that appears under the finger.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Signal
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.citizen.idle_banner import IdleBanner
from kiosk.ui.citizen.idle_timing import idle_phases_ms
from kiosk.ui.clock import UiClock

TAP_GUARD_MS = 400
TAP_GUARD_PX = 48

_MOUSE_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
})

_ACTIVITY_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate, QEvent.Type.KeyPress, QEvent.Type.Wheel,
})


class IdleWatch(QObject):
    warned = Signal(str)  # the warning's text, as it comes up
    timed_out = Signal()  # nobody answered the warning
    touched = Signal()  # a press on the window (a touch, a click): whatever is said may stop

    def __init__(self, window: QWidget, idle_timeout_s: float, clock: UiClock):
        super().__init__(window)
        self.window = window
        self.clock = clock
        # idle_timer runs until the warning, warning_timer from the warning to the reset
        quiet_ms, warning_ms = idle_phases_ms(idle_timeout_s)
        self.idle_timer = clock.timer(self, quiet_ms, single_shot=True)
        self.idle_timer.timeout.connect(self._warn)
        self.warning_timer = clock.timer(self, warning_ms, single_shot=True)
        self.warning_timer.timeout.connect(self.timed_out)
        self.banner = IdleBanner(window)
        self.banner.more_time.connect(self.restart)
        self.tap_guard_ms = TAP_GUARD_MS
        self._shown_at = clock.monotonic()  # when the current screen came up (the tap guard)
        self._last_press: QPointF | None = None  # global position of the latest press
        self._change_press: QPointF | None = None  # the press that led to the current screen
        QApplication.instance().installEventFilter(self)
        self._filtering = True

    # ---- the idle timer -----------------------------------------------------------------

    def restart(self) -> None:
        """A sign of life: the warning goes, the quiet time starts again."""
        self.warning_timer.stop()
        self.banner.hide()
        self.idle_timer.start()

    def hold(self) -> None:
        """Nothing to time out (a screen with its own timer, a call for help): all stopped."""
        self.idle_timer.stop()
        self.warning_timer.stop()
        self.banner.hide()

    def dismiss_warning(self) -> None:
        self.warning_timer.stop()
        self.banner.hide()

    def _warn(self) -> None:
        self.banner.show_over()
        self.warning_timer.start()
        self.warned.emit(self.banner.message())

    def fit(self) -> None:
        if self.banner.isVisible():
            self.banner.fit()

    # ---- screen changes and taps --------------------------------------------------------

    def screen_changed(self, timed_here: bool) -> None:
        """A new screen is up: the tap guard starts; the idle timer restarts or holds."""
        self._shown_at = self.clock.monotonic()
        self._change_press = self._last_press
        if timed_here:
            self.restart()
        else:
            self.hold()

    def accepts_taps(self) -> bool:
        """False for a moment after a tap changed the screen (see TAP_GUARD_MS)."""
        shown_ms = round((self.clock.monotonic() - self._shown_at) * 1000)  # whole ms, as QElapsedTimer
        return self._change_press is None or shown_ms >= self.tap_guard_ms

    def _is_repeat_tap(self, position: QPointF) -> bool:
        if self.accepts_taps():
            return False
        offset = position - self._change_press
        return abs(offset.x()) + abs(offset.y()) < TAP_GUARD_PX

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY_EVENTS and (self.idle_timer.isActive() or self.warning_timer.isActive()):
            self.restart()
        if kind in _MOUSE_EVENTS and isinstance(watched, QWidget) and self.window.isAncestorOf(watched):
            position = event.globalPosition()
            if self._is_repeat_tap(position):
                return True  # the second half of a double tap, landing on the new screen
            if kind == QEvent.Type.MouseButtonPress:
                self._last_press = QPointF(position)
                self.touched.emit()
        return False

    def stop(self) -> None:
        """Timers and the filter off, for good (the window is shutting down)."""
        if self._filtering:
            QApplication.instance().removeEventFilter(self)
            self._filtering = False
        self.idle_timer.stop()
        self.warning_timer.stop()
