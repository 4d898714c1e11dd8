"""The office's activity report over a period of days: the figures, computed once.

What a supervisor prints at the end of a day (or a month): tickets per service and per
hour, waits (median and 90th percentile) against the service's target, counter times,
no-shows, concerns received and answered, calls for help. The store reads the rows
(kiosk/store/activity.py), `compute_activity_report` turns them into an `ActivityReport`,
and the renderers (kiosk/reports/: CSV and PDF) only lay it out.

Rules of counting, in one place:

  - a ticket counts on its business date (the office's local day) and, for "tickets per
    hour", in the local hour it was issued, under the service it was issued for;
  - its wait (issued → called; a recall moves the call), its counter time (started →
    finished, finished tickets only) and a no-show count under the line it was in at the
    end (`queue_service`: the service it was transferred to, if it was);
  - a concern is received on the local day it was registered, answered on the local day
    its status first became "answered";
  - a call for help is counted on the local day it was asked; answered when a clerk
    acknowledged it (at any time);
  - targets are minutes of wait per service (`targets`); a service without one shows no
    target and no share within it.

Thread use: any (immutable values and pure functions).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from zoneinfo import ZoneInfo

#: The longest period one report covers: a year, leap day included. Longer asks are refused
#: (a year's PDF is already a long read; the central server's figures cover the years).
MAX_REPORT_DAYS = 366


def period_problem(first_day: dt.date, last_day: dt.date, names: tuple[str, str] = ("the first day", "the last day"),
                   ) -> str | None:
    """Why a report cannot cover `first_day`..`last_day`, or None; `names` are what the
    person calls the two days (a command line says --from and --to)."""
    if last_day < first_day:
        return f"{names[1]} ({last_day}) is before {names[0]} ({first_day}): swap them"
    days = (last_day - first_day).days + 1
    if days > MAX_REPORT_DAYS:
        return f"a report covers at most {MAX_REPORT_DAYS} days; {first_day} to {last_day} is {days} days"
    return None


def percentiles(samples: Sequence[float], fractions: Sequence[float]) -> list[float | None]:
    """The value below which each fraction (0..1) of `samples` lies, interpolated linearly
    between the two nearest ranks (the usual "inclusive" method); None for no samples."""
    ordered = sorted(samples)
    if not ordered:
        return [None] * len(fractions)
    answers: list[float | None] = []
    for fraction in fractions:
        rank = (len(ordered) - 1) * fraction
        low = int(rank)
        high = min(low + 1, len(ordered) - 1)
        answers.append(ordered[low] + (ordered[high] - ordered[low]) * (rank - low))
    return answers


@dataclasses.dataclass(frozen=True)
class TicketTimes:
    """What the report needs of one ticket (read by kiosk/store/activity.py)."""

    service_code: str  # issued for
    queue_service: str  # served in (differs after a transfer)
    business_date: dt.date
    issued_at: dt.datetime  # UTC
    called_at: dt.datetime | None
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    status: str  # kiosk.domain.tickets.TicketStatus value


@dataclasses.dataclass(frozen=True)
class ConcernTimes:
    registered_at: dt.datetime | None  # None: registered before the period, answered in it
    answered_at: dt.datetime | None  # the first time its status became "answered"


@dataclasses.dataclass(frozen=True)
class HelpTimes:
    asked_at: dt.datetime
    acknowledged_at: dt.datetime | None


@dataclasses.dataclass(frozen=True)
class HourCount:
    """Tickets issued for one service in one local hour of one day (only non-zero cells)."""

    day: dt.date
    hour: int  # 0..23, office time
    service_code: str
    tickets: int


@dataclasses.dataclass(frozen=True)
class ServiceFigures:
    """One service over the period; `service_code` "" is the whole office."""

    service_code: str
    tickets: int  # issued
    served: int  # finished at a counter
    no_shows: int
    waits: int  # tickets called: the wait percentiles' sample size
    wait_p50_min: float | None  # None: nobody was called
    wait_p90_min: float | None
    service_p50_min: float | None  # None: nobody was served
    service_p90_min: float | None
    target_min: int | None = None  # None: the service has no target
    within_target: int | None = None  # waits at or under the target

    @property
    def within_target_share(self) -> float | None:
        """The share (0..1) of called tickets that waited no longer than the target."""
        if self.within_target is None or not self.waits:
            return None
        return self.within_target / self.waits


@dataclasses.dataclass(frozen=True)
class DayFigures:
    day: dt.date
    tickets: int
    served: int
    no_shows: int
    concerns_received: int
    concerns_answered: int
    help_requests: int
    help_answered: int


@dataclasses.dataclass(frozen=True)
class ActivityReport:
    office_name: str
    office_code: str
    timezone: str
    first_day: dt.date
    last_day: dt.date
    generated_at: dt.datetime  # UTC
    services: tuple[ServiceFigures, ...]  # the services with tickets, in catalogue order
    office: ServiceFigures  # the whole office (service_code "")
    days: tuple[DayFigures, ...]  # every day of the period, quiet days too
    hours: tuple[HourCount, ...]

    @property
    def concerns_received(self) -> int:
        return sum(d.concerns_received for d in self.days)

    @property
    def concerns_answered(self) -> int:
        return sum(d.concerns_answered for d in self.days)

    @property
    def help_requests(self) -> int:
        return sum(d.help_requests for d in self.days)

    @property
    def help_answered(self) -> int:
        return sum(d.help_answered for d in self.days)

    def tickets_per_hour(self) -> dict[int, int]:
        """Local hour → tickets issued in it, summed over days and services (hours with tickets)."""
        counts: Counter[int] = Counter()
        for cell in self.hours:
            counts[cell.hour] += cell.tickets
        return dict(sorted(counts.items()))


def _minutes(start: dt.datetime | None, end: dt.datetime | None) -> float | None:
    if start is None or end is None:
        return None
    return max(0.0, (end - start).total_seconds() / 60)


def _one_decimal(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _figures(code: str, tickets: Sequence[TicketTimes], issued: int, target: int | None) -> ServiceFigures:
    waits = [m for t in tickets if (m := _minutes(t.issued_at, t.called_at)) is not None]
    service_times = [m for t in tickets if t.status == "done" and (m := _minutes(t.started_at, t.finished_at))
                     is not None]
    wait50, wait90 = percentiles(waits, (0.5, 0.9))
    service50, service90 = percentiles(service_times, (0.5, 0.9))
    return ServiceFigures(
        service_code=code, tickets=issued, served=sum(t.status == "done" for t in tickets),
        no_shows=sum(t.status == "no_show" for t in tickets), waits=len(waits),
        wait_p50_min=_one_decimal(wait50), wait_p90_min=_one_decimal(wait90),
        service_p50_min=_one_decimal(service50), service_p90_min=_one_decimal(service90),
        target_min=target, within_target=None if target is None else sum(w <= target for w in waits),
    )


def _local_day(instant: dt.datetime | None, zone: ZoneInfo) -> dt.date | None:
    return None if instant is None else instant.astimezone(zone).date()


def compute_activity_report(
    *,
    office_name: str,
    office_code: str,
    zone: ZoneInfo,
    first_day: dt.date,
    last_day: dt.date,
    generated_at: dt.datetime,
    tickets: Iterable[TicketTimes],
    concerns: Iterable[ConcernTimes] = (),
    help_requests: Iterable[HelpTimes] = (),
    service_order: Sequence[str] = (),
    targets: Mapping[str, int] | None = None,
) -> ActivityReport:
    """The report of `first_day`..`last_day` (office days) from the period's rows.

    `service_order` is the catalogue's order of service codes (others follow, sorted);
    `targets` the minutes of wait each service aims at (empty: no targets)."""
    problem = period_problem(first_day, last_day)
    if problem:
        raise ValueError(problem)
    targets = targets or {}
    in_period = [t for t in tickets if first_day <= t.business_date <= last_day]
    issued = Counter(t.service_code for t in in_period)
    lines: defaultdict[str, list[TicketTimes]] = defaultdict(list)
    for ticket in in_period:
        lines[ticket.queue_service].append(ticket)
    rank = {code: i for i, code in enumerate(service_order)}
    codes = sorted(set(issued) | set(lines), key=lambda c: (rank.get(c, len(rank)), c))
    services = tuple(_figures(c, lines[c], issued[c], targets.get(c)) for c in codes)
    office = _figures("", in_period, len(in_period), None)

    hours: Counter[tuple[dt.date, int, str]] = Counter(
        (t.business_date, t.issued_at.astimezone(zone).hour, t.service_code) for t in in_period)
    per_day: defaultdict[dt.date, Counter[str]] = defaultdict(Counter)
    for t in in_period:
        per_day[t.business_date]["tickets"] += 1
        per_day[t.business_date]["served"] += t.status == "done"
        per_day[t.business_date]["no_shows"] += t.status == "no_show"
    for concern in concerns:
        if (day := _local_day(concern.registered_at, zone)) is not None:
            per_day[day]["concerns_received"] += 1
        if (day := _local_day(concern.answered_at, zone)) is not None:
            per_day[day]["concerns_answered"] += 1
    for request in help_requests:
        day = request.asked_at.astimezone(zone).date()
        per_day[day]["help_requests"] += 1
        per_day[day]["help_answered"] += request.acknowledged_at is not None
    span = (last_day - first_day).days + 1
    days = tuple(
        DayFigures(day=day, **{field: per_day[day][field] for field in (
            "tickets", "served", "no_shows", "concerns_received", "concerns_answered", "help_requests",
            "help_answered")})
        for day in (first_day + dt.timedelta(days=i) for i in range(span)))
    return ActivityReport(
        office_name=office_name, office_code=office_code, timezone=zone.key, first_day=first_day,
        last_day=last_day, generated_at=generated_at, services=services, office=office, days=days,
        hours=tuple(HourCount(day, hour, code, n) for (day, hour, code), n in sorted(hours.items())),
    )
