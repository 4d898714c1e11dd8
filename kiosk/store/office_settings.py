"""The office's own settings received from elsewhere, in the `settings` table (key → text)
created by migration m001 (SQL only).

Today one key: `public_url`, the central server's address for the citizens' pages, as
the last pull said it (kiosk/office/public_url.py). A missing row means "unset".
"""
from __future__ import annotations

import sqlite3

PUBLIC_URL = "public_url"


def read_setting(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def write_setting(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    """Set `key` to `value`, or remove it with None."""
    if value is None:
        conn.execute("DELETE FROM settings WHERE key = ?", (key,))
    else:
        conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)"
                     " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))
