"""Queue tickets: priority classes, statuses, labels and the order tickets are called in."""
from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import math


class Priority(str, enum.Enum):
    """Why a citizen may be served before arrival order. NONE is the usual case."""

    NONE = "none"
    ELDERLY = "elderly"
    DISABILITY = "disability"
    PREGNANCY = "pregnancy"

    @property
    def is_priority(self) -> bool:
        return self is not Priority.NONE


class TicketStatus(str, enum.Enum):
    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no_show"
    TRANSFERRED = "transferred"
    CANCELLED = "cancelled"


MAX_DAILY_NUMBER = 9999  # busy offices pass 1,000 a day in one service: the label grows to A-1000


@dataclasses.dataclass(frozen=True)
class Ticket:
    id: str
    service_code: str  # the service that issued the number (its prefix is on the label)
    queue_service: str  # the line the ticket is in now; differs after a transfer
    number: int
    label: str
    business_date: dt.date
    priority: Priority
    status: TicketStatus
    language: str
    issued_at: dt.datetime
    called_at: dt.datetime | None = None
    started_at: dt.datetime | None = None
    finished_at: dt.datetime | None = None
    counter: str | None = None
    clerk: str | None = None
    recalls: int = 0
    transferred_from: str | None = None  # service code the ticket came from


@dataclasses.dataclass(frozen=True)
class IssuedTicket:
    """What the citizen is told when the ticket is issued."""

    ticket: Ticket
    people_ahead: int
    estimated_wait_min: int
    # The unguessable token of the ticket's public page, printed in its QR code only: it is
    # given to the kiosk that prints the receipt, never on `Ticket` (desks and displays read
    # those). None for a ticket issued before tokens existed.
    public_token: str | None = None


def format_label(prefix: str, number: int) -> str:
    """'A', 42 → 'A-042': the text on the receipt, the display and the spoken call."""
    return f"{prefix}-{number:03d}"


def priority_rank(priority: Priority) -> int:
    """0 for any priority class, 1 otherwise: priority classes go first, then arrival."""
    return 0 if priority.is_priority else 1


def estimate_wait_minutes(people_ahead: int, minutes_per_citizen: float, open_counters: int = 1) -> int:
    """Minutes until this citizen is called, rounded up to whole minutes.

    With several counters serving the service the line moves that much faster.
    Nobody ahead means 0: the citizen is next.
    """
    if people_ahead <= 0:
        return 0
    counters = max(open_counters, 1)
    return math.ceil(people_ahead * minutes_per_citizen / counters)
