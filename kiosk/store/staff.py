"""Staff, their sessions, and the hash-chained audit log (SQL only; rules live in the domain)."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from typing import Any

GENESIS = "0" * 64


def insert_staff(conn: sqlite3.Connection, staff_id: str, name: str, role: str, pin_hash: str, at: str) -> None:
    conn.execute(
        "INSERT INTO staff (id, name, role, pin_hash, created_at) VALUES (?, ?, ?, ?, ?)",
        (staff_id, name, role, pin_hash, at),
    )


def staff_by_name(conn: sqlite3.Connection, name: str) -> dict[str, Any] | None:
    row = conn.execute(
        "SELECT id, name, role, pin_hash, failed_attempts, locked_until, active FROM staff WHERE name = ?", (name,)
    ).fetchone()
    if row is None:
        return None
    keys = ("id", "name", "role", "pin_hash", "failed_attempts", "locked_until", "active")
    return dict(zip(keys, row))


def all_staff(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT id, name, role, failed_attempts, locked_until, active, created_at FROM staff ORDER BY name"
    ).fetchall()
    keys = ("id", "name", "role", "failed_attempts", "locked_until", "active", "created_at")
    return [dict(zip(keys, r)) for r in rows]


def record_failed_pin(conn: sqlite3.Connection, staff_id: str, failures: int, locked_until: str | None) -> None:
    """Set the count of wrong PINs in a row (the caller starts it again after a lock ended)."""
    conn.execute("UPDATE staff SET failed_attempts = ?, locked_until = ? WHERE id = ?",
                 (failures, locked_until, staff_id))


def reset_failures(conn: sqlite3.Connection, staff_id: str) -> None:
    conn.execute("UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = ?", (staff_id,))


def set_pin(conn: sqlite3.Connection, staff_id: str, pin_hash: str) -> None:
    conn.execute("UPDATE staff SET pin_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?",
                 (pin_hash, staff_id))


def insert_session(conn, token_hash: str, staff_id: str, created_at: str, expires_at: str) -> None:
    conn.execute(
        "INSERT INTO staff_sessions (token_hash, staff_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
        (token_hash, staff_id, created_at, expires_at),
    )


def session_staff(conn, token_hash: str, now: str) -> dict[str, Any] | None:
    row = conn.execute(
        "SELECT s.id, s.name, s.role, x.expires_at FROM staff_sessions x JOIN staff s ON s.id = x.staff_id"
        " WHERE x.token_hash = ? AND x.ended_at IS NULL AND x.expires_at > ? AND s.active = 1",
        (token_hash, now),
    ).fetchone()
    return dict(zip(("id", "name", "role", "expires_at"), row)) if row else None


def end_session(conn, token_hash: str, at: str) -> None:
    conn.execute("UPDATE staff_sessions SET ended_at = ? WHERE token_hash = ?", (at, token_hash))


def append_audit(conn, at: str, staff_id: str | None, staff_name: str | None, action: str,
                 data: dict[str, Any]) -> str:
    """Append to the audit log; each entry's hash covers the previous one, so edits show."""
    row = conn.execute("SELECT hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    body = json.dumps([at, staff_id, staff_name, action, data], ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))
    digest = hashlib.sha256((prev + body).encode()).hexdigest()
    conn.execute(
        "INSERT INTO audit (at, staff_id, staff_name, action, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (at, staff_id, staff_name, action, json.dumps(data, ensure_ascii=False, sort_keys=True,
                                                         separators=(",", ":")), prev, digest),
    )
    return digest


def verify_audit_chain(conn) -> int | None:
    """The seq of the first entry whose hash does not match, or None if the chain is intact."""
    prev = GENESIS
    for seq, at, staff_id, staff_name, action, data, prev_hash, digest in conn.execute(
        "SELECT seq, at, staff_id, staff_name, action, data, prev_hash, hash FROM audit ORDER BY seq"
    ):
        body = json.dumps([at, staff_id, staff_name, action, json.loads(data)], ensure_ascii=False,
                          sort_keys=True, separators=(",", ":"))
        if prev_hash != prev or hashlib.sha256((prev + body).encode()).hexdigest() != digest:
            return seq
        prev = digest
    return None
