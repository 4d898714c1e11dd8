"""Migration m008: citizens' calls for help from a kiosk (kiosk/domain/help.py).

Registered in `kiosk/store/migrations.py` after m007 (never edit it once shipped: add a
new migration). One row per request; `kiosk/store/help_requests.py` reads and writes it.
"""
from __future__ import annotations

import sqlite_utils


def m008_help_requests(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE help_requests (
            id TEXT PRIMARY KEY,
            kiosk_name TEXT NOT NULL,
            device_id TEXT NOT NULL,  -- the paired kiosk that asked ('' for the office PC's own kiosk)
            asked_at TEXT NOT NULL,
            acknowledged_at TEXT,
            acknowledged_by TEXT  -- the clerk's name
        )
        """
    )
    # Only the requests of the last minutes matter to desks and to the dedupe of a new press.
    db.execute("CREATE INDEX help_requests_asked ON help_requests (asked_at)")
