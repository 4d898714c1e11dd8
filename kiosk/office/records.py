"""The plain data an office hands out besides the domain's types: who the office is, its
events, and the small records of counters, announcements and the display board.

Thread use: any (immutable values and plain dicts).
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, NotRequired, TypedDict

from kiosk.domain.clock import to_iso
from kiosk.domain.tickets import Ticket


@dataclasses.dataclass(frozen=True)
class OfficeInfo:
    name: str
    code: str
    timezone: str
    # A training office (kiosk/office/training.py): screens show the TRAINING band, receipts
    # say SPECIMEN, and nothing reaches the central server.
    training: bool = False


@dataclasses.dataclass(frozen=True)
class OfficeEvent:
    kind: str  # e.g. "ticket.issued"
    data: dict[str, Any]


Listener = Callable[[OfficeEvent], None]


class CounterState(TypedDict):
    """A counter as desks and the display see it (`counters()`)."""

    number: str
    services: list[str]
    status: str  # "open" or "closed"
    staff_id: str | None
    staff_name: str | None
    opened_at: str | None


class CounterChange(TypedDict, total=False):
    """The answer to opening or closing a counter."""

    counter: str
    services: list[str]
    status: str


class Announcement(TypedDict):
    """The display's announcement line: language → text."""

    id: str
    texts: dict[str, str]
    created_at: str
    source: str


class Board(TypedDict):
    """The hall display's whole picture, read at once."""

    recent_calls: list[Ticket]
    waiting_counts: dict[str, int]
    announcements: list[Announcement]
    counters: list[CounterState]
    # Over the LAN only: the hub's last event id when it read the board, so a display resumes
    # its event stream from exactly there (a local office's listeners miss nothing).
    event_id: NotRequired[str | None]


def ticket_payload(ticket: Ticket) -> dict[str, Any]:
    """A ticket as plain JSON data (outbox events, the LAN API, listeners)."""
    return {
        "ticket_id": ticket.id,
        "service_code": ticket.service_code,
        "queue_service": ticket.queue_service,
        "number": ticket.number,
        "label": ticket.label,
        "business_date": ticket.business_date.isoformat(),
        "priority": ticket.priority.value,
        "status": ticket.status.value,
        "language": ticket.language,
        "issued_at": to_iso(ticket.issued_at),
        "called_at": to_iso(ticket.called_at) if ticket.called_at else None,
        "counter": ticket.counter,
        "clerk": ticket.clerk,
        "recalls": ticket.recalls,
        "transferred_from": ticket.transferred_from,
    }
