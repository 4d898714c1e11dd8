"""The desk's waiting panel as a clerk sees it: one row per line when a counter serves every
service (a small town hall's one desk), and the waiting-target alert, on the desk's own
office and over the real LAN API."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.domain.service_controls import ServiceControl
from kiosk.ui.desk.app import build_desk_window
from kiosk.ui.desk.window import TICK_MS
from tests.ui.test_desk_flow import log_in, open_counter

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def desk(qtbot, qapp, office, settings, ui_clock):
    office.add_staff("Amina", "clerk", "4829")
    office.add_staff("Samira", "supervisor", "5930")
    window = build_desk_window(office, settings, clock=ui_clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def line_rows(window) -> list[tuple[str, int]]:
    lines = window.desk_screen.waiting_list.lines
    return [(code, waiting) for code, waiting, _longest in lines.rows]


def test_a_counter_for_every_service_shows_a_row_per_line(qtbot, desk, office):
    log_in(qtbot, desk)
    every = [s.code for s in office.services()]
    open_counter(qtbot, desk, "1", every)
    for code in ("EC-N12", "EC-N12", "AD-RES", "BIO-PP"):
        office.issue_ticket(code)
    qtbot.waitUntil(lambda: len(line_rows(desk)) == 3)
    assert dict(line_rows(desk)) == {"EC-N12": 2, "AD-RES": 1, "BIO-PP": 1}
    shown = [label.text() for label in desk.desk_screen.waiting_list.lines.line_labels if label.isVisible()]
    assert len(shown) == 3 and all("·" in text for text in shown)  # "2 waiting · longest 0 min", in Arabic
    assert desk.desk_screen.waiting_list.tree.topLevelItemCount() == 4
    assert not desk.desk_screen.waiting_list.lines.alert.isVisible()


def test_a_line_past_its_target_alerts_the_desk_as_minutes_pass(qtbot, desk, office, clock, ui_clock):
    token = office.login("Samira", "5930").token
    office.set_service_control(token, ServiceControl("EC-N12", target_minutes=10))
    log_in(qtbot, desk)
    open_counter(qtbot, desk, "3", ("EC-N12", "AD-RES"))
    office.issue_ticket("EC-N12")
    lines = desk.desk_screen.waiting_list.lines
    qtbot.waitUntil(lambda: len(line_rows(desk)) == 1)
    assert not lines.alert.isVisible()
    clock.advance(minutes=11)  # nobody called: the wait passes the target with no office event
    ui_clock.advance(TICK_MS)
    qtbot.waitUntil(lambda: lines.alert.isVisible())
    assert "10" in lines.alert.text()
    assert lines.line_labels[0].text().startswith("⚠")


def test_a_target_passed_shows_on_a_desk_over_the_lan(qtbot, qapp, office, remote, settings):
    office.add_staff("Samira", "supervisor", "5930")
    office.set_service_control(office.login("Samira", "5930").token, ServiceControl("EC-N12", target_minutes=5))
    window = build_desk_window(remote, settings, retry_ms=200)
    qtbot.addWidget(window)
    window.show()
    try:
        log_in(qtbot, window, timeout=10_000)  # over the LAN: the hub answers on its thread
        open_counter(qtbot, window, "2", ("EC-N12",), timeout=10_000)
        lines = window.desk_screen.waiting_list.lines
        for _ in range(6):  # six citizens at 3 minutes each: a newcomer would wait 18 minutes
            office.issue_ticket("EC-N12")
        qtbot.waitUntil(lambda: lines.alert.isVisible(), timeout=10_000)
        assert "5" in lines.alert.text()
    finally:
        window.close()
        window.caller.worker.wait_for_done(10_000)


def test_a_call_for_help_makes_room_and_the_lines_come_back_once_answered(qtbot, desk, office):
    """At 1024×768 a call for help above the desk leaves the panel too little height for a
    row per line and the tickets: the rows step aside (the count and a target alert stay)."""
    log_in(qtbot, desk)
    open_counter(qtbot, desk, "1", [s.code for s in office.services()])
    for code in ("EC-N12", "AD-RES"):
        office.issue_ticket(code)
    lines = desk.desk_screen.waiting_list.lines
    visible = lambda: [label for label in lines.line_labels if label.isVisible()]  # noqa: E731
    qtbot.waitUntil(lambda: len(visible()) == 2)
    asked = office.ask_for_help("Borne 1", device_id="kiosk-1")
    qtbot.waitUntil(lambda: desk.help_alerts.isVisible())
    qtbot.waitUntil(lambda: not visible())
    assert desk.desk_screen.waiting_list.tree.topLevelItemCount() == 2  # the tickets stay
    qtbot.mouseClick(desk.help_alerts.rows[asked.id].coming_button, LEFT)
    qtbot.waitUntil(lambda: not desk.help_alerts.isVisible())
    qtbot.waitUntil(lambda: len(visible()) == 2)
