"""A citizen who cannot read takes a ticket by listening (issue 13, item 1): "Listen" on,
each button touched once is said (and ringed), touched again — or "OK" — it acts; each
screen says its prompt, the ticket screen the number, in the citizen's language. The
sound is recorded at the engine's boundary (tests/ui/voice_recorder.py)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.domain.tickets import Priority
from kiosk.ui.citizen.voice_prompts import prompt_text
from kiosk.ui.contrast import MARK_MIN, contrast_ratio
from kiosk.ui.theme import COLORS
from tests.ui import voice_recorder
from tests.ui.voice_recorder import wait_said

voice, voiced_window = voice_recorder.voice, voice_recorder.voiced_window  # the fixtures

# What each language's buttons read, and the label of the first ticket of the day.
WORDS = {
    "ar": {"language": "العربية", "take": "أخذ تذكرة", "none": "لا، شكرًا", "number": "أا 1"},
    "fr": {"language": "Français", "take": "Prendre un ticket", "none": "Non, merci", "number": "A 1"},
    "en": {"language": "English", "take": "Take a ticket", "none": "No, thank you", "number": "A 1"},
}


def touch(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(qtbot, button) -> None:
    """In listening mode: the first touch says the button, the second chooses it."""
    for _ in range(2):
        touch(qtbot, button)


def listening_home(qtbot, window, voice, language: str) -> None:
    """Listening mode on, `language` chosen, on home; what was said so far forgotten."""
    touch(qtbot, window.language_screen.listen_button)
    qtbot.waitUntil(lambda: len(voice.said) == 4)
    voice.take()
    choose(qtbot, window.language_screen.buttons[language])
    qtbot.waitUntil(lambda: window.currentWidget() is window.home_screen)


def speech(language: str, prompt_id: str, *args: str) -> tuple:
    return ("speech", language, prompt_text(prompt_id, language, *args))


@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_a_citizen_takes_a_ticket_by_listening(qtbot, voiced_window, voice, office, language):
    window = voiced_window()
    words = WORDS[language]
    touch(qtbot, window.language_screen.listen_button)
    # The kiosk's default language (Arabic) says the mode; the language screen asks in every
    # language it has a voice for — Kabyle has no voice and no clip here: nothing, not French.
    wait_said(qtbot, voice, [speech("ar", "listening.on"), speech("ar", "language.prompt"),
                             speech("fr", "language.prompt"), speech("en", "language.prompt")])

    language_button = window.language_screen.buttons[language]
    touch(qtbot, language_button)
    wait_said(qtbot, voice, [("speech", language, words["language"])])  # each language in its own voice
    assert window.currentWidget() is window.language_screen  # heard, not chosen
    assert window.listening.ring.isVisible() and window.listening.ok_button.isVisible()
    touch(qtbot, language_button)  # the second touch chooses
    qtbot.waitUntil(lambda: window.currentWidget() is window.home_screen)
    wait_said(qtbot, voice, [speech(language, "home.prompt")])
    qtbot.waitUntil(lambda: window.home_screen.ticket_button.accessibleName() == words["take"])  # retranslated

    touch(qtbot, window.home_screen.ticket_button)
    wait_said(qtbot, voice, [("speech", language, words["take"])])
    assert window.currentWidget() is window.home_screen
    touch(qtbot, window.listening.ok_button)  # "OK" chooses the ringed button too
    qtbot.waitUntil(lambda: window.currentWidget() is window.service_screen)
    wait_said(qtbot, voice, [speech(language, "services.prompt")])
    assert not window.listening.ring.isVisible()

    service = office.catalogue.active_services()[0]
    tile = window.service_screen.tiles[service.code]
    touch(qtbot, tile)
    wait_said(qtbot, voice, [("speech", language, service.name(language))])
    touch(qtbot, tile)
    qtbot.waitUntil(lambda: window.currentWidget() is window.priority_screen)
    wait_said(qtbot, voice, [speech(language, "priority.prompt")])

    no_priority = window.priority_screen.buttons[Priority.NONE]
    touch(qtbot, no_priority)
    wait_said(qtbot, voice, [("speech", language, words["none"])])
    touch(qtbot, no_priority)
    qtbot.waitUntil(lambda: window.currentWidget() is window.ticket_screen, timeout=5000)
    assert window.ticket_screen.issued.ticket.label == "A-001"
    wait_said(qtbot, voice, [speech(language, "ticket.your_number", words["number"])])


def test_the_ring_stands_out_and_ok_keeps_clear_of_the_button(qtbot, voiced_window, voice):
    window = voiced_window()
    touch(qtbot, window.language_screen.listen_button)
    touch(qtbot, window.language_screen.buttons["fr"])
    touch(qtbot, window.language_screen.buttons["fr"])
    qtbot.waitUntil(lambda: window.currentWidget() is window.home_screen)
    button = window.home_screen.ticket_button
    touch(qtbot, button)
    ring, ok = window.listening.ring, window.listening.ok_button
    button_rect = button.rect().translated(button.mapTo(window, button.rect().topLeft()))
    assert ring.geometry().contains(button_rect) and ring.geometry() != button_rect
    assert not ok.geometry().intersects(button_rect)
    assert ok.height() >= 88 and ok.accessibleName() == "OK"
    for page in ("background", "surface"):
        assert contrast_ratio(COLORS["listening"], COLORS[page]) >= MARK_MIN


def test_listen_again_turns_the_mode_off_and_buttons_act_at_once(qtbot, voiced_window, voice):
    window = voiced_window()
    touch(qtbot, window.language_screen.listen_button)
    qtbot.waitUntil(lambda: len(voice.said) == 4)
    voice.take()
    touch(qtbot, window.language_screen.listen_button)
    wait_said(qtbot, voice, [speech("ar", "listening.off")])
    assert not window.language_screen.listen_button.isChecked()
    touch(qtbot, window.language_screen.buttons["en"])
    qtbot.waitUntil(lambda: window.currentWidget() is window.home_screen)  # one touch: it acts
    assert not window.home_screen.listen_button.isChecked()


def test_the_session_ends_listening_mode(qtbot, voiced_window, voice, ui_clock):
    window = voiced_window()
    touch(qtbot, window.language_screen.listen_button)
    touch(qtbot, window.language_screen.buttons["en"])
    touch(qtbot, window.language_screen.buttons["en"])
    qtbot.waitUntil(lambda: window.currentWidget() is window.home_screen)
    assert window.home_screen.listen_button.isChecked()  # every screen's button shows the mode
    ui_clock.advance(seconds=60)  # warned, then nobody answered
    assert window.currentWidget() is window.language_screen
    assert not window.listening.on and not window.language_screen.listen_button.isChecked()
    touch(qtbot, window.language_screen.buttons["fr"])  # the next citizen: one touch acts
    qtbot.waitUntil(lambda: window.currentWidget() is window.home_screen)


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_listening_mode_clips_nothing_at_1024x768(qtbot, office, settings, language):
    """The ring and "OK" over home, as `render_citizen_screens` shows them (the no-clipping
    audit's own helper, kiosk/ui/layout_audit.py), in both directions."""
    from kiosk.ui.layout_audit import layout_problems
    from kiosk.ui.screenshots import LISTENING_SCREENS, render_citizen_screens

    seen: list[tuple[str, list[str]]] = []

    def look(window, name: str) -> None:
        listening = window.listening
        assert listening.ring.isVisible() and listening.ok_button.isVisible()
        assert window.rect().contains(listening.ring.geometry())
        assert window.rect().contains(listening.ok_button.geometry())
        seen.append((name, layout_problems(window)))

    render_citizen_screens(office, settings, None, [language], (1024, 768), look=look, screens=LISTENING_SCREENS)
    assert seen == [(f"{language}-listening", [])]


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_a_service_full_for_today_is_said_with_when_to_come_back(qtbot, voiced_window, voice, office, language):
    """Issue 14, item 1: the daily limit's "come back tomorrow from 08:00", spoken too."""
    from kiosk.domain.service_controls import ServiceControl

    office.add_staff("Samira", "supervisor", "5930")
    service = office.catalogue.active_services()[0]
    office.set_service_control(office.login("Samira", "5930").token,
                               ServiceControl(service.code, daily_limit=1))
    office.issue_ticket(service.code)  # the day's only ticket is gone
    window = voiced_window()
    listening_home(qtbot, window, voice, language)
    choose(qtbot, window.home_screen.ticket_button)
    qtbot.waitUntil(lambda: window.currentWidget() is window.service_screen)
    tile = window.service_screen.tiles[service.code]
    qtbot.waitUntil(lambda: tile.property("unavailable") is True)
    voice.take()
    choose(qtbot, tile)
    qtbot.waitUntil(lambda: window.currentWidget() is window.ticket_screen)
    shown = window.ticket_screen.refusal_message()
    assert "08:00" in shown and shown == window.ticket_screen.status_panel.label.text()
    qtbot.waitUntil(lambda: ("speech", language, shown) in voice.said, timeout=5000)


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_each_step_of_a_concern_says_its_heading(qtbot, voiced_window, voice, language):
    window = voiced_window()
    listening_home(qtbot, window, voice, language)
    choose(qtbot, window.home_screen.concern_button)
    qtbot.waitUntil(lambda: window.currentWidget() is window.concern_flow)
    flow = window.concern_flow
    heading = flow.category_screen.header.title_label.text()
    assert heading
    qtbot.waitUntil(lambda: ("speech", language, heading) in voice.said, timeout=5000)
    voice.take()
    choose(qtbot, next(iter(flow.category_screen.tiles.values())))
    qtbot.waitUntil(lambda: flow.current_screen() != "category")
    step = flow.stack.currentWidget().header.title_label.text()
    assert step and step != heading
    qtbot.waitUntil(lambda: ("speech", language, step) in voice.said, timeout=5000)
