"""The citizen kiosk on its own PC (`maktab --hub URL`), over the real LAN client and a real
hub on loopback: a citizen walks through every screen, then the hub is switched off and
the citizen walks again. No screen may call the office on the GUI thread (over the LAN
each call is an HTTP request that may take seconds), no exception may escape, and a
banner says the hub is lost."""
from __future__ import annotations

import pytest

from benchmarks.citizen_walk import GuiThreadCalls, walk
from kiosk.hub.client import RemoteOffice
from kiosk.hub.connect import pair
from kiosk.hub.running import HubServer
from kiosk.ui.app import build_citizen_window

FAST = {"timeout": (1.0, 3.0), "retries": 1, "backoff": 0.05, "reconnect_max_s": 0.3}
@pytest.fixture
def hub(office):
    server = HubServer(office, "127.0.0.1", 0, heartbeat_s=1.0).start()
    yield server
    server.stop()


@pytest.fixture
def kiosk_pc(hub, tmp_path):
    code = hub.pairing.new_pairing_code()
    device: RemoteOffice = pair(hub.url, code.code, "Borne 2", "kiosk", tmp_path / "kiosk-pc", **FAST)
    yield device
    device.close()


@pytest.fixture
def window(qtbot, qapp, kiosk_pc, settings, tmp_path):
    calls = GuiThreadCalls(kiosk_pc)
    window = build_citizen_window(calls, settings, f"png:{tmp_path / 'receipts'}")
    qtbot.addWidget(window)
    window.tap_guard_ms = 0
    window.show()
    qtbot.waitExposed(window)
    calls.start()
    yield window, calls
    window.close()


def test_a_citizen_walks_every_screen_and_none_calls_the_office_on_the_gui_thread(qtbot, window, office):
    window, calls = window
    concern = office.register_concern(_draft())
    walk(window, hub_up=True, concern_code=concern.code)
    assert calls.names() == []
    assert office.waiting_count(office.services()[0].code) >= 1  # the walk's tickets were issued over the LAN
    assert len(office.list_concerns()) == 2
    assert not window.hub_banner.isVisible()


def test_with_the_hub_down_the_citizen_is_told_and_nothing_escapes(qtbot, window, office, hub):
    window, calls = window
    walk(window, hub_up=True)
    hub.stop()
    qtbot.waitUntil(lambda: window.hub_banner.isVisible(), timeout=10_000)  # from the event stream
    assert "Veuillez vous adresser à l’accueil." in window.hub_banner.label.text()  # the walk is in French
    walk(window, hub_up=False)  # the ticket and the concern refused, said on screen, no exception
    assert calls.names() == []
    assert window.hub_banner.isVisible() and window.service_screen.hub_banner.lost
    assert window.currentWidget() is window.home_screen


def _draft():
    from kiosk.domain.concerns import ConcernDraft

    return ConcernDraft(category="lighting", text="La rue est sombre depuis deux semaines.", language="fr")
