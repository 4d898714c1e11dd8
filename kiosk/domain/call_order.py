"""The order waiting tickets are called in: priority classes first, by each service's rule.

Each service has `priority_after = N` (catalogue, default 0). The rule is kept per line
(a ticket's `queue_service`), whichever counter calls:

* N = 0, strict priority: a waiting priority ticket is always called before a regular one.
* N > 0, "one priority ticket after every N regular ones": a waiting priority ticket is
  called once N regular tickets of the line have been called since the line's last
  priority call of the day, or when no priority ticket of the line has been called yet
  today (a new day owes the regular line nothing). Otherwise the oldest regular ticket is
  called. When only one kind waits, the oldest of that kind is called.

So with N = 3 and 20 priority + 20 regular tickets waiting at opening the calls go
P R R R P R R R … : exactly one priority ticket in every four calls while both kinds
wait, so neither line starves.

A counter serving several lines: each line offers its next ticket by its own rule, an
offered priority ticket goes before an offered regular one, then the earliest arrival.
With every N = 0 this is the old order (any priority class first, then arrival).

The "run" of a line (regular calls since its last priority call today, None when no
priority call yet today) is derived from the day's calls in the database
(kiosk/store/desk.py `regular_runs`), so a restart changes nothing.

Thread use: any (pure functions).
"""
from __future__ import annotations

import dataclasses
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from typing import Protocol, TypeVar

from kiosk.domain.tickets import Priority

MAX_PRIORITY_AFTER = 100  # more than a day's calls of a counter: a typo, not a rule


class Waiting(Protocol):
    """What the order needs of a waiting ticket."""

    @property
    def queue_service(self) -> str: ...
    @property
    def priority(self) -> Priority: ...


W = TypeVar("W", bound=Waiting)
Run = int | None  # regular calls since the line's last priority call today; None: none yet today


@dataclasses.dataclass(frozen=True)
class NewTicket:
    """A ticket not issued yet, to ask where it would stand (the wait a kiosk announces)."""

    queue_service: str
    priority: Priority = Priority.NONE


def priority_due(priority_after: int, run: Run) -> bool:
    """True when a waiting priority ticket of the line goes before its regular ones now."""
    return priority_after <= 0 or run is None or run >= priority_after


def after_call(run: Run, priority: Priority) -> Run:
    """The line's run once a ticket of this priority was called."""
    if priority.is_priority:
        return 0
    return None if run is None else run + 1


def call_order(waiting: Iterable[W], priority_after: Mapping[str, int], runs: Mapping[str, Run]) -> Iterator[W]:
    """`waiting` (in arrival order) in the order the counters will call them, lazily.

    `priority_after`: service code → N (absent: 0); `runs`: line → run (absent: None).
    """
    lines: dict[str, tuple[deque[tuple[int, W]], deque[tuple[int, W]]]] = {}
    for arrival, ticket in enumerate(waiting):
        priority, regular = lines.setdefault(ticket.queue_service, (deque(), deque()))
        (priority if ticket.priority.is_priority else regular).append((arrival, ticket))
    current = dict(runs)
    while lines:
        offers = []
        for line, (priority, regular) in lines.items():
            take_priority = bool(priority) and (
                not regular or priority_due(priority_after.get(line, 0), current.get(line)))
            arrival = (priority if take_priority else regular)[0][0]
            offers.append((not take_priority, arrival, line))
        was_regular, _, line = min(offers)
        priority, regular = lines[line]
        _, ticket = (regular if was_regular else priority).popleft()
        current[line] = after_call(current.get(line), ticket.priority)
        if not priority and not regular:
            del lines[line]
        yield ticket


def people_ahead(newest: Waiting, others: Iterable[Waiting], priority_after: Mapping[str, int],
                 runs: Mapping[str, Run]) -> int:
    """How many of `others` (the line's other waiting tickets, in arrival order) will be
    called before `newest`, which arrived after them all."""
    for ahead, called in enumerate(call_order([*others, newest], priority_after, runs)):
        if called is newest:
            return ahead
    raise AssertionError("the ticket is in its own call order")  # pragma: no cover
