"""Growth: does the office stay as fast, and the hub as small, as its history grows? (issue 15, item 5)

  issue_ticket_p50_ms_100k / _10m     one durable ticket today (the real `Office.issue_ticket`) on an
                                      office with 100,000 / 10,000,000 past tickets (--quick: 10k / 1M,
                                      named so), their outbox events and audit entries as after sync
  issue_ticket_p50_growth_ratio_…     the second ÷ the first (budget ≤ 1.2); also the CPU ratio
  sync_backlog_drain_events_per_s_…   1,000,000 pending events (--quick: 100,000) pushed by the real
                                      client to `maktab-server serve` (SQLite, own process): the rate
                                      over the first and the last tenth of the backlog, and their ratio;
                                      the same of the CPU per event (office + server processes)
  hub_rss_mb_start / _end / …         a `HubServer` (in this process) through a simulated 10-hour day
                                      (injected clock) of 2,000 tickets (--quick: 300) issued by a
                                      kiosk, called and finished by a desk, over the LAN API, with the
                                      desk and a display on the event stream; RSS after each hour

The histories are written in bulk (benchmarks/growth_history.py) into a temporary folder
and deleted when the suite ends; the 10,000,000-ticket one is about 17 GB, so the suite
checks the free disk first. The machine may be shared: the CPU-time figures and the
ratios within one run are the ones to trust.
"""
from __future__ import annotations

import gc
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import BENCH_OFFICE, BENCH_START, Figure, at_most, percentile
from benchmarks.growth_history import build_history
from benchmarks.proc_stats import process_tree_cpu_s, rss_mb
from kiosk.domain.clock import FixedClock
from kiosk.office import Office

BYTES_PER_PAST_TICKET = 1_700  # measured: ticket, two events, one audit entry and their indexes


def _check_disk(folder: Path, past_tickets: int) -> None:
    need = past_tickets * BYTES_PER_PAST_TICKET * 1.2
    free = shutil.disk_usage(folder).free
    if free < need:
        raise RuntimeError(f"{past_tickets:,} past tickets need about {need / 1e9:.1f} GB in {folder};"
                           f" {free / 1e9:.1f} GB free")


def _load() -> str:
    return "load {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


# ---- issue_ticket with a long past ------------------------------------------------------------------

def _issue_today(db_path: Path, count: int) -> tuple[float, float]:
    """(p50 ms, CPU ms per ticket) of `count` tickets issued today on the office at `db_path`."""
    clock = FixedClock(BENCH_START)
    office = Office.open_path(db_path, BENCH_OFFICE, clock)
    try:
        codes = [s.code for s in office.services()]
        warm = 50
        samples = []
        cpu_began = time.process_time()
        for i in range(warm + count):
            clock.advance(seconds=3)
            began = time.perf_counter()
            office.issue_ticket(codes[i % len(codes)])
            if i >= warm:
                samples.append((time.perf_counter() - began) * 1000)
        cpu_ms = (time.process_time() - cpu_began) * 1000 / (warm + count)
        today = BENCH_START.date().isoformat()
        rows = office._db.execute("SELECT service_code, count(*), max(number) FROM tickets WHERE business_date = ?"
                                  " GROUP BY service_code", (today,)).fetchall()
        # A benchmark of a broken office means nothing: every ticket there, numbered 1… without a gap.
        assert sum(n for _, n, _ in rows) == warm + count, rows
        assert all(n == top for _, n, top in rows), rows
    finally:
        office.close()
    return percentile(samples, 50), cpu_ms


def _issue_at(workdir: Path, past: int, count: int) -> tuple[float, float]:
    folder = workdir / f"history-{past}"
    folder.mkdir()
    _check_disk(folder, past)
    try:
        began = time.perf_counter()
        build_history(folder / "office.sqlite3", BENCH_OFFICE, BENCH_START, past)
        print(f"  {past:,} past tickets written in {time.perf_counter() - began:.0f} s ({_load()})",
              file=sys.stderr, flush=True)
        return _issue_today(folder / "office.sqlite3", count)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def past_tickets_figures(workdir: Path, quick: bool) -> list[Figure]:
    small, big, (s_name, b_name) = ((10_000, 1_000_000, ("10k", "1m")) if quick
                                    else (100_000, 10_000_000, ("100k", "10m")))
    count = 500 if quick else 1000
    small_p50, small_cpu = _issue_at(workdir, small, count)
    big_p50, big_cpu = _issue_at(workdir, big, count)
    return [
        Figure(f"issue_ticket_p50_ms_{s_name}", small_p50, "ms"),
        Figure(f"issue_ticket_p50_ms_{b_name}", big_p50, "ms"),
        at_most(f"issue_ticket_p50_growth_ratio_{b_name}_vs_{s_name}", big_p50 / small_p50, "×", 1.2),
        Figure(f"issue_ticket_cpu_ms_{s_name}", small_cpu, "ms CPU"),
        Figure(f"issue_ticket_cpu_ms_{b_name}", big_cpu, "ms CPU"),
        at_most(f"issue_ticket_cpu_growth_ratio_{b_name}_vs_{s_name}", big_cpu / small_cpu, "×", 1.2),
    ]


# ---- a long sync backlog --------------------------------------------------------------------------

def backlog_figures(workdir: Path, quick: bool) -> list[Figure]:
    from benchmarks.bench_sync import _Server
    from kiosk.store.database import open_database
    from kiosk.store.outbox import SqliteOutbox
    from sync.client import SyncClient

    events = 100_000 if quick else 1_000_000
    db_path = workdir / "backlog.sqlite3"
    _check_disk(workdir, events // 2)
    held = build_history(db_path, BENCH_OFFICE, BENCH_START, events // 2, pending=True, seed=9)
    assert held == events, held
    # After each batch: (wall, CPU, events acked, server CPU, wall spent marking acked: the office's commit)
    marks: list[tuple[float, float, int, float, float]] = []

    class TimedOutbox(SqliteOutbox):
        """The office's outbox, noting when each batch is acked (the client's own reads unchanged)."""

        def mark_acked(self, seqs, acked_at: str) -> None:
            seqs = list(seqs)
            began = time.perf_counter()
            super().mark_acked(seqs, acked_at)
            now = time.perf_counter()
            marks.append((now, time.process_time(), marks[-1][2] + len(seqs), process_tree_cpu_s(server.proc.pid),
                          marks[-1][4] + now - began))

    server = _Server(f"sqlite:///{workdir / 'central.sqlite3'}")
    db = open_database(db_path)
    try:
        state = server.enroll()
        outbox = TimedOutbox(db)
        with SyncClient(state, outbox) as client:
            marks.append((time.perf_counter(), time.process_time(), 0, process_tree_cpu_s(server.proc.pid), 0.0))
            client.push()
        left = outbox.stats().pending
        stored = server.store.count_events()
    finally:
        db.conn.close()
        server.close()
        for leftover in workdir.glob("*.sqlite3*"):  # gigabytes at 1,000,000 events: not kept for the rest
            leftover.unlink()
    assert left == 0 and stored == events, (left, stored)  # all sent, each once

    def tenth(k: int) -> tuple[float, float, float, float]:
        """(events/s, office CPU, server CPU, office commit wall: ms per 1,000 events) over the k-th tenth."""
        lo = next(m for m in marks if m[2] >= events * k / 10)
        hi = next(m for m in marks if m[2] >= events * (k + 1) / 10)
        n = hi[2] - lo[2]
        return n / (hi[0] - lo[0]), (hi[1] - lo[1]) * 1e6 / n, (hi[3] - lo[3]) * 1e6 / n, (hi[4] - lo[4]) * 1e6 / n

    tenths = [tenth(k) for k in range(10)]
    for k, (rate, office_cpu, server_cpu, commits) in enumerate(tenths):
        print(f"  tenth {k + 1}: {rate:,.0f} events/s; per 1,000: office CPU {office_cpu:.0f} ms, server CPU"
              f" {server_cpu:.0f} ms, office marking acked {commits:.0f} ms", file=sys.stderr, flush=True)
    (first, first_cpu, first_server, _), (last, last_cpu, last_server, _) = tenths[0], tenths[9]
    return [
        Figure("sync_backlog_events", events, "events"),
        Figure("sync_backlog_drain_events_per_s_first_tenth", first, "events/s"),
        Figure("sync_backlog_drain_events_per_s_last_tenth", last, "events/s"),
        flat_ratio("sync_backlog_drain_rate_ratio_last_vs_first", last / first),
        Figure("sync_backlog_office_cpu_ms_per_1000_first_tenth", first_cpu, "ms CPU"),
        Figure("sync_backlog_office_cpu_ms_per_1000_last_tenth", last_cpu, "ms CPU"),
        Figure("sync_backlog_server_cpu_ms_per_1000_first_tenth", first_server, "ms CPU"),
        Figure("sync_backlog_server_cpu_ms_per_1000_last_tenth", last_server, "ms CPU"),
        # The wall-clock rate follows the load of a shared machine; the CPU per event does not.
        flat_ratio("sync_backlog_drain_cpu_ratio_last_vs_first", (last_cpu + last_server) / (first_cpu + first_server)),
    ]



def flat_ratio(name: str, ratio: float) -> Figure:
    """Flat is 1.0; a drain that slows as the backlog empties, or speeds up, is not."""
    return Figure(name, ratio, "×", "0.8–1.25", 0.8 <= ratio <= 1.25)


# ---- the hub's memory over a day -------------------------------------------------------------------

def _rss_mb() -> float:
    gc.collect()  # a leak, not garbage waiting for the collector
    return rss_mb()


def hub_rss_figures(workdir: Path, quick: bool) -> list[Figure]:
    from kiosk.hub.connect import pair
    from kiosk.hub.running import HubServer

    tickets, hours = (300 if quick else 2000), 10
    clock = FixedClock(BENCH_START)
    office = Office.open_path(workdir / "hub.sqlite3", BENCH_OFFICE, clock)
    hub = HubServer(office, "127.0.0.1", 0).start()
    heard: dict[str, int] = {}
    devices = []
    try:
        codes = [s.code for s in office.services()]
        office.add_staff("clerk1", "clerk", "4829")
        kiosk, desk, display = (pair(hub.url, hub.pairing.new_pairing_code().code, name, kind, workdir / name)
                                for name, kind in (("kiosk", "kiosk"), ("desk", "desk"), ("display", "display")))
        devices = [kiosk, desk, display]
        desk.subscribe(lambda event: None)
        display.subscribe(lambda event: heard.__setitem__(event.kind, heard.get(event.kind, 0) + 1))
        token = desk.login("clerk1", "4829").token
        desk.open_counter(token, "1", codes)
        rss = [_rss_mb()]
        per_hour, step = tickets // hours, 3600 / (tickets // hours)
        for hour in range(hours):
            for i in range(per_hour):
                clock.advance(seconds=step / 2)
                kiosk.issue_ticket(codes[i % len(codes)])
                display.recent_calls()
                clock.advance(seconds=step / 2)
                called = desk.call_next(token, "1")
                assert called is not None
                desk.start_service(token, called.id)
                desk.finish(token, called.id)
            rss.append(_rss_mb())
            print(f"  hour {hour + 1}: {rss[-1]:.1f} MB", file=sys.stderr, flush=True)
        deadline = time.monotonic() + 30
        while heard.get("ticket.finished", 0) < tickets and time.monotonic() < deadline:
            time.sleep(0.05)
        (done,) = office._db.execute("SELECT count(*) FROM tickets WHERE status = 'done'").fetchone()
        assert done == tickets and heard.get("ticket.finished") == tickets, (done, heard)
    finally:
        for device in devices:
            device.close()
        hub.stop()
        office.close()
    after_warm_up = rss[1:]  # the first hour loads code, fills caches and pools
    return [
        Figure("hub_rss_mb_start", after_warm_up[0], "MB"),
        Figure("hub_rss_mb_end", after_warm_up[-1], "MB"),
        at_most("hub_rss_growth_mb_per_hour", slope(after_warm_up), "MB/h", 0.5),
    ]


def slope(values: list[float]) -> float:
    """Least-squares growth per step of `values` (one a simulated hour)."""
    n = len(values)
    mean_x, mean_y = (n - 1) / 2, sum(values) / n
    num = sum((x - mean_x) * (y - mean_y) for x, y in enumerate(values))
    return num / sum((x - mean_x) ** 2 for x in range(n))


def run(quick: bool) -> list[Figure]:
    workdir = Path(tempfile.mkdtemp(prefix="maktab-bench-growth-"))
    try:
        figures = [Figure("growth_load_average_1min_at_start", os.getloadavg()[0], "load")]
        figures += hub_rss_figures(workdir, quick)
        figures += backlog_figures(workdir, quick)
        figures += past_tickets_figures(workdir, quick)
        figures.append(Figure("growth_load_average_1min_at_end", os.getloadavg()[0], "load"))
        return figures
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
