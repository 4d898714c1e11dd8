"""A kiosk that stays a kiosk (issue 13, item 11): in full-screen mode no key closes it,
and only a long press in the top-left corner followed by a supervisor's name and PIN
(checked by the real office, on its worker) lets it close. Timers on `ui_clock`."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from kiosk.ui.citizen.kiosk_lock import CORNER_PX, HOLD_S, KioskLock
from tests.ui.test_citizen_flow import click


@pytest.fixture
def locked(qtbot, make_window, office, ui_clock):
    office.add_staff("Karima", "supervisor", "7305")
    office.add_staff("Amina", "clerk", "4829")
    window = make_window()
    lock = KioskLock(window, window.model, clock=ui_clock)
    yield window, lock
    lock.locked = False  # let the fixture close the window


def _press(window, point: QPoint, kind=QEvent.Type.MouseButtonPress) -> None:
    target = window.childAt(point) or window
    local = QPointF(target.mapFrom(window, point))
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else Qt.MouseButton.LeftButton
    QApplication.sendEvent(target, QMouseEvent(kind, local, QPointF(window.mapToGlobal(point)),
                                               Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier))


@pytest.mark.parametrize("key, modifiers", [
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
])
def test_no_key_closes_the_kiosk(qtbot, locked, key, modifiers):
    window, lock = locked
    event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers)
    assert lock.eventFilter(window.focusWidget() or window, event) is True  # swallowed
    QApplication.sendEvent(window, QKeyEvent(QEvent.Type.KeyPress, key, modifiers))
    assert window.isVisible()


class WindowManagerClose(QCloseEvent):
    """The close a window manager sends for Alt+F4 (Qt marks those spontaneous)."""

    def spontaneous(self) -> bool:
        return True


def test_the_window_manager_cannot_close_it(locked):
    window, lock = locked
    request = WindowManagerClose()
    assert lock.eventFilter(window, request) is True and not request.isAccepted()
    assert lock.eventFilter(window, QCloseEvent()) is False  # the program's own close goes on


def test_an_ordinary_key_still_reaches_the_screens(locked):
    window, lock = locked
    assert lock.eventFilter(window, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)) \
        is False


def test_a_short_press_or_one_away_from_the_corner_opens_nothing(qtbot, locked, ui_clock):
    window, lock = locked
    corner = QPoint(CORNER_PX // 2, CORNER_PX // 2)
    _press(window, corner)
    ui_clock.advance(seconds=HOLD_S - 0.1)
    _press(window, corner, QEvent.Type.MouseButtonRelease)
    ui_clock.advance(seconds=HOLD_S)
    assert not lock.panel.isVisible()
    _press(window, QPoint(window.width() // 2, window.height() // 2))  # a citizen resting a hand
    ui_clock.advance(seconds=HOLD_S * 2)
    assert not lock.panel.isVisible()


def open_panel(window, lock, ui_clock):
    _press(window, QPoint(10, 10))
    ui_clock.advance(seconds=HOLD_S)
    assert lock.panel.isVisible()
    _press(window, QPoint(10, 10), QEvent.Type.MouseButtonRelease)
    return lock.panel


def test_a_clerk_or_a_wrong_pin_does_not_close_it_a_supervisor_does(qtbot, locked, ui_clock):
    window, lock = locked
    panel = open_panel(window, lock, ui_clock)
    assert panel.geometry() == window.rect()
    assert panel.leave_button.accessibleName() == "الخروج من الجهاز"  # the default language
    panel.name_edit.setText("Amina")
    panel.pin_edit.setText("4829")
    click(qtbot, panel.leave_button)
    qtbot.waitUntil(lambda: panel.problem == "not_supervisor")
    assert window.isVisible() and lock.locked and panel.pin_edit.text() == ""
    panel.name_edit.setText("Karima")
    panel.pin_edit.setText("0000")
    click(qtbot, panel.leave_button)
    qtbot.waitUntil(lambda: panel.problem == "bad_login")
    assert panel.problem_label.text() == "الاسم أو الرمز السري غير صحيح."
    assert window.isVisible()
    panel.pin_edit.setText("7305")
    with qtbot.waitSignal(lock.unlocked, timeout=5000) as unlocked:
        click(qtbot, panel.leave_button)
    assert unlocked.args == ["Karima"]
    qtbot.waitUntil(lambda: not window.isVisible())


def test_cancel_puts_the_kiosk_back(qtbot, locked, ui_clock):
    window, lock = locked
    panel = open_panel(window, lock, ui_clock)
    click(qtbot, panel.cancel_button)
    assert not panel.isVisible() and window.isVisible() and lock.locked
