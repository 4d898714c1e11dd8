"""The central server's sync indicator in the desk's status bar: read at start (through
the worker for the hub), kept current by "sync.status" events, times in the office's
zone, and "Sync now" answered in the clerk's language — locally and over the LAN."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.office.sync_control import SYNC_STATUS
from kiosk.ui.desk.app import build_desk_window

LEFT = Qt.MouseButton.LeftButton

OFFLINE = {"enrolled": True, "online": False, "pending": 37, "rejected": 0,
           "last_success_at": "2026-09-06T08:10:00.000Z",  # 09:10 in Algiers
           "last_error": "central server unreachable: connection refused", "label": "offline",
           "next_attempt_in_s": 30.0, "server_clock_offset_s": None, "running": True}
ONLINE = {**OFFLINE, "online": True, "pending": 0, "last_success_at": "2026-09-06T09:42:00.000Z",
          "last_error": None, "label": "online", "next_attempt_in_s": None}


@pytest.fixture
def desk(qtbot, qapp, office, settings):
    office.add_staff("Amina", "clerk", "4829")
    window = build_desk_window(office, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.set_language("en")
    yield window
    window.close()


def serve(qtbot, window):
    qtbot.keyClicks(window.login_screen.name_edit, "Amina")
    qtbot.keyClicks(window.login_screen.pin_edit, "4829")
    qtbot.mouseClick(window.login_screen.login_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.counter_screen, timeout=10_000)
    qtbot.keyClicks(window.counter_screen.number_edit, "2")
    qtbot.mouseClick(window.counter_screen.service_boxes["EC-N12"].box, LEFT)
    qtbot.mouseClick(window.counter_screen.open_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.desk_screen, timeout=10_000)


def test_the_indicator_sits_in_the_status_bar_and_says_not_enrolled(qtbot, desk):
    serve(qtbot, desk)
    indicator = desk.sync_indicator
    assert indicator.parent() is desk.desk_screen.sync_indicator_slot
    assert indicator.isVisible()
    assert indicator.text() == "Central server: not enrolled"
    assert indicator.dot.property("state") == "off"


def test_sync_status_events_move_it_offline_then_online(qtbot, desk, office):
    serve(qtbot, desk)
    indicator = desk.sync_indicator
    with qtbot.waitSignal(indicator.status_shown):
        office.work.publish(SYNC_STATUS, dict(OFFLINE))  # as the sync runner publishes it
    assert indicator.text() == "Central server: offline · 37 waiting since 09:10".replace(
        "09:10", "\u206609:10\u2069")
    assert indicator.dot.property("state") == "offline"
    assert "connection refused" in indicator.text_label.toolTip()
    assert "30 s" in indicator.text_label.toolTip()

    with qtbot.waitSignal(indicator.status_shown):
        office.work.publish(SYNC_STATUS, dict(ONLINE))
    assert indicator.text() == "Central server: online · 0 waiting · last \u206610:42\u2069"
    assert indicator.dot.property("state") == "online"
    assert "connection refused" not in indicator.text_label.toolTip()


def test_refused_changes_and_a_stopped_loop_are_said(qtbot, desk, office):
    indicator = desk.sync_indicator
    with qtbot.waitSignal(indicator.status_shown):
        office.work.publish(SYNC_STATUS, {**ONLINE, "rejected": 2})
    assert indicator.text().endswith("· 2 refused")
    assert indicator.dot.property("state") == "attention"
    assert "technician" in indicator.text_label.toolTip()
    with qtbot.waitSignal(indicator.status_shown):
        office.work.publish(SYNC_STATUS, {**OFFLINE, "running": False})
    assert indicator.text() == "Central server: sync stopped · 37 waiting"
    assert indicator.dot.property("state") == "off"


def test_the_indicator_speaks_arabic(qtbot, desk, office):
    desk.set_language("ar")
    indicator = desk.sync_indicator
    qtbot.waitUntil(lambda: indicator.text() == "الخادم المركزي: غير مسجَّل")  # LanguageChange is posted
    assert indicator.sync_button.accessibleName() == "زامِن الآن"
    with qtbot.waitSignal(indicator.status_shown):
        office.work.publish(SYNC_STATUS, dict(OFFLINE))
    assert indicator.text().startswith("الخادم المركزي: غير متصل · 37")


def test_sync_now_without_enrolment_says_it_is_not_set_up(qtbot, desk):
    serve(qtbot, desk)
    qtbot.mouseClick(desk.sync_indicator.sync_button, LEFT)
    message = desk.desk_screen.message_label
    qtbot.waitUntil(lambda: message.isVisible())
    assert "not set up" in message.text()
    assert desk.sync_indicator.sync_button.isEnabled()
    assert desk.stack.currentWidget() is desk.desk_screen  # nothing else happened


class RunningLoop:
    """A sync loop as the office sees it (its `SyncControl`): counts the wake-ups."""

    def __init__(self):
        self.woken = 0

    def status(self):
        return dict(ONLINE)

    def wake(self):
        self.woken += 1
        return True


def test_sync_now_wakes_a_running_loop(qtbot, desk):
    loop = RunningLoop()
    desk.office.attach_sync(loop)
    serve(qtbot, desk)
    qtbot.mouseClick(desk.sync_indicator.sync_button, LEFT)
    qtbot.waitUntil(lambda: desk.desk_screen.message_label.isVisible())
    assert loop.woken == 1
    assert "Sending and receiving" in desk.desk_screen.message_label.text()


# ---- over the LAN -------------------------------------------------------------------------

def test_over_the_lan_the_indicator_follows_the_hub(qtbot, qapp, hub, remote, office, settings):
    window = build_desk_window(remote, settings, retry_ms=200)
    assert window.caller.background  # the first read went through the worker, not the GUI thread
    qtbot.addWidget(window)
    window.show()
    window.set_language("en")
    indicator = window.sync_indicator
    try:
        qtbot.waitUntil(lambda: indicator.text() == "Central server: not enrolled", timeout=10_000)
        serve(qtbot, window)
        qtbot.waitUntil(lambda: remote.online, timeout=10_000)  # listening to the hub's events
        office.work.publish(SYNC_STATUS, dict(OFFLINE))  # the hub's sync loop publishes a status
        qtbot.waitUntil(lambda: "offline · 37 waiting" in indicator.text(), timeout=10_000)
        office.work.publish(SYNC_STATUS, dict(ONLINE))
        qtbot.waitUntil(lambda: "online · 0 waiting" in indicator.text(), timeout=10_000)

        qtbot.mouseClick(indicator.sync_button, LEFT)  # the hub does not sync: it says so
        qtbot.waitUntil(lambda: "not set up" in window.desk_screen.message_label.text(), timeout=10_000)
    finally:
        window.close()
        window.caller.worker.wait_for_done(10_000)
