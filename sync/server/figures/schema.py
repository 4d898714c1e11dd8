"""The figures' tables: per office per day and per office per month counters and histograms.

Created by migration m006_figures (listed in `sync.server.db.MIGRATIONS`). Any thread.

Each row holds plain counters (tickets issued, served, no-shows, concerns received,
answered, answered late) and three histograms kept as fixed bucket columns, one integer
column per bucket:

    wait_bNN     minutes from a ticket's issue to its first call       (MINUTE_EDGES)
    service_bNN  minutes from its (last) call to its finish            (MINUTE_EDGES)
    delay_bNN    whole days from a concern's registration to its first answer  (DAY_EDGES)

Why columns rather than a JSON array or bucket rows: an event adds 1 to a column with
`col = col + excluded.col` in one upsert, which is atomic on both engines (no
read-modify-write, no row lock to take first), and the monthly page over 1,541 offices
reads 1,541 rows and can SUM buckets across offices in SQL (`monthly` for a whole year).

Percentile precision (see `queries.histogram_percentile`): a minute percentile is
interpolated inside its bucket, so it is exact to within the bucket's width: 1 minute
up to 10 min, 2 minutes up to 20, 5 minutes up to 50, then 10 up to 60, 15 up to 90,
30 up to 180, 60 up to 240; beyond 240 minutes it is reported as 240 ("4 h or more").
An answer delay is counted in whole days; its median is exact up to 31 days (the default
deadline is 30), then within 4-5 days up to 45, 15 up to 60, 30 up to 120, 60 up to 180,
and reported as 180 or 365 beyond.

Rows: `figures_daily` keyed (office_code, day 'YYYY-MM-DD', the office's business date);
`figures_monthly` keyed (month 'YYYY-MM', office_code): month first, so "every office
this month" and "these offices, months of a year" are both a range of the key.

Later migrations add counters: m011 (`m011_target_figures`) the first calls that named
their line's waiting target and those called within it; m012 (`m012_channel_figures`) one
counter per concern channel, `concerns_<channel>` (P.CONCERN_CHANNELS), then recomputes
every row from the stored events.
"""
from __future__ import annotations

from sqlalchemy import Column, Integer, MetaData, PrimaryKeyConstraint, String, Table, text
from sqlalchemy.engine import Connection

from sync import protocol as P

#: Lower edges of the minute buckets (waits and service); the last bucket is open-ended.
MINUTE_EDGES: tuple[int, ...] = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 18, 20, 25, 30, 35, 40, 45, 50,
                                 60, 75, 90, 120, 150, 180, 240)
#: Lower edges of the answer-delay buckets in whole days: one per day up to the default
#: 30-day deadline and a day beyond, coarser after; the last bucket is open-ended.
DAY_EDGES: tuple[int, ...] = (*range(32), 35, 40, 45, 60, 90, 120, 180, 365)

WAIT_BUCKETS = tuple(f"wait_b{i:02d}" for i in range(len(MINUTE_EDGES)))
SERVICE_BUCKETS = tuple(f"service_b{i:02d}" for i in range(len(MINUTE_EDGES)))
DELAY_BUCKETS = tuple(f"delay_b{i:02d}" for i in range(len(DAY_EDGES)))

#: Plain counters as m006 created them. Sums of seconds give means; the histograms give percentiles.
M006_COUNTERS = (
    "tickets_issued", "tickets_served", "no_shows",
    "waits", "wait_seconds", "services", "service_seconds",
    "concerns_received", "concerns_answered", "answered_late", "answer_delay_days",
)
#: Added by m011: first calls whose event named the line's waiting target, and of those the
#: ones called within it (the day's "served within target" share; kiosk/domain/service_controls.py).
TARGET_COUNTERS = ("waits_targeted", "waits_within_target")
#: Added by m012: concerns received per channel (their sum is `concerns_received`, but for
#: channels a newer office sends that this server does not know yet).
CHANNEL_COUNTERS = tuple(f"concerns_{channel}" for channel in P.CONCERN_CHANNELS)
COUNTERS = M006_COUNTERS + TARGET_COUNTERS
M006_NUMBERS: tuple[str, ...] = M006_COUNTERS + WAIT_BUCKETS + SERVICE_BUCKETS + DELAY_BUCKETS
#: Every number a row holds (ingest adds to them, queries read them by name).
NUMBERS: tuple[str, ...] = COUNTERS + WAIT_BUCKETS + SERVICE_BUCKETS + DELAY_BUCKETS + CHANNEL_COUNTERS
NUMBER_INDEX = {name: i for i, name in enumerate(NUMBERS)}


def _number_columns(numbers: tuple[str, ...]) -> list[Column]:
    # BIGINT would be safer for the sums of seconds only if an office served more than
    # 2**31 s (68 years) of citizens in one month; INTEGER is enough and smaller.
    return [Column(name, Integer, nullable=False, server_default="0") for name in numbers]


def _tables(md: MetaData, numbers: tuple[str, ...] = NUMBERS) -> dict[str, Table]:
    """The tables with these number columns (m006 created them with `M006_NUMBERS`; later
    migrations add columns)."""
    return {t.name: t for t in (
        Table("figures_daily", md,
              Column("office_code", String(32), nullable=False),
              Column("day", String(10), nullable=False),
              *_number_columns(numbers),
              PrimaryKeyConstraint("office_code", "day", name="figures_daily_pk")),
        Table("figures_monthly", md,
              Column("month", String(7), nullable=False),
              Column("office_code", String(32), nullable=False),
              *_number_columns(numbers),
              PrimaryKeyConstraint("month", "office_code", name="figures_monthly_pk")),
    )}


metadata = MetaData()
_t = _tables(metadata)
figures_daily = _t["figures_daily"]
figures_monthly = _t["figures_monthly"]


def m006_figures(conn: Connection) -> None:
    """The figures' aggregate tables. They are filled from the stored events by the last
    migration that changes them (m012 now): `rebuild` writes today's columns."""
    md = MetaData()
    _tables(md, M006_NUMBERS)
    md.create_all(conn)


def _add_counters(conn: Connection, names: tuple[str, ...]) -> None:
    for table in ("figures_daily", "figures_monthly"):
        for name in names:
            conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {name} INTEGER NOT NULL DEFAULT 0"))


def m011_target_figures(conn: Connection) -> None:
    """The "called within target" counters; m012, which follows, fills them from the stored
    calls with its rebuild."""
    _add_counters(conn, TARGET_COUNTERS)


def m012_channel_figures(conn: Connection) -> None:
    """The concerns per channel, then every row recomputed from the stored events (a database
    from before m006 gets its history; one from before m011/m012 its targets and channels).
    A later migration that changes these tables must move the `rebuild` into itself."""
    _add_counters(conn, CHANNEL_COUNTERS)
    from sync.server.figures.ingest import rebuild

    rebuild(conn)


__all__ = ["CHANNEL_COUNTERS", "COUNTERS", "DAY_EDGES", "DELAY_BUCKETS", "MINUTE_EDGES", "NUMBERS", "NUMBER_INDEX",
           "SERVICE_BUCKETS", "TARGET_COUNTERS", "WAIT_BUCKETS", "figures_daily", "figures_monthly", "m006_figures",
           "m011_target_figures", "m012_channel_figures"]
