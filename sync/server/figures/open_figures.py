"""The open figures: each office's complete months as anyone may read them (no account).

    OpenFigures(engine, clock=None)           built by ServerStore as `store.open_figures`
        .published_month(text) -> 'YYYY-MM'   the month asked (empty: the last complete one),
                                              else InvalidField("month") (bad, or not complete yet)
        .month(month, commune=, after=, limit=)  one OpenRow per office, by code (a page of them)
        .ranked(month, sort, descending=, commune=, offset=, limit=)
                                              the same, ordered by one published figure
        .office(code, last_month, count=12)   (office, its `count` months up to `last_month`)
        .communes()                           the communes that have offices, by name
    OpenRow                                   month, office_code, office_name, commune, cells
    LICENCE                                   name, url, attribution (CC BY 4.0)

The numbers are the back office's (figures/queries.py: the same rows, the same percentiles),
plus the month's ratings (`concern_ratings`, m009: a rating counts in the office's month of
`rated_at`, Africa/Algiers), passed through anonymity.open_cells. Only complete months
are published: a month still running changes every day (see anonymity.py, rule 3).
Each call is one read transaction; the app's worker threads.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, func, select
from sqlalchemy.engine import Connection

from sync import protocol as P
from sync.server import db as D
from sync.server.db_public import concern_ratings
from sync.server.errors import Refused
from sync.server.figures.anonymity import OPEN_FIELDS, OpenCells, open_cells
from sync.server.figures.ingest import local_date
from sync.server.figures.queries import (
    FigureRow,
    current_month,
    office_months_rows,
    offices_month_rows,
    parse_month,
    shift_month,
)
from sync.server.form_errors import N_, InvalidField
from sync.server.office_zone import OFFICE_ZONE

#: The open figures' licence (docs/decisions.md says why this one): in the JSON, on the pages,
#: and in the CSV's `Link: <url>; rel="license"` header.
LICENCE = {
    "name": "Creative Commons Attribution 4.0 International (CC BY 4.0)",
    "url": "https://creativecommons.org/licenses/by/4.0/",
    "attribution": "Citizen offices of the municipalities (Maktab), open figures",
}
_NOT_A_FIGURE = N_("“{value}” is not a figure the offices can be ordered by.")
_NOT_A_POSITION = N_("“{value}” is not a position in the list: give a whole number, 0 or more.")
_NOT_COMPLETE = N_("“{value}” is not a complete month yet: the figures of a month are published once it "
                   "is over. The last complete month is {last}.")


@dataclass(frozen=True)
class OpenRow:
    month: str
    office_code: str
    office_name: str
    commune: str | None
    cells: OpenCells

    @property
    def period(self) -> str:
        """The month, named as a FigureRow's (the pages' FigureFormat reads both)."""
        return self.month


def month_bounds(month: str) -> tuple[str, str]:
    """The UTC times (the protocol's text, as `rated_at` is written) of the first instant of
    `month` in Algiers and of the next month: a rating at 23:30 UTC on the 31st is the next month's."""
    def start(text: str) -> str:
        year, mon = parse_month(text)
        return P.format_time(dt.datetime(year, mon, 1, tzinfo=OFFICE_ZONE))

    return start(month), start(shift_month(month, 1))


def _open_row(row: FigureRow, office_name: str, commune: str | None, rating: tuple[int, int]) -> OpenRow:
    return OpenRow(row.period, row.office_code or "", office_name, commune, open_cells(row, *rating))


class OpenFigures:
    def __init__(self, engine: Engine, clock: Callable[[], dt.datetime] | None = None):
        self.engine = engine
        self.clock = clock or (lambda: dt.datetime.now(dt.UTC))

    def last_complete_month(self) -> str:
        return shift_month(current_month(self.clock()), -1)

    def published_month(self, text: str | None) -> str:
        month = (text or "").strip() or self.last_complete_month()
        parse_month(month)
        last = self.last_complete_month()
        if month > last:
            raise InvalidField("month", _NOT_COMPLETE, {"value": month, "last": last})
        return month

    def month(self, month: str, *, commune: str | None = None, after: str | None = None,
              limit: int | None = None) -> list[OpenRow]:
        month = self.published_month(month)
        with D.read_only(self.engine) as conn:
            rows = offices_month_rows(conn, month, None, commune=commune, after=after, limit=limit)
            ratings = self._ratings_of_month(conn, month, [r.office_code or "" for r in rows])
        return [_open_row(r, r.office_name or "", r.commune, ratings.get(r.office_code or "", (0, 0)))
                for r in rows]

    def ranked(self, month: str, sort: str, *, descending: bool = False, commune: str | None = None,
               offset: int | str = 0, limit: int | None = None) -> list[OpenRow]:
        """Every office's month ordered by the published figure `sort`, then by code; a page of
        them from `offset`. Suppressed cells come last, in code order: the order never tells
        anything about a hidden value. Reads every office chosen (1,541 at most): the figures
        to sort by are percentiles and ratings computed after the read."""
        if sort not in OPEN_FIELDS:
            raise InvalidField("sort", _NOT_A_FIGURE, {"value": sort})
        if not str(offset).isdigit():
            raise InvalidField("start", _NOT_A_POSITION, {"value": str(offset)})
        rows = self.month(month, commune=commune)  # by code: the stable sort keeps it among equals
        shown = sorted((r for r in rows if r.cells.values[sort] is not None),
                       key=lambda r: r.cells.values[sort], reverse=descending)
        ordered = shown + [r for r in rows if r.cells.values[sort] is None]
        start = int(offset)
        return ordered[start:start + limit] if limit is not None else ordered[start:]

    def office(self, code: str, last_month: str, count: int = 12) -> tuple[dict[str, str | None], list[OpenRow]]:
        """The office (code, name, commune) and its `count` months ending with `last_month`, oldest first."""
        last_month = self.published_month(last_month)
        months = [shift_month(last_month, by) for by in range(1 - count, 1)]
        o = D.offices.c
        with D.read_only(self.engine) as conn:
            found = conn.execute(select(o.code, o.name, o.commune).where(o.code == code)).first()
            if found is None:
                raise Refused(f"no office {code!r}; see the list of offices", "not_found", 404)
            rows = office_months_rows(conn, code, months)
            ratings = self._ratings_of_office(conn, code, months)
        office = {"code": found.code, "name": found.name, "commune": found.commune}
        return office, [_open_row(r, found.name, found.commune, ratings.get(r.period, (0, 0))) for r in rows]

    def communes(self) -> list[str]:
        o = D.offices.c
        with D.read_only(self.engine) as conn:
            return list(conn.execute(select(o.commune).where(o.commune.is_not(None)).distinct()
                                     .order_by(o.commune)).scalars())

    @staticmethod
    def _ratings_of_month(conn: Connection, month: str, codes: Sequence[str]) -> dict[str, tuple[int, int]]:
        """(ratings, their sum) per office of `codes` for `month`."""
        if not codes:
            return {}
        r = concern_ratings.c
        start, end = month_bounds(month)
        q = (select(r.office_code, func.count(), func.sum(r.rating))
             .where(r.rated_at >= start, r.rated_at < end, r.office_code.in_(list(codes))).group_by(r.office_code))
        return {str(code): (int(n), int(total)) for code, n, total in conn.execute(q)}

    @staticmethod
    def _ratings_of_office(conn: Connection, code: str, months: Sequence[str]) -> dict[str, tuple[int, int]]:
        """(ratings, their sum) per month of `months` for one office (a few hundred rows at most)."""
        r = concern_ratings.c
        start, end = month_bounds(months[0])[0], month_bounds(months[-1])[1]
        per_month: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for rated_at, rating in conn.execute(select(r.rated_at, r.rating).where(
                r.office_code == code, r.rated_at >= start, r.rated_at < end)):
            counts = per_month[local_date(P.parse_time(rated_at))[:7]]
            counts[0] += 1
            counts[1] += int(rating)
        return {month: (n, total) for month, (n, total) in per_month.items()}


__all__ = ["LICENCE", "OpenFigures", "OpenRow", "month_bounds"]
