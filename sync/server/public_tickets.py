"""The tickets a citizen may follow from the receipt's QR code, filled from the offices' events.

    PublicTicketLedger().record(conn, office_code, events)   in the push's transaction
    is_ticket_token(text) → bool                               the printed token's shape
    token_hash(token) → str                                    sha256 hex: what the table keeps

The office prints an unguessable token (16 URL-safe characters, `secrets.token_urlsafe(12)`,
96 random bits) in the QR code and sends it in its `ticket.issued` event; the server keeps
only the token's sha256, so its database (a backup, a log of queries) never holds an
address that opens a ticket's page. An event without a token (an office older than the QR
code, or a ticket issued without one) is simply not followable.

Idempotent: the batch store calls `record` for the events it has just inserted, and a row
that exists already is left as it is (`ON CONFLICT DO NOTHING`), so a retried batch
changes nothing.

Purge: a ticket is followed on its day; the page still answers "this ticket was for
another day" for a while, then forgets it. Rows are kept for `KEEP_DAYS` office days
after the newest day this process has seen, and deleted when a newer day first appears
(once per day and process: the delete uses the `day` index and costs nothing after).

Any thread (one connection per call); the ledger's own memory is guarded by a lock.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import threading
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete
from sqlalchemy.engine import Connection

from sync import protocol as P
from sync.server.db import execute_built, insert_for
from sync.server.db_public import public_tickets

log = logging.getLogger(__name__)

TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{16}$")
KEEP_DAYS = 3  # today's, yesterday's and the day before's tickets still answer


def is_ticket_token(text: str) -> bool:
    return bool(TOKEN_RE.match(text))


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def _row(office_code: str, ev: P.Event) -> dict[str, Any] | None:
    """The public_tickets row of a `ticket.issued` event with a well-formed token, else None."""
    data = ev.payload
    token = data.get("public_token")
    if not isinstance(token, str) or not is_ticket_token(token):
        if token is not None:
            log.info("ticket.issued seq %s of %s has a public_token of the wrong shape: not followable",
                     ev.seq, office_code)
        return None
    try:
        day = dt.date.fromisoformat(str(data["business_date"])).isoformat()
        row = {"token_hash": token_hash(token), "office_code": office_code, "ticket_id": str(data["ticket_id"])[:64],
               "day": day, "service": str(data.get("queue_service") or data["service_code"])[:32],
               "number": int(data["number"]), "label": str(data["label"])[:16],
               "issued_at": str(data.get("issued_at") or ev.occurred_at)[:64],
               "language": str(data["language"])[:8] if data.get("language") else None}
    except (KeyError, TypeError, ValueError) as exc:
        log.info("ticket.issued seq %s of %s lacks what its page needs (%s): not followable", ev.seq, office_code, exc)
        return None
    return row


#: INSERT … ON CONFLICT (token_hash) DO NOTHING per dialect, built at the first push (not at each).
_INSERT_NEW: dict[str, Any] = {}


def _insert_new(conn: Connection) -> Any:
    stmt = _INSERT_NEW.get(conn.dialect.name)
    if stmt is None:
        stmt = _INSERT_NEW[conn.dialect.name] = (insert_for(conn, public_tickets)
                                                 .on_conflict_do_nothing(index_elements=["token_hash"]))
    return stmt


class PublicTicketLedger:
    def __init__(self, keep_days: int = KEEP_DAYS):
        self.keep_days = keep_days
        self._lock = threading.Lock()
        self._newest_day: str | None = None  # the newest office day this process has purged for

    def record(self, conn: Connection, office_code: str, events: Iterable[P.Event]) -> int:
        """Store the followable tickets among these just-inserted events; how many had a token."""
        rows = [row for ev in events if ev.type == "ticket.issued"
                for row in [_row(office_code, ev)] if row is not None]
        if not rows:
            return 0
        if len(rows) == 1:  # the usual push: as its compiled SQL on PostgreSQL (db.execute_built)
            execute_built(conn, _insert_new(conn), rows[0])
        else:  # SQLAlchemy sends several rows as one multi-row INSERT
            conn.execute(_insert_new(conn), rows)
        self._purge_when_a_new_day_appears(conn, max(row["day"] for row in rows))
        return len(rows)

    def _purge_when_a_new_day_appears(self, conn: Connection, day: str) -> None:
        with self._lock:
            if self._newest_day is not None and day <= self._newest_day:
                return
            self._newest_day = day
        cutoff = (dt.date.fromisoformat(day) - dt.timedelta(days=self.keep_days - 1)).isoformat()
        gone = conn.execute(delete(public_tickets).where(public_tickets.c.day < cutoff)).rowcount
        if gone:
            log.info("forgot %s followable tickets of days before %s", gone, cutoff)


__all__ = ["KEEP_DAYS", "TOKEN_RE", "PublicTicketLedger", "is_ticket_token", "token_hash"]
