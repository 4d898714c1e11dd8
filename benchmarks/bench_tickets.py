"""issue_ticket_p50_ms / p99_ms: one durable ticket (domain + commit + outbox, and the service
controls' check: closed, hours, today's limit) with a big history; service_levels_p50_ms: every
line's level at once (the supervisor console's floor, each desk's refresh, the kiosk's snapshot)
with that history and the day's line.

The history (1,000,000 past tickets; 100,000 with --quick) is built once by the day
simulator and cached under benchmarks/.cache, since building it takes longer than the
measurement itself.
"""
from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.common import BENCH_OFFICE, BENCH_START, Figure, at_most, percentile, simulated_history
from kiosk.domain.clock import FixedClock
from kiosk.office import Office

INFO, START = BENCH_OFFICE, BENCH_START


def history_database(past_tickets: int) -> Path:
    """A database holding about `past_tickets` finished tickets (cached)."""
    per_day = 1000
    return simulated_history(f"history-{past_tickets}", tickets_per_day=per_day, days=past_tickets // per_day,
                             seed=7)


def run(quick: bool) -> list[Figure]:
    past = 100_000 if quick else 1_000_000
    source = history_database(past)
    workdir = Path(tempfile.mkdtemp(prefix="maktab-bench-"))
    try:
        db_path = workdir / "office.sqlite3"
        shutil.copy(source, db_path)
        clock = FixedClock(START)
        office = Office.open_path(db_path, INFO, clock)
        codes = [s.code for s in office.services()]
        samples = []
        for i in range(2000 if quick else 5000):
            clock.advance(seconds=3)
            began = time.perf_counter()
            office.issue_ticket(codes[i % len(codes)])
            samples.append((time.perf_counter() - began) * 1000)
        levels = []
        for _ in range(100 if quick else 300):
            began = time.perf_counter()
            office.service_levels()
            levels.append((time.perf_counter() - began) * 1000)
        (count,) = office._db.execute("SELECT count(*) FROM tickets").fetchone()
        office.close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return [
        Figure("past_tickets", count, "tickets"),
        at_most("issue_ticket_p50_ms", percentile(samples, 50), "ms", 1),
        at_most("issue_ticket_p99_ms", percentile(samples, 99), "ms", 5),
        at_most("service_levels_p50_ms", percentile(levels, 50), "ms", 20),
    ]
