"""The central server as deployed, on this machine: N `maktab-server serve` processes behind
Debian's nginx (the shipped config, sync/server/deploy) on one PostgreSQL, and offices that
sync through nginx with the real client (sync/client.py) from their own kiosk databases.

Used by tests/server/test_scale_out.py and benchmarks/bench_server_scale.py.

    cluster = Cluster(db_url, workdir, apps=2).start()     app processes, then nginx on a free loopback port
    cluster.kill(0); cluster.restart(0)                    SIGKILL an app process; start it again on its port
    offices = make_offices(cluster, template, n, workdir)  each a copy of the template office database, enrolled
    office.sync_until_drained(deadline)                    push (retrying failures) until the outbox is empty
    check_exactly_once(db_url, offices)                    the server's events are the union of the outboxes
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select

from kiosk.store.database import open_database
from kiosk.store.outbox import SqliteOutbox, append_event
from sync import protocol as P
from sync.client import SyncClient
from sync.errors import SyncError
from sync.server import db as D
from sync.server.deploy import render_nginx_site, start_nginx
from sync.server.store import ServerStore
from sync.state import SyncState
from tests.sync.conftest import REPO, free_port, wait_healthy
from tests.web.live_server import stop_process


class Cluster:
    """PostgreSQL (given) + `apps` app processes + nginx in front, all on 127.0.0.1."""

    def __init__(self, db_url: str, workdir: Path, apps: int = 2, workers_per_app: int = 1):
        self.db_url = db_url
        self.workdir = Path(workdir)
        self.workers_per_app = workers_per_app
        self.store = ServerStore(db_url)  # migrates once before the processes start; makes offices and codes
        self.ports = [free_port() for _ in range(apps)]
        self.apps: list[subprocess.Popen | None] = [None] * apps
        self.nginx: subprocess.Popen | None = None
        self.base_url = ""

    def start(self) -> Cluster:
        for i in range(len(self.ports)):
            self._start_app(i)
        port = free_port()
        site = render_nginx_site(self.ports, listen=[f"127.0.0.1:{port}"])
        self.nginx = start_nginx(self.workdir / "nginx", site)
        self.base_url = f"http://127.0.0.1:{port}"
        wait_healthy(self.base_url, proc=self.nginx)
        return self

    def _start_app(self, i: int) -> None:
        """`maktab-server serve` as production runs it, in its own session (so kill() takes its
        workers too); its log goes to a file (a pipe nobody reads would block it)."""
        env = dict(os.environ, MAKTAB_SERVER_DB=self.db_url, PYTHONPATH=str(REPO))
        with open(self.workdir / f"app-{i}.log", "ab") as log:
            proc = subprocess.Popen(
                [sys.executable, "-m", "sync.server.cli", "serve", "--port", str(self.ports[i]),
                 "--workers", str(self.workers_per_app), "--log-level", "warning"],
                env=env, cwd=str(REPO), stdout=subprocess.DEVNULL, stderr=log, start_new_session=True)
        self.apps[i] = proc
        wait_healthy(f"http://127.0.0.1:{self.ports[i]}", timeout=60, proc=proc)

    def kill(self, i: int) -> None:
        """SIGKILL: no goodbye, requests in flight cut, transactions left for PostgreSQL to roll back."""
        proc = self.apps[i]
        assert proc is not None
        os.killpg(proc.pid, signal.SIGKILL)  # the uvicorn worker processes too, when there are any
        proc.wait(10)
        self.apps[i] = None

    def restart(self, i: int) -> None:
        self._start_app(i)

    def pids(self) -> list[int]:
        return [p.pid for p in self.apps if p is not None]

    def close(self) -> None:
        for proc in [*self.apps, self.nginx]:
            if proc is not None:
                stop_process(proc, grace_s=15)
        self.store.close()


class SimOffice:
    """One office: its own kiosk database (outbox), its own enrolled device, the real client."""

    def __init__(self, code: str, db_path: Path, state: SyncState):
        self.code = code
        self.db = open_database(db_path)
        self.outbox = SqliteOutbox(self.db)
        self.state = state
        self.errors: list[str] = []  # failed rounds (retried), for the test to show
        self.push_ms: list[float] = []  # one per request that stored events (live traffic)

    @property
    def device_id(self) -> str:
        return self.state.device_id

    def add_events(self, count: int, at: str) -> None:
        """`count` new ticket events, as the kiosk records them (one transaction)."""
        with self.db.conn:
            for _ in range(count):
                append_event(self.db.conn, "ticket.called", at, {"office_code": self.code, "counter": "1",
                                                                  "ticket_id": os.urandom(8).hex(), "at": at})

    def client(self, batch_events: int) -> SyncClient:
        return SyncClient(self.state, self.outbox, batch_events=batch_events)

    def sync_until_drained(self, deadline: float, batch_events: int = 500, pause_s: float = 0.2) -> bool:
        """Push until nothing is pending, through failures (a killed process, nginx's 503),
        waiting `pause_s` after one; False if still pending at `deadline` (monotonic)."""
        with self.client(batch_events) as client:
            while time.monotonic() < deadline:
                try:
                    client.push()
                except SyncError as exc:
                    self.errors.append(f"{type(exc).__name__}: {exc}")
                    time.sleep(pause_s)
                    continue
                if self.outbox.stats().pending == 0:
                    return True
        return self.outbox.stats().pending == 0

    def sent(self) -> dict[int, str]:
        """seq → content hash of every event in the outbox (what the office has to deliver)."""
        rows = self.db.conn.execute("SELECT seq, type, occurred_at, payload FROM outbox").fetchall()
        return {seq: P.event_hash(type_, at, json.loads(payload)) for seq, type_, at, payload in rows}

    def close(self) -> None:
        self.db.conn.close()


def make_offices(cluster: Cluster, template: Path, count: int, workdir: Path, prefix: str = "SC") -> list[SimOffice]:
    """`count` offices, each a copy of the `template` office database, enrolled through nginx."""
    offices = []
    for i in range(count):
        code = f"{prefix}-{i:04d}"
        cluster.store.add_office(code, f"Office {i}")
        enroll_code, _ = cluster.store.new_enroll_code(code)
        state = SyncState()  # in memory: nothing to write between pushes
        SyncClient.enroll(state, cluster.base_url, enroll_code, f"kiosk-{i}")
        path = workdir / f"{code}.sqlite3"
        shutil.copy(template, path)
        offices.append(SimOffice(code, path, state))
    return offices


def check_exactly_once(store: ServerStore, offices: Sequence[SimOffice]) -> int:
    """Every office's events stored once, with the office's content; none from nowhere.
    Returns how many events the server holds. Raises AssertionError with the differences."""
    e = D.events.c
    with D.read_only(store.engine) as conn:
        stored: dict[str, dict[int, str]] = {}
        total = 0
        for device_id, seq, hash_ in conn.execute(select(e.device_id, e.seq, e.hash)):
            total += 1
            per_device = stored.setdefault(device_id, {})
            assert seq not in per_device, f"device {device_id} seq {seq} stored twice"
            per_device[seq] = hash_
    for office in offices:
        sent = office.sent()
        got = stored.pop(office.device_id, {})
        missing = sorted(set(sent) - set(got))
        extra = sorted(set(got) - set(sent))
        different = sorted(s for s in set(sent) & set(got) if sent[s] != got[s])
        assert not missing and not extra and not different, (
            f"office {office.code}: {len(missing)} missing (first {missing[:5]}), {len(extra)} unknown "
            f"(first {extra[:5]}), {len(different)} with other content")
    assert not stored, f"events of devices no office sent: {sorted(stored)[:5]}"
    return total


def template_office(path: Path, tickets: int, seed: int = 5) -> Path:
    """A kiosk database holding one simulated past day of `tickets` tickets (issued + finished events)."""
    import datetime as dt

    from kiosk.domain.clock import FixedClock
    from kiosk.office import Office, OfficeInfo
    from kiosk.simulation import simulate

    office = Office.open_path(path, OfficeInfo("Scale", "SCALE", "Africa/Algiers"),
                              FixedClock(dt.datetime(2026, 9, 7, 7, 0, tzinfo=dt.UTC)))
    simulate(office, tickets_per_day=tickets, days=1, include_today=False, seed=seed)
    office._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    office.close()
    return path


__all__ = ["Cluster", "SimOffice", "check_exactly_once", "make_offices", "template_office"]
