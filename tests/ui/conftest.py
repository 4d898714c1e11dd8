"""Citizen UI fixtures: a real office on a fresh SQLite file, a hand-moved clock for the
screens' timers, and a window built exactly as the kiosk builds it (real spool, real printer URL).

Timers run on `ui_clock` (a `ManualUiClock`): they fire when a test calls
`ui_clock.advance(...)`, never because the machine was slow or fast."""
from __future__ import annotations

import dataclasses
import socket

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from kiosk.config import KioskSettings, SecuritySettings, Settings
from kiosk.hub.connect import pair
from kiosk.hub.running import HubServer
from kiosk.ui.app import build_citizen_window, ensure_application
from kiosk.ui.clock import ManualUiClock


@pytest.fixture(autouse=True)
def delete_closed_widgets():
    """After each test (once pytest-qt has closed its widgets and asked Qt to delete them),
    delete them for real. Without a running event loop Qt never does, and thousands of
    dead screens would pile up, each one retranslated and restyled by every later test."""
    yield
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def ui_clock() -> ManualUiClock:
    """The screens' timers: moved on by the test (`ui_clock.advance(seconds=…)`)."""
    return ManualUiClock()


@pytest.fixture
def settings(tmp_path):
    return Settings(data_dir=tmp_path, kiosk=KioskSettings(idle_timeout_s=60, ticket_screen_s=60),
                    security=SecuritySettings(pin_hash_cost="test"))  # PINs hashed cheaply, as the office fixture


@pytest.fixture
def make_window(qtbot, qapp, office, settings, tmp_path, ui_clock):
    ensure_application()

    def make(printer_url: str | None = None, **kiosk_overrides):
        kiosk = dataclasses.replace(settings.kiosk, **kiosk_overrides)
        window = build_citizen_window(office, dataclasses.replace(settings, kiosk=kiosk),
                                      printer_url or f"png:{tmp_path / 'receipts'}", clock=ui_clock)
        qtbot.addWidget(window)
        window.tap_guard_ms = 0  # tests click as soon as a screen is there; test_double_tap checks the guard
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def closed_port() -> int:
    """A loopback TCP port with nothing listening (a switched-off network printer)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# ---- a desk over the LAN: a real hub on loopback and a desk PC paired to it ----------------

# The LAN client's own settings, shortened so a test that stops the hub does not wait for long.
FAST_LAN = {"timeout": (1.0, 3.0), "retries": 1, "backoff": 0.05, "reconnect_max_s": 0.3}


@pytest.fixture
def hub(office):
    """The office's hub on 127.0.0.1, with a clerk Amina (PIN 4829)."""
    office.add_staff("Amina", "clerk", "4829")
    server = HubServer(office, "127.0.0.1", 0, heartbeat_s=1.0).start()
    yield server
    server.stop()


@pytest.fixture
def remote(hub, tmp_path):
    """A desk PC paired to `hub` (a `RemoteOffice`)."""
    code = hub.pairing.new_pairing_code()
    device = pair(hub.url, code.code, "Guichet 2", "desk", tmp_path / "desk-pc", **FAST_LAN)
    yield device
    device.close()
