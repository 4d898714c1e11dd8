"""The call for help from the citizen's kiosk to a desk and back, each on its own PC over the
real LAN API (a real hub on loopback): the desk's alert names the kiosk and the time, the
clerk's "I'm coming" reaches the kiosk's panel, and the alert leaves the desk."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.hub.client import RemoteOffice
from kiosk.hub.connect import pair
from kiosk.ui.app import build_citizen_window
from kiosk.ui.citizen.help_panel import HelpStage
from kiosk.ui.clock import ManualUiClock
from kiosk.ui.desk.app import build_desk_window
from kiosk.ui.desk.help_alerts import RELOAD_MS
from tests.ui.conftest import FAST_LAN
from tests.ui.test_citizen_flow import choose_language, click

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def kiosk_pc(hub, tmp_path):
    code = hub.pairing.new_pairing_code()
    device: RemoteOffice = pair(hub.url, code.code, "Borne entrée", "kiosk", tmp_path / "kiosk-pc", **FAST_LAN)
    yield device
    device.close()


@pytest.fixture
def desk(qtbot, qapp, remote, settings):
    clock = ManualUiClock()
    window = build_desk_window(remote, settings, retry_ms=200, clock=clock)
    window.ui_clock = clock
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    window.caller.worker.wait_for_done(10_000)


def log_in(qtbot, desk) -> None:
    qtbot.keyClicks(desk.login_screen.name_edit, "Amina")
    qtbot.keyClicks(desk.login_screen.pin_edit, "4829")
    qtbot.mouseClick(desk.login_screen.login_button, LEFT)
    qtbot.waitUntil(lambda: desk.stack.currentWidget() is desk.counter_screen, timeout=10_000)


def test_the_kiosks_call_reaches_the_desk_and_the_clerks_answer_reaches_the_kiosk(qtbot, qapp, kiosk_pc, desk,
                                                                                  settings, tmp_path, office):
    kiosk = build_citizen_window(kiosk_pc, settings, f"png:{tmp_path / 'receipts'}")
    qtbot.addWidget(kiosk)
    kiosk.tap_guard_ms = 0
    kiosk.show()
    qtbot.waitUntil(lambda: kiosk_pc.online and desk.office.online, timeout=10_000)
    choose_language(qtbot, kiosk, "fr", "Prendre un ticket")
    click(qtbot, kiosk.home_screen.help_button)
    click(qtbot, kiosk.home_screen.help_button)  # pressed twice: one alert

    alerts = desk.help_alerts
    qtbot.waitUntil(lambda: len(alerts.rows) == 1 and alerts.isVisible(), timeout=10_000)
    (row,) = alerts.rows.values()
    asked_at = office.open_help_requests()[0].asked_at.astimezone(settings.office.zone).strftime("%H:%M")
    # (one application here: the kiosk's French is the desk's language too)
    assert row.label.text() == f"Un citoyen demande de l’aide à Borne entrée (depuis {asked_at})"
    assert row.accessibleName() == row.label.text()
    assert not row.coming_button.isEnabled()  # nobody logged in on this desk yet

    log_in(qtbot, desk)
    assert row.coming_button.isEnabled() and row.coming_button.text() == "J’arrive"
    qtbot.mouseClick(row.coming_button, LEFT)
    panel = kiosk.help_call.panel
    qtbot.waitUntil(lambda: panel.stage is HelpStage.COMING, timeout=10_000)
    assert panel.label.text() == "Un agent arrive vers vous."
    qtbot.waitUntil(lambda: not alerts.rows and not alerts.isVisible(), timeout=10_000)
    assert office.help_request(row.request.id).acknowledged_by == "Amina"
    kiosk.close()


def test_an_alert_nobody_answers_leaves_the_desk_when_the_office_says_it_expired(qtbot, desk, office, clock):
    office.ask_for_help("Borne 1", device_id="kiosk-1")
    desk.help_alerts.load()
    qtbot.waitUntil(lambda: len(desk.help_alerts.rows) == 1, timeout=10_000)
    clock.advance(minutes=9)
    desk.ui_clock.advance(ms=RELOAD_MS)
    qtbot.wait(200)  # (the reload is a request to the hub: give it the time to answer, then it must still show)
    assert len(desk.help_alerts.rows) == 1
    clock.advance(minutes=1)  # ten minutes unanswered: expired (kiosk/domain/help.py)
    desk.ui_clock.advance(ms=RELOAD_MS)
    qtbot.waitUntil(lambda: not desk.help_alerts.rows and not desk.help_alerts.isVisible(), timeout=10_000)
