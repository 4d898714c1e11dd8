"""Concern rows and their history: insert, find, list, note, change status, purge.

All functions take an open connection and run inside the caller's transaction (or, for
reads, on the office's connection under its lock). Values arrive already validated by
`kiosk.domain.concerns`; the table's constraints are the last line, not the first.
"""
from __future__ import annotations

import datetime as dt
import sqlite3

from kiosk.domain.clock import to_iso
from kiosk.domain.concern_filter import ConcernFilter
from kiosk.domain.concerns import Channel, Concern, ConcernStatus, HistoryEntry, HistoryKind
from kiosk.domain.ids import uuid7

_COLUMNS = (
    "id, code, category, text, language, place, contact_name, contact_phone, consent_at, status,"
    " created_at, updated_at, purged_at, publish_text, channel"
)


class DuplicateCode(RuntimeError):
    """The tracking code is already taken (draw another one)."""


def insert_concern(conn: sqlite3.Connection, concern: Concern) -> None:
    try:
        conn.execute(
            f"INSERT INTO concerns ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (concern.id, concern.code, concern.category, concern.text, concern.language, concern.place,
             concern.contact_name, concern.contact_phone, concern.consent_at, concern.status.value,
             concern.created_at, concern.updated_at, concern.purged_at, int(concern.publish_text),
             Channel(concern.channel).value),
        )
    except sqlite3.IntegrityError as exc:
        if "concerns.code" in str(exc):
            raise DuplicateCode(concern.code) from None
        raise


def add_history(conn: sqlite3.Connection, concern_id: str, *, at: str, kind: HistoryKind,
                status: ConcernStatus | None = None, text: str | None = None, by_staff: str | None = None,
                public: bool = False) -> HistoryEntry:
    entry = HistoryEntry(uuid7(), at, HistoryKind(kind), ConcernStatus(status) if status else None, text,
                         by_staff, bool(public))
    conn.execute(
        "INSERT INTO concern_history (id, concern_id, at, kind, status, text, by_staff, public)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (entry.id, concern_id, at, entry.kind.value, entry.status.value if entry.status else None, text,
         by_staff, int(entry.public)),
    )
    return entry


def set_status(conn: sqlite3.Connection, concern_id: str, status: ConcernStatus, at: str) -> None:
    conn.execute("UPDATE concerns SET status = ?, updated_at = ? WHERE id = ?",
                 (ConcernStatus(status).value, at, concern_id))


def touch(conn: sqlite3.Connection, concern_id: str, at: str) -> None:
    conn.execute("UPDATE concerns SET updated_at = max(updated_at, ?) WHERE id = ?", (at, concern_id))


def _row_to_concern(row: tuple, history: tuple[HistoryEntry, ...] = ()) -> Concern:
    (id_, code, category, text, language, place, name, phone, consent_at, status, created, updated,
     purged, publish_text, channel) = row
    return Concern(id_, code, category, text, language, place, name, phone, consent_at, ConcernStatus(status),
                   created, updated, purged, history, bool(publish_text), Channel(channel))


def history_of(conn: sqlite3.Connection, concern_id: str) -> tuple[HistoryEntry, ...]:
    rows = conn.execute(
        "SELECT id, at, kind, status, text, by_staff, public FROM concern_history WHERE concern_id = ?"
        " ORDER BY at, rowid",
        (concern_id,),
    ).fetchall()
    return tuple(
        HistoryEntry(r[0], r[1], HistoryKind(r[2]), ConcernStatus(r[3]) if r[3] else None, r[4], r[5], bool(r[6]))
        for r in rows
    )


def get_by_code(conn: sqlite3.Connection, code: str, *, with_history: bool = True) -> Concern | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM concerns WHERE code = ?", (code,)).fetchone()
    if row is None:
        return None
    return _row_to_concern(row, history_of(conn, row[0]) if with_history else ())


def list_concerns(conn: sqlite3.Connection, filters: ConcernFilter, now: dt.datetime) -> list[Concern]:
    """Concerns matching `filters`, oldest first, without history (the desk opens one to see it)."""
    where: list[str] = []
    params: list[object] = []
    if filters.statuses:
        where.append(f"status IN ({', '.join('?' for _ in filters.statuses)})")
        params.extend(ConcernStatus(s).value for s in filters.statuses)
    if filters.category:
        where.append("category = ?")
        params.append(filters.category)
    # created_at is UTC ISO text with a 'Z': comparing text compares instants.
    if filters.older_than_days is not None:
        where.append("created_at <= ?")
        params.append(to_iso(now - dt.timedelta(days=filters.older_than_days)))
    if filters.newer_than_days is not None:
        where.append("created_at > ?")
        params.append(to_iso(now - dt.timedelta(days=filters.newer_than_days)))
    if filters.office_code:
        where.append("substr(code, 1, ?) = ?")
        prefix = filters.office_code + "-"
        params.extend([len(prefix), prefix])
    sql = f"SELECT {_COLUMNS} FROM concerns"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY created_at, id LIMIT ? OFFSET ?"
    rows = conn.execute(sql, (*params, filters.limit, filters.offset)).fetchall()
    return [_row_to_concern(r) for r in rows]


def count_concerns(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM concerns").fetchone()[0]


def has_public_answer(conn: sqlite3.Connection, concern_id: str) -> bool:
    return conn.execute(
        "SELECT 1 FROM concern_history WHERE concern_id = ? AND kind = 'public_answer' LIMIT 1", (concern_id,)
    ).fetchone() is not None


def has_history_entry(conn: sqlite3.Connection, concern_id: str, kind: HistoryKind, at: str,
                      text: str | None) -> bool:
    """Is this exact entry already recorded? (a repeated pull must not add it twice)"""
    return conn.execute(
        "SELECT 1 FROM concern_history WHERE concern_id = ? AND kind = ? AND at = ? AND text IS ? LIMIT 1",
        (concern_id, HistoryKind(kind).value, at, text),
    ).fetchone() is not None


def purgeable(conn: sqlite3.Connection, updated_before: str, limit: int = 500) -> list[tuple[str, str]]:
    """(id, code) of concerns holding contact details, unchanged since `updated_before`,
    with no event still waiting for (or refused by) the central server.

    A concern and its first event are written in one transaction, so "no event that is
    not acknowledged" means the central server has everything about it, even after
    acknowledged events are someday pruned from the outbox.
    """
    return conn.execute(
        """
        SELECT c.id, c.code FROM concerns c
        WHERE c.purged_at IS NULL
          AND (c.contact_name IS NOT NULL OR c.contact_phone IS NOT NULL)
          AND c.updated_at < ?
          AND c.code NOT IN (  -- not correlated: SQLite reads the unsent events once
              SELECT json_extract(o.payload, '$.code') FROM outbox o
              WHERE o.state IN ('pending', 'rejected') AND o.type LIKE 'concern.%'
                AND json_extract(o.payload, '$.code') IS NOT NULL)
        ORDER BY c.updated_at
        LIMIT ?
        """,
        (updated_before, limit),
    ).fetchall()


def purge_personal_fields(conn: sqlite3.Connection, concern_id: str, at: str) -> None:
    """Empty the contact fields of one concern.

    The place is kept (it is about the street, not the person) and so is `consent_at`
    (the record that the contact was kept lawfully while it was kept).
    """
    conn.execute(
        "UPDATE concerns SET contact_name = NULL, contact_phone = NULL, purged_at = ?, updated_at = ?"
        " WHERE id = ?",
        (at, at, concern_id),
    )


def scrub_outbox_contacts(conn: sqlite3.Connection, codes: list[str]) -> int:
    """Remove the contact from the acknowledged registration events of these concerns.

    Those events are never sent again, so their local copy is the last place on the
    device holding the contact. One pass over the outbox for the whole batch.
    """
    if not codes:
        return 0
    marks = ", ".join("?" for _ in codes)
    return conn.execute(
        "UPDATE outbox SET payload = json_remove(payload, '$.contact')"
        " WHERE state = 'acked' AND type = 'concern.registered'"
        f" AND json_type(payload, '$.contact') IS NOT NULL AND json_extract(payload, '$.code') IN ({marks})",
        codes,
    ).rowcount
