"""Counters, the call order and today's figures (SQL only)."""
from __future__ import annotations

import json
import sqlite3
from typing import Any

from kiosk.domain.tickets import Ticket
from kiosk.store.tickets import row_to_ticket, ticket_columns

_T = ticket_columns()


def next_waiting(conn: sqlite3.Connection, services: list[str]) -> Ticket | None:
    """The ticket to call next: any priority class first, then arrival order (kept across transfers)."""
    marks = ",".join("?" * len(services))
    row = conn.execute(
        f"SELECT {_T} FROM tickets WHERE status = 'waiting' AND queue_service IN ({marks})"
        " ORDER BY (priority = 'none'), queued_at, number LIMIT 1",
        services,
    ).fetchone()
    return row_to_ticket(row) if row else None


def waiting_tickets(conn: sqlite3.Connection, services: list[str], limit: int = 200) -> list[Ticket]:
    marks = ",".join("?" * len(services))
    rows = conn.execute(
        f"SELECT {_T} FROM tickets WHERE status = 'waiting' AND queue_service IN ({marks})"
        " ORDER BY (priority = 'none'), queued_at, number LIMIT ?",
        [*services, limit],
    ).fetchall()
    return [row_to_ticket(r) for r in rows]


def waiting_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return dict(conn.execute(
        "SELECT queue_service, count(*) FROM tickets WHERE status = 'waiting' GROUP BY queue_service"
    ).fetchall())


def update_ticket(conn: sqlite3.Connection, ticket_id: str, **fields: Any) -> None:
    sets = ", ".join(f"{name} = ?" for name in fields)
    conn.execute(f"UPDATE tickets SET {sets} WHERE id = ?", (*fields.values(), ticket_id))


def recent_calls(conn: sqlite3.Connection, since: str, limit: int) -> list[Ticket]:
    rows = conn.execute(
        f"SELECT {_T} FROM tickets WHERE called_at IS NOT NULL AND called_at >= ? ORDER BY called_at DESC LIMIT ?",
        (since, limit),
    ).fetchall()
    return [row_to_ticket(r) for r in rows]


def serving_at(conn: sqlite3.Connection, counter: str, day: str) -> Ticket | None:
    row = conn.execute(
        f"SELECT {_T} FROM tickets WHERE counter = ? AND business_date = ? AND status IN ('called', 'serving')"
        " ORDER BY called_at DESC LIMIT 1",
        (counter, day),
    ).fetchone()
    return row_to_ticket(row) if row else None


def counter_day_figures(conn: sqlite3.Connection, counter: str, day: str) -> dict[str, Any]:
    served, no_shows, avg_minutes = conn.execute(
        "SELECT sum(status = 'done'), sum(status = 'no_show'),"
        " avg(CASE WHEN status = 'done' AND started_at IS NOT NULL"
        "     THEN (julianday(finished_at) - julianday(started_at)) * 1440 END)"
        " FROM tickets WHERE counter = ? AND business_date = ?",
        (counter, day),
    ).fetchone()
    return {"served": served or 0, "no_shows": no_shows or 0, "avg_service_min": avg_minutes}


def measured_minutes(conn: sqlite3.Connection, service: str, since: str, samples: int) -> tuple[float, int] | None:
    """Mean counter minutes over the latest `samples` finished tickets of a line since `since`."""
    row = conn.execute(
        "SELECT avg(m), count(*) FROM (SELECT (julianday(finished_at) - julianday(started_at)) * 1440 AS m"
        " FROM tickets WHERE status = 'done' AND queue_service = ? AND finished_at >= ?"
        " AND started_at IS NOT NULL ORDER BY finished_at DESC LIMIT ?)",
        (service, since, samples),
    ).fetchone()
    return (row[0], row[1]) if row and row[1] else None


def upsert_counter(conn, number: str, services: list[str], status: str, staff_id: str | None, at: str) -> None:
    if status == "open":
        conn.execute(
            "INSERT INTO counters (number, services, status, staff_id, opened_at) VALUES (?, ?, 'open', ?, ?)"
            " ON CONFLICT (number) DO UPDATE SET services = excluded.services, status = 'open',"
            " staff_id = excluded.staff_id, opened_at = excluded.opened_at, closed_at = NULL",
            (number, json.dumps(services), staff_id, at),
        )
    else:
        conn.execute("UPDATE counters SET status = 'closed', closed_at = ? WHERE number = ?", (at, number))


def counters(conn) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT c.number, c.services, c.status, c.staff_id, s.name, c.opened_at FROM counters c"
        " LEFT JOIN staff s ON s.id = c.staff_id ORDER BY length(c.number), c.number"
    ).fetchall()
    return [{"number": n, "services": json.loads(sv), "status": st, "staff_id": sid, "staff_name": name,
             "opened_at": at} for n, sv, st, sid, name, at in rows]


def active_announcements(conn) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT id, texts, created_at, source FROM announcements WHERE active = 1 ORDER BY created_at DESC"
    ).fetchall()
    return [{"id": i, "texts": json.loads(t), "created_at": c, "source": s} for i, t, c, s in rows]


def replace_announcement(conn, announcement_id: str, texts: dict[str, str], source: str, at: str) -> None:
    """One announcement line at a time: the new one replaces what was shown."""
    conn.execute("UPDATE announcements SET active = 0 WHERE active = 1")
    if any(t.strip() for t in texts.values()):
        conn.execute(
            "INSERT OR REPLACE INTO announcements (id, texts, active, source, created_at) VALUES (?, ?, 1, ?, ?)",
            (announcement_id, json.dumps(texts, ensure_ascii=False), source, at),
        )
