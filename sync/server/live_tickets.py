"""The offices' live snapshots, and a followed ticket's state for the page `/t/{token}`.

    LiveTickets(engine, clock)
        .save_snapshot(device, snapshot) → bool     stored (True), or older than the one kept (False)
        .follow(token) → FollowedView | None        None: no ticket has this token

Built by `ServerStore` (`store.live`). `save_snapshot` keeps one row per office and
replaces it only with a newer `taken_at` (the office's clock; times in one format compare
as text), so a late retry never brings an older state back; `received_at` is the server's
clock, which says when the office was last heard.

`follow` is what each phone's poll costs, so it is kept cheap: one indexed query (the
ticket by token hash, joined to its office's snapshot row's times), then the snapshot's
parsed body from an in-process cache keyed by (office, received_at, taken_at) — read and parsed
again only when a newer snapshot arrived — and the office's service names from a cache
refreshed every few minutes.

Any thread: the engine gives one connection per call; the caches are guarded by a lock.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import threading
import time
from collections.abc import Callable, Mapping

from sqlalchemy import Engine, select
from sqlalchemy.engine import Connection

from sync import protocol as P
from sync.server.db import insert_for, read_only
from sync.server.db_public import office_snapshots, public_tickets
from sync.server.devices import Device
from sync.server.errors import Refused
from sync.server.office_reports import office_reports
from sync.server.public_tickets import token_hash
from sync.server.ticket_state import FollowedTicket, TicketState, ticket_state

NAMES_TTL_S = 300.0  # a renamed service shows on the pages within five minutes


@dataclasses.dataclass(frozen=True)
class FollowedView:
    state: TicketState
    service_names: Mapping[str, str]  # {language: name} of the line, from the office's status report


class LiveTickets:
    def __init__(self, engine: Engine, clock: Callable[[], dt.datetime] = P.utc_now):
        self.engine = engine
        self.clock = clock
        self._lock = threading.Lock()
        self._snapshots: dict[str, tuple[tuple[str, str], P.Snapshot]] = {}  # office → (version, parsed)
        self._names: dict[str, tuple[float, dict[str, dict[str, str]]]] = {}  # office → (until, names)

    def save_snapshot(self, device: Device, snapshot: P.Snapshot) -> bool:
        if snapshot.device_id != device.id:
            raise Refused(f"this token belongs to device {device.id}, not {snapshot.device_id}: a device sends "
                          "only its own office's snapshot.", "forbidden", 403)
        values = {"office_code": device.office_code, "device_id": device.id, "taken_at": snapshot.taken_at,
                  "received_at": P.format_time(self.clock()),
                  "body": P.canonical_json(snapshot.to_dict()).decode("utf-8")}
        with self.engine.begin() as conn:
            stmt = insert_for(conn, office_snapshots).values(**values)
            # RETURNING says whether a row was written: rowcount is not reliable for an upsert on every driver.
            written = conn.execute(stmt.on_conflict_do_update(
                index_elements=["office_code"], set_={k: stmt.excluded[k] for k in values if k != "office_code"},
                where=office_snapshots.c.taken_at < stmt.excluded.taken_at)
                .returning(office_snapshots.c.office_code)).first()
            return written is not None

    def follow(self, token: str) -> FollowedView | None:
        t, s = public_tickets.c, office_snapshots.c
        query = (select(t.office_code, t.day, t.service, t.label, t.issued_at, s.received_at, s.taken_at)
                 .select_from(public_tickets.outerjoin(office_snapshots, s.office_code == t.office_code))
                 .where(t.token_hash == token_hash(token)))
        with read_only(self.engine) as conn:
            row = conn.execute(query).first()
            if row is None:
                return None
            ticket = FollowedTicket(row.office_code, row.day, row.service, row.label, row.issued_at)
            snapshot = None if row.received_at is None else self._snapshot(conn, row.office_code,
                                                                           (row.received_at, row.taken_at))
            names = self._service_names(conn, row.office_code)
        state = ticket_state(ticket, snapshot, row.received_at, self.clock())
        return FollowedView(state, names.get(state.service, {}))

    def _snapshot(self, conn: Connection, office_code: str, version: tuple[str, str]) -> P.Snapshot | None:
        """The office's snapshot, parsed once per (received_at, taken_at) it is stored with."""
        with self._lock:
            cached = self._snapshots.get(office_code)
        if cached is not None and cached[0] == version:
            return cached[1]
        s = office_snapshots.c
        row = conn.execute(select(s.received_at, s.taken_at, s.body).where(s.office_code == office_code)).first()
        if row is None:
            return None
        snapshot = P.parse_snapshot(json.loads(row.body))
        with self._lock:
            self._snapshots[office_code] = ((row.received_at, row.taken_at), snapshot)
        return snapshot

    def _service_names(self, conn: Connection, office_code: str) -> dict[str, dict[str, str]]:
        with self._lock:
            cached = self._names.get(office_code)
        if cached is not None and cached[0] > time.monotonic():
            return cached[1]
        services = conn.execute(select(office_reports.c.services)
                                .where(office_reports.c.office_code == office_code)).scalar()
        names = {s["code"]: dict(s.get("names") or {}) for s in json.loads(services or "[]")
                 if isinstance(s, dict) and isinstance(s.get("code"), str)}
        with self._lock:
            self._names[office_code] = (time.monotonic() + NAMES_TTL_S, names)
        return names


__all__ = ["FollowedView", "LiveTickets"]
