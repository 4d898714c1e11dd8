"""The office's live snapshot, as the snapshot sender (sync/snapshot_sender.py) asks for it.

    snapshot_source(office) → callable → {"taken_at", "day", "queues", "called"}
    snapshot_wakeups(office) → subscribe(wake) → unsubscribe

Read through the office's public methods only (`OfficePort`: waiting tickets in calling
order, recent calls, the wait estimate's minutes and counters, the clock), so the same
code serves a local `Office`; never SQL. What it holds is what "people ahead" and "called
to counter N" need on a citizen's phone: ticket labels per line in the order the desks
call them (priority tickets first; a transferred ticket in the line it waits in now), the
tickets at a counter now, and the minutes per citizen and open counters of the kiosk's own
estimate (`estimate_wait_minutes`). Never a name, a phone number or a ticket's token.
The shape is the protocol's (sync/protocol/snapshot.py); the sender adds the device id.

`snapshot_wakeups` wakes the sender on what changes a queue: tickets, counters, the
catalogue (a service opened or closed); not on concerns, announcements or sync's own
status. Thread use: the source runs on the sender's thread, under the office's lock as
every office read; the wake-up on the thread that committed the change.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from kiosk.domain.catalogue import Service
from kiosk.domain.clock import Clock, business_date
from kiosk.domain.tickets import Ticket, TicketStatus
from kiosk.office.records import Listener
from sync import protocol as P

#: The office events after which the snapshot may differ.
QUEUE_EVENT_PREFIXES = ("ticket.", "counter.", "catalogue.")
AT_A_COUNTER = (TicketStatus.CALLED, TicketStatus.SERVING)


class QueueReader(Protocol):
    """What of the office the snapshot reads (`Office` and `RemoteOffice` both are one)."""

    @property
    def clock(self) -> Clock: ...
    @property
    def zone(self) -> Any: ...
    def services(self) -> tuple[Service, ...]: ...
    def waiting_tickets(self, services: list[str] | None = None, limit: int = 200) -> list[Ticket]: ...
    def recent_calls(self, limit: int = 6) -> list[Ticket]: ...
    def minutes_per_citizen(self, service_code: str) -> float: ...
    def open_counters(self, service_code: str) -> int: ...


class Subscribable(Protocol):
    def subscribe(self, listener: Listener) -> Callable[[], None]: ...


def snapshot_source(office: QueueReader) -> Callable[[], dict[str, Any]]:
    def snapshot() -> dict[str, Any]:
        now = office.clock.now()
        codes = [s.code for s in office.services() if s.active]
        waiting: dict[str, list[str]] = {code: [] for code in codes}
        for ticket in office.waiting_tickets(codes, limit=P.MAX_SNAPSHOT_WAITING) if codes else []:
            waiting.setdefault(ticket.queue_service, []).append(ticket.label)
        # A line nobody waits in is left out: a ticket not in any line is no longer waiting.
        queues = {code: {"waiting": labels,
                         # One decimal: a measured mean that moves by a hair is not a change worth sending.
                         "minutes": round(min(office.minutes_per_citizen(code), P.SERVICE_MAX_MINUTES), 1),
                         "counters": min(office.open_counters(code), 99)}
                  for code, labels in waiting.items() if labels}
        called = [{"label": t.label, "counter": t.counter}
                  for t in office.recent_calls(P.MAX_SNAPSHOT_CALLED) if t.status in AT_A_COUNTER and t.counter]
        return {"taken_at": P.format_time(now), "day": business_date(now, office.zone).isoformat(),
                "queues": queues, "called": called}

    return snapshot


def snapshot_wakeups(office: Subscribable) -> Callable[[Callable[[], None]], Callable[[], None]]:
    def subscribe(wake: Callable[[], None]) -> Callable[[], None]:
        return office.subscribe(lambda event: wake() if event.kind.startswith(QUEUE_EVENT_PREFIXES) else None)

    return subscribe


__all__ = ["QUEUE_EVENT_PREFIXES", "snapshot_source", "snapshot_wakeups"]
