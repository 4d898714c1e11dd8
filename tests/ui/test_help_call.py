"""A citizen calls for help: the button on every screen, the panel's words, one request however
often it is pressed, the clerk's answer reaching the kiosk (locally and over the real LAN API),
the idle timer held while the citizen waits, and expiry on the hand-moved clock."""
from __future__ import annotations

import pytest

from kiosk.domain.help import HELP_EXPIRES_AFTER
from kiosk.hub.client import RemoteOffice
from kiosk.hub.connect import pair
from kiosk.ui.app import build_citizen_window
from kiosk.ui.citizen.help_panel import HelpStage
from kiosk.ui.widgets.help_button import HelpButton
from tests.ui.conftest import FAST_LAN
from tests.ui.test_citizen_flow import choose_language, click

COMING_FR = "Quelqu’un vient vous aider. Veuillez rester près de la borne."
ON_THE_WAY_FR = "Un agent arrive vers vous."


def requested(office) -> int:
    return [e.type for e in office.outbox.list()].count("help.requested")


def test_every_citizen_screen_has_a_connected_help_button_of_64_px(qtbot, make_window):
    window = make_window()
    window.service_screen  # noqa: B018  (the later screens, built now)
    buttons = window.findChildren(HelpButton)
    assert len(buttons) >= 12  # language, home, and each screen's top bar (services, documents, concerns…)
    assert set(buttons) <= window.help_call._connected
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    button = window.home_screen.help_button
    assert button.accessibleName() == "Aide" and button.height() >= 64 and button.width() >= 64


def test_a_citizen_calls_for_help_and_sees_the_clerk_is_coming(qtbot, make_window, office, ui_clock):
    office.add_staff("amina", "clerk", "4829")
    window = make_window(idle_timeout_s=60)
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    click(qtbot, window.home_screen.help_button)
    panel = window.help_call.panel
    qtbot.waitUntil(lambda: panel.stage is HelpStage.ASKED)
    assert panel.isVisible() and panel.label.text() == COMING_FR
    assert not window.idle_timer.isActive()  # waiting for someone is not being idle
    (asked,) = office.open_help_requests()

    click(qtbot, panel.close_button)  # the citizen goes on, and presses help again on another screen
    assert window.idle_timer.isActive()
    click(qtbot, window.home_screen.ticket_button)
    qtbot.waitUntil(lambda: window.currentWidget() is window.service_screen)
    click(qtbot, window.service_screen.header.help_button)
    qtbot.waitUntil(lambda: panel.isVisible() and panel.stage is HelpStage.ASKED)
    assert [r.id for r in office.open_help_requests()] == [asked.id] and requested(office) == 1

    office.acknowledge_help(office.login("amina", "4829").token, asked.id)  # on a desk of this PC
    qtbot.waitUntil(lambda: panel.stage is HelpStage.COMING)
    assert panel.label.text() == ON_THE_WAY_FR


def test_nobody_answers_then_the_call_expires_and_the_kiosk_starts_over(qtbot, make_window, office, ui_clock):
    window = make_window(idle_timeout_s=60)
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    click(qtbot, window.home_screen.help_button)
    qtbot.waitUntil(lambda: window.help_call.panel.stage is HelpStage.ASKED)
    ui_clock.advance(seconds=HELP_EXPIRES_AFTER.total_seconds() - 1)
    assert window.help_call.panel.isVisible() and window.currentWidget() is window.home_screen
    ui_clock.advance(seconds=1)
    assert not window.help_call.panel.isVisible() and window.help_call.request is None
    assert window.currentWidget() is window.language_screen


@pytest.fixture
def kiosk_pc(hub, tmp_path):
    code = hub.pairing.new_pairing_code()
    device: RemoteOffice = pair(hub.url, code.code, "Borne entrée", "kiosk", tmp_path / "kiosk-pc", **FAST_LAN)
    yield device
    device.close()


def test_over_the_lan_the_desk_gets_the_alert_and_its_answer_reaches_the_kiosk(qtbot, qapp, kiosk_pc, remote,
                                                                                settings, tmp_path):
    window = build_citizen_window(kiosk_pc, settings, f"png:{tmp_path / 'receipts'}")
    qtbot.addWidget(window)
    window.tap_guard_ms = 0
    window.show()
    qtbot.waitUntil(lambda: kiosk_pc.online)
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    click(qtbot, window.home_screen.help_button)
    panel = window.help_call.panel
    qtbot.waitUntil(lambda: panel.stage is HelpStage.ASKED, timeout=5000)
    (alert,) = remote.open_help_requests()  # the desk PC, over the LAN
    assert alert.kiosk_name == "Borne entrée"
    remote.acknowledge_help(remote.login("Amina", "4829").token, alert.id)
    qtbot.waitUntil(lambda: panel.stage is HelpStage.COMING, timeout=5000)  # heard on the kiosk's event stream
    assert panel.isVisible() and panel.label.text() == ON_THE_WAY_FR
    window.close()


def test_when_the_hub_is_gone_the_citizen_is_sent_to_reception(qtbot, qapp, kiosk_pc, hub, settings, tmp_path):
    window = build_citizen_window(kiosk_pc, settings, f"png:{tmp_path / 'receipts'}")
    qtbot.addWidget(window)
    window.tap_guard_ms = 0
    window.show()
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    hub.stop()
    click(qtbot, window.home_screen.help_button)
    panel = window.help_call.panel
    qtbot.waitUntil(lambda: panel.stage is HelpStage.FAILED, timeout=10_000)
    assert "Veuillez vous adresser à l’accueil." in panel.label.text()
    assert window.idle_timer.isActive()  # nobody is coming: an empty kiosk still starts over
    window.close()
