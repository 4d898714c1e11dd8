"""The UI clock: real QTimers in the application, a hand-moved clock in tests that fires
each timer at its own moment, in order, and never on its own."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QTimer

from kiosk.ui.clock import SYSTEM_UI_CLOCK, ManualUiClock


def test_the_application_gets_real_qt_timers(qapp):
    owner = QObject()
    timer = SYSTEM_UI_CLOCK.timer(owner, 250, single_shot=True)
    assert isinstance(timer, QTimer) and timer.parent() is owner
    assert timer.interval() == 250 and timer.isSingleShot() and not timer.isActive()


def test_timers_fire_when_the_clock_is_moved_in_the_order_they_are_due(qapp):
    clock, owner, fired = ManualUiClock(), QObject(), []
    tick = clock.timer(owner, 1000)
    tick.timeout.connect(lambda: fired.append(("tick", clock.now_ms)))
    once = clock.timer(owner, 2500, single_shot=True)
    once.timeout.connect(lambda: fired.append(("once", clock.now_ms)))
    tick.start()
    once.start()
    assert once.remainingTime() == 2500 and clock.timer(owner).remainingTime() == -1
    clock.advance(ms=999)
    assert fired == []  # time stands still in between: nothing fires early
    clock.advance(seconds=2.001)
    assert fired == [("tick", 1000), ("tick", 2000), ("once", 2500), ("tick", 3000)]
    assert not once.isActive() and tick.isActive() and tick.remainingTime() == 1000
    assert clock.monotonic() - ManualUiClock().monotonic() == 3.0


def test_stop_restart_and_a_new_interval_behave_like_qtimer(qapp):
    clock, owner, fired = ManualUiClock(), QObject(), []
    timer = clock.timer(owner, 1000, single_shot=True)
    timer.timeout.connect(lambda: fired.append(clock.now_ms))
    timer.start()
    clock.advance(ms=600)
    timer.start()  # started again: counts from now
    clock.advance(ms=600)
    assert fired == [] and timer.remainingTime() == 400
    timer.setInterval(100)  # an active timer starts again with its new interval
    clock.advance(ms=100)
    assert fired == [1300]
    timer.start(50)
    timer.stop()
    clock.advance(seconds=10)
    assert fired == [1300] and not timer.isActive()


def test_a_timer_whose_owner_is_gone_is_forgotten(qapp):
    clock, fired = ManualUiClock(), []
    owner = QObject()
    timer = clock.timer(owner, 100)
    timer.timeout.connect(lambda: fired.append(clock.now_ms))
    timer.start()
    clock.advance(ms=100)
    shiboken6.delete(owner)  # the screen is destroyed, and its timers with it
    clock.advance(ms=1000)
    assert fired == [100] and clock.active_timers() == []
