"""Display texts: speakable tickets, both board languages, and complete translations."""
from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.i18n import TRANSLATIONS_DIR
from kiosk.ui.display.texts import board_languages, call_speech, counter_text, spoken_label

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("ar", "fr", "kab", "en")


@pytest.mark.parametrize("label, spoken", [("A-042", "A 42"), ("B-007", "B 7"), ("C-100", "C 100"),
                                           ("A-000", "A 0"), ("3", "3"), ("12", "12")])
def test_tickets_are_spelled_for_speech(label, spoken):
    assert spoken_label(label) == spoken


def test_spoken_calls_name_the_ticket_and_the_counter():
    assert call_speech("ar", "A-042", "3") == "التذكرة أا 42، الشباك 3"
    assert call_speech("fr", "A-042", "3") == "Ticket A 42, guichet 3"
    assert counter_text("kab", "3").endswith(" 3")


def test_the_board_is_bilingual():
    assert board_languages("ar") == ("ar", "fr")
    assert board_languages("fr") == ("fr", "ar")
    assert board_languages("kab") == ("kab", "ar")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {(ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def test_display_translations_are_complete_in_every_language():
    sources = None
    for lang in LANGS:
        messages = _messages(TRANSLATIONS_DIR / f"display_{lang}.ts")
        for key, translation in messages.items():
            assert translation is not None and (translation.text or "").strip(), (lang, key)
            assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), (lang, key)
            for marker in ("%1", "%2"):
                assert (marker in key[1]) == (marker in translation.text), (lang, key)
        sources = sources or set(messages)
        assert set(messages) == sources, lang


def test_every_display_string_in_the_code_is_translated():
    """Texts reach the board through tr()/bilingual()/join_bilingual() with a literal source."""
    used = set()
    for path in (ROOT / "kiosk/ui/display").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in (
                    "tr", "bilingual", "join_bilingual"):
                used.update(a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str))
    assert {"Now calling", "Counter %1", "Ticket %1, counter %2"} <= used
    known = {source for (_, source) in _messages(TRANSLATIONS_DIR / "display_en.ts")}
    assert used <= known, sorted(used - known)
