"""The central server under the day's traffic: many offices, each pushing small batches (issue 15).

  server_small_push_cpu_ms   server CPU (all its processes, /proc/<pid>/stat) per push of 1–4 events
  server_small_push_p50_ms   a push's round trip as the office's client sees it (median)
  server_small_push_p99_ms   the same, 99th percentile
  server_pull_cpu_ms         server CPU per pull of an office that has nothing new (after one update)
  server_pushes_per_s        pushes answered per second while every office pushes at once
  server_push_load_average   the machine's 1-minute load average at the end (it is shared: read
                             wall-clock figures with it; the CPU figures hold better)

`maktab-server serve --workers 2` on a fresh PostgreSQL database, N enrolled devices (50
with --quick, 200 full), one office each, every office its own thread running the real
`SyncClient` (bearer token, gzip JSON) as the sync loop does: `push()` of 1–4 new ticket
events (issued with a QR token, called, finished: the figures and the followed tickets
are projected), then, in a second phase, `pull()`s. Every 20th push's answer is treated
as lost: its events go again, as the client resends them. At the end the server must hold
exactly what the offices sent: every event once, none missing, none doubled.

MAKTAB_PROFILE=PATH samples the server's processes with py-spy during the pushes (the
threads holding the GIL: Python's CPU) and writes their collapsed stacks to PATH; then
`python -m benchmarks.profile_top PATH` lists the top functions.
"""
from __future__ import annotations

import dataclasses
import os
import secrets
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.bench_sync import _drop_pg, _pg_database, _Server
from benchmarks.common import Figure, at_most, percentile
from benchmarks.proc_stats import all_at_once, process_tree_cpu_s
from sync.client import SyncClient
from sync.state import SyncState

CPU_BUDGET_MS = 1.2
LOST_ANSWER_EVERY = 20  # every 20th push is sent again, as after an answer lost on the way back


@dataclasses.dataclass
class _OutboxEvent:
    seq: int
    event_id: str
    type: str
    occurred_at: str
    payload: dict[str, Any]
    state: str = "pending"
    attempts: int = 0
    last_error: str | None = None


@dataclasses.dataclass(frozen=True)
class _Stats:
    pending: int
    acked: int
    rejected: int
    oldest_pending_at: str | None


class _MemoryOutbox:
    """The office's outbox as the client sees it (sync.ports.OutboxPort), in memory."""

    def __init__(self) -> None:
        self.events: dict[int, _OutboxEvent] = {}

    def add(self, events: Iterable[_OutboxEvent]) -> None:
        for ev in events:
            self.events[ev.seq] = ev

    def pending_batch(self, max_events: int, max_bytes: int) -> Sequence[_OutboxEvent]:
        return [ev for ev in self.events.values() if ev.state == "pending"][:max_events]

    def mark_acked(self, seqs: Iterable[int], acked_at: str) -> None:
        for seq in seqs:
            self.events[seq].state = "acked"

    def mark_rejected(self, seq: int, reason: str) -> None:
        self.events[seq].state = "rejected"
        self.events[seq].last_error = reason

    def record_failure(self, seqs: Iterable[int], error: str) -> None:
        for seq in seqs:
            self.events[seq].attempts += 1
            self.events[seq].last_error = error

    def has_pending_for(self, type_prefix: str, key: str, value: str) -> bool:
        return False

    def stats(self) -> _Stats:
        states = [ev.state for ev in self.events.values()]
        return _Stats(states.count("pending"), states.count("acked"), states.count("rejected"), None)


class _Office:
    """One office's day: tickets issued, called and finished, as events of its outbox."""

    def __init__(self, index: int, state: SyncState):
        self.index = index
        self.state = state
        self.outbox = _MemoryOutbox()
        self.client = SyncClient(state, self.outbox)
        self._seq = 0
        self._tickets: list[tuple[int, str]] = []  # (number, issued_at) issued, not yet called
        self._called: list[tuple[int, str, str]] = []  # (number, issued_at, called_at)

    def _event(self, type_: str, at: str, payload: dict[str, Any]) -> _OutboxEvent:
        self._seq += 1
        return _OutboxEvent(self._seq, f"ev-{self.index}-{self._seq}", type_, at, payload)

    def next_events(self, count: int) -> list[_OutboxEvent]:
        events = []
        for _ in range(count):
            minute = self._seq
            at = f"2026-09-06T{8 + minute // 60 % 8:02d}:{minute % 60:02d}:00.000Z"
            if self._called and self._seq % 3 == 2:
                number, issued_at, called_at = self._called.pop(0)
                events.append(self._event("ticket.finished", at, {
                    "ticket_id": f"t-{number}", "business_date": "2026-09-06", "called_at": called_at, "at": at,
                    "service_code": "EC", "label": f"A-{number:03d}", "counter": 1}))
            elif self._tickets and self._seq % 3 == 1:
                number, issued_at = self._tickets.pop(0)
                self._called.append((number, issued_at, at))
                events.append(self._event("ticket.called", at, {
                    "ticket_id": f"t-{number}", "business_date": "2026-09-06", "issued_at": issued_at,
                    "called_at": at, "service_code": "EC", "label": f"A-{number:03d}", "counter": 1,
                    "target_min": 20}))
            else:
                number = self._seq
                self._tickets.append((number, at))
                events.append(self._event("ticket.issued", at, {
                    "ticket_id": f"t-{number}", "service_code": "EC", "queue_service": "EC", "number": number,
                    "label": f"A-{number:03d}", "business_date": "2026-09-06", "priority": "none",
                    "status": "waiting", "language": "ar", "issued_at": at, "public_token": secrets.token_urlsafe(12)}))
        return events


def _start_profiler(pid: int) -> subprocess.Popen | None:
    path = os.environ.get("MAKTAB_PROFILE")
    if not path:
        return None
    spy = Path(sys.executable).with_name("py-spy")
    proc = subprocess.Popen([str(spy), "record", "--pid", str(pid), "--subprocesses", "--gil", "--format", "raw",
                             "--rate", "200", "--nonblocking", "--output", path], stdout=subprocess.DEVNULL)
    time.sleep(1.0)  # py-spy attaches before the pushes begin
    return proc


def _check_exactly_once(server: _Server, offices: list[_Office]) -> None:
    from sqlalchemy import func, select

    from sync.server import db as D

    with server.store.engine.connect() as conn:
        rows = conn.execute(select(D.events.c.device_id, D.events.c.seq, D.events.c.event_id)).all()
        distinct_ids = conn.execute(select(func.count(func.distinct(D.events.c.event_id)))).scalar_one()
    held = {(r.device_id, r.seq): r.event_id for r in rows}
    sent = {(o.state.device_id, ev.seq): ev.event_id for o in offices for ev in o.outbox.events.values()}
    if len(rows) != len(sent) or distinct_ids != len(rows) or held != sent:
        missing = len(set(sent) - set(held))
        raise RuntimeError(f"exactly-once broken: offices sent {len(sent)} events, the server holds {len(rows)} "
                           f"({distinct_ids} distinct ids, {missing} missing)")
    pending = sum(o.outbox.stats().pending for o in offices)
    if pending:
        raise RuntimeError(f"{pending} events were never acknowledged")


def run(quick: bool) -> list[Figure]:
    devices, pushes_each, pulls_each = (50, 20, 10) if quick else (200, 25, 10)
    url, name = _pg_database()
    if url is None:
        print(f"  bench_server_push skipped: PostgreSQL unreachable ({name})", file=sys.stderr)
        return [Figure("server_small_push_cpu_ms", float("nan"), "ms", "PG unreachable")]
    server = _Server(url, workers=2)
    try:
        offices = [_Office(i, server.enroll(f"OF-{i:03d}")) for i in range(devices)]
        latencies: list[float] = []
        pushes = [0]
        lock = threading.Lock()

        def push_day(office: _Office) -> None:
            mine: list[float] = []
            for n in range(pushes_each):
                events = office.next_events(1 + (office.index + n) % 4)
                office.outbox.add(events)
                began = time.perf_counter()
                office.client.push()
                mine.append((time.perf_counter() - began) * 1000)
                if (office.index + n) % LOST_ANSWER_EVERY == 0:  # the answer was lost: the office sends again
                    for ev in events:
                        ev.state = "pending"
                    office.client.push()
                    mine.append(0.0)  # counted as a push below, not as a latency
            with lock:
                latencies.extend(x for x in mine if x)
                pushes[0] += len(mine)

        for office in offices[:2]:  # warm both workers: imports, pools, statement caches
            office.client.pull()
        profiler = _start_profiler(server.proc.pid)
        cpu_before = process_tree_cpu_s(server.proc.pid)
        push_seconds = all_at_once(offices, push_day)
        push_cpu = process_tree_cpu_s(server.proc.pid) - cpu_before
        if profiler is not None:
            profiler.send_signal(2)  # py-spy writes its file on SIGINT
            profiler.wait(60)
        _check_exactly_once(server, offices)

        server.store.announce({"fr": "Bienvenue"}, None)  # one update, then "nothing new"

        def pull_day(office: _Office) -> None:
            for _ in range(pulls_each):
                office.client.pull()
            if office.state.pull_cursor == 0:
                raise RuntimeError("the announcement was not pulled")

        cpu_before = process_tree_cpu_s(server.proc.pid)
        all_at_once(offices, pull_day)
        pull_cpu = process_tree_cpu_s(server.proc.pid) - cpu_before
        for office in offices:
            office.client.close()
    finally:
        server.close()
        _drop_pg(name)
    load = os.getloadavg()[0]
    print(f"  {pushes[0]} pushes of {devices} offices in {push_seconds:.1f} s, server CPU {push_cpu:.2f} s; "
          f"{devices * pulls_each} pulls, server CPU {pull_cpu:.2f} s; load average {load:.2f}", file=sys.stderr)
    return [
        at_most("server_small_push_cpu_ms", push_cpu / pushes[0] * 1000, "ms", CPU_BUDGET_MS),
        Figure("server_small_push_p50_ms", percentile(latencies, 50), "ms"),
        Figure("server_small_push_p99_ms", percentile(latencies, 99), "ms"),
        Figure("server_pushes_per_s", pushes[0] / push_seconds, "pushes/s"),
        Figure("server_pull_cpu_ms", pull_cpu / (devices * pulls_each) * 1000, "ms"),
        Figure("server_push_load_average", load, "load"),
    ]
