"""Migration m013 and the monthly partitions of `events` (the server's largest table).

Every event gets `occurred_month` (YYYYMM of its own `occurred_at`, in UTC: `month_key`), so a
resend of an event always lands where the first copy is. On PostgreSQL, m013 rebuilds
`events` as a table partitioned by RANGE (occurred_month): one partition per month
(`events_m202612`) plus a DEFAULT partition (`events_default`) so an event of an odd date
(a kiosk clock years off) is stored rather than refused. The rows of the old table are
copied across inside the migration's transaction. An old month can then be detached and
archived without touching the others (docs/operations.md).

PostgreSQL requires the partition key in every unique key, so the primary key is
(device_id, seq, occurred_month) and no longer says on its own that a device's seq is
stored once: `sync.server.event_ingest` keeps that promise (one push per device at a time,
existing seqs read before inserting).

`ensure_event_partitions` creates this month's and the next months' partitions; `migrate`
calls it on every start, and a month's rows that had gone to the DEFAULT partition meanwhile
are moved into it. On SQLite (tests, small installations) m013 only adds and fills the
column: the table stays as it was.
"""
from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import text
from sqlalchemy.engine import Connection

from sync import protocol as P

log = logging.getLogger(__name__)

#: Months created ahead of the current one, so a server that runs for weeks without a
#: restart still files next month's events in their own partition.
MONTHS_AHEAD = 2
DEFAULT_PARTITION = "events_default"

# Column list of `events` as of m013 (the v1 columns, then the partition key).
_COLUMNS = ("device_id VARCHAR(64) NOT NULL, seq BIGINT NOT NULL, event_id VARCHAR(64) NOT NULL, "
            "type VARCHAR(64) NOT NULL, occurred_at VARCHAR(64) NOT NULL, payload TEXT NOT NULL, "
            "hash VARCHAR(64) NOT NULL, office_code VARCHAR(32) NOT NULL, batch_id VARCHAR(64) NOT NULL, "
            "received_at VARCHAR(32) NOT NULL, occurred_month INTEGER NOT NULL")
_V1_NAMES = "device_id, seq, event_id, type, occurred_at, payload, hash, office_code, batch_id, received_at"


def month_key(occurred_at: str) -> int:
    """YYYYMM of the event's time in UTC (e.g. 202612): the partition an event belongs to."""
    when = P.parse_time(occurred_at).astimezone(dt.UTC)
    return when.year * 100 + when.month


def partition_name(month: int) -> str:
    return f"events_m{month:06d}"


def _next_month(month: int) -> int:
    year, m = divmod(month, 100)
    return (year + 1) * 100 + 1 if m == 12 else month + 1


def m013_events_by_month(conn: Connection) -> None:
    if conn.dialect.name != "postgresql":
        conn.execute(text("ALTER TABLE events ADD COLUMN occurred_month INTEGER NOT NULL DEFAULT 0"))
        # SQLite's own reading of the ISO time (UTC); 0 (no month) where it cannot read it.
        conn.execute(text("UPDATE events SET occurred_month = "
                          "COALESCE(CAST(strftime('%Y%m', occurred_at) AS INTEGER), 0)"))
        return
    conn.execute(text("ALTER TABLE events RENAME TO events_unpartitioned"))
    conn.execute(text("ALTER TABLE events_unpartitioned RENAME CONSTRAINT events_pkey TO events_unpartitioned_pkey"))
    conn.execute(text("ALTER INDEX events_office_type RENAME TO events_unpartitioned_office_type"))
    conn.execute(text(f"CREATE TABLE events ({_COLUMNS}, PRIMARY KEY (device_id, seq, occurred_month)) "
                      "PARTITION BY RANGE (occurred_month)"))
    conn.execute(text("CREATE INDEX events_office_type ON events (office_code, type)"))
    conn.execute(text(f"CREATE TABLE {DEFAULT_PARTITION} PARTITION OF events DEFAULT"))
    # PostgreSQL's reading of the time; the ISO-8601 times the protocol accepted all parse.
    month_sql = "to_char(occurred_at::timestamptz AT TIME ZONE 'UTC', 'YYYYMM')::integer"
    months = set(conn.execute(text(f"SELECT DISTINCT {month_sql} FROM events_unpartitioned")).scalars())
    for month in sorted(months | set(_months_from(_this_month()))):
        _create_partition(conn, month)
    conn.execute(text(f"INSERT INTO events ({_V1_NAMES}, occurred_month) "
                      f"SELECT {_V1_NAMES}, {month_sql} FROM events_unpartitioned"))
    conn.execute(text("DROP TABLE events_unpartitioned"))


def is_partitioned(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql" and bool(conn.execute(text(
        "SELECT 1 FROM pg_partitioned_table WHERE partrelid = to_regclass('events')")).first())


def existing_partitions(conn: Connection) -> list[str]:
    """Names of the partitions of `events` (PostgreSQL), DEFAULT included."""
    return list(conn.execute(text(
        "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
        "WHERE i.inhparent = to_regclass('events') ORDER BY c.relname")).scalars())


def ensure_event_partitions(conn: Connection, today: dt.date | None = None) -> list[str]:
    """Create the partitions of this month and the MONTHS_AHEAD next ones that are missing;
    return their names. No-op on SQLite. Runs in the caller's transaction (the migration's,
    under its advisory lock, so two starting processes do not race)."""
    if not is_partitioned(conn):
        return []
    have = set(existing_partitions(conn))
    created = []
    for month in _months_from(_this_month(today)):
        if partition_name(month) not in have:
            _create_partition(conn, month)
            created.append(partition_name(month))
    if created:
        log.info("events partitions created: %s", ", ".join(created))
    return created


def _this_month(today: dt.date | None = None) -> int:
    today = today or dt.datetime.now(dt.UTC).date()
    return today.year * 100 + today.month


def _months_from(month: int) -> list[int]:
    months = [month]
    for _ in range(MONTHS_AHEAD):
        months.append(_next_month(months[-1]))
    return months


def _create_partition(conn: Connection, month: int) -> None:
    """A month's partition; rows of that month already in the DEFAULT partition move into it
    (PostgreSQL refuses to attach a range the DEFAULT partition holds rows of)."""
    name, bounds = partition_name(month), f"FROM ({month}) TO ({_next_month(month)})"
    strays = conn.execute(text(f"SELECT count(*) FROM {DEFAULT_PARTITION} "
                               f"WHERE occurred_month >= {month} AND occurred_month < {_next_month(month)}")
                          ).scalar_one() if _default_exists(conn) else 0
    if not strays:
        conn.execute(text(f"CREATE TABLE {name} PARTITION OF events FOR VALUES {bounds}"))
        return
    conn.execute(text(f"CREATE TABLE {name} (LIKE events INCLUDING DEFAULTS INCLUDING CONSTRAINTS)"))
    conn.execute(text(f"WITH moved AS (DELETE FROM {DEFAULT_PARTITION} WHERE occurred_month >= {month} "
                      f"AND occurred_month < {_next_month(month)} RETURNING *) "
                      f"INSERT INTO {name} SELECT * FROM moved"))
    conn.execute(text(f"ALTER TABLE events ATTACH PARTITION {name} FOR VALUES {bounds}"))
    log.info("%d events of %d moved from %s into %s", strays, month, DEFAULT_PARTITION, name)


def _default_exists(conn: Connection) -> bool:
    return conn.execute(text(f"SELECT to_regclass('{DEFAULT_PARTITION}') IS NOT NULL")).scalar_one()


def events_storage_bytes(conn: Connection) -> int:
    """Bytes `events` takes on disk with its indexes and TOAST, all partitions summed (PostgreSQL)."""
    return int(conn.execute(text(
        "SELECT COALESCE(sum(pg_total_relation_size(relid)), 0) FROM pg_partition_tree('events')")).scalar_one())


__all__ = ["DEFAULT_PARTITION", "MONTHS_AHEAD", "ensure_event_partitions", "events_storage_bytes",
           "existing_partitions", "is_partitioned", "m013_events_by_month", "month_key", "partition_name"]
