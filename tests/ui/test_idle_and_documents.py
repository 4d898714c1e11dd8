"""Idle timeout, the services-and-documents screen, the larger-text switch."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.ui import theme
from tests.ui.test_citizen_flow import choose_language, click


def test_idle_timeout_returns_to_language_screen_and_forgets(qtbot, make_window, office, ui_clock):
    window = make_window(idle_timeout_s=60)  # the warning 20 s before the end (WCAG 2.2.1)
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    click(qtbot, window.home_screen.ticket_button)
    click(qtbot, window.service_screen.tiles[office.services()[0].code])
    qtbot.waitUntil(lambda: window.currentWidget() is window.priority_screen)
    assert window.session.service_code is not None
    # first a warning in the citizen's language, then the reset
    ui_clock.advance(seconds=39.9)
    assert not window.idle_warning.isVisible()
    ui_clock.advance(seconds=0.1)
    assert window.idle_warning.isVisible()
    assert window.idle_warning_label.text() == "Êtes-vous toujours là\u00a0? Touchez l’écran pour continuer."
    assert window.currentWidget() is window.priority_screen
    ui_clock.advance(seconds=19.9)
    assert window.currentWidget() is window.priority_screen and window.session.service_code is not None
    ui_clock.advance(seconds=0.1)
    assert window.currentWidget() is window.language_screen
    assert not window.idle_warning.isVisible()
    assert window.session.service_code is None and window.session.language == "ar"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft  # default language again
    assert office.waiting_count(office.services()[0].code) == 0


def test_touching_the_screen_restarts_the_idle_timer_and_hides_the_warning(qtbot, make_window, ui_clock):
    window = make_window(idle_timeout_s=60)  # warning after 40 s without a touch, reset 20 s later
    choose_language(qtbot, window, "en", "Take a ticket")
    ui_clock.advance(seconds=35)
    assert window.idle_timer.remainingTime() == 5_000
    qtbot.mouseClick(window.home_screen.welcome_label, Qt.MouseButton.LeftButton)  # a touch on nothing
    assert window.idle_timer.remainingTime() == 40_000  # counted again from the touch
    ui_clock.advance(seconds=39.999)
    assert not window.idle_warning.isVisible()
    ui_clock.advance(ms=1)
    assert window.idle_warning.isVisible()
    assert window.idle_warning_label.text() == "Are you still there? Touch the screen to continue."
    ui_clock.advance(seconds=19)  # a second before the reset
    qtbot.mouseClick(window.idle_warning_label, Qt.MouseButton.LeftButton)  # "still here"
    assert not window.idle_warning.isVisible() and not window.warning_timer.isActive()
    assert window.idle_timer.isActive() and window.currentWidget() is window.home_screen
    ui_clock.advance(seconds=20)  # the moment of the old reset passes: nothing is forgotten
    assert window.currentWidget() is window.home_screen and window.session.language == "en"


def test_documents_screen_lists_what_each_service_requires(qtbot, make_window, office):
    window = make_window()
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    click(qtbot, window.home_screen.documents_button)
    screen = window.documents_screen
    qtbot.waitUntil(lambda: window.currentWidget() is screen)
    assert screen.header.title_label.text() == "Services et documents"
    service = next(s for s in office.services()[1:] if s.documents_in("fr"))
    tile = screen.tiles[service.code]
    screen.list_area.ensureWidgetVisible(tile)
    click(qtbot, tile)
    assert screen.current_code == service.code
    assert screen.service_title.text() == service.name("fr")
    assert screen.documents_shown() == list(service.documents_in("fr"))
    qtbot.waitUntil(lambda: all(label.isVisible() for label in screen.document_labels))

    # the same screen in Arabic: the documents follow the language
    click(qtbot, screen.header.back_button)
    click(qtbot, window.home_screen.language_button)
    choose_language(qtbot, window, "ar", "أخذ تذكرة")
    click(qtbot, window.home_screen.documents_button)
    screen.show_service(service.code)
    qtbot.waitUntil(lambda: screen.documents_shown() == list(service.documents_in("ar")))

    # and a ticket can be taken from there
    click(qtbot, screen.ticket_button)
    qtbot.waitUntil(lambda: window.currentWidget() is window.priority_screen)
    assert window.session.service_code == service.code
    click(qtbot, window.priority_screen.header.back_button)
    qtbot.waitUntil(lambda: window.currentWidget() is screen)


def test_larger_text_switch_and_reset_on_idle(qtbot, make_window, ui_clock):
    window = make_window(idle_timeout_s=60)
    choose_language(qtbot, window, "en", "Take a ticket")
    button = window.home_screen.language_button
    assert button.font().pixelSize() == theme.px("button")
    click(qtbot, window.home_screen.large_text_button)
    assert window.session.large_text
    assert f"font-size: {theme.px('body', theme.LARGE_SCALE)}px" in QApplication.instance().styleSheet()
    qtbot.waitUntil(lambda: button.font().pixelSize() == theme.px("button", theme.LARGE_SCALE))
    ui_clock.advance(seconds=60)
    assert window.currentWidget() is window.language_screen
    assert not window.session.large_text
    assert not window.home_screen.large_text_button.isChecked()
    qtbot.waitUntil(lambda: button.font().pixelSize() == theme.px("button"))


def test_the_documents_screen_keeps_its_labels_from_one_showing_to_the_next(qtbot, make_window, office):
    """Built anew at every showing, the labels cost a styling and a layout each on the GUI thread."""
    window = make_window()
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    click(qtbot, window.home_screen.documents_button)
    screen = window.documents_screen
    qtbot.waitUntil(lambda: window.currentWidget() is screen)
    with_documents = sorted((s for s in office.services() if s.documents_in("fr")),
                            key=lambda s: len(s.documents_in("fr")))
    fewest, most = with_documents[0], with_documents[-1]
    screen.show_service(most.code)
    labels = set(screen.findChildren(type(screen.bring_label)))
    click(qtbot, screen.header.back_button)
    click(qtbot, window.home_screen.documents_button)
    qtbot.waitUntil(lambda: window.currentWidget() is screen)
    screen.show_service(fewest.code)
    assert screen.documents_shown() == list(fewest.documents_in("fr"))
    screen.show_service(most.code)
    assert screen.documents_shown() == list(most.documents_in("fr"))
    assert set(screen.findChildren(type(screen.bring_label))) == labels
    qtbot.waitUntil(lambda: all(label.isVisible() for label in screen.document_labels))
