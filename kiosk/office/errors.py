"""What an office says when it will not or cannot do something: one tree for local and remote offices.

    OfficeError(code, message)   an action was refused; `.code` is what the UI translates
     ├─ InvalidInput             what was asked is malformed: bad_counter, bad_language, bad_staff,
     │                           bad_status, bad_service_control, code_format, code_check, a concern
     │                           draft's problem codes
     │                           (with `.problems`), reason_required, note_required, bad_retention, …
     ├─ NotFound                 unknown_ticket, unknown_service, unknown_staff, code_unknown,
 │                           unknown_help_request
     ├─ Conflict                 the office is not in a state to do it: bad_state, counter_closed,
     │                           bad_transfer, daily_limit, bad_transition, action_id_reused,
     │                           sync_not_enrolled
     ├─ NotAllowed               forbidden, device_forbidden, bad_pairing_code, training_mismatch
     │   ├─ NotLoggedIn          not_logged_in, bad_device_token, not_paired
     │   ├─ BadLogin             bad_login (unknown name or wrong PIN)
     │   └─ Locked               locked (too many wrong PINs)
     └─ Unavailable              not now: service_closed, service_outside_hours,
                                 service_limit_reached, code_exhausted
         ├─ Throttled            lookup_throttled, pairing_throttled (with `.retry_after_s`)
         └─ HubUnreachable       hub_unreachable: the LAN hub did not answer (kiosk/hub/client.py)

    StoreError                   the office's database failed (kiosk/store/errors.py):
     ├─ DatabaseDamaged          DiskFull, DatabaseDamaged, DatabaseUnreadable; re-exported here
     ├─ DatabaseUnreadable
     └─ DiskFull

The storage failures are a second root, on purpose, not under `OfficeError`: a refusal
tells the person what to do instead ("open the counter first"), a storage failure puts
the office out of service (or, a full disk, loses the action), and the screens handle
the two differently (`except OfficeError` before `except StoreError` must not swallow a
damaged database). The store cannot import the office either (dependencies point down).
`OFFICE_FAILURES` catches both. A remote office raises the same classes: the hub sends
the code, `RemoteOffice` rebuilds the class with `office_error()` / `failure_from()`.

`office_error(code, message)` builds the subclass a code belongs to: for codes that
come back over the LAN, and for callers that still raise `OfficeError(code, …)` itself.

Thread use: any.
"""
from __future__ import annotations

from collections.abc import Iterable

from kiosk.domain.concerns import FieldProblem
from kiosk.store.errors import DatabaseDamaged, DatabaseUnreadable, DiskFull, StoreError, failure_from


class OfficeError(Exception):
    """An action was refused; `code` says why in a form the UI can translate."""

    def __init__(self, code: str, message: str, *, problems: Iterable[FieldProblem] = (),
                 retry_after_s: float | None = None):
        super().__init__(message)
        self.code = code
        self.problems: tuple[FieldProblem, ...] = tuple(problems)  # a refused concern draft: every problem
        self.retry_after_s = retry_after_s  # a throttled lookup: seconds before the next one may be tried


class InvalidInput(OfficeError):
    """The request is malformed or a value is out of its rules; asking again the same way fails again."""


class NotFound(OfficeError):
    """No such ticket, service, staff member or concern."""


class Conflict(OfficeError):
    """The office is not in a state that allows it (a closed counter, a ticket already done, a reused id)."""


class NotAllowed(OfficeError):
    """Who asks may not do this."""


class NotLoggedIn(NotAllowed):
    """No valid staff session (or device token): log in (or pair) first."""


class BadLogin(NotAllowed):
    """Unknown name or wrong PIN."""


class Locked(NotAllowed):
    """Too many wrong PINs: the account is locked for a while."""


class Unavailable(OfficeError):
    """Not now: the service is closed, the lookups are slowed down, the hub does not answer."""


class Throttled(Unavailable):
    """Too many attempts: `retry_after_s` says when to try again."""


# Every code the office, the hub and the LAN client use, with its kind. A code not listed
# (a concern draft's problem code, a domain rule's code) is an `InvalidInput`.
KIND_OF_CODE: dict[str, type[OfficeError]] = {
    **dict.fromkeys(("unknown_ticket", "unknown_service", "unknown_staff", "code_unknown", "unknown_help_request"),
                    NotFound),
    **dict.fromkeys(("bad_state", "counter_closed", "bad_transfer", "daily_limit", "bad_transition",
                     "action_id_reused", "sync_not_enrolled"), Conflict),
    **dict.fromkeys(("forbidden", "device_forbidden", "bad_pairing_code", "training_mismatch"), NotAllowed),
    **dict.fromkeys(("not_logged_in", "bad_device_token", "not_paired"), NotLoggedIn),
    "bad_login": BadLogin,
    "locked": Locked,
    **dict.fromkeys(("service_closed", "service_outside_hours", "service_limit_reached", "code_exhausted",
                     "hub_unreachable"), Unavailable),
    **dict.fromkeys(("lookup_throttled", "pairing_throttled"), Throttled),
}


def kind_of(code: str) -> type[OfficeError]:
    """The class of refusal a code belongs to (`InvalidInput` for the codes of input rules)."""
    return KIND_OF_CODE.get(code, InvalidInput)


def office_error(code: str, message: str, *, problems: Iterable[FieldProblem] = (),
                 retry_after_s: float | None = None) -> OfficeError:
    """The refusal `code` stands for, as the class it belongs to."""
    return kind_of(code)(code, message, problems=problems, retry_after_s=retry_after_s)


OFFICE_FAILURES: tuple[type[Exception], ...] = (OfficeError, StoreError)

__all__ = ["KIND_OF_CODE", "OFFICE_FAILURES", "BadLogin", "Conflict", "DatabaseDamaged", "DatabaseUnreadable",
           "DiskFull", "InvalidInput", "Locked", "NotAllowed", "NotFound", "NotLoggedIn", "OfficeError",
           "StoreError", "Throttled", "Unavailable", "failure_from", "kind_of", "office_error"]
