"""The office's own settings received from elsewhere, in the `settings` table (key → text)
created by migration m001 (SQL only).

Two keys: `public_url`, the central server's address for the citizens' pages, as
the last pull said it (kiosk/office/public_url.py), and `mode`, "training" in a training
database (`maktab --training`, kiosk/office/training.py). A missing row means "unset".

The training mark lives in the database itself, not only in the settings that opened it:
whoever opens the file (a `--data-dir` pointing into the training folder, `maktab-sync`,
a copied file), the outbox still queues nothing and sync still refuses it.
"""
from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

PUBLIC_URL = "public_url"
MODE = "mode"
TRAINING = "training"


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


def is_training(conn: sqlite3.Connection) -> bool:
    """Is this a training database? (one primary-key lookup: cheap enough for every event)"""
    return read_setting(conn, MODE) == TRAINING


def is_training_file(path: Path | str) -> bool:
    """Is the database file at `path` a training one? Read-only; False when it is missing,
    unreadable or older than the settings table (never a training database then)."""
    if not Path(path).is_file():
        return False
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            return is_training(conn)
    except sqlite3.Error:
        return False
