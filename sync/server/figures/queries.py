"""Reading the figures, scope-checked for the acting staff user: the back office's tables.

    Figures(engine)                                   built by ServerStore as `store.figures`
        .daily(user, office_code, month)              the days of a month for one office
        .monthly(user, office_codes | None, year)     the months of a year, summed over offices
        .offices_month(user, month)                   one row per office the user sees, for a month
        .overdue_now(user, office_codes | None, now)  open concerns past their due date, per office (live)
        .rebuild(user, office_code | None)            recompute from the events (administrators; audited)
    offices_month_rows(conn, month, offices | None, …), office_months_rows(conn, office, months)
                                                      the same rows without a user (the open figures)
    parse_month(text, field) / parse_year(text, field)  a page's month or year, else InvalidField(field)
    current_month(now)                                'YYYY-MM' in Africa/Algiers (the pages' default)
    shift_month(month, by)                            'YYYY-MM' `by` months later (or earlier)

Every row is a frozen `FigureRow` whose percentiles come from the histograms of
`schema` (precision stated there). An office the user does not see, or that does not
exist, is refused the same way (not_found, 404), so nobody learns which offices exist.
Each call is one read transaction; called from the app's worker threads or the CLI.
"""
from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Engine, Select, and_, func, select
from sqlalchemy.engine import Connection

from sync import protocol as P
from sync.server import audit
from sync.server import db as D
from sync.server.errors import Refused
from sync.server.figures.ingest import local_date
from sync.server.figures.ingest import rebuild as _rebuild
from sync.server.figures.schema import (
    DAY_EDGES,
    DELAY_BUCKETS,
    MINUTE_EDGES,
    NUMBER_INDEX,
    NUMBERS,
    SERVICE_BUCKETS,
    WAIT_BUCKETS,
    figures_daily,
    figures_monthly,
)
from sync.server.form_errors import N_, InvalidField
from sync.server.staff import StaffUser

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
YEARS = (2000, 2100)
_NOT_A_YEAR = N_("“{value}” is not a year between 2000 and 2100: write it as YYYY, e.g. 2026.")
OPEN_STATUSES = ("received", "in_progress")


@dataclasses.dataclass(frozen=True)
class FigureRow:
    """One line of a figures table: a day, a month, or an office's month."""

    period: str  # 'YYYY-MM-DD' or 'YYYY-MM'
    office_code: str | None  # None: summed over several offices
    office_name: str | None
    commune: str | None
    tickets_issued: int
    tickets_served: int
    no_shows: int
    wait_p50_min: float | None  # None: no ticket was called
    wait_p90_min: float | None
    service_p50_min: float | None
    service_p90_min: float | None
    service_mean_min: float | None
    concerns_received: int
    concerns_answered: int
    answered_late: int
    answer_delay_median_days: float | None  # None: no concern was answered
    waits: int = 0  # tickets whose wait is counted (first calls): the wait percentiles' sample size
    # concerns received per channel (P.CONCERN_CHANNELS)
    concerns_kiosk: int = 0
    concerns_counter: int = 0
    concerns_phone: int = 0
    concerns_letter: int = 0
    concerns_email: int = 0
    concerns_web: int = 0
    # Of the first calls whose event named the line's waiting target, the share called within
    # it, in %; None: no call named a target (an office before targets, or nobody called).
    within_target_pct: float | None = None
    waits_targeted: int = 0  # that share's sample size


def histogram_percentiles(counts: Sequence[int], edges: Sequence[int], fractions: Sequence[float],
                          interpolate: bool = True) -> list[float | None]:
    """The values below which each of `fractions` (ascending) of the samples lie, read from
    bucket counts in one pass.

    With `interpolate`, samples are taken as spread evenly across their bucket (continuous
    minutes); without, the bucket's lower edge is returned (whole days). The open last
    bucket always answers its lower edge."""
    total = sum(counts)
    if total == 0:
        return [None] * len(fractions)
    answers: list[float | None] = []
    wanted = iter(fractions)
    fraction = next(wanted, None)
    seen = 0
    for i, count in enumerate(counts):
        while fraction is not None and count and seen + count >= fraction * total:
            low = edges[i]
            if not interpolate or i + 1 >= len(edges):
                answers.append(float(low))
            else:
                answers.append(low + (fraction * total - seen) / count * (edges[i + 1] - low))
            fraction = next(wanted, None)
        seen += count
    return answers + [float(edges[-1])] * (len(fractions) - len(answers))


def histogram_percentile(counts: Sequence[int], edges: Sequence[int], fraction: float,
                         interpolate: bool = True) -> float | None:
    return histogram_percentiles(counts, edges, (fraction,), interpolate)[0]


def _slice(buckets: tuple[str, ...]) -> slice:
    return slice(NUMBER_INDEX[buckets[0]], NUMBER_INDEX[buckets[-1]] + 1)


_WAITS, _SERVICES, _DELAYS = _slice(WAIT_BUCKETS), _slice(SERVICE_BUCKETS), _slice(DELAY_BUCKETS)
_N = NUMBER_INDEX
_ZEROS = (0,) * len(NUMBERS)


def _rounded(values: list[float | None]) -> list[float | None]:
    return [None if v is None else round(v, 1) for v in values]


def _row(period: str, values: Sequence[int | None], office_code: str | None = None,
         office_name: str | None = None, commune: str | None = None) -> FigureRow:
    """A FigureRow from the NUMBERS of one row (None where an outer join found no row).
    Runs 1,541 times for the offices' page: slices, no per-column dictionary."""
    v = _ZEROS if values[0] is None else cast(Sequence[int], values)
    wait50, wait90 = _rounded(histogram_percentiles(v[_WAITS], MINUTE_EDGES, (0.5, 0.9)))
    service50, service90 = _rounded(histogram_percentiles(v[_SERVICES], MINUTE_EDGES, (0.5, 0.9)))
    (delay50,) = histogram_percentiles(v[_DELAYS], DAY_EDGES, (0.5,), interpolate=False)
    services = v[_N["services"]]
    targeted = v[_N["waits_targeted"]]
    return FigureRow(
        period=period, office_code=office_code, office_name=office_name, commune=commune,
        tickets_issued=v[_N["tickets_issued"]], tickets_served=v[_N["tickets_served"]], no_shows=v[_N["no_shows"]],
        wait_p50_min=wait50, wait_p90_min=wait90, service_p50_min=service50, service_p90_min=service90,
        service_mean_min=round(v[_N["service_seconds"]] / services / 60, 1) if services else None,
        concerns_received=v[_N["concerns_received"]], concerns_answered=v[_N["concerns_answered"]],
        answered_late=v[_N["answered_late"]], answer_delay_median_days=delay50, waits=v[_N["waits"]],
        concerns_kiosk=v[_N["concerns_kiosk"]], concerns_counter=v[_N["concerns_counter"]],
        concerns_phone=v[_N["concerns_phone"]], concerns_letter=v[_N["concerns_letter"]],
        concerns_email=v[_N["concerns_email"]], concerns_web=v[_N["concerns_web"]],
        within_target_pct=round(100 * v[_N["waits_within_target"]] / targeted, 1) if targeted else None,
        waits_targeted=targeted,
    )


def parse_month(month: str, field: str = "month") -> tuple[int, int]:
    """(year, month) of 'YYYY-MM'; else InvalidField naming `field` (shown next to it on a page)."""
    m = _MONTH.match(month or "")
    if not m or not YEARS[0] <= int(m.group(1)) <= YEARS[1]:
        raise InvalidField(field, N_("“{value}” is not a month: write it as YYYY-MM, e.g. 2026-03."),
                           {"value": month or ""})
    return int(m.group(1)), int(m.group(2))


def parse_year(year: str | int, field: str = "year") -> int:
    """The year of 'YYYY' (2000-2100); else InvalidField naming `field`."""
    text = str(year).strip()
    if not re.fullmatch(r"\d{4}", text) or not YEARS[0] <= int(text) <= YEARS[1]:
        raise InvalidField(field, _NOT_A_YEAR, {"value": str(year)})
    return int(text)


def current_month(now: dt.datetime | None = None) -> str:
    """This month in the offices' time zone (Africa/Algiers), 'YYYY-MM': the pages' default."""
    return local_date(now or dt.datetime.now(dt.UTC))[:7]


def shift_month(month: str, by: int) -> str:
    """'YYYY-MM' moved by `by` months (negative: back)."""
    year, mon = parse_month(month)
    index = year * 12 + mon - 1 + by
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _check_year(year: int) -> None:
    if not isinstance(year, int):
        raise InvalidField("year", _NOT_A_YEAR, {"value": str(year)})
    parse_year(year)


def _not_found(office_code: str) -> Refused:
    return Refused(f"no office {office_code!r} among the offices you can see; check the code "
                   "(see the offices page)", "not_found", 404)


def offices_month_rows(conn: Connection, month: str, offices: Iterable[str] | None, *, commune: str | None = None,
                       after: str | None = None, limit: int | None = None) -> list[FigureRow]:
    """`Figures.offices_month` without the user: `offices` None is every office (the open
    figures' page reads it so). `month` must be checked already."""
    o, m = D.offices.c, figures_monthly.c
    q = (select(o.code, o.name, o.commune, *(m[n] for n in NUMBERS))
         .select_from(D.offices.outerjoin(figures_monthly, and_(m.office_code == o.code, m.month == month)))
         .order_by(o.code))
    if offices is not None:
        q = q.where(o.code.in_(sorted(offices)))
    if commune:
        q = q.where(o.commune == commune)
    if after:
        q = q.where(o.code > after)
    if limit is not None:
        q = q.limit(limit)
    return [_row(month, row[3:], row.code, row.name, row.commune) for row in conn.execute(q)]


def office_months_rows(conn: Connection, office_code: str, months: Sequence[str]) -> list[FigureRow]:
    """One office's rows for `months` ('YYYY-MM', checked, in order; zeros where idle), read as one
    range of the key: the open figures' last twelve months cross a year."""
    m = figures_monthly.c
    found = {row.month: row[1:] for row in conn.execute(
        select(m.month, *(m[n] for n in NUMBERS))
        .where(m.office_code == office_code, m.month >= months[0], m.month <= months[-1]))}
    return [_row(month, found.get(month, _ZEROS), office_code) for month in months]


class Figures:
    def __init__(self, engine: Engine):
        self.engine = engine

    def daily(self, user: StaffUser, office_code: str, month: str) -> list[FigureRow]:
        """Every day of `month` (YYYY-MM) for one office; days without activity are zeros."""
        year, mon = parse_month(month)
        d = figures_daily.c
        with D.read_only(self.engine) as conn:
            office = self._visible_offices(conn, user, [office_code])[office_code]
            found = {row.day: row[2:] for row in conn.execute(
                select(d.office_code, d.day, *(d[n] for n in NUMBERS))
                .where(d.office_code == office_code, d.day >= f"{month}-01", d.day <= f"{month}-31"))}
        days = [dt.date(year, mon, n).isoformat() for n in range(1, calendar.monthrange(year, mon)[1] + 1)]
        return [_row(day, found.get(day, _ZEROS), office_code, office[0], office[1]) for day in days]

    def monthly(self, user: StaffUser, office_codes: Iterable[str] | None, year: int) -> list[FigureRow]:
        """The twelve months of `year`, summed over `office_codes` (None: every office the user sees)."""
        _check_year(year)
        m = figures_monthly.c
        q = (select(m.month, *(func.sum(m[n]) for n in NUMBERS))
             .where(m.month >= f"{year}-01", m.month <= f"{year}-12").group_by(m.month))
        with D.read_only(self.engine) as conn:
            q = self._within(conn, user, q, m.office_code, office_codes)
            found = {row.month: row[1:] for row in conn.execute(q)}
        single = sorted(office_codes)[0] if office_codes is not None and len(set(office_codes)) == 1 else None
        months = [f"{year}-{n:02d}" for n in range(1, 13)]
        return [_row(month, found.get(month, _ZEROS), single) for month in months]

    def offices_month(self, user: StaffUser, month: str, *, commune: str | None = None, after: str | None = None,
                      limit: int | None = None) -> list[FigureRow]:
        """One row per office the user sees for `month` (YYYY-MM), by office code; zeros where idle.
        `commune` keeps that commune's offices; `after` (an office code) and `limit` give one page
        (an administrator sees 1,541 offices: a page of them reads in a few milliseconds)."""
        parse_month(month)
        with D.read_only(self.engine) as conn:
            return offices_month_rows(conn, month, user.offices, commune=commune, after=after, limit=limit)

    def overdue_now(self, user: StaffUser, office_codes: Iterable[str] | None = None,
                    now: str | None = None) -> dict[str, int]:
        """Open concerns (received, in progress) whose due date has passed, per office; read
        live from `concerns` (index on due_at). Offices with none are left out."""
        c = D.concerns.c
        q = (select(c.office_code, func.count())
             .where(c.due_at < (now or P.utc_now_iso()), c.status.in_(OPEN_STATUSES)).group_by(c.office_code))
        with D.read_only(self.engine) as conn:
            q = self._within(conn, user, q, c.office_code, office_codes)
            return {str(code): int(n) for code, n in conn.execute(q)}

    def rebuild(self, user: StaffUser, office_code: str | None = None) -> int:
        """Recompute the figures from the stored events (idempotent); returns the events counted."""
        with self.engine.begin() as conn:
            if office_code is not None:  # an unseen office is a 404 before the role's 403: nobody learns it exists
                self._visible_offices(conn, user, [office_code])
            if not user.is_admin:
                raise Refused("only an administrator may rebuild the figures", "forbidden", 403)
            counted = _rebuild(conn, office_code)
            audit.record(conn, user.username, "figures.rebuild", office_code or "*", {"events": counted})
        return counted

    @classmethod
    def _within(cls, conn: Connection, user: StaffUser, query: Select, office_column: Any,
                office_codes: Iterable[str] | None) -> Select:
        """`query` kept to `office_codes` (each must be visible, else not_found), or to every
        office the user sees when None."""
        if office_codes is not None:
            codes = sorted(set(office_codes))
            cls._visible_offices(conn, user, codes)
            return query.where(office_column.in_(codes))
        if user.offices is not None:
            return query.where(office_column.in_(sorted(user.offices)))
        return query

    @staticmethod
    def _visible_offices(conn: Connection, user: StaffUser,
                         codes: Sequence[str]) -> dict[str, tuple[str, str | None]]:
        """name and commune of each office; Refused not_found for one unseen or unknown."""
        for code in codes:
            if not user.sees_office(code):
                raise _not_found(code)
        o = D.offices.c
        found = {row.code: (row.name, row.commune)
                 for row in conn.execute(select(o.code, o.name, o.commune).where(o.code.in_(list(codes))))}
        for code in codes:
            if code not in found:
                raise _not_found(code)
        return found


__all__ = [
    "OPEN_STATUSES",
    "FigureRow",
    "Figures",
    "current_month",
    "histogram_percentile",
    "histogram_percentiles",
    "office_months_rows",
    "offices_month_rows",
    "parse_month",
    "parse_year",
    "shift_month",
]
