"""Named schema migrations, recorded in the database (sqlite-utils `Migrations`).

Never edit a migration that has shipped: add a new one. `tests/store/test_migrations.py`
upgrades a database created by the first migration alone to the current schema.
"""
from __future__ import annotations

import sqlite_utils

from kiosk.store.migrations_concern_channel import m011_concern_channel
from kiosk.store.migrations_concerns import m002_concerns
from kiosk.store.migrations_help_requests import m008_help_requests
from kiosk.store.migrations_priority_rule import m012_priority_rule
from kiosk.store.migrations_public_links import m007_public_links
from kiosk.store.migrations_request_answers import m006_request_answers
from kiosk.store.migrations_service_controls import m009_service_controls
from kiosk.store.migrations_ticket_floors import m005_ticket_number_floors

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


MIGRATIONS()(m002_concerns)


@MIGRATIONS()
def m003_staff_counters_devices(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE staff (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            role TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor')),
            pin_hash TEXT NOT NULL,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE staff_sessions (
            token_hash TEXT PRIMARY KEY,
            staff_id TEXT NOT NULL REFERENCES staff (id),
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            ended_at TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE counters (
            number TEXT PRIMARY KEY,
            services TEXT NOT NULL,  -- JSON list of service codes
            status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
            staff_id TEXT,
            opened_at TEXT,
            closed_at TEXT
        )
        """
    )
    # One row per desk action id: a retried action returns its first result instead of running twice.
    db.execute("CREATE TABLE desk_actions (action_id TEXT PRIMARY KEY, at TEXT NOT NULL, result TEXT NOT NULL)")
    db.execute(
        """
        CREATE TABLE audit (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            staff_id TEXT,
            staff_name TEXT,
            action TEXT NOT NULL,
            data TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE devices (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('desk', 'display', 'kiosk')),
            token_hash TEXT NOT NULL UNIQUE,
            paired_at TEXT NOT NULL,
            last_seen_at TEXT,
            revoked_at TEXT
        )
        """
    )
    db.execute(
        "CREATE TABLE pairing_codes (code_hash TEXT PRIMARY KEY, created_at TEXT NOT NULL, expires_at TEXT NOT NULL,"
        " used_at TEXT)"
    )
    db.execute(
        "CREATE TABLE announcements (id TEXT PRIMARY KEY, texts TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1,"
        " source TEXT NOT NULL, created_at TEXT NOT NULL)"
    )
    # The rolling service time looks at the latest finished tickets of a line.
    db.execute(
        "CREATE INDEX tickets_finished ON tickets (queue_service, finished_at) WHERE status = 'done'"
    )
    db.execute("CREATE INDEX tickets_called ON tickets (called_at) WHERE called_at IS NOT NULL")


@MIGRATIONS()
def m004_catalogue_overrides(db: sqlite_utils.Database) -> None:
    # Central changes to a service (kiosk/store/catalogue_overrides.py), laid over the catalogue file.
    db.execute(
        """
        CREATE TABLE catalogue_overrides (
            service_code TEXT PRIMARY KEY,
            fields TEXT NOT NULL,  -- JSON {active?, minutes?, names?: {lang: text}}
            updated_at TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('central', 'local'))
        )
        """
    )


MIGRATIONS()(m005_ticket_number_floors)
MIGRATIONS()(m006_request_answers)
MIGRATIONS()(m007_public_links)
MIGRATIONS()(m008_help_requests)
MIGRATIONS()(m009_service_controls)
MIGRATIONS()(m011_concern_channel)
MIGRATIONS()(m012_priority_rule)
