"""Migration m005: a floor under each service's ticket numbers of a day.

Registered in `kiosk/store/migrations.py` after m004 (never edit it once shipped: add a
new migration). After `maktab-sync restore` puts back an older database, the tickets
handed out since that backup are not in it; their highest number per (service, business
date) is recorded here, and the allocator (kiosk/store/tickets.py) continues above it,
so no citizen gets a number already printed on another citizen's ticket.
"""
from __future__ import annotations

import sqlite_utils


def m005_ticket_number_floors(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE ticket_number_floors (
            service_code TEXT NOT NULL,
            business_date TEXT NOT NULL,
            floor INTEGER NOT NULL CHECK (floor >= 0),  -- the next number is above this one
            PRIMARY KEY (service_code, business_date)
        ) WITHOUT ROWID
        """
    )
