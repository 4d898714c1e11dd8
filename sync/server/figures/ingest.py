"""Keeping the figures current: office events and first answers → the figures' rows.

    project_figures(conn, office, event)           one newly stored event (in the push's transaction)
    project_figures_batch(conn, office, events)    the newly stored events of one push, one upsert per day touched
    on_first_answer(conn, office, category, registered_at, answered_at, due_at)
                                                   a concern's first answer (the concerns projection calls it)
    rebuild(conn, office=None) -> int              recompute the rows from `events` and `concerns` (idempotent)

What counts, on which day (the office's business date; Africa/Algiers, UTC+1 all year):
- `ticket.issued`: a ticket issued, on its `business_date`;
- `ticket.called`: the wait, issue → call, of the ticket's first call only (and, when the
  event names the line's `target_min`, whether that wait was within it). A recall is
  its own event (`ticket.recalled`, not counted); a ticket called again after a transfer
  carries `transferred_from` (its wait was counted at its first call), and `recalls` > 0
  marks a call that is not the first; both are skipped;
- `ticket.finished`: a citizen served, and the service time, `called_at` (the last call:
  when the citizen came to the counter) → the finish;
- `ticket.no_show`: a no-show;
- `concern.registered`: a concern received, on its local registration date, and under its
  channel (`concerns_<channel>`; absent: kiosk; a channel this server does not know is in
  `concerns_received` only);
- `on_first_answer`: a concern answered, on its local answer date, in time or late, with
  its delay in whole days.
Each is counted once because the caller passes only events it has just inserted (a
duplicate push inserts nothing) and each counted ticket event happens once per ticket.

Rows are added to with `col = col + excluded.col` upserts, in key order, so concurrent
pushes of one office neither lose counts nor deadlock. Runs on the push's thread (the
app's worker threads), the `maktab-server` CLI, or inside migration m006.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import json
import logging
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Table, delete, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import TextClause

from sync import protocol as P
from sync.server import db as D
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
from sync.server.office_zone import OFFICE_ZONE

log = logging.getLogger(__name__)

TICKET_ISSUED, TICKET_CALLED, TICKET_FINISHED, TICKET_NO_SHOW = (
    "ticket.issued", "ticket.called", "ticket.finished", "ticket.no_show")
#: The event types that change figures (the rest are ignored cheaply).
FIGURE_EVENT_TYPES = (TICKET_ISSUED, TICKET_CALLED, TICKET_FINISHED, TICKET_NO_SHOW, P.CONCERN_REGISTERED)


class FigureDeltas:
    """What some events add to the figures, per (office, day), written in one go by `write`."""

    def __init__(self) -> None:
        self._days: dict[tuple[str, str], list[int]] = {}

    def __bool__(self) -> bool:
        return bool(self._days)

    def add(self, office_code: str, day: str, name: str, amount: int = 1) -> None:
        """Add to one number of the office's day ('YYYY-MM-DD')."""
        key = (office_code, day)
        row = self._days.get(key)
        if row is None:
            row = self._days[key] = [0] * len(NUMBERS)
        row[NUMBER_INDEX[name]] += amount

    def add_event(self, office_code: str, type_: str, occurred_at: str, payload: Mapping[str, Any]) -> None:
        if type_ == P.CONCERN_REGISTERED:
            at = _time(payload.get("registered_at")) or _time(occurred_at)
            if at is not None:
                self.add(office_code, local_date(at), "concerns_received")
                by_channel = f"concerns_{P.concern_channel(payload)}"
                if by_channel in NUMBER_INDEX:
                    self.add(office_code, local_date(at), by_channel)
            return
        if type_ not in FIGURE_EVENT_TYPES:
            return
        day = _business_date(payload, occurred_at)
        if day is None:
            log.warning("%s event of office %s has no usable business date; not counted", type_, office_code)
            return
        if type_ == TICKET_ISSUED:
            self.add(office_code, day, "tickets_issued")
        elif type_ == TICKET_NO_SHOW:
            self.add(office_code, day, "no_shows")
        elif type_ == TICKET_CALLED:
            if payload.get("transferred_from") or payload.get("recalls"):
                return  # not the ticket's first call: its wait was counted then
            called = payload.get("called_at") or payload.get("at") or occurred_at
            self._add_minutes(office_code, day, "wait", WAIT_BUCKETS, payload.get("issued_at"), called)
            self._add_target(office_code, day, payload.get("target_min"), payload.get("issued_at"), called)
        elif type_ == TICKET_FINISHED:
            self.add(office_code, day, "tickets_served")
            self._add_minutes(office_code, day, "service", SERVICE_BUCKETS, payload.get("called_at"),
                              payload.get("at") or occurred_at)

    def add_answer(self, office_code: str, registered_at: str | None, answered_at: str,
                   due_at: str | None) -> None:
        answered = _time(answered_at)
        if answered is None:
            log.warning("concern of office %s answered at %r: not a time; not counted", office_code, answered_at)
            return
        day = local_date(answered)
        self.add(office_code, day, "concerns_answered")
        due = _time(due_at)
        if due is not None and answered > due:
            self.add(office_code, day, "answered_late")
        registered = _time(registered_at)
        if registered is not None:
            days = max(0, int((answered - registered).total_seconds() // 86400))
            self.add(office_code, day, "answer_delay_days", days)
            self.add(office_code, day, DELAY_BUCKETS[_bucket(DAY_EDGES, days)])

    def _add_target(self, office_code: str, day: str, target: Any, issued: Any, called: Any) -> None:
        """A first call that names its line's waiting target: counted, and counted within it or not."""
        began, ended = _time(issued), _time(called)
        if began is None or ended is None or isinstance(target, bool) or not isinstance(target, (int, float)) \
                or target <= 0:
            return  # an office that predates targets, or a bad value: not in the share
        self.add(office_code, day, "waits_targeted")
        # Within: waited no longer than the target (the office's rule, kiosk/domain/service_controls.py).
        if max(0.0, (ended - began).total_seconds()) / 60 <= target:
            self.add(office_code, day, "waits_within_target")

    def _add_minutes(self, office_code: str, day: str, kind: str, buckets: tuple[str, ...],
                     start: Any, end: Any) -> None:
        began, ended = _time(start), _time(end)
        if began is None or ended is None:
            return
        seconds = max(0, round((ended - began).total_seconds()))  # a clock set back never counts below zero
        self.add(office_code, day, f"{kind}s")
        self.add(office_code, day, f"{kind}_seconds", seconds)
        self.add(office_code, day, buckets[_bucket(MINUTE_EDGES, seconds / 60)])

    def write(self, conn: Connection) -> None:
        """Add the deltas to the daily rows and to their months' rows."""
        if not self._days:
            return
        if len(self._days) == 1 and conn.dialect.name == "postgresql":
            # The usual push: one office, one day, so one daily row and its month's: one round trip.
            ((office_code, day), values), = self._days.items()
            touched = tuple(i for i, value in enumerate(values) if value)
            if touched:
                numbers = tuple(NUMBERS[i] for i in touched)
                D.execute_built(conn, _day_and_month_sql(numbers),
                             {"office_code": office_code, "day": day, "month": day[:7],
                              **{NUMBERS[i]: values[i] for i in touched}})
            self._days.clear()
            return
        months: dict[tuple[str, str], list[int]] = {}
        for (office_code, day), row in self._days.items():
            total = months.setdefault((day[:7], office_code), [0] * len(NUMBERS))
            for i, value in enumerate(row):
                total[i] += value
        # Key order: two transactions touching the same rows lock them in the same order.
        _add_rows(conn, figures_daily, ("office_code", "day"), sorted(self._days.items()))
        _add_rows(conn, figures_monthly, ("month", "office_code"), sorted(months.items()))
        self._days.clear()


def _upsert_text(table_name: str, key: tuple[str, str], numbers: tuple[str, ...]) -> str:
    columns = [*key, *numbers]
    additions = ", ".join(f"{n} = {table_name}.{n} + excluded.{n}" for n in numbers)
    return (f"INSERT INTO {table_name} ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)}) "
            f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {additions}")


@functools.lru_cache(maxsize=512)
def _upsert_sql(table_name: str, key: tuple[str, str], numbers: tuple[str, ...]) -> TextClause:
    """`INSERT … ON CONFLICT (key) DO UPDATE SET n = n + excluded.n` for the numbers a push
    touches (a few of the ~110): the same text on SQLite (3.24+) and PostgreSQL, built once
    per set of numbers. Built as a SQLAlchemy expression of every number it cost about 10 ms
    of CPU per push, and sending all numbers cost psycopg another 1-2 ms."""
    return text(_upsert_text(table_name, key, numbers))


@functools.lru_cache(maxsize=512)
def _day_and_month_sql(numbers: tuple[str, ...]) -> TextClause:
    """PostgreSQL: the daily upsert in a data-modifying CTE, then its month's, in one statement
    (the daily row is locked first, as in two statements; one round trip fewer per push)."""
    return text(f"WITH daily AS ({_upsert_text(figures_daily.name, ('office_code', 'day'), numbers)}) "
                f"{_upsert_text(figures_monthly.name, ('month', 'office_code'), numbers)}")


def _add_rows(conn: Connection, table: Table, key: tuple[str, str],
              rows: list[tuple[tuple[str, str], list[int]]]) -> None:
    # The numbers any row adds to (a push touches a few of the ~110), in column order.
    touched = tuple(sorted({i for _, values in rows for i, value in enumerate(values) if value}))
    if not touched:
        return
    numbers = tuple(NUMBERS[i] for i in touched)
    params = [{key[0]: k[0], key[1]: k[1], **{NUMBERS[i]: values[i] for i in touched}} for k, values in rows]
    # One row (the usual push: one office, one day) as a plain execute: psycopg's executemany
    # costs more CPU than the statement itself.
    conn.execute(_upsert_sql(table.name, key, numbers), params[0] if len(params) == 1 else params)


def project_figures_batch(conn: Connection, office_code: str, events: Iterable[P.Event]) -> None:
    """Count the events one push has just inserted (never duplicates: the caller filters)."""
    deltas = FigureDeltas()
    for ev in events:
        deltas.add_event(office_code, ev.type, ev.occurred_at, ev.payload)
    deltas.write(conn)


def project_figures(conn: Connection, office_code: str, event: P.Event) -> None:
    """Count one newly inserted event."""
    project_figures_batch(conn, office_code, [event])


def on_first_answer(conn: Connection, office_code: str, category: str | None, registered_at: str | None,
                    answered_at: str, due_at: str | None) -> None:
    """Count a concern answered for the first time, on its answer date, in time or late (due_at
    passed). Call it once per concern, in the transaction that sets `concerns.answered_at`.
    `category` is taken for a per-category breakdown later; the rows do not split by it yet."""
    del category
    deltas = FigureDeltas()
    deltas.add_answer(office_code, registered_at, answered_at, due_at)
    deltas.write(conn)


def rebuild(conn: Connection, office_code: str | None = None) -> int:
    """Recompute the figures of one office (or all) from the stored events and the concerns'
    first answers, in the caller's transaction; the same rows ingest would have built.
    Returns how many events were counted."""
    offices = [office_code] if office_code else list(
        conn.execute(select(D.offices.c.code).order_by(D.offices.c.code)).scalars())
    for table in (figures_daily, figures_monthly):
        q = delete(table)
        conn.execute(q.where(table.c.office_code == office_code) if office_code else q)
    e, c = D.events.c, D.concerns.c
    counted = 0
    for office in offices:  # one office at a time keeps memory to one office's days
        deltas = FigureDeltas()
        rows = conn.execute(select(e.type, e.occurred_at, e.payload)
                            .where(e.office_code == office, e.type.in_(FIGURE_EVENT_TYPES))
                            .execution_options(yield_per=5000))
        for type_, occurred_at, payload in rows:
            deltas.add_event(office, type_, occurred_at, json.loads(payload))
            counted += 1
        for registered_at, answered_at, due_at in conn.execute(
                select(c.registered_at, c.answered_at, c.due_at)
                .where(c.office_code == office, c.answered_at.is_not(None))):
            deltas.add_answer(office, registered_at, answered_at, due_at)
        deltas.write(conn)
    return counted


# ---------------------------------------------------------------------------- values


def local_date(when: dt.datetime) -> str:
    """The office's local date of an instant, 'YYYY-MM-DD'."""
    return when.astimezone(OFFICE_ZONE).date().isoformat()


def _time(value: Any) -> dt.datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return P.parse_time(value)
    except P.ProtocolError:
        return None


def _business_date(payload: Mapping[str, Any], occurred_at: str) -> str | None:
    text = payload.get("business_date")
    if isinstance(text, str) and len(text) == 10:
        try:
            return dt.date.fromisoformat(text).isoformat()  # checked, and written the one way
        except ValueError:
            pass
    at = _time(occurred_at)
    return local_date(at) if at else None


def _bucket(edges: tuple[int, ...], value: float) -> int:
    return max(0, bisect.bisect_right(edges, value) - 1)


__all__ = ["FIGURE_EVENT_TYPES", "FigureDeltas", "local_date", "on_first_answer", "project_figures",
           "project_figures_batch", "rebuild"]
