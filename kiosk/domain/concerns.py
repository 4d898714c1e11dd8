"""Citizen concerns (انشغالات): what a citizen may submit, its statuses, and the rules.

Every check is a plain function the kiosk screens call as the citizen types (to show a
translated message: each problem has a stable `code` the UI translates, and an English
`message` for the log) and that the office calls again before anything is stored.

Text rules (concern text, staff notes, names, places):
* Unicode NFC, Windows/old-Mac line ends become "\\n", surrounding blanks are trimmed.
* Refused: C0/C1 control characters except the newline ("control_char"); the bidi
  embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069 ("bidi_control"),
  which can make stored text display differently from what was typed on the desk and
  the receipt; lone surrogates ("invalid_char"). The plain direction marks LRM, RLM and
  ALM (U+200E, U+200F, U+061C) are allowed: Arabic keyboards type them and they cannot
  reorder anything beyond their own position.
* Concern text: at least 10 visible characters (letters, digits, symbols; not blanks,
  not combining marks), at most 1,000 characters. Names (80) and places (120) are one
  line.

Phone numbers (Algeria): mobiles are 05/06/07 + 8 digits nationally or +213 5/6/7 + 8
digits; fixed lines are 0 + 8 digits nationally (e.g. 021 …) or +213 + 8 digits. They
are stored in E.164 (+213…); receipts only ever show `mask_phone`.

Statuses: received → in_progress → answered / closed / rejected (see `TRANSITIONS`).

Channels: how the concern reached the office (`Channel`). The kiosk's own are "kiosk";
a clerk registers the others at the desk for the citizen (`CLERK_CHANNELS`: at the
counter, from a phone call, a letter or an e-mail), with the same rules.

Thread use: any (pure functions and frozen data).
"""
from __future__ import annotations

import dataclasses
import enum
import re
import unicodedata
from collections.abc import Collection

from kiosk.domain.languages import LANGUAGES
from sync.protocol.constants import CONCERN_CHANNELS
from sync.protocol.tracking_codes import ARABIC_INDIC_DIGITS  # one table for codes and phone numbers

MAX_TEXT_CHARS = 1000
MIN_TEXT_VISIBLE_CHARS = 10
MAX_NOTE_CHARS = 2000
MAX_NAME_CHARS = 80
MAX_PLACE_CHARS = 120
MAX_REASON_CHARS = 1000

_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LINE_ENDS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_BLANK_LINES = re.compile(r"\n{3,}")
_TRAILING_BLANKS = re.compile(r"[ \t\u00a0]+\n")
_INNER_BLANKS = re.compile(r"\s+")


class ConcernError(ValueError):
    """Base of the concern rule errors; `code` is stable and translated by the UI."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


class FieldProblem(ConcernError):
    """One field's value is refused; `field` names it ("text", "contact.phone", …)."""

    def __init__(self, field: str, code: str, message: str):
        super().__init__(code, f"{field}: {message}")
        self.field = field


class InvalidConcern(ConcernError):
    """A draft has one or more problems (`problems`, in field order); nothing was stored."""

    def __init__(self, problems: list[FieldProblem]):
        super().__init__(problems[0].code, "; ".join(str(p) for p in problems))
        self.problems = tuple(problems)


class ConcernStatus(str, enum.Enum):
    RECEIVED = "received"
    IN_PROGRESS = "in_progress"
    ANSWERED = "answered"
    CLOSED = "closed"
    REJECTED = "rejected"

    @property
    def is_final(self) -> bool:
        return not TRANSITIONS[self]


# Where a concern may go next. An answered concern may still be closed, or reopened
# when the citizen comes back; closed and rejected are final (a new concern is made).
TRANSITIONS: dict[ConcernStatus, frozenset[ConcernStatus]] = {
    ConcernStatus.RECEIVED: frozenset(
        {ConcernStatus.IN_PROGRESS, ConcernStatus.ANSWERED, ConcernStatus.CLOSED, ConcernStatus.REJECTED}
    ),
    ConcernStatus.IN_PROGRESS: frozenset({ConcernStatus.ANSWERED, ConcernStatus.CLOSED, ConcernStatus.REJECTED}),
    ConcernStatus.ANSWERED: frozenset({ConcernStatus.CLOSED, ConcernStatus.IN_PROGRESS}),
    ConcernStatus.CLOSED: frozenset(),
    ConcernStatus.REJECTED: frozenset(),
}


class Channel(str, enum.Enum):
    """How a concern reached the office; sent to the central server with the concern."""

    KIOSK = "kiosk"
    COUNTER = "counter"
    PHONE = "phone"
    LETTER = "letter"
    EMAIL = "email"
    WEB = "web"  # the central server's public form, never an office's


assert tuple(c.value for c in Channel) == CONCERN_CHANNELS  # one list, shared with the central server

# What a clerk may choose when registering a concern for a citizen at the desk.
CLERK_CHANNELS: tuple[Channel, ...] = (Channel.COUNTER, Channel.PHONE, Channel.LETTER, Channel.EMAIL)


class HistoryKind(str, enum.Enum):
    STATUS = "status"
    PUBLIC_ANSWER = "public_answer"
    INTERNAL_NOTE = "internal_note"
    PURGE = "purge"


@dataclasses.dataclass(frozen=True)
class Contact:
    name: str | None = None
    phone: str | None = None  # E.164 once validated

    @property
    def is_empty(self) -> bool:
        return not (self.name or self.phone)


@dataclasses.dataclass(frozen=True)
class ConcernDraft:
    """What the citizen entered at the kiosk (raw), or its cleaned form after `validate_draft`."""

    category: str
    text: str
    language: str
    place: str | None = None
    contact: Contact | None = None
    consent: bool = False  # the citizen ticked "you may contact me" for this contact
    # The citizen answered yes to "may the text be published anonymously?" (default no).
    publish_text: bool = False
    channel: Channel = Channel.KIOSK


# ---- text ----------------------------------------------------------------------------


def _refuse_bad_chars(field: str, text: str, *, multiline: bool) -> None:
    for ch in text:
        if ch in _BIDI_CONTROLS:
            raise FieldProblem(field, "bidi_control",
                               f"direction override/embedding/isolate U+{ord(ch):04X} is not allowed")
        cat = unicodedata.category(ch)
        if cat == "Cc" and not (multiline and ch == "\n"):
            raise FieldProblem(field, "control_char", f"control character U+{ord(ch):04X} is not allowed")
        if cat == "Cs":
            raise FieldProblem(field, "invalid_char", f"unpaired surrogate U+{ord(ch):04X}")


def _prepare(text: str, *, multiline: bool) -> str:
    text = unicodedata.normalize("NFC", _LINE_ENDS.sub("\n", text))
    if multiline:
        text = _BLANK_LINES.sub("\n\n", _TRAILING_BLANKS.sub("\n", text))
        return text.strip()
    return text.strip()


def visible_chars(text: str) -> int:
    """Characters a reader sees: not blanks, not format marks, not combining marks."""
    return sum(1 for ch in text if not ch.isspace() and unicodedata.category(ch)[0] not in "CZ"
               and unicodedata.category(ch) not in ("Mn", "Me"))


def remaining_chars(text: str) -> int:
    """How many more characters the concern text may take (negative: too long)."""
    return MAX_TEXT_CHARS - len(_prepare(text, multiline=True))


def clean_text(text: str, *, field: str = "text", max_chars: int = MAX_TEXT_CHARS,
               min_visible: int = MIN_TEXT_VISIBLE_CHARS) -> str:
    """A concern text (or note) cleaned, or `FieldProblem`."""
    if text is None or not isinstance(text, str):
        raise FieldProblem(field, f"{field}_required", "is required")
    text = _LINE_ENDS.sub("\n", text)
    _refuse_bad_chars(field, text, multiline=True)
    cleaned = _prepare(text, multiline=True)
    if not cleaned:
        raise FieldProblem(field, f"{field}_required", "is required")
    if len(cleaned) > max_chars:
        raise FieldProblem(field, f"{field}_too_long", f"{len(cleaned)} characters, at most {max_chars}")
    visible = visible_chars(cleaned)
    if visible < min_visible:
        raise FieldProblem(field, f"{field}_too_short", f"{visible} visible characters, at least {min_visible}")
    return cleaned


def clean_line(text: str | None, *, field: str, max_chars: int) -> str | None:
    """An optional one-line field (name, place, staff name): cleaned, or None when blank."""
    if text is None:
        return None
    if not isinstance(text, str):
        raise FieldProblem(field, "invalid_char", "must be text")
    text = _LINE_ENDS.sub(" ", text).replace("\n", " ")  # a pasted line break is just a space here
    _refuse_bad_chars(field, text, multiline=False)
    cleaned = _INNER_BLANKS.sub(" ", _prepare(text, multiline=False))
    if not cleaned:
        return None
    if len(cleaned) > max_chars:
        raise FieldProblem(field, f"{field.rsplit('.', 1)[-1]}_too_long",
                           f"{len(cleaned)} characters, at most {max_chars}")
    return cleaned


# ---- phone numbers ---------------------------------------------------------------------

_PHONE_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015.()/]+")


def normalize_phone(text: str) -> str:
    """An Algerian phone number in E.164 (``+2135…``, ``+21321…``), or `FieldProblem`."""
    field = "contact.phone"
    raw = _PHONE_SEPARATORS.sub("", unicodedata.normalize("NFKC", text or "").translate(ARABIC_INDIC_DIGITS))
    if not raw:
        raise FieldProblem(field, "phone_required", "no number given")
    if raw.startswith("00"):
        raw = "+" + raw[2:]
    if raw.startswith("+"):
        if not raw.startswith("+213") or not raw[1:].isdigit():
            raise FieldProblem(field, "phone_invalid", "only Algerian numbers (+213 …) are accepted")
        national = raw[4:]
        if national.startswith("0"):  # "+213 (0)5 …": the trunk 0 written anyway
            national = national[1:]
    elif raw.isdigit() and raw.startswith("0"):
        national = raw[1:]
    else:
        raise FieldProblem(field, "phone_invalid", "a number starts with 0 or +213 and has only digits")
    if not national.isdigit():
        raise FieldProblem(field, "phone_invalid", "only digits are allowed")
    if national[:1] in ("5", "6", "7"):
        if len(national) != 9:
            raise FieldProblem(field, "phone_invalid", "a mobile number has 10 digits (05/06/07 + 8)")
    elif national[:1] in ("", "0") or len(national) != 8:
        raise FieldProblem(field, "phone_invalid", "a fixed number has 9 digits (0 + area code + number)")
    return "+213" + national


def mask_phone(e164: str) -> str:
    """The phone as a receipt may show it: first and last two digits only.

    ``+213612345642`` → ``+213 6•• •• •• 42``; ``+21321123442`` → ``+213 2• •• •• 42``.
    """
    national = e164[4:] if e164.startswith("+213") else e164.lstrip("+")
    if len(national) < 4:
        return "+213 " + "•" * len(national)
    hidden = "•" * (len(national) - 3)
    masked = national[0] + hidden + national[-2:]
    # group from the end in pairs: 6•• •• •• 42 (mobile), 2• •• •• 42 (fixed)
    groups: list[str] = []
    while len(masked) > 3:
        groups.insert(0, masked[-2:])
        masked = masked[:-2]
    groups.insert(0, masked)
    return "+213 " + " ".join(groups)


# ---- a whole draft -----------------------------------------------------------------------


def draft_problems(draft: ConcernDraft, categories: Collection[str],
                   languages: Collection[str] = LANGUAGES,
                   channels: Collection[Channel] = (Channel.KIOSK,)) -> tuple[ConcernDraft | None, list[FieldProblem]]:
    """The cleaned draft and every problem found (the cleaned draft is None if any).

    `channels`: the channels the caller may register (a kiosk: its own; a clerk: `CLERK_CHANNELS`)."""
    problems: list[FieldProblem] = []

    def attempt(fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except FieldProblem as problem:
            problems.append(problem)
            return None

    if draft.category not in categories:
        problems.append(FieldProblem("category", "unknown_category", f"no concern category {draft.category!r}"))
    if draft.language not in languages:
        problems.append(FieldProblem("language", "bad_language", f"unsupported language {draft.language!r}"))
    channel = _channel(draft.channel)
    if channel is None or channel not in channels:
        problems.append(FieldProblem("channel", "bad_channel",
                                     f"channel {draft.channel!r} is not one of {', '.join(c.value for c in channels)}"))
    text = attempt(clean_text, draft.text)
    place = attempt(clean_line, draft.place, field="place", max_chars=MAX_PLACE_CHARS)
    contact = None
    raw = draft.contact
    if raw is not None and not ((raw.name or "").strip() == "" and (raw.phone or "").strip() == ""):
        name = attempt(clean_line, raw.name, field="contact.name", max_chars=MAX_NAME_CHARS)
        phone = attempt(normalize_phone, raw.phone) if (raw.phone or "").strip() else None
        if not (raw.phone or "").strip():
            # a name alone cannot reach anyone: collecting it would be data for nothing
            problems.append(FieldProblem("contact.phone", "phone_required", "a contact needs a phone number"))
        if not draft.consent:
            problems.append(FieldProblem("consent", "consent_required",
                                         "contact details are kept only with the citizen's consent"))
        contact = Contact(name, phone)
    if problems:
        return None, problems
    if not isinstance(draft.publish_text, bool):
        problems.append(FieldProblem("publish_text", "bad_choice", "publish_text must be true or false"))
        return None, problems
    assert channel is not None
    return ConcernDraft(draft.category, text, draft.language, place, contact,
                        consent=contact is not None, publish_text=draft.publish_text, channel=channel), []


def _channel(value: object) -> Channel | None:
    try:
        return Channel(value)
    except ValueError:
        return None


def validate_draft(draft: ConcernDraft, categories: Collection[str],
                   languages: Collection[str] = LANGUAGES,
                   channels: Collection[Channel] = (Channel.KIOSK,)) -> ConcernDraft:
    """The cleaned draft (NFC, trimmed, phone in E.164), or `InvalidConcern`."""
    cleaned, problems = draft_problems(draft, categories, languages, channels)
    if problems:
        raise InvalidConcern(problems)
    assert cleaned is not None
    return cleaned


# ---- status changes ------------------------------------------------------------------------


def check_transition(current: ConcernStatus, new: ConcernStatus, reason: str | None,
                     has_public_answer: bool = False) -> str | None:
    """The cleaned reason if `current → new` is allowed, or `ConcernError`.

    A rejection needs a reason (the citizen is told why); an answer needs the answer
    text, given now as the reason or earlier as a public answer.
    """
    current, new = ConcernStatus(current), ConcernStatus(new)
    if new not in TRANSITIONS[current]:
        raise ConcernError("bad_transition", f"a concern cannot go from {current.value} to {new.value}")
    cleaned = None
    if reason is not None and reason.strip():
        cleaned = clean_text(reason, field="reason", max_chars=MAX_REASON_CHARS, min_visible=1)
    if new is ConcernStatus.REJECTED and not cleaned:
        raise ConcernError("reason_required", "a rejection needs a reason the citizen can read")
    if new is ConcernStatus.ANSWERED and not cleaned and not has_public_answer:
        raise ConcernError("answer_required", "an answered concern needs the answer text")
    return cleaned


def clean_note(text: str) -> str:
    """A staff note or public answer, cleaned (1 to 2,000 characters)."""
    return clean_text(text, field="note", max_chars=MAX_NOTE_CHARS, min_visible=1)


# ---- what is stored and shown ------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class HistoryEntry:
    id: str
    at: str  # UTC ISO-8601
    kind: HistoryKind
    status: ConcernStatus | None
    text: str | None
    by_staff: str | None
    public: bool


@dataclasses.dataclass(frozen=True)
class Concern:
    id: str
    code: str
    category: str
    text: str
    language: str
    place: str | None
    contact_name: str | None  # None when anonymous, purged, or not shown to this person
    contact_phone: str | None
    consent_at: str | None
    status: ConcernStatus
    created_at: str
    updated_at: str
    purged_at: str | None = None
    history: tuple[HistoryEntry, ...] = ()
    publish_text: bool = False  # the citizen agreed to the anonymous publication of `text`
    channel: Channel = Channel.KIOSK

    @property
    def has_contact(self) -> bool:
        return bool(self.contact_name or self.contact_phone)


@dataclasses.dataclass(frozen=True)
class RegisteredConcern:
    """What the citizen is told (and the receipt prints) after registering."""

    code: str  # the printed form, e.g. BMD-7K3Q-9XA4
    concern: Concern

    @property
    def masked_phone(self) -> str | None:
        return mask_phone(self.concern.contact_phone) if self.concern.contact_phone else None


@dataclasses.dataclass(frozen=True)
class PublicHistoryEntry:
    at: str
    kind: HistoryKind  # STATUS or PUBLIC_ANSWER only
    status: ConcernStatus | None
    text: str | None


@dataclasses.dataclass(frozen=True)
class PublicConcernView:
    """What anyone holding the code may see: never the contact, never internal notes."""

    code: str
    category: str
    status: ConcernStatus
    registered_at: str
    history: tuple[PublicHistoryEntry, ...]


def public_view(concern: Concern) -> PublicConcernView:
    entries = tuple(
        PublicHistoryEntry(h.at, h.kind, h.status, h.text)
        for h in concern.history
        if h.public and h.kind in (HistoryKind.STATUS, HistoryKind.PUBLIC_ANSWER)
    )
    return PublicConcernView(concern.code, concern.category, concern.status, concern.created_at, entries)
