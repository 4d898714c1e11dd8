"""Time limits a citizen can meet (WCAG 2.2.1, issue 13 item 10): a 20-second warning with
a "More time" button, a hook to speak it, and a fresh start for the next citizen after a
ticket, a concern or an idle reset. Every timer runs on the injected `ManualUiClock`."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.ui.citizen.idle_timing import MIN_QUIET_S, WARNING_S, idle_phases_ms
from tests.ui.test_citizen_flow import choose_language, click
from tests.ui.test_concern_flow import choose_category, send, text_to_review_anonymously, type_on_keyboard


def test_the_warning_lasts_twenty_seconds_whatever_the_setting():
    assert idle_phases_ms(60) == (40_000, 20_000)
    assert idle_phases_ms(300) == (280_000, 20_000)
    # A short setting shortens the quiet time, never the warning.
    assert idle_phases_ms(10) == (MIN_QUIET_S * 1000, WARNING_S * 1000)
    assert WARNING_S >= 20


def test_more_time_button_extends_and_the_warning_is_offered_to_a_voice(qtbot, make_window, ui_clock):
    window = make_window(idle_timeout_s=60)
    said = []
    window.idle_warning_shown.connect(lambda text, language: said.append((text, language)))
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    ui_clock.advance(seconds=40)
    banner = window.idle_warning
    assert banner.isVisible()
    assert said == [("Êtes-vous toujours là\u00a0? Touchez l’écran pour continuer.", "fr")]
    button = banner.more_time_button
    assert button.accessibleName() == "Plus de temps"
    assert button.height() >= 88 and banner.geometry().contains(button.geometry().translated(banner.pos()))
    ui_clock.advance(seconds=19)  # one second before the reset
    click(qtbot, button)
    assert not banner.isVisible() and not window.warning_timer.isActive()
    assert window.idle_timer.remainingTime() == 40_000  # a whole new time, counted from the press
    ui_clock.advance(seconds=39)
    assert window.currentWidget() is window.home_screen and window.session.language == "fr"


def test_a_short_idle_setting_still_warns_twenty_seconds_before_the_reset(qtbot, make_window, ui_clock):
    window = make_window(idle_timeout_s=10)
    choose_language(qtbot, window, "en", "Take a ticket")
    ui_clock.advance(seconds=MIN_QUIET_S)
    assert window.idle_warning.isVisible()
    ui_clock.advance(seconds=19.9)
    assert window.currentWidget() is window.home_screen
    ui_clock.advance(seconds=0.1)
    assert window.currentWidget() is window.language_screen


def register_a_concern_from_home(qtbot, window):
    click(qtbot, window.home_screen.concern_button)
    flow = window.concern_flow
    qtbot.waitUntil(lambda: window.currentWidget() is flow)
    choose_category(qtbot, flow, "lighting")
    type_on_keyboard(qtbot, flow.text_screen.keyboard, "la lampe de la rue ne marche plus")
    return flow


def test_after_a_concern_the_next_citizen_starts_on_the_language_screen(qtbot, make_window, office):
    window = make_window()  # default language: Arabic
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    flow = register_a_concern_from_home(qtbot, window)
    text_to_review_anonymously(qtbot, flow)
    send(qtbot, flow)
    assert len(office.list_concerns()) == 1
    click(qtbot, flow.confirmation_screen.done_button)
    qtbot.waitUntil(lambda: window.currentWidget() is window.language_screen)
    assert window.session.language == "ar"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_leaving_a_concern_unsent_keeps_the_citizen_at_home(qtbot, make_window):
    window = make_window()
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    click(qtbot, window.home_screen.concern_button)
    flow = window.concern_flow
    qtbot.waitUntil(lambda: flow.current_screen() == "category")
    click(qtbot, flow.category_screen.header.back_button)
    qtbot.waitUntil(lambda: window.currentWidget() is window.home_screen)
    assert window.session.language == "fr"


def test_walking_away_from_a_concern_starts_over_in_the_default_language(qtbot, make_window, ui_clock):
    window = make_window(idle_timeout_s=60)
    choose_language(qtbot, window, "en", "Take a ticket")
    flow = register_a_concern_from_home(qtbot, window)
    ui_clock.advance(seconds=40)
    assert flow.idle_warning_shown
    ui_clock.advance(seconds=20)
    assert window.currentWidget() is window.language_screen
    assert window.session.language == "ar" and flow.text_screen.text() == ""
