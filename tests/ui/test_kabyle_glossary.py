"""Kabyle that reads as one voice: every Kabyle string follows the glossary
(kiosk/translations/glossary_kab.toml): one form per term, no variant spelling, and one
register (the second person singular) wherever one person is addressed."""
from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET

import pytest

from kiosk.i18n import TRANSLATIONS_DIR

GLOSSARY = tomllib.loads((TRANSLATIONS_DIR / "glossary_kab.toml").read_text(encoding="utf-8"))
KABYLE_CATALOGUES = sorted(TRANSLATIONS_DIR.glob("*_kab.ts"))
TERMS = GLOSSARY["term"]
REGISTER = GLOSSARY["register"]


def area(path) -> str:
    return path.name.removesuffix("_kab.ts")


def kabyle_texts(path) -> list[str]:
    texts = []
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        texts += [t for t in [translation.text, *(f.text for f in translation.iter("numerusform"))] if t]
    return texts


def has_word(text: str, word: str) -> bool:
    """`word` (or phrase) stands alone in `text`, case aside; an affix after a hyphen still counts."""
    return re.search(rf"(?<![\w-]){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None


def variants_in(text: str) -> list[str]:
    return [variant for term in TERMS for variant in term["not"] if has_word(text, variant)]


def plural_marks_in(text: str) -> list[str]:
    affixes = [m.group() for affix in REGISTER["plural_affixes"]
               for m in re.finditer(rf"\w{re.escape(affix)}(?!\w)", text, re.IGNORECASE)]
    return affixes + [word for word in REGISTER["plural_words"] if has_word(text, word)]


def test_the_glossary_covers_the_terms_of_the_kiosk_and_every_catalogue_is_placed():
    covered = {term["en"].split(" (")[0] for term in TERMS}
    assert {"ticket", "receipt", "concern", "counter", "service", "office", "code", "printer", "citizen"} <= covered
    for term in TERMS:
        assert term["forms"] and not set(term["forms"]) & set(term["not"]), term["en"]
    assert {area(path) for path in KABYLE_CATALOGUES} == set(REGISTER["catalogues"]) | set(REGISTER["exempt"])


@pytest.mark.parametrize("path", KABYLE_CATALOGUES, ids=area)
def test_no_variant_spelling_of_a_glossary_term(path):
    assert [(text, variants_in(text)) for text in kabyle_texts(path) if variants_in(text)] == []


def test_every_glossary_term_is_used_in_its_one_form():
    texts = [text for path in KABYLE_CATALOGUES for text in kabyle_texts(path)]
    unused = [term["en"] for term in TERMS if not any(has_word(t, form) for t in texts for form in term["forms"])]
    assert unused == []


@pytest.mark.parametrize("path", [p for p in KABYLE_CATALOGUES if area(p) in REGISTER["catalogues"]], ids=area)
def test_one_register_the_second_person_singular(path):
    assert [(text, plural_marks_in(text)) for text in kabyle_texts(path) if plural_marks_in(text)] == []


@pytest.mark.parametrize(("text", "variants", "plural"), [
    ("Tiket %1, asfaylu %2", ["tiket"], []),
    ("Ḥerzet tikeṭ-a alamma yettwaɣra wuṭṭun-nwen.", ["tikeṭ"], ["n-nwen", "ḥerzet"]),
    ("Ttxil-wen, steqsit deg unermis.", ["unermis"], ["l-wen", "steqsit"]),
    ("Isefka-k n unermes", [], []),                  # contact, not the reception desk
    ("Akud n uraǧu: %1", [], []),
    ("Sekcem uṭṭun n usfaylu u fren ɣas yiwen umeẓlu.", [], []),  # yiwen (one) is no plural mark
    ("Ttxil-k, ddem tikit-ik.", [], []),
])
def test_the_checks_catch_what_the_glossary_forbids(text, variants, plural):
    assert variants_in(text) == variants
    assert plural_marks_in(text) == plural
