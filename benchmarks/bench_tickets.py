"""issue_ticket_p50_ms / p99_ms: one durable ticket (domain + commit + outbox) with a big history.

The history (1,000,000 past tickets; 100,000 with --quick) is built once by the day
simulator and cached under benchmarks/.cache, since building it takes longer than the
measurement itself.
"""
from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.common import Figure, at_most, percentile
from kiosk.domain.clock import FixedClock
from kiosk.office import Office, OfficeInfo
from kiosk.simulation import simulate
from kiosk.store.migrations import MIGRATIONS

CACHE = Path(__file__).resolve().parent / ".cache"
INFO = OfficeInfo("Bench", "BENCH", "Africa/Algiers")
START = dt.datetime(2026, 9, 6, 7, 0, tzinfo=dt.timezone.utc)


def history_database(past_tickets: int) -> Path:
    """A database holding about `past_tickets` finished tickets (cached per schema)."""
    schema = len(MIGRATIONS._migrations)
    path = CACHE / f"history-{past_tickets}-m{schema}.sqlite3"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        building = path.with_suffix(".building")
        for stale in CACHE.glob(building.name + "*"):
            stale.unlink()
        office = Office.open_path(building, INFO, FixedClock(START))
        per_day = 1000
        simulate(office, tickets_per_day=per_day, days=past_tickets // per_day, include_today=False, seed=7)
        office._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        office.close()
        building.rename(path)
    return path


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
        (count,) = office._db.execute("SELECT count(*) FROM tickets").fetchone()
        office.close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return [
        Figure("past_tickets", count, "tickets"),
        at_most("issue_ticket_p50_ms", percentile(samples, 50), "ms", 1),
        at_most("issue_ticket_p99_ms", percentile(samples, 99), "ms", 5),
    ]
