"""The offices' live snapshots, and a followed ticket's state for the page `/t/{token}`.

    LiveTickets(engine, clock)
        .save_snapshot(device, snapshot) → bool     stored (True), or older than the one kept (False)
        .follow(token) → FollowedView | None        None: no ticket has this token

Built by `ServerStore` (`store.live`). `save_snapshot` keeps one row per office and
replaces it only with a newer `taken_at` (the office's clock; times in one format compare
as text), so a late retry never brings an older state back; `received_at` is the server's
clock, which says when the office was last heard.

`follow` is what each phone's poll costs, so it is kept cheap, most often without any
query: a followed ticket's row never changes and is remembered once read (the last
`TICKETS_KEPT`, by token hash); an office's snapshot is asked of the database at most once
a second (its times; the body is read and parsed again only when a newer snapshot arrived),
well within the office's own 10 s rhythm; the service names are cached five minutes.

Any thread: the engine gives one connection per call; the caches are guarded by a lock.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping

from sqlalchemy import Engine, select

from sync import protocol as P
from sync.server.db import insert_for, read_only
from sync.server.db_public import office_snapshots, public_tickets
from sync.server.devices import Device
from sync.server.errors import Refused
from sync.server.office_reports import office_reports
from sync.server.public_tickets import token_hash
from sync.server.ticket_state import FollowedTicket, TicketState, ticket_state

NAMES_TTL_S = 300.0  # a renamed service shows on the pages within five minutes
SNAPSHOT_FRESH_S = 1.0  # an office's snapshot is asked of the database at most once a second
TICKETS_KEPT = 50_000  # followed tickets remembered (about 200 bytes each): a busy city's day


@dataclasses.dataclass(frozen=True)
class FollowedView:
    state: TicketState
    service_names: Mapping[str, str]  # {language: name} of the line, from the office's status report
    language: str | None = None  # the one the ticket was taken in: the page's, unless the address asks another


class LiveTickets:
    def __init__(self, engine: Engine, clock: Callable[[], dt.datetime] = P.utc_now):
        self.engine = engine
        self.clock = clock
        self._lock = threading.Lock()
        self.fresh_s = SNAPSHOT_FRESH_S
        self._tickets: OrderedDict[str, FollowedTicket] = OrderedDict()  # token hash → ticket, LRU
        # office → (checked at, (received_at, taken_at), parsed snapshot)
        self._snapshots: dict[str, tuple[float, tuple[str, str], P.Snapshot]] = {}
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
        ticket = self._ticket(token_hash(token))
        if ticket is None:
            return None
        heard_at, snapshot = self._latest_snapshot(ticket.office_code)
        state = ticket_state(ticket, snapshot, heard_at, self.clock())
        return FollowedView(state, self._service_names(ticket.office_code).get(state.service, {}), ticket.language)

    def _ticket(self, digest: str) -> FollowedTicket | None:
        """The followed ticket by token hash: a row that never changes, so kept once read (LRU)."""
        with self._lock:
            ticket = self._tickets.get(digest)
            if ticket is not None:
                self._tickets.move_to_end(digest)
                return ticket
        t = public_tickets.c
        with read_only(self.engine) as conn:
            row = conn.execute(select(t.office_code, t.day, t.service, t.label, t.issued_at, t.language)
                               .where(t.token_hash == digest)).first()
        if row is None:
            return None  # not remembered: the ticket may arrive with the office's next push
        ticket = FollowedTicket(row.office_code, row.day, row.service, row.label, row.issued_at, row.language)
        with self._lock:
            self._tickets[digest] = ticket
            while len(self._tickets) > TICKETS_KEPT:
                self._tickets.popitem(last=False)
        return ticket

    def _latest_snapshot(self, office_code: str) -> tuple[str | None, P.Snapshot | None]:
        """(received_at, snapshot) of the office: asked of the database at most every `fresh_s`,
        the body read and parsed again only when a newer snapshot arrived."""
        with self._lock:
            cached = self._snapshots.get(office_code)
        if cached is not None and time.monotonic() - cached[0] < self.fresh_s:
            return cached[1][0], cached[2]
        s = office_snapshots.c
        with read_only(self.engine) as conn:
            row = conn.execute(select(s.received_at, s.taken_at).where(s.office_code == office_code)).first()
            if row is None:
                return None, None
            version = (row.received_at, row.taken_at)
            if cached is not None and cached[1] == version:
                snapshot = cached[2]
            else:
                stored = conn.execute(select(s.received_at, s.taken_at, s.body)
                                      .where(s.office_code == office_code)).one()
                version = (stored.received_at, stored.taken_at)
                snapshot = P.parse_snapshot(json.loads(stored.body))
        with self._lock:
            self._snapshots[office_code] = (time.monotonic(), version, snapshot)
        return version[0], snapshot

    def _service_names(self, office_code: str) -> dict[str, dict[str, str]]:
        with self._lock:
            cached = self._names.get(office_code)
        if cached is not None and cached[0] > time.monotonic():
            return cached[1]
        with read_only(self.engine) as conn:
            services = conn.execute(select(office_reports.c.services)
                                    .where(office_reports.c.office_code == office_code)).scalar()
        names = {s["code"]: dict(s.get("names") or {}) for s in json.loads(services or "[]")
                 if isinstance(s, dict) and isinstance(s.get("code"), str)}
        with self._lock:
            self._names[office_code] = (time.monotonic() + NAMES_TTL_S, names)
        return names


__all__ = ["FollowedView", "LiveTickets"]
