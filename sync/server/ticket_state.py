"""Where a followed ticket stands, from the office's latest snapshot: a pure function.

    ticket_state(ticket, snapshot, heard_at, now) → TicketState

States (`TicketState.state`):

    waiting     its label is in a line: `ahead` people before it, `wait_min` minutes
    called      it is called (or being served) at `counter`
    gone        the office's news is newer than the ticket and its label is nowhere: served,
                passed (no-show) or cancelled; the snapshot does not say which
    other_day   the office has moved on to a later day than the ticket's
    no_news     the office has sent nothing about the ticket's day yet, or only news older
                than the ticket (the snapshot after its issue has not arrived)

`offline` is True when the newest snapshot was received more than `OFFLINE_AFTER` ago: the
page then says since when, and shows the last known state as such. The wait estimate is
the kiosk's own rule (kiosk.domain.tickets.estimate_wait_minutes, which `sync` may not
import; tests/server/test_ticket_state.py checks that both agree).

Any thread.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import math

from sync import protocol as P

OFFLINE_AFTER = dt.timedelta(seconds=60)

WAITING, CALLED, GONE, OTHER_DAY, NO_NEWS = "waiting", "called", "gone", "other_day", "no_news"


@dataclasses.dataclass(frozen=True)
class FollowedTicket:
    """A `public_tickets` row: what the server knows of a ticket from its `ticket.issued` event."""

    office_code: str
    day: str
    service: str
    label: str
    issued_at: str
    language: str | None = None  # the kiosk's language when the ticket was taken


@dataclasses.dataclass(frozen=True)
class TicketState:
    label: str
    service: str  # the line it waits in (after a transfer, the new one)
    day: str
    state: str
    ahead: int | None = None
    wait_min: int | None = None
    counter: str | None = None
    heard_at: str | None = None  # when the server received the office's newest snapshot
    offline: bool = False


def wait_minutes(ahead: int, minutes_per_citizen: float, open_counters: int) -> int:
    """The kiosk's estimate (kiosk.domain.tickets.estimate_wait_minutes): nobody ahead is 0."""
    if ahead <= 0:
        return 0
    return math.ceil(ahead * minutes_per_citizen / max(open_counters, 1))


def _is_after(a: str, b: str) -> bool:
    try:
        return P.parse_time(a) >= P.parse_time(b)
    except P.ProtocolError:
        return True  # an unreadable issue time cannot hold the news back


def ticket_state(ticket: FollowedTicket, snapshot: P.Snapshot | None, heard_at: str | None,
                 now: dt.datetime) -> TicketState:
    offline = heard_at is not None and now - P.parse_time(heard_at) > OFFLINE_AFTER
    base = TicketState(ticket.label, ticket.service, ticket.day, NO_NEWS, heard_at=heard_at, offline=offline)
    if snapshot is None or snapshot.day < ticket.day or not _is_after(snapshot.taken_at, ticket.issued_at):
        return base
    if snapshot.day > ticket.day:
        return dataclasses.replace(base, state=OTHER_DAY)
    for call in snapshot.called:
        if call.label == ticket.label:
            return dataclasses.replace(base, state=CALLED, counter=call.counter)
    for code, queue in snapshot.queues.items():
        if ticket.label in queue.waiting:
            ahead = queue.waiting.index(ticket.label)
            return dataclasses.replace(base, state=WAITING, service=code, ahead=ahead,
                                       wait_min=wait_minutes(ahead, queue.minutes, queue.counters))
    return dataclasses.replace(base, state=GONE)


__all__ = ["CALLED", "GONE", "NO_NEWS", "OFFLINE_AFTER", "OTHER_DAY", "WAITING", "FollowedTicket", "TicketState",
           "ticket_state", "wait_minutes"]
