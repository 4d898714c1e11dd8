"""Simulated office days, for demos, staff training and benchmarks (Qt-free).

Citizens arrive through the opening hours with a morning peak, choose services with
realistic weights (birth extracts far more than building permits), and about one in
twelve asks for priority. Past days are written as finished days (every ticket served);
the current day, when included, runs through the `Office` facade exactly as the kiosk
and the desks do (simulated clerks at four counters call, serve and finish tickets),
so it ends with realistic waits and citizens still in line.

Every simulated ticket is a real ticket with its outbox event: a simulated office syncs
like a real one.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Callable

from kiosk.domain.clock import FixedClock, business_date, to_iso
from kiosk.domain.ids import uuid7
from kiosk.domain.tickets import Priority
from kiosk.office import Office, ticket_payload
from kiosk.store import tickets as ticket_rows
from kiosk.store.outbox import append_event

# Relative demand per service code (unknown codes weigh 1).
DEMAND = {
    "EC-N12": 30, "EC-12S": 12, "EC-FAM": 10, "EC-IND": 6, "EC-MAR": 5, "EC-DEC": 3, "EC-DNA": 3,
    "EC-LF2": 2, "EC-COR": 2, "AD-RES": 8, "AD-LEG": 14, "AD-CCF": 12, "BIO-PP": 4, "BIO-ID": 4,
    "UR-CU": 1, "UR-PC": 1, "SO-AID": 2, "CR-CMP": 2, "CR-WEB": 2,
}
OPENING = dt.time(8, 0)
CLOSING = dt.time(16, 30)
PRIORITY_SHARE = 0.08
EARLY_DEMO = dt.timedelta(hours=1)


@dataclasses.dataclass
class SimulationReport:
    days: int
    tickets: int
    first_day: dt.date | None
    last_day: dt.date | None


def _arrival_times(rng: random.Random, day: dt.date, count: int, zone,
                   start: dt.datetime | None = None) -> list[dt.datetime]:
    """Arrival instants (UTC) with a morning peak: a triangular law peaking 1½ hours after opening."""
    start = start or dt.datetime.combine(day, OPENING, zone)
    span = (dt.datetime.combine(day, CLOSING, zone) - dt.datetime.combine(day, OPENING, zone)).total_seconds()
    peak = 1.5 * 3600
    return sorted(start + dt.timedelta(seconds=rng.triangular(0, span, peak)) for _ in range(count))


def pick_priority(rng: random.Random) -> Priority:
    if rng.random() >= PRIORITY_SHARE:
        return Priority.NONE
    return rng.choices([Priority.ELDERLY, Priority.DISABILITY, Priority.PREGNANCY], [6, 2, 1])[0]


def simulate(
    office: Office,
    *,
    tickets_per_day: int,
    days: int = 1,
    include_today: bool = True,
    serve_today: bool = True,
    seed: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> SimulationReport:
    """Fill the office with `days` simulated days ending today (or yesterday)."""
    rng = random.Random(seed)
    zone = office.zone
    services = office.services()
    weights = [DEMAND.get(s.code, 1) for s in services]
    today = business_date(office.clock.now(), zone)
    last = today if include_today else today - dt.timedelta(days=1)
    first = last - dt.timedelta(days=days - 1)
    total = 0
    for index in range(days):
        day = first + dt.timedelta(days=index)
        count = max(1, round(tickets_per_day * rng.uniform(0.8, 1.2))) if tickets_per_day else 0
        opened = None
        if day == today and office.clock.now() < dt.datetime.combine(day, OPENING, zone) + EARLY_DEMO:
            # Before (or just after) opening time, a demo still gets a morning's line: as if the
            # office had opened 3½ hours ago.
            opened = office.clock.now() - dt.timedelta(hours=3.5)
        arrivals = _arrival_times(rng, day, count, zone, opened)
        if day == today:
            total += _issue_today(office, rng, services, weights, arrivals, serve_today)
        else:
            total += _write_past_day(office, rng, services, weights, day, arrivals)
        if progress:
            progress(index + 1, days)
    return SimulationReport(days, total, first if days else None, last if days else None)


# Simulated counters of a typical office: which service families each one serves.
COUNTER_FAMILIES = {"1": ("EC-",), "2": ("EC-",), "3": ("AD-", "CR-"), "4": ("BIO-", "UR-", "SO-")}


def _simulated_clerks(office) -> dict[str, str]:
    """Log in one simulated clerk per counter and open the counters; returns counter → session token."""
    import secrets

    known = {s["name"] for s in office.list_staff()}
    tokens = {}
    for counter, families in COUNTER_FAMILIES.items():
        services = [s.code for s in office.services() if s.code.startswith(families)]
        if not services:
            continue
        name = f"sim-clerk-{counter}"
        pin = "".join(secrets.choice("0123456789") for _ in range(8))
        if name in known:
            office.reset_pin(name, pin)
        else:
            office.add_staff(name, "clerk", pin)
        tokens[counter] = office.login(name, pin).token
        office.open_counter(tokens[counter], counter, services)
    return tokens


def _issue_today(office, rng, services, weights, arrivals, serve: bool = True) -> int:
    """Today up to now, through the facade as at the kiosk and the desks: citizens arrive and take
    tickets, simulated clerks call, serve and finish them; whoever is still in line at the end waits."""
    import heapq

    clock = office.clock
    if not isinstance(clock, FixedClock):
        raise ValueError("simulating today needs an office with a FixedClock")
    now = clock.now()
    arrivals = [at for at in arrivals if at <= now]
    if not arrivals:
        return 0
    tokens = _simulated_clerks(office) if serve else {}  # without clerks the line waits for real desks
    languages = ["ar"] * 6 + ["fr"] * 3 + ["kab"]
    # Timeline of (instant, order, kind, data); order keeps ties stable.
    timeline: list = [(at, i, "arrive", None) for i, at in enumerate(arrivals)]
    timeline += [(arrivals[0], -1, "free", counter) for counter in tokens]
    heapq.heapify(timeline)
    order = len(arrivals)
    idle: set[str] = set()
    while timeline:
        at, _, kind, data = heapq.heappop(timeline)
        if at > now:
            break
        clock.set(at)
        if kind == "arrive":
            office.issue_ticket(rng.choices(services, weights)[0].code, pick_priority(rng), rng.choice(languages))
            for counter in list(idle):  # a waiting clerk calls at once
                idle.discard(counter)
                order += 1
                heapq.heappush(timeline, (at + dt.timedelta(seconds=rng.uniform(3, 15)), order, "free", counter))
            continue
        if kind == "finish":
            counter, ticket_id = data
            office.finish(tokens[counter], ticket_id)
            order += 1
            heapq.heappush(timeline, (at + dt.timedelta(seconds=rng.uniform(5, 30)), order, "free", counter))
            continue
        counter, token = data, tokens[data]
        ticket = office.call_next(token, counter)
        if ticket is None:
            idle.add(counter)
            continue
        if rng.random() < 0.03:  # nobody comes: recalled, then marked absent
            office.recall(token, ticket.id)
            clock.set(at + dt.timedelta(seconds=60))
            office.no_show(token, ticket.id)
            order += 1
            heapq.heappush(timeline, (at + dt.timedelta(seconds=70), order, "free", counter))
            continue
        clock.set(at + dt.timedelta(seconds=rng.uniform(20, 60)))  # the citizen walks to the counter
        office.start_service(token, ticket.id)
        typical = office.catalogue.service(ticket.queue_service).typical_minutes
        minutes = max(0.5, rng.gauss(typical, typical / 3))
        order += 1
        heapq.heappush(timeline, (clock.now() + dt.timedelta(minutes=minutes), order, "finish", (counter, ticket.id)))
    clock.set(now)
    return len(arrivals)


def _write_past_day(office, rng, services, weights, day, arrivals) -> int:
    """A finished day: every ticket issued, called, served and its events recorded, in one transaction."""
    counter_free_at: dict[str, dt.datetime] = {}
    with office.work.write() as conn:
        for at in arrivals:
            service = rng.choices(services, weights)[0]
            ticket = ticket_rows.insert_new_ticket(
                conn, ticket_id=uuid7(), service_code=service.code, prefix=service.prefix, business_date=day,
                priority=pick_priority(rng), language=rng.choice(["ar", "ar", "fr", "kab"]), issued_at=at,
            )
            payload = ticket_payload(ticket)
            payload["office_code"] = office.info.code
            append_event(conn, "ticket.issued", at, payload)
            called = max(at, counter_free_at.get(service.code, at)) + dt.timedelta(seconds=rng.uniform(5, 40))
            minutes = max(0.5, rng.gauss(service.typical_minutes, service.typical_minutes / 3))
            finished = called + dt.timedelta(seconds=30 + minutes * 60)
            counter_free_at[service.code] = finished
            counter = str(1 + services.index(service) % 4)
            conn.execute(
                "UPDATE tickets SET status = 'done', called_at = ?, started_at = ?, finished_at = ?, counter = ?"
                " WHERE id = ?",
                (to_iso(called), to_iso(called + dt.timedelta(seconds=30)), to_iso(finished), counter, ticket.id),
            )
            append_event(conn, "ticket.finished", finished,
                         {"ticket_id": ticket.id, "counter": counter, "at": to_iso(finished),
                          "office_code": office.info.code})
    return len(arrivals)
