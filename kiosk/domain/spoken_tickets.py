"""Ticket labels as a voice should say them, in the listener's language.

    spoken_label("A-042")            → "A 42"      (letter and number apart, no zeros, no dash)
    spoken_label("A-042", "ar")      → "أا 42"     (the letter's name in Arabic script)

A ticket's letter is a Latin capital (the catalogue's `prefix`). An Arabic voice given
"A" switches to an English voice for it (espeak-ng reads it "ei"): in Arabic the letter
is written as Algerians say the French letter name, in Arabic script, so the Arabic voice
says it itself. The table is checked by synthesis with espeak-ng's Arabic voice (each
name distinct; P and V spelled with the letters پ and the sound "في", which it reads);
docs/voice.md lists it. The number stays in digits: espeak-ng reads digits as Arabic
words in its Arabic voice ("12" → "اثنا عشر"), French words in French, English in English.

Thread use: any (plain functions).
"""
from __future__ import annotations

import re

_LABEL_RE = re.compile(r"^\s*([A-Za-z]*)\s*-?\s*0*(\d+)\s*$")

# The French names of the Latin letters as said in Algeria, in Arabic script.
ARABIC_LETTER_NAMES: dict[str, str] = {
    "A": "أا", "B": "بي", "C": "سي", "D": "دي", "E": "أُو", "F": "إيف", "G": "جيه", "H": "آش",
    "I": "إي", "J": "جي", "K": "كا", "L": "إيل", "M": "إيم", "N": "إين", "O": "أو", "P": "پي",
    "Q": "كو", "R": "إير", "S": "إيس", "T": "تي", "U": "يو", "V": "في", "W": "دوبل في",
    "X": "إيكس", "Y": "إيغريك", "Z": "زاد",
}


def spoken_label(label: str, language: str = "") -> str:
    """'A-042' → 'A 42' ('أا 42' in Arabic): letter and number apart, no leading zeros."""
    match = _LABEL_RE.match(label)
    if not match:
        return label.replace("-", " ")
    prefix, number = match.groups()
    if language == "ar":
        prefix = " ".join(ARABIC_LETTER_NAMES.get(letter.upper(), letter) for letter in prefix)
    return f"{prefix} {int(number)}".strip()


def label_clip_ids(label: str) -> tuple[str, ...]:
    """'A-012' → ("letter.A", "digit.1", "digit.2"): the recorded clips that say a label, letter
    then digit by digit (a language spoken from clips only, Kabyle, has no engine to say it)."""
    match = _LABEL_RE.match(label)
    if not match:
        return ()
    prefix, number = match.groups()
    return (*(f"letter.{letter.upper()}" for letter in prefix), *(f"digit.{d}" for d in str(int(number))))


__all__ = ["ARABIC_LETTER_NAMES", "label_clip_ids", "spoken_label"]
