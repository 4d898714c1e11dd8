"""Migration m011: how each concern reached the office (`concerns.channel`).

Registered in `kiosk/store/migrations.py` (never edit it once shipped: add a new
migration). Every concern stored before it came from a kiosk, so existing rows are
"kiosk"; the others ("counter", "phone", "letter", "email") are registered by a clerk at
a desk (kiosk/office/concern_registration.py). "web" is the central server's own form.
"""
from __future__ import annotations

import sqlite_utils


def m011_concern_channel(db: sqlite_utils.Database) -> None:
    db.execute(
        "ALTER TABLE concerns ADD COLUMN channel TEXT NOT NULL DEFAULT 'kiosk'"
        " CHECK (channel IN ('kiosk', 'counter', 'phone', 'letter', 'email', 'web'))"
    )
