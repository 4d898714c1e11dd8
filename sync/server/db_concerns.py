"""Migration m005: what the concern workflow adds to m003's schema.

- `concern_history.source_event`: the office event a row comes from, unique per office,
  so an event that arrives twice adds one row;
- indexes for the back office's list (measured by benchmarks/bench_backoffice_list.py):
  open concerns by due date (overdue filter, due sort, home page counts) and by time,
  one status or one category by time, and, on PostgreSQL, code prefixes whatever the
  database's collation;
- due dates for concerns received before m003 (the default deadline then applies).

Listed in `sync.server.db.MIGRATIONS` (kept apart like db_backoffice.py); runs inside the
migration's transaction.
"""
from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import bindparam, column, select, table, text, update
from sqlalchemy.engine import Connection

from sync import protocol as P
from sync.server.db_backoffice import DEFAULT_DEADLINE_DAYS


def m005_concern_indexes(conn: Connection) -> None:
    conn.execute(text("ALTER TABLE concern_history ADD COLUMN source_event VARCHAR(64)"))
    conn.execute(text("CREATE UNIQUE INDEX concern_history_source ON concern_history (office_code, source_event)"))
    conn.execute(text("CREATE INDEX concerns_open_due ON concerns (due_at, office_code, code, assigned_to) "
                      "WHERE status IN ('received', 'in_progress')"))
    conn.execute(text("CREATE INDEX concerns_office_open_due ON concerns (office_code, due_at, code) "
                      "WHERE status IN ('received', 'in_progress')"))
    # Newest first among open concerns; due_at last so "overdue" is checked in the index, not
    # in the table (the newest open concerns are mostly not yet due: many are skipped).
    conn.execute(text("CREATE INDEX concerns_open_registered ON concerns (registered_at, office_code, code, due_at) "
                      "WHERE status IN ('received', 'in_progress')"))
    # One status or one category, newest first: without them the newest end of the table,
    # where recent concerns are open, is walked to find the decided ones.
    conn.execute(text("CREATE INDEX concerns_status_registered ON concerns (status, registered_at, office_code, code)"))
    conn.execute(text("CREATE INDEX concerns_category_registered ON concerns "
                      "(category, registered_at, office_code, code)"))
    if conn.dialect.name == "postgresql":
        # LIKE 'PREFIX%' uses a plain index only under the C collation; this one works under any.
        conn.execute(text("CREATE INDEX concerns_code_prefix ON concerns (code text_pattern_ops)"))
    _backfill_due_dates(conn)


def _backfill_due_dates(conn: Connection) -> None:
    """No deadline was configurable before m003, so the default one applies."""
    concerns = table("concerns", column("office_code"), column("code"), column("registered_at"), column("due_at"))
    c = concerns.c
    rows = conn.execute(select(c.office_code, c.code, c.registered_at)
                        .where(c.due_at.is_(None), c.registered_at.is_not(None))).all()
    changes = []
    for office_code, code, registered_at in rows:
        try:
            due = P.parse_time(registered_at) + dt.timedelta(days=DEFAULT_DEADLINE_DAYS)
        except (P.ProtocolError, ValueError):
            continue  # not a time: the concern stays without a due date
        changes.append({"o": office_code, "k": code, "due": P.format_time(due)})
    if changes:
        conn.execute(update(concerns).where(c.office_code == bindparam("o"), c.code == bindparam("k"))
                     .values(due_at=bindparam("due")), changes)


def m012_concern_channel(conn: Connection) -> None:
    """`concerns.channel`: how the concern reached the office (P.CONCERN_CHANNELS). Every
    concern before it came from a kiosk; the index serves the back office's channel filter."""
    conn.execute(text(f"ALTER TABLE concerns ADD COLUMN channel VARCHAR({P.MAX_CHANNEL_CHARS}) NOT NULL "
                      f"DEFAULT '{P.CONCERN_CHANNEL_DEFAULT}'"))
    conn.execute(text("CREATE INDEX concerns_channel_registered ON concerns "
                      "(channel, registered_at, office_code, code)"))
    _backfill_channels(conn)
    from sync.server.figures.schema import m012_channel_figures  # not at the top: it imports sync.server.db

    m012_channel_figures(conn)


def _backfill_channels(conn: Connection) -> None:
    """Concerns already stored keep "kiosk" (the column's default) unless their stored
    `concern.registered` says otherwise: an office updated before the server was."""
    events = table("events", column("office_code"), column("type"), column("payload"))
    concerns = table("concerns", column("office_code"), column("code"), column("channel"))
    e, c = events.c, concerns.c
    changes = []
    for office_code, payload in conn.execute(select(e.office_code, e.payload).where(e.type == P.CONCERN_REGISTERED)
                                             .where(e.payload.contains('"channel"'))):
        data = json.loads(payload)
        channel = P.concern_channel(data)
        if channel != P.CONCERN_CHANNEL_DEFAULT and isinstance(data.get("code"), str):
            changes.append({"o": office_code, "k": data["code"], "ch": channel})
    if changes:
        conn.execute(update(concerns).where(c.office_code == bindparam("o"), c.code == bindparam("k"))
                     .values(channel=bindparam("ch")), changes)


__all__ = ["m005_concern_indexes", "m012_concern_channel"]
