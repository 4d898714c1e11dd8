"""A citizen at the kiosk meets the supervisor's service controls: a closed service greyed
with its reason, touching it says why; today's limit reached says "come back tomorrow from
08:00" (the same sentence the voice reads); a refusal the snapshot did not know yet."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.domain.service_controls import ServiceControl
from kiosk.domain.tickets import Priority
from kiosk.ui.citizen.service_refusals import refusal_message
from tests.ui.test_citizen_flow import choose_language

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def supervisor(office) -> str:
    office.add_staff("Samira", "supervisor", "5930")
    return office.login("Samira", "5930").token


TAKE_TICKET = {"en": "Take a ticket", "fr": "Prendre un ticket"}


def open_services(qtbot, window, language="en"):
    choose_language(qtbot, window, language, TAKE_TICKET[language])
    qtbot.mouseClick(window.home_screen.ticket_button, LEFT)
    qtbot.waitUntil(lambda: window.currentWidget() is window.service_screen)


def test_a_closed_service_is_greyed_and_says_why(qtbot, make_window, office, supervisor):
    office.set_service_control(supervisor, ServiceControl("EC-N12", closed=True))
    window = make_window()
    open_services(qtbot, window)
    tile = window.service_screen.tiles["EC-N12"]
    qtbot.waitUntil(lambda: tile.property("unavailable") is True)
    assert tile.detail_label.text() == "Closed now"
    assert window.service_screen.tiles["AD-RES"].property("unavailable") is not True
    qtbot.mouseClick(tile, LEFT)
    qtbot.waitUntil(lambda: window.currentWidget() is window.ticket_screen)
    assert window.ticket_screen.refusal_message() == \
        "This service is closed for now. Please ask at the reception desk."
    assert office.waiting_count("EC-N12") == 0


def test_the_daily_limit_says_come_back_tomorrow_from_eight(qtbot, make_window, office, supervisor):
    office.set_service_control(supervisor, ServiceControl("AD-RES", daily_limit=1))
    office.issue_ticket("AD-RES")
    window = make_window()
    open_services(qtbot, window, "fr")
    tile = window.service_screen.tiles["AD-RES"]
    qtbot.waitUntil(lambda: tile.property("unavailable") is True)
    assert tile.detail_label.text() == "Plus de tickets aujourd’hui"
    qtbot.mouseClick(tile, LEFT)
    qtbot.waitUntil(lambda: window.currentWidget() is window.ticket_screen)
    message = window.ticket_screen.refusal_message()
    assert message == "Plus de tickets pour ce service aujourd’hui. Revenez demain à partir de 08:00."
    assert window.ticket_screen.status_panel.label.text() == message


def test_a_limit_reached_under_the_citizens_fingers_is_refused_clearly(qtbot, make_window, office, supervisor):
    """The kiosk's snapshot still shows the service open when the last ticket goes elsewhere."""
    window = make_window()
    open_services(qtbot, window)
    office.set_service_control(supervisor, ServiceControl("EC-N12", daily_limit=1))
    office.issue_ticket("EC-N12")  # another kiosk took the last one
    window.service_screen.service_chosen.emit("EC-N12")  # the tile was touched before the snapshot moved
    qtbot.waitUntil(lambda: window.currentWidget() is window.priority_screen)
    qtbot.mouseClick(window.priority_screen.buttons[Priority.NONE], LEFT)
    qtbot.waitUntil(lambda: window.currentWidget() is window.ticket_screen)
    assert window.ticket_screen.error_code == "service_limit_reached"
    assert "No more tickets for this service today" in window.ticket_screen.refusal_message()
    assert office.waiting_count("EC-N12") == 1
    qtbot.waitUntil(lambda: window.model.availability("EC-N12") is not None)  # greyed when next shown


def test_the_message_is_one_sentence_per_language(qtbot, qapp, office, supervisor):
    from kiosk import i18n

    office.set_service_control(supervisor, ServiceControl("AD-RES", daily_limit=1))
    office.issue_ticket("AD-RES")
    found = next(lv.availability for lv in office.service_levels() if lv.service_code == "AD-RES")
    said = {}
    for language in ("ar", "fr", "kab", "en"):
        i18n.install_language(language)
        said[language] = refusal_message(found, office.zone, office.clock.now())
    assert said["en"] == "No more tickets for this service today. Come back tomorrow from 08:00."
    i18n.install_language("ar")
    assert len(set(said.values())) == 4 and all("08:00" in text for text in said.values())
