"""What the hall display writes and says, in each language.

The board is bilingual: every heading is shown in the board's language and in a second
one (Arabic with French, any other language with Arabic), so one screen serves the
whole hall. Spoken calls name the ticket and the counter; the ticket is spelled so that
speech engines read "A 42" rather than "A minus zero four two", and its letter by its
Arabic name in Arabic (kiosk/domain/spoken_tickets.py).

Texts come from `translations/display_<lang>.ts` (context "Display") through
`kiosk.i18n.translate`, so they do not depend on the application's current language.

Thread use: any thread.
"""
from __future__ import annotations

from kiosk.domain.languages import is_rtl
from kiosk.domain.spoken_tickets import spoken_label
from kiosk.i18n import translate

CONTEXT = "Display"
SPEECH_LANGUAGES: tuple[str, ...] = ("ar", "fr")  # design §7: Arabic and French through the speech engine
SEPARATOR_TEXT = "  ·  "  # between the two languages of one heading


def tr(language: str, source: str) -> str:
    return translate(language, CONTEXT, source)


def board_languages(language: str) -> tuple[str, str]:
    """The board's two languages: `language` first, then French or Arabic beside it."""
    return (language, "fr") if language == "ar" else (language, "ar")


def counter_text(language: str, counter: str) -> str:
    """'Counter 3' in `language` (e.g. 'الشباك 3', 'Guichet 3')."""
    return tr(language, "Counter %1").replace("%1", str(counter))


def call_speech(language: str, label: str, counter: str) -> str:
    """The spoken call, e.g. 'التذكرة أا 42، الشباك 3' or 'Ticket A 42, guichet 3'."""
    return (tr(language, "Ticket %1, counter %2")
            .replace("%1", spoken_label(label, language))
            .replace("%2", spoken_label(str(counter))))


def isolate(text: str) -> str:
    """`text` as a bidi-isolated run: a French phrase ending in "…" stays whole beside Arabic."""
    return f"\u2068{text}\u2069" if text else ""


def direction_mark(language: str) -> str:
    """RLM or LRM: starts a line in the board language's direction, whatever comes first."""
    return "\u200f" if is_rtl(language) else "\u200e"


def join_bilingual(languages: tuple[str, str], source: str, separator: str = SEPARATOR_TEXT) -> str:
    """`source` in both board languages on one line, in the first one's direction, each
    part isolated so neither reorders the other."""
    parts = bilingual(languages, source)
    return direction_mark(languages[0]) + separator.join(isolate(p) for p in parts if p)


def bilingual(languages: tuple[str, str], source: str) -> tuple[str, str]:
    """`source` translated into both board languages (the second empty if it says the same)."""
    first, second = (tr(lang, source) for lang in languages)
    return first, ("" if second == first else second)
