"""Migration m012: the day's calls per line, for the "one priority after N regular" rule.

Registered in `kiosk/store/migrations.py` (never edit it once shipped: add a new
migration). One row per call of a waiting ticket (call next, or a ticket picked from the
list), in call order. The rule's run, the regular calls since the line's last priority
call, is counted from these rows (kiosk/store/desk.py `regular_runs`): a recall or a
transfer changes a ticket's `called_at`, never this record, and a restart loses nothing.
Rows of earlier days are dropped as calls are made. A database upgraded during the day
starts with no row: its lines begin as at opening (a waiting priority ticket first).
"""
from __future__ import annotations

import sqlite_utils


def m012_priority_rule(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE line_calls (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,  -- call order
            queue_service TEXT NOT NULL,
            business_date TEXT NOT NULL,
            ticket_id TEXT NOT NULL,
            priority INTEGER NOT NULL CHECK (priority IN (0, 1)),  -- 1: any priority class
            called_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX line_calls_line ON line_calls (queue_service, business_date, priority, seq)")
