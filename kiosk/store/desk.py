"""Counters, the call order and today's figures (SQL only)."""
from __future__ import annotations

import json
import sqlite3
from typing import Any, NamedTuple

from kiosk.domain.tickets import Priority, Ticket
from kiosk.store.tickets import row_to_ticket, ticket_columns

_T = ticket_columns()


def strict_order(conn: sqlite3.Connection, services: list[str], limit: int) -> list[Ticket]:
    """The waiting tickets in strict priority order (every line's `priority_after` is 0): any
    priority class first, then arrival order (kept across transfers)."""
    marks = ",".join("?" * len(services))
    rows = conn.execute(
        f"SELECT {_T} FROM tickets WHERE status = 'waiting' AND queue_service IN ({marks})"
        " ORDER BY (priority = 'none'), queued_at, number LIMIT ?",
        [*services, limit],
    ).fetchall()
    return [row_to_ticket(r) for r in rows]


class WaitingKey(NamedTuple):
    """What the call order needs of a waiting ticket (kiosk/domain/call_order.py), read cheaply."""

    id: str
    queue_service: str
    priority: Priority


def waiting_heads(conn: sqlite3.Connection, services: list[str], per_kind: int) -> list[WaitingKey]:
    """The oldest `per_kind` priority and `per_kind` regular waiting tickets of each line, in
    arrival order (kept across transfers): all the call order needs to place the next
    `per_kind` calls."""
    marks = ",".join("?" * len(services))
    rows = conn.execute(
        "SELECT id, queue_service, priority FROM (SELECT id, queue_service, priority, queued_at, number,"
        " row_number() OVER (PARTITION BY queue_service, priority = 'none' ORDER BY queued_at, number) AS place"
        f" FROM tickets WHERE status = 'waiting' AND queue_service IN ({marks}))"
        " WHERE place <= ? ORDER BY queued_at, number",
        [*services, per_kind],
    ).fetchall()
    return [WaitingKey(i, line, Priority(priority)) for i, line, priority in rows]


def tickets_by_id(conn: sqlite3.Connection, ids: list[str]) -> list[Ticket]:
    """The tickets of `ids`, in that order."""
    found: dict[str, Ticket] = {}
    for start in range(0, len(ids), 500):  # SQLite's limit on bound values, with room to spare
        chunk = ids[start:start + 500]
        rows = conn.execute(f"SELECT {_T} FROM tickets WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        found.update((t.id, t) for t in map(row_to_ticket, rows))
    return [found[i] for i in ids if i in found]


def regular_runs(conn: sqlite3.Connection, services: list[str], day: str) -> dict[str, int | None]:
    """Per line: the regular calls since its last priority call of `day` (None: no priority call yet)."""
    marks = ",".join("?" * len(services))
    rows = conn.execute(
        "SELECT queue_service, sum(priority = 0 AND seq > last) FROM line_calls JOIN ("
        "  SELECT queue_service AS line, max(seq) AS last FROM line_calls"
        f"  WHERE business_date = ? AND priority = 1 AND queue_service IN ({marks}) GROUP BY queue_service"
        ") ON line = queue_service WHERE business_date = ? GROUP BY queue_service",
        [day, *services, day],
    ).fetchall()
    runs: dict[str, int | None] = dict.fromkeys(services)
    runs.update({line: int(count or 0) for line, count in rows})
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
