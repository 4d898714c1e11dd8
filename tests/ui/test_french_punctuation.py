"""French typography in every French catalogue: a no-break space (U+00A0) before the
two-part punctuation marks `: ; ? !`, so that "Sujet :" never breaks before its colon
and never shows "Sujet:" (docs/i18n.md, "French punctuation")."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from kiosk.i18n import TRANSLATIONS_DIR

FRENCH_CATALOGUES = sorted(TRANSLATIONS_DIR.glob("*_fr.ts"))
NO_BREAK_SPACE = "\u00a0"
PUNCTUATION = re.compile(r"[:;?!]")

def is_punctuation(text: str, index: int) -> bool:
    """Not a colon inside a time (10:30) or an address (https://)."""
    around = text[max(0, index - 1):index + 2]
    return not re.fullmatch(r"\d:\d", around) and not text.startswith(":/", index)


def translations(path):
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        forms = [translation.text or ""] + [form.text or "" for form in translation.iter("numerusform")]
        for text in forms:
            if text:
                yield message.findtext("source"), text


def badly_spaced(text: str) -> list[str]:
    """Each `: ; ? !` in `text` not preceded by a no-break space, with what comes before it."""
    return [text[max(0, m.start() - 12):m.end()] for m in PUNCTUATION.finditer(text)
            if (m.start() == 0 or text[m.start() - 1] != NO_BREAK_SPACE)
            and is_punctuation(text, m.start())]


def test_every_area_has_a_french_catalogue():
    assert {path.name for path in FRENCH_CATALOGUES} >= {
        "citizen_fr.ts", "concerns_fr.ts", "desk_fr.ts", "display_fr.ts", "printing_fr.ts"}


@pytest.mark.parametrize("path", FRENCH_CATALOGUES, ids=lambda p: p.name)
def test_no_break_space_before_two_part_punctuation(path):
    wrong = [(source, bad) for source, text in translations(path) for bad in badly_spaced(text)]
    assert wrong == []


@pytest.mark.parametrize(("text", "marks"), [
    ("Sujet : %1", ":"),
    ("Sujet: %1", ":"),
    ("Êtes-vous là ?", "?"),
    ("Encore !", "!"),
    ("refusé ; rien", ";"),
    ("Sujet\u00a0: %1 ; à 10:30, https://example.org\u00a0?", ";"),
    ("Sujet\u00a0: %1\u00a0; vraiment\u00a0?\u00a0!", ""),
])
def test_the_check_finds_ordinary_spaces_and_missing_ones(text, marks):
    assert "".join(bad[-1] for bad in badly_spaced(text)) == marks
