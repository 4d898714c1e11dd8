"""The `help_requests` table (migration m008): rows in, `HelpRequest`s out.

Thread use: the caller's, under the office lock (kiosk/office/help.py).
"""
from __future__ import annotations

import datetime as dt
import sqlite3

from kiosk.domain.clock import from_iso, to_iso
from kiosk.domain.help import HelpRequest

_COLUMNS = "id, kiosk_name, device_id, asked_at, acknowledged_at, acknowledged_by"


def _request(row: sqlite3.Row | tuple) -> HelpRequest:
    id_, kiosk_name, device_id, asked_at, acknowledged_at, acknowledged_by = row
    return HelpRequest(id_, kiosk_name, device_id, from_iso(asked_at),
                       from_iso(acknowledged_at) if acknowledged_at else None, acknowledged_by)


def insert(conn: sqlite3.Connection, request: HelpRequest) -> None:
    conn.execute(f"INSERT INTO help_requests ({_COLUMNS}) VALUES (?, ?, ?, ?, NULL, NULL)",
                 (request.id, request.kiosk_name, request.device_id, to_iso(request.asked_at)))


def get(conn: sqlite3.Connection, request_id: str) -> HelpRequest | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM help_requests WHERE id = ?", (request_id,)).fetchone()
    return _request(row) if row else None


def asked_since(conn: sqlite3.Connection, since: dt.datetime) -> list[HelpRequest]:
    """Every request asked at or after `since`, oldest first (the domain decides which are open)."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM help_requests WHERE asked_at >= ? ORDER BY asked_at",
                        (to_iso(since),)).fetchall()
    return [_request(r) for r in rows]


def acknowledge(conn: sqlite3.Connection, request_id: str, at: dt.datetime, by: str) -> None:
    conn.execute("UPDATE help_requests SET acknowledged_at = ?, acknowledged_by = ? WHERE id = ?",
                 (to_iso(at), by, request_id))
