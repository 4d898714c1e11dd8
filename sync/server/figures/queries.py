"""Reading the figures, scope-checked for the acting staff user: the back office's tables.

    Figures(engine)                                   built by ServerStore as `store.figures`
        .daily(user, office_code, month)              the days of a month for one office
        .monthly(user, office_codes | None, year)     the months of a year, summed over offices
        .offices_month(user, month)                   one row per office the user sees, for a month
        .overdue_now(user, office_codes | None, now)  open concerns past their due date, per office (live)
        .rebuild(user, office_code | None)            recompute from the events (administrators; audited)

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

from sqlalchemy import Engine, and_, func, select
from sqlalchemy.engine import Connection

from sync import protocol as P
from sync.server import audit
from sync.server import db as D
from sync.server.errors import Refused
from sync.server.figures.ingest import rebuild as _rebuild
from sync.server.figures.schema import (
    DAY_EDGES,
    DELAY_BUCKETS,
    MINUTE_EDGES,
    NUMBERS,
    SERVICE_BUCKETS,
    WAIT_BUCKETS,
    figures_daily,
    figures_monthly,
)
from sync.server.staff import StaffUser

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
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


def histogram_percentile(counts: Sequence[int], edges: Sequence[int], fraction: float,
                         interpolate: bool = True) -> float | None:
    """The value below which `fraction` of the samples lie, read from bucket counts.

    With `interpolate`, samples are taken as spread evenly across their bucket (continuous
    minutes); without, the bucket's lower edge is returned (whole days). The open last
    bucket always answers its lower edge."""
    total = sum(counts)
    if total == 0:
        return None
    rank = fraction * total
    seen = 0
    for i, count in enumerate(counts):
        if count and seen + count >= rank:
            low = edges[i]
            if not interpolate or i + 1 >= len(edges):
                return float(low)
            return low + (rank - seen) / count * (edges[i + 1] - low)
        seen += count
    return float(edges[-1])


def _row(period: str, values: Sequence[int], office_code: str | None = None, office_name: str | None = None,
         commune: str | None = None) -> FigureRow:
    v = dict(zip(NUMBERS, (int(x or 0) for x in values), strict=True))
    waits = [v[b] for b in WAIT_BUCKETS]
    services = [v[b] for b in SERVICE_BUCKETS]
    delays = [v[b] for b in DELAY_BUCKETS]

    def pct(counts: list[int], edges: Sequence[int], fraction: float, interpolate: bool = True) -> float | None:
        value = histogram_percentile(counts, edges, fraction, interpolate)
        return None if value is None else round(value, 1)

    return FigureRow(
        period=period, office_code=office_code, office_name=office_name, commune=commune,
        tickets_issued=v["tickets_issued"], tickets_served=v["tickets_served"], no_shows=v["no_shows"],
        wait_p50_min=pct(waits, MINUTE_EDGES, 0.5), wait_p90_min=pct(waits, MINUTE_EDGES, 0.9),
        service_p50_min=pct(services, MINUTE_EDGES, 0.5), service_p90_min=pct(services, MINUTE_EDGES, 0.9),
        service_mean_min=round(v["service_seconds"] / v["services"] / 60, 1) if v["services"] else None,
        concerns_received=v["concerns_received"], concerns_answered=v["concerns_answered"],
        answered_late=v["answered_late"],
        answer_delay_median_days=pct(delays, DAY_EDGES, 0.5, interpolate=False),
    )


def parse_month(month: str, field: str = "month") -> tuple[int, int]:
    m = _MONTH.match(month or "")
    if not m:
        raise Refused(f"{field} {month!r} is not a month: write it as YYYY-MM, e.g. 2026-03", "invalid_request", 422)
    return int(m.group(1)), int(m.group(2))


def _check_year(year: int) -> None:
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        raise Refused(f"year {year!r} is not a year between 2000 and 2100: write it as YYYY, e.g. 2026",
                      "invalid_request", 422)


def _not_found(office_code: str) -> Refused:
    return Refused(f"no office {office_code!r} among the offices you can see; check the code "
                   "(see the offices page)", "not_found", 404)


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
        zeros = [0] * len(NUMBERS)
        days = [dt.date(year, mon, n).isoformat() for n in range(1, calendar.monthrange(year, mon)[1] + 1)]
        return [_row(day, found.get(day, zeros), office_code, office[0], office[1]) for day in days]

    def monthly(self, user: StaffUser, office_codes: Iterable[str] | None, year: int) -> list[FigureRow]:
        """The twelve months of `year`, summed over `office_codes` (None: every office the user sees)."""
        _check_year(year)
        m = figures_monthly.c
        q = (select(m.month, *(func.sum(m[n]) for n in NUMBERS))
             .where(m.month >= f"{year}-01", m.month <= f"{year}-12").group_by(m.month))
        with D.read_only(self.engine) as conn:
            if office_codes is not None:
                codes = sorted(set(office_codes))
                self._visible_offices(conn, user, codes)
                q = q.where(m.office_code.in_(codes))
            elif user.offices is not None:
                q = q.where(m.office_code.in_(sorted(user.offices)))
            found = {row.month: row[1:] for row in conn.execute(q)}
        single = sorted(office_codes)[0] if office_codes is not None and len(set(office_codes)) == 1 else None
        zeros = [0] * len(NUMBERS)
        months = [f"{year}-{n:02d}" for n in range(1, 13)]
        return [_row(month, found.get(month, zeros), single) for month in months]

    def offices_month(self, user: StaffUser, month: str) -> list[FigureRow]:
        """One row per office the user sees for `month` (YYYY-MM), by office code; zeros where idle."""
        parse_month(month)
        o, m = D.offices.c, figures_monthly.c
        q = (select(o.code, o.name, o.commune, *(m[n] for n in NUMBERS))
             .select_from(D.offices.outerjoin(figures_monthly, and_(m.office_code == o.code, m.month == month)))
             .order_by(o.code))
        if user.offices is not None:
            q = q.where(o.code.in_(sorted(user.offices)))
        with D.read_only(self.engine) as conn:
            return [_row(month, row[3:], row.code, row.name, row.commune) for row in conn.execute(q)]

    def overdue_now(self, user: StaffUser, office_codes: Iterable[str] | None = None,
                    now: str | None = None) -> dict[str, int]:
        """Open concerns (received, in progress) whose due date has passed, per office; read
        live from `concerns` (index on due_at). Offices with none are left out."""
        c = D.concerns.c
        q = (select(c.office_code, func.count())
             .where(c.due_at < (now or P.utc_now_iso()), c.status.in_(OPEN_STATUSES)).group_by(c.office_code))
        with D.read_only(self.engine) as conn:
            if office_codes is not None:
                codes = sorted(set(office_codes))
                self._visible_offices(conn, user, codes)
                q = q.where(c.office_code.in_(codes))
            elif user.offices is not None:
                q = q.where(c.office_code.in_(sorted(user.offices)))
            return {str(code): int(n) for code, n in conn.execute(q)}

    def rebuild(self, user: StaffUser, office_code: str | None = None) -> int:
        """Recompute the figures from the stored events (idempotent); returns the events counted."""
        if not user.is_admin:
            raise Refused("only an administrator may rebuild the figures", "forbidden", 403)
        with self.engine.begin() as conn:
            if office_code is not None:
                self._visible_offices(conn, user, [office_code])
            counted = _rebuild(conn, office_code)
            audit.record(conn, user.username, "figures.rebuild", office_code or "*", {"events": counted})
        return counted

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


__all__ = ["OPEN_STATUSES", "FigureRow", "Figures", "histogram_percentile", "parse_month"]
