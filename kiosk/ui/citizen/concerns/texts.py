"""Words the concern screens share: what each refusal means, status names, history lines.

Kept in one translation context (`ConcernTexts`) so each sentence is translated once.
Refusals are keyed by the stable codes of `kiosk.domain.concerns.FieldProblem` and of
`Office.concern_public_view`, never by their English messages.

Thread use: GUI thread.
"""
from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject

from kiosk.domain.clock import from_iso
from kiosk.domain.concerns import (
    MAX_NAME_CHARS,
    MAX_PLACE_CHARS,
    MAX_TEXT_CHARS,
    MIN_TEXT_VISIBLE_CHARS,
    ConcernStatus,
    HistoryKind,
)

# Screen each draft field is entered on (a refused draft goes back there).
FIELD_SCREENS = {
    "category": "category",
    "text": "text",
    "place": "place",
    "contact.name": "contact",
    "contact.phone": "contact",
    "consent": "consent",
}


def arg(text: str, *values: object) -> str:
    """Fill %1, %2, … in a translated sentence (PySide's `tr()` returns a plain str)."""
    # One pass, so a value that itself contains "%1" (a staff note) is left alone.
    return re.sub(r"%(\d+)", lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values)
                  else m.group(0), text)


def isolate_ltr(text: str) -> str:
    """Keep a code such as BMD-7K3Q-9XA4 left to right inside an Arabic sentence."""
    return f"\u2066{text}\u2069"


def local_datetime(iso: str, zone: ZoneInfo) -> str:
    """Day/month/year and time as written in Algeria, Western digits."""
    return from_iso(iso).astimezone(zone).strftime("%d/%m/%Y %H:%M")


def days_since(iso: str, now: dt.datetime) -> int:
    return max(0, (now - from_iso(iso)).days)


class ConcernTexts(QObject):
    """Translated words; make one when needed (it reads the current language)."""

    def problem(self, code: str) -> str:
        """What a refused field means and what to do, for a `FieldProblem.code`."""
        texts = {
            "text_required": self.tr("Please write your concern."),
            "text_too_short": arg(self.tr("Please write at least %1 characters."), MIN_TEXT_VISIBLE_CHARS),
            "text_too_long": arg(self.tr("Your text is too long: at most %1 characters. Please shorten it."),
                                 MAX_TEXT_CHARS),
            "place_too_long": arg(self.tr("The place is too long: at most %1 characters."), MAX_PLACE_CHARS),
            "name_too_long": arg(self.tr("The name is too long: at most %1 characters."), MAX_NAME_CHARS),
            "bidi_control": self.tr("Special control characters are not allowed. Please delete them."),
            "control_char": self.tr("Special control characters are not allowed. Please delete them."),
            "invalid_char": self.tr("Some characters are not allowed. Please delete them."),
            "phone_required": self.tr("Please give a phone number, or go back and stay anonymous."),
            "phone_invalid": self.tr("This phone number is not valid: 10 digits starting 05, 06 or 07 "
                                     "(or 9 digits for a fixed line)."),
            "consent_required": self.tr("Your contact details are kept only if you agree. "
                                        "Please answer the question about contact."),
            "unknown_category": self.tr("Please choose what your concern is about."),
            "bad_language": self.tr("Please choose your language again."),
        }
        return texts.get(code, self.tr("Something is not right. Please check and try again."))

    def failure(self) -> str:
        return self.tr("Sorry, your concern could not be registered right now. Please ask at the reception desk.")

    def lookup_error(self, code: str, example: str = "ABC-7K3Q-9XA4") -> str:
        texts = {
            "code_format": arg(self.tr("This is not a tracking code. A code looks like %1 and is printed on your "
                                       "receipt. The letters O, I and L are never used."), isolate_ltr(example)),
            "code_check": self.tr("This code has a typing mistake. Please check each character against your "
                                  "receipt."),
            "code_unknown": self.tr("No concern with this code was found in this office. Please check the code."),
        }
        return texts.get(code, self.tr("The concern cannot be looked up right now. Please ask at the reception "
                                       "desk."))

    def wait(self, seconds: int) -> str:
        return arg(self.tr("Too many wrong codes. Please wait %1 seconds before trying again."), seconds)

    def status(self, status: ConcernStatus | str) -> str:
        names = {
            ConcernStatus.RECEIVED: self.tr("Received"),
            ConcernStatus.IN_PROGRESS: self.tr("Being handled"),
            ConcernStatus.ANSWERED: self.tr("Answered"),
            ConcernStatus.CLOSED: self.tr("Closed"),
            ConcernStatus.REJECTED: self.tr("Not accepted"),
        }
        return names[ConcernStatus(status)]

    def status_meaning(self, status: ConcernStatus | str) -> str:
        meanings = {
            ConcernStatus.RECEIVED: self.tr("The office has your concern and will study it."),
            ConcernStatus.IN_PROGRESS: self.tr("Someone at the office is working on your concern."),
            ConcernStatus.ANSWERED: self.tr("The office has answered. Read the answer below."),
            ConcernStatus.CLOSED: self.tr("Your concern is closed."),
            ConcernStatus.REJECTED: self.tr("The office could not accept your concern. The reason is below."),
        }
        return meanings[ConcernStatus(status)]

    def history_line(self, kind: HistoryKind | str, status: ConcernStatus | None, text: str | None, *,
                     reopened: bool = False) -> str:
        """One line of a concern's history; `reopened`: a status change that took a decided
        concern back to work (kiosk/domain/concern_reopening.py), its text the citizen's comment."""
        kind = HistoryKind(kind)
        if reopened:
            head = self.tr("Reopened")
        elif kind is HistoryKind.PUBLIC_ANSWER:
            head = self.tr("Answer from the office")
        elif kind is HistoryKind.INTERNAL_NOTE:
            head = self.tr("Internal note")
        elif kind is HistoryKind.PURGE:
            head = self.tr("Contact details deleted")
        else:
            head = arg(self.tr("Status: %1"), self.status(status)) if status else self.tr("Status changed")
        return arg(self.tr("%1: %2"), head, text) if text else head
