"""A concern's history on the central server: who did what and when, oldest first.

Rows come from the office's events (actor "office", keyed by the event's id so a
re-sent or re-imported event adds nothing), from staff actions here (actor: the
username) and from the citizen's public page (actor "citizen": `reopened` with the
citizen's comment as its reason, `rated` with the rating "1"…"5" as its status and the
optional comment as its body). `public` says whether the citizen may see the row (answers, status changes);
internal notes and assignments are staff-only. Functions take the caller's connection;
any thread.
"""
from __future__ import annotations

import dataclasses

from sqlalchemy import select
from sqlalchemy.engine import Connection

from sync.server import db as D
from sync.server.db_backoffice import concern_history

OFFICE = "office"

REGISTERED = "registered"
STATUS = "status"
REOPENED = "reopened"
ANSWER = "answer"
NOTE = "note"
ASSIGNED = "assigned"
RATED = "rated"


@dataclasses.dataclass(frozen=True)
class HistoryEntry:
    at: str
    actor: str  # a staff username, "office" or "citizen"
    kind: str  # registered | status | reopened | answer | note | assigned | rated
    status: str | None
    body: str | None  # the answer or note; for `assigned`, the new owner (None: unassigned)
    reason: str | None
    public: bool


def add(conn: Connection, office_code: str, code: str, *, at: str, actor: str, kind: str, public: bool,
        status: str | None = None, body: str | None = None, reason: str | None = None,
        source_event: str | None = None) -> None:
    values = {"office_code": office_code, "code": code, "at": at, "actor": actor, "kind": kind, "status": status,
              "body": body, "reason": reason, "public": 1 if public else 0, "source_event": source_event}
    stmt = D.insert_for(conn, concern_history).values(**values)
    if source_event is not None:
        stmt = stmt.on_conflict_do_nothing(index_elements=["office_code", "source_event"])
    conn.execute(stmt)


def of(conn: Connection, office_code: str, code: str) -> list[HistoryEntry]:
    h = concern_history.c
    rows = conn.execute(select(h.at, h.actor, h.kind, h.status, h.body, h.reason, h.public)
                        .where(h.office_code == office_code, h.code == code).order_by(h.at, h.id))
    return [HistoryEntry(r.at, r.actor, r.kind, r.status, r.body, r.reason, bool(r.public)) for r in rows]


__all__ = ["ANSWER", "ASSIGNED", "NOTE", "OFFICE", "RATED", "REGISTERED", "REOPENED", "STATUS", "HistoryEntry", "add",
           "of"]
