"""Counters, the call order and today's figures (SQL only)."""
from __future__ import annotations

import json
import sqlite3
from typing import Any

from kiosk.domain.tickets import Ticket
from kiosk.store.tickets import row_to_ticket, ticket_columns

_T = ticket_columns()


def waiting_heads(conn: sqlite3.Connection, services: list[str], per_kind: int) -> list[Ticket]:
    """The oldest `per_kind` priority and `per_kind` regular waiting tickets of each line, in
    arrival order (kept across transfers): all the call order needs to place the next
    `per_kind` calls (kiosk/domain/call_order.py)."""
    marks = ",".join("?" * len(services))
    rows = conn.execute(
        f"SELECT {_T} FROM (SELECT {_T}, queued_at AS arrived, row_number() OVER"
        " (PARTITION BY queue_service, priority = 'none' ORDER BY queued_at, number) AS place"
        f" FROM tickets WHERE status = 'waiting' AND queue_service IN ({marks}))"
        " WHERE place <= ? ORDER BY arrived, number",
        [*services, per_kind],
    ).fetchall()
    return [row_to_ticket(r) for r in rows]


def regular_runs(conn: sqlite3.Connection, services: list[str], day: str) -> dict[str, int | None]:
    """Per line: the regular calls since its last priority call of `day` (None: no priority call yet)."""
    runs: dict[str, int | None] = {}
    for service in services:
        (last_priority,) = conn.execute(
            "SELECT max(seq) FROM line_calls WHERE queue_service = ? AND business_date = ? AND priority = 1",
            (service, day),
        ).fetchone()
        if last_priority is None:
            runs[service] = None
            continue
        (runs[service],) = conn.execute(
            "SELECT count(*) FROM line_calls WHERE queue_service = ? AND business_date = ? AND priority = 0"
            " AND seq > ?",
            (service, day, last_priority),
        ).fetchone()
    return runs


def record_call(conn: sqlite3.Connection, ticket: Ticket, day: str, at: str) -> None:
    """Note a call of a waiting ticket in its line's record; earlier days' records go."""
    conn.execute("DELETE FROM line_calls WHERE business_date < ?", (day,))
    conn.execute(
        "INSERT INTO line_calls (queue_service, business_date, ticket_id, priority, called_at) VALUES (?, ?, ?, ?, ?)",
        (ticket.queue_service, day, ticket.id, int(ticket.priority.is_priority), at),
    )


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
