"""Touch targets, accessible names, and translations that are complete and match the code."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from kiosk.domain.tickets import Priority
from kiosk.i18n import TRANSLATIONS_DIR
from kiosk.ui.screenshots import sample_ticket
from tests.ui.test_citizen_flow import choose_language

LANGS = ("ar", "fr", "kab", "en")
ROOT = Path(__file__).resolve().parents[2]


def main_buttons(window):
    yield from window.language_screen.buttons.values()
    home = window.home_screen
    yield from (home.ticket_button, home.documents_button, home.language_button, home.large_text_button)
    yield from window.service_screen.tiles.values()
    yield window.service_screen.header.back_button
    yield from window.priority_screen.buttons.values()
    yield window.ticket_screen.done_button
    yield from window.documents_screen.tiles.values()
    yield window.documents_screen.ticket_button


@pytest.mark.parametrize("language", ["ar", "kab"])
def test_main_buttons_are_big_and_named(qtbot, make_window, office, language):
    window = make_window()
    window.set_language(language)
    window.ticket_screen.show_ticket(sample_ticket(office, language))
    for screen in (window.language_screen, window.home_screen, window.service_screen, window.priority_screen,
                   window.ticket_screen, window.documents_screen):
        window.show_screen(screen)
        qtbot.waitUntil(screen.isVisible)
    for button in main_buttons(window):
        assert button.height() >= 64, (button.objectName(), button.height())  # design §7 (never < 48)
        assert button.accessibleName().strip(), button.objectName()
    for button in window.findChildren(QPushButton):
        if button.isVisibleTo(window):
            assert button.accessibleName().strip(), button.objectName()
            assert button.minimumHeight() >= 48, button.objectName()


def test_priority_no_is_the_biggest_choice(qtbot, make_window, office):
    window = make_window()
    choose_language(qtbot, window, "en", "Take a ticket")
    window.session.service_code = office.services()[0].code
    window.show_screen(window.priority_screen)
    buttons = window.priority_screen.buttons
    qtbot.waitUntil(lambda: buttons[Priority.NONE].isVisible())
    no = buttons[Priority.NONE]
    for priority in (Priority.ELDERLY, Priority.DISABILITY, Priority.PREGNANCY):
        assert no.width() * no.height() > buttons[priority].width() * buttons[priority].height()
    # The window's focus widget (hasFocus also needs the window active, which offscreen
    # tests cannot count on when other windows came before).
    assert window.focusWidget() is no


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {(ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def test_citizen_translations_are_complete_in_every_language():
    sources = None
    for lang in LANGS:
        messages = _messages(TRANSLATIONS_DIR / f"citizen_{lang}.ts")
        for key, translation in messages.items():
            assert translation is not None and (translation.text or "").strip(), (lang, key)
            assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), (lang, key)
            assert ("%1" in key[1]) == ("%1" in translation.text), (lang, key)
        if sources is None:
            sources = set(messages)
        assert set(messages) == sources, lang


def test_every_string_in_the_code_is_in_the_translations(tmp_path):
    """pyside6-lupdate reads the screens; each tr() text must be in citizen_*.ts."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    out = tmp_path / "extracted.ts"
    files = sorted(str(p) for p in (ROOT / "kiosk/ui/citizen").glob("*.py"))
    files += [str(ROOT / "kiosk/ui/widgets/header.py"), str(ROOT / "kiosk/ui/widgets/buttons.py"),
              str(ROOT / "kiosk/ui/widgets/help_button.py"), str(ROOT / "kiosk/ui/widgets/listen_button.py")]
    subprocess.run([str(lupdate), *files, "-ts", str(out)], check=True, capture_output=True)
    extracted = set(_messages(out))
    assert extracted, "lupdate found no strings"
    known = set(_messages(TRANSLATIONS_DIR / "citizen_en.ts"))
    assert extracted <= known, sorted(extracted - known)


def test_language_screen_greets_in_every_language(qtbot, make_window):
    window = make_window()
    greetings = {lang: label.text() for lang, label in window.language_screen.greeting_labels.items()}
    assert greetings["ar"] == "مرحبا بكم. يرجى اختيار اللغة."
    assert greetings["fr"].startswith("Bienvenue")
    assert greetings["kab"].startswith("Ansuf")
    assert greetings["en"].startswith("Welcome")
    assert {b.accessibleName() for b in window.language_screen.buttons.values()} == {
        "العربية", "Français", "Tamaziɣt", "English"}
