"""Small helpers shared by the benchmarks: percentiles and a figure record."""
from __future__ import annotations

import dataclasses
import datetime as dt
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from kiosk.domain.activity_report import percentiles
from kiosk.domain.clock import FixedClock
from kiosk.office import Office, OfficeInfo
from kiosk.simulation import simulate
from kiosk.store.migrations import MIGRATIONS


@dataclasses.dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    budget: str = ""  # e.g. "≤ 1" — shown in the table, for the reader
    ok: bool | None = None  # None: no budget


def percentile(samples: list[float], pct: float) -> float:
    """The `pct`-th percentile (0–100), interpolated: the office report's own helper."""
    (value,) = percentiles(samples, (pct / 100,))
    if value is None:
        raise ValueError("no samples")
    return value


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def timed_ms(call: Callable[[], object], repeats: int, warm: int = 1) -> list[float]:
    """Milliseconds of `repeats` calls, after `warm` unmeasured ones (they load pages, fill the
    pool and prepare statements)."""
    for _ in range(warm):
        call()
    samples = []
    for _ in range(repeats):
        began = time.perf_counter()
        call()
        samples.append((time.perf_counter() - began) * 1000)
    return samples


def at_most(name: str, value: float, unit: str, budget: float) -> Figure:
    return Figure(name, value, unit, f"≤ {budget:g}", value <= budget)


def at_least(name: str, value: float, unit: str, budget: float) -> Figure:
    return Figure(name, value, unit, f"≥ {budget:g}", value >= budget)


CACHE = Path(__file__).resolve().parent / ".cache"
BENCH_OFFICE = OfficeInfo("Bench", "BENCH", "Africa/Algiers")
BENCH_START = dt.datetime(2026, 9, 6, 7, 0, tzinfo=dt.UTC)


def simulated_history(name: str, *, tickets_per_day: int, days: int, seed: int) -> Path:
    """An office database of `days` simulated finished days, built once and cached under
    benchmarks/.cache (per schema version): building it takes longer than most measurements."""
    schema = len(MIGRATIONS._migrations)
    path = CACHE / f"{name}-m{schema}.sqlite3"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        building = path.with_suffix(".building")
        for stale in CACHE.glob(building.name + "*"):
            stale.unlink()
        office = Office.open_path(building, BENCH_OFFICE, FixedClock(BENCH_START))
        simulate(office, tickets_per_day=tickets_per_day, days=days, include_today=False, seed=seed)
        office._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        office.close()
        building.rename(path)
    return path
