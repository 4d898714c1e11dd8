"""Named schema migrations, recorded in the database (sqlite-utils `Migrations`).

Never edit a migration that has shipped: add a new one. `tests/store/test_migrations.py`
upgrades a database created by the first migration alone to the current schema.
"""
from __future__ import annotations

import sqlite_utils

MIGRATIONS = sqlite_utils.Migrations("maktab")


@MIGRATIONS()
def m001_tickets_outbox_settings(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE tickets (
            id TEXT PRIMARY KEY,
            service_code TEXT NOT NULL,  -- the service that issued the number
            queue_service TEXT NOT NULL,  -- the line it waits in now (differs after a transfer)
            business_date TEXT NOT NULL,
            number INTEGER NOT NULL CHECK (number > 0),
            label TEXT NOT NULL,
            priority TEXT NOT NULL DEFAULT 'none',
            status TEXT NOT NULL DEFAULT 'waiting',
            language TEXT NOT NULL,
            issued_at TEXT NOT NULL,
            queued_at TEXT NOT NULL,  -- place in line; kept on transfer so nobody goes to the back
            called_at TEXT,
            started_at TEXT,
            finished_at TEXT,
            counter TEXT,
            clerk TEXT,
            recalls INTEGER NOT NULL DEFAULT 0,
            transferred_from TEXT,
            UNIQUE (service_code, business_date, number)
        )
        """
    )
    # Only today's waiting tickets are ever counted or called: keep that index tiny.
    db.execute(
        "CREATE INDEX tickets_waiting ON tickets (queue_service, queued_at) WHERE status = 'waiting'"
    )
    db.execute("CREATE INDEX tickets_day ON tickets (business_date, status)")
    db.execute(
        """
        CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            event_id TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL,
            occurred_at TEXT NOT NULL,
            payload TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'acked', 'rejected')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            acked_at TEXT
        )
        """
    )
    db.execute("CREATE INDEX outbox_state ON outbox (state, seq)")
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
