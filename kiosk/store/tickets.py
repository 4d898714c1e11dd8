"""Ticket rows: allocation of the day's next number, and the waiting line.

All functions take an open connection and run inside the caller's transaction.
"""
from __future__ import annotations

import datetime as dt
import sqlite3

from kiosk.domain.clock import from_iso, to_iso
from kiosk.domain.tickets import MAX_DAILY_NUMBER, Priority, Ticket, TicketStatus, format_label

_COLUMNS = (
    "id, service_code, queue_service, number, label, business_date, priority, status, language, issued_at, "
    "called_at, started_at, finished_at, counter, clerk, recalls, transferred_from"
)


class DailyLimitReached(RuntimeError):
    """The service has issued its last number for today."""


def insert_new_ticket(
    conn: sqlite3.Connection,
    *,
    ticket_id: str,
    service_code: str,
    prefix: str,
    business_date: dt.date,
    priority: Priority,
    language: str,
    issued_at: dt.datetime,
    public_token: str | None = None,
) -> Ticket:
    """Allocate the next number of the service for the day and insert the ticket.

    The caller holds the write lock (BEGIN IMMEDIATE), so the read of the last number
    and the insert cannot interleave with another writer; the UNIQUE constraint on
    (service, day, number) makes a duplicate impossible even if that ever changed. The
    number also stays above the day's floor left by a restore (m005), so numbers already
    handed out before the restore are not handed out again.
    """
    day = business_date.isoformat()
    (last,) = conn.execute(
        "SELECT max(COALESCE((SELECT MAX(number) FROM tickets WHERE service_code = ?1 AND business_date = ?2), 0),"
        " COALESCE((SELECT floor FROM ticket_number_floors WHERE service_code = ?1 AND business_date = ?2), 0))",
        (service_code, day),
    ).fetchone()
    number = last + 1
    if number > MAX_DAILY_NUMBER:
        raise DailyLimitReached(f"service {service_code} has issued {MAX_DAILY_NUMBER} tickets today")
    label = format_label(prefix, number)
    issued = to_iso(issued_at)
    conn.execute(
        "INSERT INTO tickets (id, service_code, queue_service, business_date, number, label, priority, status,"
        " language, issued_at, queued_at, public_token) VALUES (?, ?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?, ?)",
        (ticket_id, service_code, service_code, day, number, label, priority.value, language, issued, issued,
         public_token),
    )
    return Ticket(
        id=ticket_id, service_code=service_code, queue_service=service_code, number=number, label=label,
        business_date=business_date, priority=priority, status=TicketStatus.WAITING, language=language,
        issued_at=issued_at,
    )


def strictly_ahead(conn: sqlite3.Connection, line: str, is_priority: bool, ticket_id: str | None) -> int:
    """Under strict priority: the waiting tickets of `line` called before the newest one of its
    kind (`ticket_id`: that ticket, not counted; None: one not issued yet)."""
    kind = "priority != 'none'" if is_priority else "1"
    (count,) = conn.execute(
        f"SELECT count(*) FROM tickets WHERE status = 'waiting' AND queue_service = ? AND {kind} AND id != ?",
        (line, ticket_id or ""),
    ).fetchone()
    return count


def waiting_count(conn: sqlite3.Connection, service_code: str) -> int:
    (count,) = conn.execute(
        "SELECT count(*) FROM tickets WHERE status = 'waiting' AND queue_service = ?", (service_code,)
    ).fetchone()
    return count


def get_ticket(conn: sqlite3.Connection, ticket_id: str) -> Ticket | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM tickets WHERE id = ?", (ticket_id,)).fetchone()
    return row_to_ticket(row) if row else None


def public_token_of(conn: sqlite3.Connection, ticket_id: str) -> str | None:
    """The token of the ticket's public page (None: no such ticket, or issued before tokens)."""
    row = conn.execute("SELECT public_token FROM tickets WHERE id = ?", (ticket_id,)).fetchone()
    return row[0] if row else None


def _optional_time(text: str | None) -> dt.datetime | None:
    return from_iso(text) if text else None


def row_to_ticket(row) -> Ticket:
    (id_, service_code, queue_service, number, label, day, priority, status, language, issued_at,
     called_at, started_at, finished_at, counter, clerk, recalls, transferred_from) = row
    return Ticket(
        id=id_, service_code=service_code, queue_service=queue_service, number=number, label=label,
        business_date=dt.date.fromisoformat(day), priority=Priority(priority), status=TicketStatus(status),
        language=language, issued_at=from_iso(issued_at), called_at=_optional_time(called_at),
        started_at=_optional_time(started_at), finished_at=_optional_time(finished_at),
        counter=counter, clerk=clerk, recalls=recalls, transferred_from=transferred_from,
    )


def ticket_columns() -> str:
    return _COLUMNS


def highest_numbers(conn: sqlite3.Connection) -> dict[tuple[str, str], int]:
    """The highest number handed out (or floored) per (service, business date)."""
    found: dict[tuple[str, str], int] = {}
    queries = ["SELECT service_code, business_date, MAX(number) FROM tickets GROUP BY service_code, business_date"]
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'ticket_number_floors'").fetchone():
        queries.append("SELECT service_code, business_date, floor FROM ticket_number_floors")
    for sql in queries:
        for service, day, number in conn.execute(sql):
            found[(service, day)] = max(number, found.get((service, day), 0))
    return found


def raise_number_floors(conn: sqlite3.Connection, numbers: dict[tuple[str, str], int]) -> int:
    """Make the next numbers of each (service, business date) go above `numbers`; how many floors rose."""
    current = highest_numbers(conn)
    higher = [(service, day, n) for (service, day), n in numbers.items() if n > current.get((service, day), 0)]
    conn.executemany(
        "INSERT INTO ticket_number_floors (service_code, business_date, floor) VALUES (?, ?, ?)"
        " ON CONFLICT (service_code, business_date) DO UPDATE SET floor = max(floor, excluded.floor)",
        higher,
    )
    return len(higher)
