"""Sync throughput: an office backlog pushed to a local central server (DESIGN.md §9).

  sync_events_per_s             100,000-event backlog (10,000 with --quick) pushed by the real
                                client to `maktab-server serve` on SQLite (its own process)
  sync_bytes_per_event          request body bytes as sent (gzip'd JSON) per event
  sync_speedup_vs_per_event     batch rate ÷ rate of one request per event, same run, on a sample
  server_ingest_events_per_s_pg PostgreSQL server (2 workers), 10 devices pushing at once

The backlog comes from the day simulator (past days: issued + finished events per
ticket), built once per size and cached under benchmarks/.cache.
"""
from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

from benchmarks.common import Figure, at_least, at_most, simulated_history
from kiosk.store.database import open_database
from kiosk.store.outbox import SqliteOutbox
from sync import protocol as P
from sync.client import SyncClient
from sync.state import SyncState

REPO = Path(__file__).resolve().parents[1]
PG_URL = os.environ.get("MAKTAB_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def backlog_database(events: int) -> Path:
    """An office database whose outbox holds about `events` pending events (cached)."""
    per_day = 500
    days = max(1, -(-int(events * 1.15) // (2 * per_day)))  # days vary ±20 %: build a margin, trim later
    return simulated_history(f"sync-backlog-{events}-v2", tickets_per_day=per_day, days=days, seed=11)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Server:
    """`maktab-server serve` in its own process, as production runs it."""

    def __init__(self, db_url: str, workers: int = 1):
        from sync.server.store import ServerStore

        self.db_url = db_url
        self.store = ServerStore(db_url)  # migrates; used to make offices and codes
        self.port = _free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ, MAKTAB_SERVER_DB=db_url, PYTHONPATH=str(REPO))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "sync.server.cli", "serve", "--port", str(self.port), "--workers",
             str(workers), "--log-level", "warning"], env=env, cwd=str(REPO),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(self.base_url + P.HEALTH_PATH, timeout=2).ok:
                    break
            except requests.ConnectionError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the benchmark server did not start")
            time.sleep(0.1)

    def enroll(self, office_code: str = "BENCH") -> SyncState:
        self.store.add_office(office_code, "Bench office")
        code, _ = self.store.new_enroll_code(office_code)
        state = SyncState()  # in memory: no sync.json writes inside the measurement
        SyncClient.enroll(state, self.base_url, code, f"bench-{secrets.token_hex(3)}")
        return state

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.store.close()


def _keep_pending(db_path: Path, count: int) -> None:
    """Leave exactly the first `count` events pending (the backlog is built with a margin)."""
    db = open_database(db_path)
    try:
        db.execute("UPDATE outbox SET state = 'acked' WHERE seq > (SELECT min(seq) FROM outbox) + ?", (count - 1,))
        (pending,) = db.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()
        if pending != count:
            raise RuntimeError(f"backlog has {pending} events, {count} wanted")
    finally:
        db.conn.close()


def _push_all(db_path: Path, state: SyncState, **options) -> tuple[int, float, int]:
    """(events pushed, seconds, request bytes sent)."""
    db = open_database(db_path)
    outbox = SqliteOutbox(db)
    try:
        with SyncClient(state, outbox, **options) as client:
            began = time.perf_counter()
            result = client.push()
            elapsed = time.perf_counter() - began
            if outbox.stats().pending:
                raise RuntimeError(f"{outbox.stats().pending} events left pending")
            return result.acked, elapsed, client.bytes_sent
    finally:
        db.conn.close()


def _copy(source: Path, folder: Path, name: str) -> Path:
    target = folder / name
    shutil.copy(source, target)
    return target


def _per_event_sample(workdir: Path, server: _Server, sample: int) -> tuple[int, float]:
    """One request per event on `sample` events of a fresh office."""
    db_path = _copy(backlog_database(2000), workdir, "per-event.sqlite3")
    _keep_pending(db_path, sample)
    pushed, seconds, _ = _push_all(db_path, server.enroll("BENCH-1"), batch_events=1)
    return pushed, seconds


def _pg_database() -> tuple[str | None, str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine.url import make_url

    admin_url = make_url(PG_URL)
    try:
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
        name = f"maktab_bench_{os.getpid()}_{secrets.token_hex(3)}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
    except Exception as exc:
        return None, f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    return admin_url.set(database=name).render_as_string(hide_password=False), name


def _drop_pg(name: str) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _pg_ingest(workdir: Path, per_device: int, devices: int = 10) -> Figure:
    url, name = _pg_database()
    if url is None:
        print(f"  server_ingest_events_per_s_pg skipped: PostgreSQL unreachable at {PG_URL} ({name})",
              file=sys.stderr)
        return Figure("server_ingest_events_per_s_pg", float("nan"), "events/s", "PG unreachable")
    source = backlog_database(per_device)
    server = _Server(url, workers=2)
    try:
        jobs = [(_copy(source, workdir, f"pg-{i}.sqlite3"), server.enroll(f"PG-{i:02d}")) for i in range(devices)]
        for db_path, _ in jobs:
            _keep_pending(db_path, per_device)
        counts: list[int] = []
        errors: list[BaseException] = []
        barrier = threading.Barrier(devices)

        def device(db_path, state):
            try:
                barrier.wait()
                counts.append(_push_all(db_path, state)[0])
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=device, args=job) for job in jobs]
        began = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - began
        if errors:
            raise errors[0]
        total = sum(counts)
        stored = server.store.count_events()
        if stored != total:
            raise RuntimeError(f"server holds {stored} events, devices pushed {total}")
    finally:
        server.close()
        _drop_pg(name)
    return Figure("server_ingest_events_per_s_pg", total / elapsed, "events/s")


def run(quick: bool) -> list[Figure]:
    events = 10_000 if quick else 100_000
    sample = 300 if quick else 1000
    source = backlog_database(events)
    workdir = Path(tempfile.mkdtemp(prefix="maktab-bench-sync-"))
    try:
        server = _Server(f"sqlite:///{workdir / 'central.sqlite3'}")
        try:
            office_db = _copy(source, workdir, "office.sqlite3")
            _keep_pending(office_db, events)
            pushed, seconds, sent_bytes = _push_all(office_db, server.enroll())
            one_pushed, one_seconds = _per_event_sample(workdir, server, sample)
        finally:
            server.close()
        rate = pushed / seconds
        one_rate = one_pushed / one_seconds
        pg = _pg_ingest(workdir, 2_000 if quick else 10_000)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return [
        Figure("sync_backlog_events", pushed, "events"),
        at_least("sync_events_per_s", rate, "events/s", 5000),
        at_most("sync_bytes_per_event", sent_bytes / pushed, "bytes", 100),
        Figure("sync_per_event_requests_per_s", one_rate, "events/s"),
        at_least("sync_speedup_vs_per_event", rate / one_rate, "×", 20),
        pg,
    ]
