"""The `service_controls` table (migration m009), and what the service levels read of the
tickets: how many a service issued today, and since when its longest waiter waits.

Thread use: the caller's, under the office lock (kiosk/office/service_controls.py); the
writes run inside the caller's transaction.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3

from kiosk.domain.clock import from_iso
from kiosk.domain.service_controls import ServiceControl, control_from, control_json

_COLUMNS = "service_code, closed, hours, daily_limit, target_minutes"


def _control(row: tuple) -> ServiceControl:
    code, closed, hours, limit, target = row
    return control_from({"service_code": code, "closed": bool(closed), "hours": json.loads(hours),
                         "daily_limit": limit, "target_minutes": target})


def all_controls(conn: sqlite3.Connection) -> dict[str, ServiceControl]:
    """Service code → its stored control (services never touched are not listed)."""
    return {row[0]: _control(row) for row in conn.execute(f"SELECT {_COLUMNS} FROM service_controls")}


def get_control(conn: sqlite3.Connection, service_code: str) -> ServiceControl:
    """The service's control, or the defaults when none was stored (each ticket issued reads it)."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM service_controls WHERE service_code = ?", (service_code,)).fetchone()
    return _control(row) if row else ServiceControl(service_code)


def all_controls_for(conn: sqlite3.Connection, codes: list[str]) -> dict[str, ServiceControl]:
    stored = all_controls(conn)
    return {code: stored.get(code) or ServiceControl(code) for code in codes}


def put_control(conn: sqlite3.Connection, control: ServiceControl, at: str, by: str) -> None:
    data = control_json(control)
    conn.execute(
        "INSERT INTO service_controls (service_code, closed, hours, daily_limit, target_minutes, updated_at,"
        " updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (service_code) DO UPDATE SET closed = excluded.closed,"
        " hours = excluded.hours, daily_limit = excluded.daily_limit, target_minutes = excluded.target_minutes,"
        " updated_at = excluded.updated_at, updated_by = excluded.updated_by",
        (control.service_code, int(control.closed), json.dumps(data["hours"]), control.daily_limit,
         control.target_minutes, at, by),
    )


def issued_on(conn: sqlite3.Connection, day: dt.date) -> dict[str, int]:
    """Service code → tickets it issued on that business date (its daily limit counts these)."""
    rows = conn.execute("SELECT service_code, count(*) FROM tickets WHERE business_date = ? GROUP BY service_code",
                        (day.isoformat(),))
    return dict(rows.fetchall())


def issued_by_service_on(conn: sqlite3.Connection, service_code: str, day: dt.date) -> int:
    (count,) = conn.execute("SELECT count(*) FROM tickets WHERE service_code = ? AND business_date = ?",
                            (service_code, day.isoformat())).fetchone()
    return count


def first_waits_on(conn: sqlite3.Connection, day: dt.date) -> list[tuple[str, float]]:
    """(line, minutes waited) of the day's tickets called in their first line and never recalled
    (a recall moves `called_at`: that ticket's first wait is no longer known here)."""
    rows = conn.execute("SELECT queue_service, issued_at, called_at FROM tickets WHERE business_date = ?"
                        " AND called_at IS NOT NULL AND transferred_from IS NULL AND recalls = 0",
                        (day.isoformat(),))
    return [(code, (from_iso(called) - from_iso(issued)).total_seconds() / 60) for code, issued, called in rows]


def longest_waiting_since(conn: sqlite3.Connection) -> dict[str, dt.datetime]:
    """Line (queue service) → when the citizen waiting longest in it took their ticket."""
    rows = conn.execute("SELECT queue_service, MIN(issued_at) FROM tickets WHERE status = 'waiting'"
                        " GROUP BY queue_service")
    return {code: from_iso(since) for code, since in rows}
