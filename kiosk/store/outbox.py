"""The transactional outbox: every change's event, numbered by a per-device `seq`.

`append_event` is called inside the same transaction as the change it describes; it is
the one place events are queued, so it is also the one guard of training mode: in a
training database (kiosk/store/office_settings.py) it queues nothing at all.
`SqliteOutbox` is what the sync client reads: pending events in `seq` order, marked
acked only when the central server's answer says so.
"""
from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterable
from typing import Any

import sqlite_utils

from kiosk.domain.clock import from_iso, to_iso
from kiosk.domain.ids import uuid7
from kiosk.store.office_settings import is_training


@dataclasses.dataclass(frozen=True)
class OutboxEvent:
    seq: int
    event_id: str
    type: str
    occurred_at: str  # UTC ISO-8601
    payload: dict[str, Any]
    state: str = "pending"
    attempts: int = 0
    last_error: str | None = None


@dataclasses.dataclass(frozen=True)
class OutboxStats:
    pending: int
    acked: int
    rejected: int
    oldest_pending_at: str | None


def append_event(conn: sqlite3.Connection, type_: str, occurred_at, payload: dict[str, Any]) -> int | None:
    """Record one event; call it inside the transaction that makes the change.

    Returns its `seq`, or None in a training database, where nothing is ever queued for
    the central server (practice must leave no trace in real data)."""
    if is_training(conn):
        return None
    occurred = occurred_at if isinstance(occurred_at, str) else to_iso(occurred_at)
    cursor = conn.execute(
        "INSERT INTO outbox (event_id, type, occurred_at, payload) VALUES (?, ?, ?, ?)",
        (uuid7(), type_, occurred, json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)),
    )
    seq = cursor.lastrowid
    if seq is None:  # sqlite3 sets it after every INSERT; None would mean the row was not written
        raise sqlite3.DatabaseError("the outbox did not record the event")
    return seq


def _row_to_event(row: sqlite3.Row | tuple) -> OutboxEvent:
    seq, event_id, type_, occurred_at, payload, state, attempts, last_error = row
    return OutboxEvent(seq, event_id, type_, occurred_at, json.loads(payload), state, attempts, last_error)


_COLUMNS = "seq, event_id, type, occurred_at, payload, state, attempts, last_error"


class SqliteOutbox:
    """The outbox as the sync client sees it (sync.ports.OutboxPort)."""

    def __init__(self, db: sqlite_utils.Database):
        self._db = db

    def pending_batch(self, max_events: int, max_bytes: int) -> list[OutboxEvent]:
        """The oldest pending events, at most `max_events` and about `max_bytes` of payload."""
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT ?", (max_events,)
        ).fetchall()
        batch: list[OutboxEvent] = []
        size = 0
        for row in rows:
            size += len(row[4]) + 120  # payload plus the envelope's fields
            if batch and size > max_bytes:
                break
            batch.append(_row_to_event(row))
        return batch

    def mark_acked(self, seqs: Iterable[int], acked_at: str) -> None:
        seqs = list(seqs)
        with self._write() as conn:
            conn.executemany(
                "UPDATE outbox SET state = 'acked', acked_at = ?, last_error = NULL WHERE seq = ? AND state != 'acked'",
                [(acked_at, s) for s in seqs],
            )

    def mark_rejected(self, seq: int, reason: str) -> None:
        with self._write() as conn:
            conn.execute("UPDATE outbox SET state = 'rejected', last_error = ? WHERE seq = ?", (reason, seq))

    def record_failure(self, seqs: Iterable[int], error: str) -> None:
        with self._write() as conn:
            conn.executemany(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ? AND state = 'pending'",
                [(error, s) for s in seqs],
            )

    def retry_rejected(self) -> int:
        with self._write() as conn:
            return conn.execute(
                "UPDATE outbox SET state = 'pending', last_error = NULL WHERE state = 'rejected'"
            ).rowcount

    def get(self, seq: int) -> OutboxEvent | None:
        row = self._db.execute(f"SELECT {_COLUMNS} FROM outbox WHERE seq = ?", (seq,)).fetchone()
        return _row_to_event(row) if row else None

    def list(self, state: str | None = None, limit: int = 100, after_seq: int = 0) -> list[OutboxEvent]:
        where = "seq > ?"
        params: list[int | str] = [after_seq]
        if state:
            where += " AND state = ?"
            params.append(state)
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE {where} ORDER BY seq LIMIT ?", (*params, limit)
        ).fetchall()
        return [_row_to_event(r) for r in rows]

    def has_pending_for(self, type_prefix: str, key: str, value: str) -> bool:
        """Is an unsent event of this kind about this entity still waiting? (pull must not overwrite it)"""
        row = self._db.execute(
            "SELECT 1 FROM outbox WHERE state = 'pending' AND type LIKE ? AND json_extract(payload, ?) = ? LIMIT 1",
            (type_prefix + "%", f"$.{key}", value),
        ).fetchone()
        return row is not None

    def stats(self) -> OutboxStats:
        """The counts by state, at the cost of what is unsent, not of the whole history.

        Pending and rejected events are counted on their ranges of the (state, seq) index;
        a count of the acked ones would read every event ever sent (tens of millions after
        years), so they are the rest of the sequence: no outbox row is ever deleted and
        AUTOINCREMENT never reuses or skips a committed seq, so the last seq is the number of
        rows."""
        (pending,) = self._db.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()
        (rejected,) = self._db.execute("SELECT count(*) FROM outbox WHERE state = 'rejected'").fetchone()
        (rows,) = self._db.execute("SELECT COALESCE(MAX(seq), 0) FROM outbox").fetchone()
        oldest = self._db.execute(
            "SELECT occurred_at FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT 1"
        ).fetchone()
        return OutboxStats(pending, max(0, rows - pending - rejected), rejected, oldest[0] if oldest else None)

    def _write(self):
        from kiosk.store.database import transaction

        return transaction(self._db)


def oldest_pending_age_s(stats: OutboxStats, now) -> float | None:
    if stats.oldest_pending_at is None:
        return None
    return max((now - from_iso(stats.oldest_pending_at)).total_seconds(), 0.0)
