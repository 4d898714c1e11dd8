"""LAN devices paired with the hub (desks, displays) and one-time pairing codes (SQL only).

Codes and tokens are stored as sha256 hashes: a copy of the database does not let
anyone pair or talk to the hub. The rules (code format, expiry, limits) live in
`kiosk/hub/pairing.py`.
"""
from __future__ import annotations

import sqlite3
from typing import Any

_DEVICE_KEYS = ("id", "name", "kind", "paired_at", "last_seen_at", "revoked_at")


def insert_pairing_code(conn: sqlite3.Connection, code_hash: str, created_at: str, expires_at: str) -> None:
    conn.execute("INSERT OR REPLACE INTO pairing_codes (code_hash, created_at, expires_at) VALUES (?, ?, ?)",
                 (code_hash, created_at, expires_at))


def use_pairing_code(conn: sqlite3.Connection, code_hash: str, now: str) -> bool:
    """Mark a live code used; False if it is unknown, expired or already used."""
    cursor = conn.execute(
        "UPDATE pairing_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?",
        (now, code_hash, now),
    )
    return cursor.rowcount == 1


def live_pairing_codes(conn: sqlite3.Connection, now: str) -> int:
    (count,) = conn.execute("SELECT count(*) FROM pairing_codes WHERE used_at IS NULL AND expires_at > ?",
                            (now,)).fetchone()
    return count


def insert_device(conn: sqlite3.Connection, device_id: str, name: str, kind: str, token_hash: str, at: str) -> None:
    conn.execute("INSERT INTO devices (id, name, kind, token_hash, paired_at) VALUES (?, ?, ?, ?, ?)",
                 (device_id, name, kind, token_hash, at))


def device_by_token_hash(conn: sqlite3.Connection, token_hash: str) -> dict[str, Any] | None:
    row = conn.execute(f"SELECT {', '.join(_DEVICE_KEYS)} FROM devices WHERE token_hash = ?",
                       (token_hash,)).fetchone()
    return dict(zip(_DEVICE_KEYS, row)) if row else None


def all_devices(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute(f"SELECT {', '.join(_DEVICE_KEYS)} FROM devices ORDER BY paired_at").fetchall()
    return [dict(zip(_DEVICE_KEYS, r)) for r in rows]


def revoke_device(conn: sqlite3.Connection, device_id: str, at: str) -> bool:
    cursor = conn.execute("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", (at, device_id))
    return cursor.rowcount == 1


def touch_device(conn: sqlite3.Connection, device_id: str, at: str) -> None:
    conn.execute("UPDATE devices SET last_seen_at = ? WHERE id = ?", (at, device_id))
