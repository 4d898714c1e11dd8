"""The audit log: every action by a person, appended to a hash chain.

    record(conn, actor, action, target, details)   append one row, inside the caller's transaction
    verify(engine) -> AuditCheck                   walk the chain; say which row was edited or removed
    entries(engine, limit, before_id, actor, action)  newest first (keyset), for the CLI
    AuditLog(engine)                                the administrators' view (`store.audit`), which
        .page(user, actor, action, before_id, limit) -> AuditPage   refuses anyone else (403)
        .all_entries(user, actor, action)           every matching row, newest first, in batches (CSV)
        .verify(user) -> AuditCheck

Each row's hash is sha256(previous row's hash + the row's canonical JSON), so editing a
row breaks its own hash and deleting one breaks the next row's `prev_hash`. Appending
is serialised (PostgreSQL: an advisory transaction lock; SQLite: the write lock every
write transaction takes), so two server processes never fork the chain. Any thread.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import Engine, select, text
from sqlalchemy.engine import Connection

from sync import protocol as P
from sync.server import db as D
from sync.server.db_backoffice import audit_log
from sync.server.errors import Refused
from sync.server.staff import StaffUser

#: `prev_hash` of the first row.
GENESIS = "0" * 64
AUDIT_LOCK_KEY = 0x4D414B56


def _row_hash(prev_hash: str, at: str, actor: str, action: str, target: str, details: str) -> str:
    body = P.canonical_json({"at": at, "actor": actor, "action": action, "target": target, "details": details})
    return hashlib.sha256(prev_hash.encode("ascii") + body).hexdigest()


def record(conn: Connection, actor: str, action: str, target: str,
           details: Mapping[str, Any] | None = None, at: str | None = None) -> None:
    """Append one action to the chain, in the caller's transaction (so it commits with the action)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": AUDIT_LOCK_KEY})
    at = at or P.utc_now_iso()
    detail_text = P.canonical_json(dict(details or {})).decode("utf-8")
    prev = conn.execute(select(audit_log.c.hash).order_by(audit_log.c.id.desc()).limit(1)).scalar() or GENESIS
    conn.execute(audit_log.insert().values(
        at=at, actor=actor, action=action, target=target[:200], details=detail_text, prev_hash=prev,
        hash=_row_hash(prev, at, actor, action, target[:200], detail_text)))


@dataclasses.dataclass(frozen=True)
class AuditCheck:
    rows: int
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(engine: Engine) -> AuditCheck:
    """Recompute the chain from the first row; every break is named by row id."""
    problems: list[str] = []
    prev_hash, prev_id, count = GENESIS, None, 0
    c = audit_log.c
    with D.read_only(engine) as conn:
        rows = conn.execution_options(yield_per=2000).execute(
            select(c.id, c.at, c.actor, c.action, c.target, c.details, c.prev_hash, c.hash).order_by(c.id))
        for row in rows:
            count += 1
            if row.prev_hash != prev_hash:
                where = "the start of the log" if prev_id is None else f"row {prev_id}"
                problems.append(f"row {row.id}: the chain is broken between {where} and this row "
                                "(a row was deleted or edited there)")
            if _row_hash(row.prev_hash, row.at, row.actor, row.action, row.target, row.details) != row.hash:
                problems.append(f"row {row.id} ({row.at}, {row.actor}, {row.action}): its content does not "
                                "match its hash (the row was edited)")
            prev_hash, prev_id = row.hash, row.id
    return AuditCheck(count, problems)


def entries(engine: Engine, limit: int = 100, before_id: int | None = None,
            actor: str | None = None, action: str | None = None) -> list[dict[str, Any]]:
    """The newest rows first (keyset: pass the last id seen as `before_id`)."""
    c = audit_log.c
    q = select(c.id, c.at, c.actor, c.action, c.target, c.details).order_by(c.id.desc()).limit(limit)
    if before_id is not None:
        q = q.where(c.id < before_id)
    if actor:
        q = q.where(c.actor == actor)
    if action:
        q = q.where(c.action == action)
    with D.read_only(engine) as conn:
        return [{**row._mapping, "details": json.loads(row.details)} for row in conn.execute(q)]


@dataclasses.dataclass(frozen=True)
class AuditPage:
    rows: list[dict[str, Any]]
    next_before: int | None  # the `before_id` of the next (older) page; None on the last one


class AuditLog:
    """The audit log as administrators read it; everyone else is refused with 403 (the page
    exists for them too, it is no secret, but its content is)."""

    MAX_PAGE = 500
    EXPORT_BATCH = 2000

    def __init__(self, engine: Engine):
        self.engine = engine

    @staticmethod
    def _check(user: StaffUser) -> None:
        if not user.is_admin:
            raise Refused("only an administrator may read the audit log", "forbidden", 403)

    def page(self, user: StaffUser, actor: str | None = None, action: str | None = None,
             before_id: int | None = None, limit: int = 100) -> AuditPage:
        """One page, newest first; one more row is read to know whether an older page exists."""
        self._check(user)
        limit = max(1, min(limit, self.MAX_PAGE))
        rows = entries(self.engine, limit + 1, before_id, actor, action)
        more = len(rows) > limit
        return AuditPage(rows[:limit], rows[limit - 1]["id"] if more else None)

    def all_entries(self, user: StaffUser, actor: str | None = None,
                    action: str | None = None) -> Iterator[dict[str, Any]]:
        """Every matching row, newest first, read in keyset batches (one short read each), so a
        download of a long log holds no transaction open while the client reads. The role is
        checked now, not at the first row: a streamed download must be refused before it starts."""
        self._check(user)
        return self._batches(actor, action)

    def _batches(self, actor: str | None, action: str | None) -> Iterator[dict[str, Any]]:
        before: int | None = None
        while True:
            batch = entries(self.engine, self.EXPORT_BATCH, before, actor, action)
            yield from batch
            if len(batch) < self.EXPORT_BATCH:
                return
            before = batch[-1]["id"]

    def verify(self, user: StaffUser) -> AuditCheck:
        self._check(user)
        return verify(self.engine)


__all__ = ["AuditCheck", "AuditLog", "AuditPage", "entries", "record", "verify"]
