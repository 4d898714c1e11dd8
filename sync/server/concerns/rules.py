"""The concern workflow's rules: statuses and their transitions, text limits, and the
refusals they give. Plain functions, no database; any thread.

The limits follow what the office can take back: a public answer is stored by the kiosk
as a history note of at most 2,000 characters (kiosk/domain/concerns.py MAX_NOTE_CHARS),
a reason at most 1,000. Internal notes never leave the server and may be longer.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sync.server.errors import Refused
from sync.server.form_errors import N_, InvalidField

RECEIVED = "received"
IN_PROGRESS = "in_progress"
ANSWERED = "answered"
CLOSED = "closed"
REJECTED = "rejected"
STATUSES = (RECEIVED, IN_PROGRESS, ANSWERED, CLOSED, REJECTED)
#: Statuses still waiting for the municipality: they can be overdue.
OPEN_STATUSES = (RECEIVED, IN_PROGRESS)

#: Where a central decision may take a concern. An answered concern may get a further
#: answer, be closed, or be reopened (back to in_progress); closed and rejected ones may be
#: reopened centrally when the citizen comes back (the office accepts any central status).
TRANSITIONS: dict[str, frozenset[str]] = {
    RECEIVED: frozenset({IN_PROGRESS, ANSWERED, CLOSED, REJECTED}),
    IN_PROGRESS: frozenset({ANSWERED, CLOSED, REJECTED}),
    ANSWERED: frozenset({ANSWERED, CLOSED, IN_PROGRESS}),
    CLOSED: frozenset({IN_PROGRESS}),
    REJECTED: frozenset({IN_PROGRESS}),
}

MAX_ANSWER_CHARS = 2000
MAX_NOTE_CHARS = 4000
MAX_REASON_CHARS = 1000
MAX_SEARCH_CHARS = 100

# Control characters other than tab and line breaks have no place in a message to a person.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def invalid(field: str, template: str, params: Mapping[str, Any] | None = None) -> InvalidField:
    """A refusal about one field: the CLI prints "field: message", a web page shows the
    translated `template` (marked with N_) next to the field."""
    return InvalidField(field, template, params)


def not_found(office_code: str, code: str) -> Refused:
    """The same answer whether the concern does not exist or the user may not see it."""
    return Refused(f"no concern {code!r} in office {office_code!r} that you can see; check the code on the "
                   "citizen's receipt, or wait until the office has synced.", "not_found", 404)


def forbidden(message: str) -> Refused:
    return Refused(message, "forbidden", 403)


def forbidden_field(field: str, template: str, params: Mapping[str, Any] | None = None) -> InvalidField:
    """A 403 a web page shows next to the form's field (translated), like `invalid`."""
    return InvalidField(field, template, params, code="forbidden", http_status=403)


def clean_text(value: object, field: str, max_chars: int) -> str:
    """A person's text (answer, note, reason): trimmed, non-empty, within `max_chars`."""
    if not isinstance(value, str) or not value.strip():
        raise invalid(field, N_("Write something here; it cannot be empty."))
    text = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if _CONTROL.search(text):
        raise invalid(field, N_("Remove the control characters (pasted from another program?)."))
    if len(text) > max_chars:
        raise invalid(field, N_("{count:,} characters is too long; shorten it to at most {max:,}."),
                      {"count": len(text), "max": max_chars})
    return text


def check_status(status: object) -> str:
    if status not in STATUSES:
        raise invalid("status", N_("{status!r} is not a concern status; use one of {statuses}."),
                      {"status": status, "statuses": ", ".join(STATUSES)})
    return str(status)


def check_transition(current: str, new: str) -> None:
    if new not in TRANSITIONS.get(current, frozenset(STATUSES)):
        allowed = sorted(TRANSITIONS.get(current, frozenset()))
        raise InvalidField("status", N_("A concern cannot go from {current} to {new}; from {current} it can go to "
                                        "{allowed}. Reload the page: someone may have changed it."),
                           {"current": current, "new": new, "allowed": ", ".join(allowed) or "-"},
                           code="conflict", http_status=409)


def history_kind(previous: str | None, new: str) -> str:
    """`reopened` when a decided concern goes back to work, else `status`."""
    return "reopened" if previous in (ANSWERED, CLOSED, REJECTED) and new == IN_PROGRESS else "status"


__all__ = ["ANSWERED", "CLOSED", "IN_PROGRESS", "MAX_ANSWER_CHARS", "MAX_NOTE_CHARS", "MAX_REASON_CHARS",
           "MAX_SEARCH_CHARS", "OPEN_STATUSES", "RECEIVED", "REJECTED", "STATUSES", "TRANSITIONS", "check_status",
           "check_transition", "clean_text", "forbidden", "forbidden_field", "history_kind", "invalid", "not_found"]
