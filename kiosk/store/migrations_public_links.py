"""Migration m007: what the citizen's phone needs from the office database (issue [4/7]).

Registered in `kiosk/store/migrations.py` (never edit it once shipped: add a new migration).

- `tickets.public_token`: the unguessable token printed in the ticket's QR code (the live
  ticket page `{public_url}/t/{token}`); NULL for the tickets issued before. Only the kiosk
  that prints the receipt and the central server (in the `ticket.issued` event) see it.
- `concerns.publish_text`: 1 when the citizen agreed at the kiosk that the concern's text
  may be published anonymously (Open311), else 0 — the default, and the answer of every
  concern registered before the question existed.
"""
from __future__ import annotations

import sqlite_utils


def m007_public_links(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE tickets ADD COLUMN public_token TEXT")
    db.execute("ALTER TABLE concerns ADD COLUMN publish_text INTEGER NOT NULL DEFAULT 0"
               " CHECK (publish_text IN (0, 1))")
