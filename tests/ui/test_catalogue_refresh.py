"""The citizen screens follow central catalogue changes ("catalogue.changed") without a restart."""
from __future__ import annotations

import threading

from kiosk.ui.bridge import OfficeBridge
from kiosk.ui.citizen.documents_screen import DocumentsScreen
from kiosk.ui.citizen.session import CitizenSession
from kiosk.ui.office_model import OfficeModel
from kiosk.ui.worker import Worker
from tests.ui.test_citizen_flow import choose_language, click


def _apply_on_another_thread(office, data) -> None:
    """As the sync thread does."""
    results = []
    thread = threading.Thread(target=lambda: results.append(office.apply_catalogue_update(data)))
    thread.start()
    thread.join(10)
    assert results == ["applied"]


def test_a_closed_service_vanishes_and_a_renamed_one_shows_its_new_name(qtbot, make_window, office):
    window = make_window()
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    click(qtbot, window.home_screen.ticket_button)
    screen = window.service_screen
    qtbot.waitUntil(lambda: window.currentWidget() is screen)
    closed, renamed = office.services()[0].code, office.services()[1].code
    assert closed in screen.tiles

    _apply_on_another_thread(office, {"code": closed, "active": False})
    _apply_on_another_thread(office, {"code": renamed, "names": {"fr": "Naissance (nouveau)"}})

    qtbot.waitUntil(lambda: closed not in screen.tiles)
    qtbot.waitUntil(lambda: screen.tiles[renamed].accessibleName() == "Naissance (nouveau)")
    assert list(screen.tiles) == [s.code for s in office.services()]
    qtbot.waitUntil(lambda: all(tile.isVisible() for tile in screen.tiles.values()))
    assert screen.findChild(type(screen.tiles[renamed]), f"service-{closed}") is None

    # the rebuilt tiles still work: a ticket for the renamed service
    click(qtbot, screen.tiles[renamed])
    qtbot.waitUntil(lambda: window.currentWidget() is window.priority_screen)
    assert window.session.service_code == renamed


def test_a_reopened_service_comes_back(qtbot, make_window, office):
    code = office.services()[0].code
    office.apply_catalogue_update({"code": code, "active": False})
    window = make_window()
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    click(qtbot, window.home_screen.ticket_button)
    screen = window.service_screen
    qtbot.waitUntil(lambda: window.currentWidget() is screen)
    assert code not in screen.tiles
    _apply_on_another_thread(office, {"code": code, "active": True})
    qtbot.waitUntil(lambda: code in screen.tiles and screen.tiles[code].isVisible())
    assert next(iter(screen.tiles)) == code  # in catalogue order


def test_documents_list_follows_the_catalogue_with_the_bridge(qtbot, office):
    bridge = OfficeBridge(office)
    session = CitizenSession("fr")
    model = OfficeModel.start(office, Worker(), bridge)
    screen = DocumentsScreen(model, session)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    shown, other = office.services()[0].code, office.services()[1].code
    assert screen.current_code == shown

    _apply_on_another_thread(office, {"code": shown, "active": False})
    qtbot.waitUntil(lambda: shown not in screen.tiles)
    assert screen.current_code == other and screen.tiles[other].isChecked()
    assert screen.service_title.text() == office.catalogue.service(other).name("fr")

    _apply_on_another_thread(office, {"code": other, "names": {"fr": "Copie (nouveau)"}})
    qtbot.waitUntil(lambda: screen.tiles[other].accessibleName() == "Copie (nouveau)")
    assert screen.service_title.text() == "Copie (nouveau)"
    bridge.close()


def test_documents_screen_catches_up_when_shown(qtbot, make_window, office):
    window = make_window()
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    click(qtbot, window.home_screen.documents_button)
    screen = window.documents_screen
    qtbot.waitUntil(lambda: window.currentWidget() is screen)
    click(qtbot, screen.header.back_button)
    qtbot.waitUntil(lambda: window.currentWidget() is window.home_screen)
    closed = office.services()[0].code
    office.apply_catalogue_update({"code": closed, "active": False})

    click(qtbot, window.home_screen.documents_button)
    qtbot.waitUntil(lambda: window.currentWidget() is screen)
    qtbot.waitUntil(lambda: closed not in screen.tiles)  # the model reads the catalogue on the worker
    assert list(screen.tiles) == [s.code for s in office.services()]
