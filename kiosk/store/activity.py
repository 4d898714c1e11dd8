"""The rows of an activity report: the period's tickets, concerns and calls for help.

The period is whole office days (`first_day`..`last_day` in the office's time zone).
Tickets are chosen by their business date (already the office's day, indexed); concerns
and calls for help by their UTC instants between the first day's local midnight and the
local midnight after the last day. What is counted and how is the domain's
(kiosk/domain/activity_report.py).

Thread use: the caller's, under the office lock (kiosk/office/reports.py).
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from zoneinfo import ZoneInfo

from kiosk.domain.activity_report import ConcernTimes, HelpTimes, TicketTimes
from kiosk.domain.clock import from_iso, to_iso


def period_bounds(first_day: dt.date, last_day: dt.date, zone: ZoneInfo) -> tuple[str, str]:
    """The UTC instants (ISO text, as stored) of the period's start and of its end (excluded)."""
    start = dt.datetime.combine(first_day, dt.time(0), zone)
    end = dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time(0), zone)
    return to_iso(start), to_iso(end)


def _instant(text: str | None) -> dt.datetime | None:
    return from_iso(text) if text else None


def ticket_times(conn: sqlite3.Connection, first_day: dt.date, last_day: dt.date) -> list[TicketTimes]:
    rows = conn.execute(
        "SELECT service_code, queue_service, business_date, issued_at, called_at, started_at, finished_at, status"
        " FROM tickets WHERE business_date BETWEEN ? AND ?",
        (first_day.isoformat(), last_day.isoformat()),
    )
    return [TicketTimes(service, line, dt.date.fromisoformat(day), from_iso(issued), _instant(called),
                        _instant(started), _instant(finished), status)
            for service, line, day, issued, called, started, finished, status in rows]


def concern_times(conn: sqlite3.Connection, start: str, end: str) -> list[ConcernTimes]:
    """Concerns registered in [start, end), and concerns first answered in it (registered
    earlier ones with `registered_at` None, so they are not received twice)."""
    rows = conn.execute(
        """
        WITH answered AS (
            SELECT concern_id, MIN(at) AS at FROM concern_history
            WHERE kind = 'status' AND status = 'answered' GROUP BY concern_id
        )
        SELECT c.created_at, a.at FROM concerns c LEFT JOIN answered a ON a.concern_id = c.id
        WHERE (c.created_at >= ?1 AND c.created_at < ?2) OR (a.at >= ?1 AND a.at < ?2)
        """,
        (start, end),
    )
    return [ConcernTimes(registered_at=from_iso(created) if start <= created < end else None,
                         answered_at=from_iso(answered) if answered and start <= answered < end else None)
            for created, answered in rows]


def help_times(conn: sqlite3.Connection, start: str, end: str) -> list[HelpTimes]:
    rows = conn.execute("SELECT asked_at, acknowledged_at FROM help_requests WHERE asked_at >= ? AND asked_at < ?",
                        (start, end))
    return [HelpTimes(from_iso(asked), _instant(acknowledged)) for asked, acknowledged in rows]
