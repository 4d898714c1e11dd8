"""The central server as deployed, at scale: 2 `maktab-server serve` processes behind nginx on
PostgreSQL, 200 offices (50 with --quick), each its own enrolled device syncing with the real
client through nginx (tests/server/scale_world.py builds the layout; docs/performance.md).

  server_ingest_events_per_s_pg_200_offices  a backlog of 1,200 events per office (240,000; quick:
                                             50 × 600) pushed in 500-event batches, all offices at once
  server_ingest_batch_p50_ms_200_offices     how long one 500-event push takes during that drain
  server_app_cpu_ms_per_1000_events          the app processes' CPU (utime+stime of /proc/PID/stat)
                                             per 1,000 events of the drain; _pg_: the whole PostgreSQL
                                             server's (this machine's, read as root; other users of it
                                             count too)
  server_live_push_p99_ms_200_offices        then live traffic: every office pushes 1–4 new events
                                             every 1.5–4.5 s (a busy office's peak hour is one push
                                             every 3–6 s), for 30 s (quick: 10 s); p99 of the pushes
  server_live_pushes_per_s_200_offices       the pushes per second that load made
  server_app_cpu_ms_per_live_push            CPU per live push: app processes, and _pg_ PostgreSQL
  server_bytes_per_event_pg                  pg_total_relation_size of every events partition ÷ rows
  server_scale_loadavg_1min                  the machine's load average when the figures were taken

Each phase checks its own result: every office's outbox drained and the server's events
exactly the union of what the offices recorded (none missing, none doubled).
"""
from __future__ import annotations

import os
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from benchmarks.bench_sync import PG_URL, _drop_pg, _keep_pending, _pg_database, backlog_database
from benchmarks.common import Figure, at_least, at_most, percentile
from benchmarks.proc_stats import all_at_once, parent_pid, process_cpu_s
from sync import protocol as P
from sync.errors import SyncError
from sync.server.db import read_only
from sync.server.db_events import events_storage_bytes
from tests.server.scale_world import Cluster, SimOffice, check_exactly_once, make_offices

BATCH_EVENTS = 500


def _postgres_cpu_seconds(store) -> float:
    """CPU seconds so far of the whole PostgreSQL server: its live processes, plus (in the
    postmaster's cutime/cstime) every backend that has ended, such as the pools' overflow
    connections. Other users of the same server count too: an upper bound on a shared machine.
    NaN when the server's files cannot be read (PostgreSQL elsewhere, not root)."""
    try:
        with read_only(store.engine) as conn:
            data_dir = conn.execute(text("SHOW data_directory")).scalar_one()
        postmaster = int(Path(data_dir, "postmaster.pid").read_text().split()[0])
        total = process_cpu_s(postmaster, waited_children=True)
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                if parent_pid(int(entry.name)) == postmaster:
                    total += process_cpu_s(int(entry.name))
            except OSError:  # ended meanwhile
                continue
        return total
    except Exception:
        return float("nan")


class _CpuMeter:
    """CPU the app processes and PostgreSQL spend between start() and stop()."""

    def __init__(self, cluster: Cluster):
        self.cluster = cluster

    def start(self) -> None:
        self.app = sum(process_cpu_s(pid, waited_children=True) for pid in self.cluster.pids())
        self.pg = _postgres_cpu_seconds(self.cluster.store)

    def stop(self) -> tuple[float, float]:
        app = sum(process_cpu_s(pid, waited_children=True) for pid in self.cluster.pids()) - self.app
        return app, _postgres_cpu_seconds(self.cluster.store) - self.pg


def _drain(office: SimOffice, batch_ms: list[float], deadline: float) -> None:
    """Push the backlog in 500-event batches, timing each (retrying after a failure)."""
    with office.client(BATCH_EVENTS) as client:
        last = time.perf_counter()

        def batch_done(_total, _pending):
            nonlocal last
            now = time.perf_counter()
            batch_ms.append((now - last) * 1000)
            last = now

        while office.outbox.stats().pending and time.monotonic() < deadline:
            last = time.perf_counter()
            try:
                client.push(progress=batch_done)
            except SyncError as exc:
                office.errors.append(str(exc))
                time.sleep(0.5)
    if office.outbox.stats().pending:
        raise RuntimeError(f"office {office.code}: backlog not drained in time")


def _live(office: SimOffice, push_ms: list[float], seconds: float, seed: int) -> None:
    """A busy office at its peak: a few events, then a push of them, every 1.5–4.5 s."""
    rng = random.Random(seed)
    stop = time.monotonic() + seconds
    time.sleep(rng.uniform(0, 3))  # offices do not act in step
    with office.client(BATCH_EVENTS) as client:
        while time.monotonic() < stop:
            office.add_events(rng.randint(1, 4), P.utc_now_iso())
            began = time.perf_counter()
            try:
                client.push()
                push_ms.append((time.perf_counter() - began) * 1000)
            except SyncError as exc:
                office.errors.append(str(exc))
            time.sleep(rng.uniform(1.5, 4.5))
        client.push()  # anything a failure left pending
    if office.outbox.stats().pending:
        raise RuntimeError(f"office {office.code}: live events left pending")


def run(quick: bool) -> list[Figure]:
    count, per_office, live_s = (50, 600, 10.0) if quick else (200, 1200, 30.0)
    suffix = "_200_offices"
    url, name = _pg_database()
    if url is None:
        print(f"  bench_server_scale skipped: PostgreSQL unreachable at {PG_URL} ({name})")
        return [Figure("server_ingest_events_per_s_pg" + suffix, float("nan"), "events/s", "PG unreachable")]
    workdir = Path(tempfile.mkdtemp(prefix="maktab-scale-"))
    cluster = Cluster(url, workdir, apps=2)
    try:
        template = workdir / "template.sqlite3"
        shutil.copy(backlog_database(max(per_office, 2000)), template)
        _keep_pending(template, per_office)
        db = sqlite3.connect(template)  # what the office never recorded is not its to deliver
        with db:
            db.execute("DELETE FROM outbox WHERE state = 'acked'")
        db.close()  # the last connection: its WAL goes into the file that is copied
        cluster.start()
        offices = make_offices(cluster, template, count, workdir, prefix="BS")
        meter = _CpuMeter(cluster)
        meter.start()
        batch_ms: list[float] = []
        deadline = time.monotonic() + 1800
        drain_s = all_at_once(offices, lambda o: _drain(o, batch_ms, deadline))
        app_cpu_s, pg_cpu_s = meter.stop()
        load_after_drain = os.getloadavg()[0]
        drained = check_exactly_once(cluster.store, offices)
        if drained != count * per_office:
            raise RuntimeError(f"server holds {drained} events, offices sent {count * per_office}")

        push_ms: list[float] = []
        meter.start()
        live_wall = all_at_once(offices, lambda o: _live(o, push_ms, live_s, seed=hash(o.code)))
        live_app_cpu_s, live_pg_cpu_s = meter.stop()
        stored = check_exactly_once(cluster.store, offices)
        with read_only(cluster.store.engine) as conn:
            bytes_per_event = events_storage_bytes(conn) / stored
        load = os.getloadavg()[0]
        print(f"  {count} offices: drain {drained} events in {drain_s:.1f} s (load {load_after_drain:.2f}), "
              f"batch p50 {statistics.median(batch_ms):.0f} ms; live {len(push_ms)} pushes in {live_wall:.0f} s, "
              f"median {statistics.median(push_ms):.0f} ms; failed rounds retried: "
              f"{sum(len(o.errors) for o in offices)}; load {load:.2f}")
        for office in offices:
            office.close()
    finally:
        cluster.close()
        _drop_pg(name)
        shutil.rmtree(workdir, ignore_errors=True)
    return [
        at_least("server_ingest_events_per_s_pg" + suffix, drained / drain_s, "events/s", 15000),
        Figure("server_ingest_batch_p50_ms" + suffix, statistics.median(batch_ms), "ms"),
        Figure("server_app_cpu_ms_per_1000_events", app_cpu_s * 1000 / drained * 1000, "ms"),
        Figure("server_pg_cpu_ms_per_1000_events", pg_cpu_s * 1000 / drained * 1000, "ms"),
        at_most("server_live_push_p99_ms" + suffix, percentile(push_ms, 99), "ms", 250),
        Figure("server_live_pushes_per_s" + suffix, len(push_ms) / live_wall, "pushes/s"),
        Figure("server_app_cpu_ms_per_live_push", live_app_cpu_s * 1000 / len(push_ms), "ms"),
        Figure("server_pg_cpu_ms_per_live_push", live_pg_cpu_s * 1000 / len(push_ms), "ms"),
        Figure("server_bytes_per_event_pg", bytes_per_event, "bytes"),
        Figure("server_scale_loadavg_1min", load, "load"),
    ]
