"""Staff rules: roles and what they allow, PIN format, lockout, ticket state changes."""
from __future__ import annotations

import datetime as dt
import enum
import re

from kiosk.domain.tickets import TicketStatus


class Role(str, enum.Enum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"


class Permission(str, enum.Enum):
    DESK = "desk"  # call and serve tickets
    CONCERNS = "concerns"  # read and answer concerns
    CONTACTS = "contacts"  # see a concern's contact details (law 18-07: least access)
    SUPERVISE = "supervise"  # announcements, services, figures of every counter


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: frozenset({Permission.DESK, Permission.CONCERNS}),
    Role.SUPERVISOR: frozenset(Permission),
}

MAX_FAILED_PINS = 5
LOCKOUT = dt.timedelta(minutes=15)
SESSION_LENGTH = dt.timedelta(hours=12)
_PIN_RE = re.compile(r"^[0-9]{4,8}$")
_NAME_RE = re.compile(r"^[^\x00-\x1f\x7f]{1,60}$")


def can(role: Role | str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[Role(role)]


def pin_problem(pin: str) -> str | None:
    """Why a new PIN is not acceptable, or None."""
    if not _PIN_RE.match(pin or ""):
        return "a PIN is 4 to 8 digits"
    if len(set(pin)) == 1 or pin in "0123456789" or pin in "9876543210":
        return "a PIN must not be a repeated or consecutive run of digits (e.g. 1111, 1234)"
    return None


def name_problem(name: str) -> str | None:
    if not _NAME_RE.match(name or "") or not name.strip():
        return "a staff name is 1 to 60 printable characters"
    return None


# Which ticket statuses each desk action may start from.
ACTION_FROM: dict[str, frozenset[TicketStatus]] = {
    "call": frozenset({TicketStatus.WAITING}),
    "recall": frozenset({TicketStatus.CALLED}),
    "start": frozenset({TicketStatus.CALLED}),
    "finish": frozenset({TicketStatus.CALLED, TicketStatus.SERVING}),
    "no_show": frozenset({TicketStatus.CALLED}),
    "transfer": frozenset({TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.WAITING}),
}
