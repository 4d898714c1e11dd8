"""Concern tracking codes: their shape, the check character, and reading what a person typed.

One copy for both sides: the office issues codes and checks what is typed at the kiosk
(kiosk/domain/tracking_codes.py re-exports these names, next to its guessing brake), and the
central server checks a code typed on the public concern page before any database lookup.

A code looks like ``BMD-7K3Q-9XA4``: the office code (2–8 capitals or digits, from the
configuration), then 8 symbols from a 31-symbol alphabet without the look-alikes
0/O, 1/I/L. The first 7 are random (``secrets``), the 8th is a check character.

Why the check is computed modulo 37, not 31
-------------------------------------------
The office code may use all 36 capitals and digits (the default "DEMO" has an O), and
the check must cover it. One check symbol that catches *every* single substitution
must take a different value for each of the 36 characters a position may hold, which
31 values cannot do (pigeonhole). So every character of the compact code (office code
and body, separators removed) is read as its value ``v`` in ``0-9A-Z`` (0…35) and the
code is valid when

    sum( w_i * v_i  for i = 1..n )  ≡ 0   (mod 37),   w_i = i,  n ≤ 16.

* Single substitution at position i (v → v'): the sum changes by w_i·(v' − v).
  37 is prime, 0 < w_i < 37 and 0 < |v' − v| ≤ 35 < 37, so neither factor is 0 mod 37
  and neither is their product: the code no longer checks.
* Adjacent transposition (a, b at positions i, i+1, a ≠ b): the sum changes by
  w_i·(b − a) + w_{i+1}·(a − b) = (a − b)·(w_{i+1} − w_i) = (a − b), never 0 mod 37.
  This holds across the office/body boundary too, since it is one compact string.

The check symbol must come from the 31-symbol alphabet, but the value that balances
the sum is one of 37. The generator therefore redraws the 7 random symbols until that
value is a symbol of the alphabet (6 draws in 37 are redrawn): every issued code is
uniform over the ≈ 2.3·10¹⁰ valid codes of its office. ``tests/domain/test_tracking_codes.py``
checks the two guarantees exhaustively on many codes.

Uniqueness: two offices have different office codes, so their tracking codes differ.
Within one office a new code meets one of the n codes already issued with probability
n / 2.3·10¹⁰ (1 in 230,000 after 100,000 concerns); the database's UNIQUE constraint
makes a duplicate impossible, and the office then simply draws again.

Errors: ``TrackingCodeError`` (a ValueError) with ``kind`` "format" (not the shape of a
code: length, characters) or "check" (the shape is right but a character is wrong).

Pure functions and frozen values: any thread, no I/O.
"""
from __future__ import annotations

import dataclasses
import re
import secrets
import unicodedata
from typing import Protocol

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # 31 symbols: no 0/O, 1/I/L
BODY_LENGTH = 8  # 7 random symbols + 1 check symbol
_RANDOM_LENGTH = BODY_LENGTH - 1
_VALUE_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # v(char) = index here, 0…35
_VALUE = {c: i for i, c in enumerate(_VALUE_DIGITS)}
_MODULUS = 37  # prime, larger than every value and every weight
_OFFICE_RE = re.compile(r"^[A-Z0-9]{2,8}$")
_AMBIGUOUS = frozenset("01ILO")

# Separators a person may type or a keyboard may produce: spaces, hyphens, dashes, dots.
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212\u00ad._/]+")
# Arabic-Indic and Extended Arabic-Indic digits typed on an Arabic keyboard.
ARABIC_INDIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


class TrackingCodeError(ValueError):
    """The text is not a valid tracking code; `kind` is "format" or "check"."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


@dataclasses.dataclass(frozen=True)
class ParsedCode:
    office_code: str
    body: str  # the 8 symbols after the office code, check symbol last

    @property
    def text(self) -> str:
        """The canonical printed form, e.g. ``BMD-7K3Q-9XA4``."""
        return f"{self.office_code}-{self.body[:4]}-{self.body[4:]}"

    @property
    def compact(self) -> str:
        return self.office_code + self.body

    def __str__(self) -> str:
        return self.text


class RandomSource(Protocol):
    def choice(self, seq: str) -> str: ...


def _weighted_sum(compact: str) -> int:
    return sum(i * _VALUE[c] for i, c in enumerate(compact, 1)) % _MODULUS


def new_tracking_code(office_code: str, rng: RandomSource = secrets) -> ParsedCode:
    """A fresh random code for `office_code` (`rng` defaults to the OS's secure source)."""
    if not _OFFICE_RE.match(office_code):
        raise ValueError(f"office code must be 2–8 capital letters or digits, got {office_code!r}")
    check_weight = len(office_code) + BODY_LENGTH
    inverse = pow(check_weight, -1, _MODULUS)
    while True:
        random_part = "".join(rng.choice(ALPHABET) for _ in range(_RANDOM_LENGTH))
        partial = _weighted_sum(office_code + random_part)
        needed = (-partial * inverse) % _MODULUS  # the check value that makes the sum 0
        if needed < len(_VALUE_DIGITS) and _VALUE_DIGITS[needed] in ALPHABET:
            return ParsedCode(office_code, random_part + _VALUE_DIGITS[needed])


def normalize(text: str) -> str:
    """The compact form of what a person typed: capitals, no separators, Western digits.

    Forgiving on case, spaces, dashes and Arabic-Indic digits; it does not guess at
    look-alike letters (that is `validate`'s job to refuse).
    """
    text = unicodedata.normalize("NFKC", text).translate(ARABIC_INDIC_DIGITS)
    return _SEPARATORS.sub("", text).upper()


def validate(text: str) -> ParsedCode:
    """Parse and check a typed code; raises `TrackingCodeError`."""
    compact = normalize(text)
    if not compact:
        raise TrackingCodeError("format", "no tracking code was given")
    bad = sorted({c for c in compact if c not in _VALUE})
    if bad:
        raise TrackingCodeError("format", f"a tracking code has only letters and digits, not {''.join(bad)!r}")
    if len(compact) < 2 + BODY_LENGTH:
        raise TrackingCodeError("format", f"too short for a tracking code ({len(compact)} characters)")
    if len(compact) > 8 + BODY_LENGTH:
        raise TrackingCodeError("format", f"too long for a tracking code ({len(compact)} characters)")
    office_code, body = compact[:-BODY_LENGTH], compact[-BODY_LENGTH:]
    ambiguous = sorted(set(body) & _AMBIGUOUS)
    if ambiguous:
        raise TrackingCodeError(
            "format", f"the last 8 symbols of a code never use 0, O, 1, I or L (found {''.join(ambiguous)})"
        )
    if _weighted_sum(compact) != 0:
        raise TrackingCodeError("check", "the check symbol does not match: a character is mistyped")
    return ParsedCode(office_code, body)


def is_valid(text: str) -> bool:
    try:
        validate(text)
    except TrackingCodeError:
        return False
    return True


__all__ = ["ALPHABET", "ARABIC_INDIC_DIGITS", "BODY_LENGTH", "ParsedCode", "RandomSource", "TrackingCodeError",
           "is_valid", "new_tracking_code", "normalize", "validate"]
