"""Migration m009: what a supervisor sets per service (kiosk/domain/service_controls.py).

Registered in `kiosk/store/migrations.py` after m008 (never edit it once shipped: add a
new migration). One row per service the supervisor has touched; a service without a row
has the defaults (open, no weekly hours, no limit, the catalogue's target).
`kiosk/store/service_controls.py` reads and writes it.
"""
from __future__ import annotations

import sqlite_utils


def m009_service_controls(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE service_controls (
            service_code TEXT PRIMARY KEY,
            closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
            hours TEXT NOT NULL DEFAULT '{}',  -- JSON weekday → ["HH:MM", "HH:MM"]; {}: no weekly hours
            daily_limit INTEGER CHECK (daily_limit IS NULL OR daily_limit > 0),
            target_minutes INTEGER CHECK (target_minutes IS NULL OR target_minutes > 0),
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL  -- the supervisor's name
        )
        """
    )
