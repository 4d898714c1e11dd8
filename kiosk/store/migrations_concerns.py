"""Migration m002: the concerns (انشغالات) and their history.

Registered in `kiosk/store/migrations.py` after m001 (never edit it once shipped: add a
new migration). Personal fields (contact_name, contact_phone) are nullable and are
emptied by the retention purge; `purged_at` says when.
"""
from __future__ import annotations

import sqlite_utils


def m002_concerns(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE concerns (
            id TEXT PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,  -- tracking code, printed form (BMD-7K3Q-9XA4)
            category TEXT NOT NULL,
            text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
            language TEXT NOT NULL,
            place TEXT,
            contact_name TEXT,
            contact_phone TEXT,
            consent_at TEXT,
            status TEXT NOT NULL DEFAULT 'received'
                CHECK (status IN ('received', 'in_progress', 'answered', 'closed', 'rejected')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            purged_at TEXT,
            -- contact details exist only with the citizen's consent
            CHECK ((contact_name IS NULL AND contact_phone IS NULL) OR consent_at IS NOT NULL)
        )
        """
    )
    db.execute("CREATE INDEX concerns_status ON concerns (status, created_at)")
    db.execute("CREATE INDEX concerns_created ON concerns (created_at)")
    db.execute(
        """
        CREATE TABLE concern_history (
            id TEXT PRIMARY KEY,
            concern_id TEXT NOT NULL REFERENCES concerns (id),
            at TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('status', 'public_answer', 'internal_note', 'purge')),
            status TEXT,
            text TEXT,
            by_staff TEXT,
            public INTEGER NOT NULL DEFAULT 0 CHECK (public IN (0, 1)),
            -- an internal note is never public
            CHECK (kind != 'internal_note' OR public = 0)
        )
        """
    )
    db.execute("CREATE INDEX concern_history_concern ON concern_history (concern_id, at)")
