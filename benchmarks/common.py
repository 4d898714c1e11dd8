"""Small helpers shared by the benchmarks: percentiles and a figure record."""
from __future__ import annotations

import dataclasses
import statistics


@dataclasses.dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    budget: str = ""  # e.g. "≤ 1" — shown in the table, for the reader
    ok: bool | None = None  # None: no budget


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    if not ordered:
        raise ValueError("no samples")
    k = (len(ordered) - 1) * pct / 100
    low = int(k)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def at_most(name: str, value: float, unit: str, budget: float) -> Figure:
    return Figure(name, value, unit, f"≤ {budget:g}", value <= budget)


def at_least(name: str, value: float, unit: str, budget: float) -> Figure:
    return Figure(name, value, unit, f"≥ {budget:g}", value >= budget)
