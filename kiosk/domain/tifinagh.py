"""Kabyle in Latin letters → Kabyle in Tifinagh (IRCAM Neo-Tifinagh), for the office whose
Tamazight script is Tifinagh (`kiosk.tamazight_script = "tifinagh"`).

The Kabyle catalogues are written once, in the Latin orthography; `to_tifinagh` writes
them again letter by letter when the office chooses Tifinagh. The convention (also in
docs/i18n.md, "Tifinagh"):

- one Tifinagh letter per Latin letter (`LETTERS`), case ignored (Tifinagh has none);
  the letters Kabyle needs beyond IRCAM's base set follow Unicode's Tifinagh block:
  č → ⵞ, ǧ → ⴵ, ẓ → ⵥ, ṛ → ⵕ, ṣ → ⵚ, ṭ → ⵟ, ḍ → ⴹ,
  ɛ → ⵄ, ɣ → ⵖ, ḥ → ⵃ, x → ⵅ, q → ⵇ;
- labialisation (gʷ, kʷ, written with ʷ or °) → the labialisation mark ⵯ after the letter;
- letters Kabyle does not use, found in loanwords, take the nearest sound
  (o → ⵓ, p → ⴱ, v → ⴼ);
- left in Latin letters: placeholders (%1, %n, %L1, {name}), markup (<b>, &amp;),
  digits and punctuation, acronyms and single capital letters that are names
  (PIN, QR, "the letters O, I and L"), and command names (`KEEP_LATIN`);
- the hyphen joining a word to its affix (tikit-nwen) stays: Tifinagh texts keep it.

Pure Python, no Qt: any thread.
"""
from __future__ import annotations

import re
import unicodedata

LETTERS: dict[str, str] = {
    "a": "ⴰ", "b": "ⴱ", "c": "ⵛ", "č": "ⵞ", "d": "ⴷ", "ḍ": "ⴹ", "e": "ⴻ", "ɛ": "ⵄ",
    "f": "ⴼ", "g": "ⴳ", "ǧ": "ⴵ", "ɣ": "ⵖ", "h": "ⵀ", "ḥ": "ⵃ", "i": "ⵉ", "j": "ⵊ",
    "k": "ⴽ", "l": "ⵍ", "m": "ⵎ", "n": "ⵏ", "q": "ⵇ", "r": "ⵔ", "ṛ": "ⵕ", "s": "ⵙ",
    "ṣ": "ⵚ", "t": "ⵜ", "ṭ": "ⵟ", "u": "ⵓ", "w": "ⵡ", "x": "ⵅ", "y": "ⵢ",
    "z": "ⵣ", "ẓ": "ⵥ",
    # Loanword letters Kabyle's alphabet lacks: the nearest Kabyle sound.
    "o": "ⵓ", "p": "ⴱ", "v": "ⴼ",
}
LABIALISATION = "ⵯ"
_LABIAL_MARKS = ("ʷ", "°")

# Words that are names of things a technician types: they stay as written.
KEEP_LATIN: frozenset[str] = frozenset({"maktab", "sync", "doctor"})  # maktab-sync doctor

# Spans copied untouched, tried in this order at each position.
_UNTOUCHED = re.compile(
    r"%L?\d+|%n"          # Qt placeholders: %1, %L1, %n
    r"|\{[A-Za-z_][\w.]*\}"  # str.format placeholders: {name}
    r"|<[^<>]*>"          # markup tags
    r"|&#?\w+;"           # character entities
)
_WORD = re.compile(r"[^\W\d_]+(?:[ʷ°][^\W\d_]*)*", re.UNICODE)
_SENTENCE_END = re.compile(r"(^|[.!?…:]\s*|\n\s*)$")


def to_tifinagh(text: str) -> str:
    """`text`, Kabyle in Latin letters, written in Tifinagh (see the module's convention)."""
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    position = 0
    while position < len(text):
        untouched = _UNTOUCHED.match(text, position)
        if untouched:
            out.append(untouched.group())
            position = untouched.end()
            continue
        word = _WORD.match(text, position)
        if word:
            out.append(_word(word.group(), starts_sentence=bool(_SENTENCE_END.search(text[:position]))))
            position = word.end()
            continue
        out.append(text[position])
        position += 1
    return "".join(out)


def _word(word: str, *, starts_sentence: bool) -> str:
    if _stays_latin(word, starts_sentence=starts_sentence):
        return word
    letters: list[str] = []
    for char in word.lower():
        if char in _LABIAL_MARKS:
            letters.append(LABIALISATION)
        else:
            letters.append(LETTERS.get(char, char))  # an unknown letter is kept rather than lost
    return "".join(letters)


def _stays_latin(word: str, *, starts_sentence: bool) -> bool:
    if word.lower() in KEEP_LATIN:
        return True
    if len(word) > 1:
        return word.isupper()  # an acronym: PIN, QR
    # A lone capital names a letter ("the letters O, I and L"), unless it opens a sentence ("D kunwi…").
    return word.isupper() and not starts_sentence
