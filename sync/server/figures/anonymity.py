"""The open figures' disclosure rule: no published number lets anyone single out a citizen.

    MIN_CITIZENS = 5
    open_cells(row, ratings, rating_sum) -> OpenCells     what one office's month publishes

The rule (docs/open_data.md says it to readers; tests/server/test_open_figures_anonymity.py
checks each line):

1. Primary suppression: a cell built from fewer than 5 citizens is not published. A count
   (tickets issued, concerns received, answered in time, ratings) is shown only when it is 5
   or more; a statistic only when its sample is: wait median and 90th percentile need 5 tickets
   called, the answer delay's median 5 concerns answered, the average rating 5 ratings. Zero is
   "fewer than 5" too, so an idle month and a month of 3 tickets look the same.
2. No recovery by difference: the only published numbers that add up are "answered in time" and
   the share answered in time (whose denominator is in time + late). The share is published
   only when "answered in time" is, and when the late answers are none or at least 5: otherwise
   in time ÷ share − in time would give a late count of 1 to 4.
3. No totals: no row sums offices, days or months (not per commune, not per year), so no
   suppressed cell is a total minus published cells. Only complete months are published
   (open_figures.py), so two downloads a day apart do not differ by one day's few citizens.

A suppressed cell is None with a reason in `suppressed` (JSON: `null` and `"suppressed":
{"field": "fewer_than_5"}`). Pure; any thread.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sync.server.figures.queries import FigureRow

MIN_CITIZENS = 5
#: Why a cell is empty: too few citizens in it, or it would let a too-small count be computed.
FEWER_THAN_5 = "fewer_than_5"
WOULD_REVEAL_FEWER_THAN_5 = "would_reveal_fewer_than_5"

#: The published figures of an office's month, in the order of the pages and downloads.
OPEN_FIELDS = (
    "tickets_issued", "wait_median_min", "wait_p90_min", "concerns_received", "answered_in_time",
    "answered_in_time_percent", "answer_delay_median_days", "ratings", "rating_average",
)


@dataclass(frozen=True)
class OpenCells:
    values: dict[str, Any]  # every OPEN_FIELDS name: its value, None when suppressed
    suppressed: dict[str, str] = field(default_factory=dict)  # field → FEWER_THAN_5 | WOULD_REVEAL_…


def _share(in_time: int, late: int) -> tuple[float | None, str | None]:
    if in_time < MIN_CITIZENS:
        return None, FEWER_THAN_5
    if 0 < late < MIN_CITIZENS:
        return None, WOULD_REVEAL_FEWER_THAN_5
    return round(100 * in_time / (in_time + late), 1), None


def open_cells(row: FigureRow, ratings: int = 0, rating_sum: int = 0) -> OpenCells:
    """One office's month as published: `row` from the figures' tables, `ratings` and
    `rating_sum` the month's ratings of the office's answers (1 to 5 each)."""
    values: dict[str, Any] = {}
    suppressed: dict[str, str] = {}

    def cell(name: str, value: Any, citizens: int) -> None:
        if citizens >= MIN_CITIZENS:
            values[name] = value
        else:
            values[name] = None
            suppressed[name] = FEWER_THAN_5

    in_time = row.concerns_answered - row.answered_late
    cell("tickets_issued", row.tickets_issued, row.tickets_issued)
    cell("wait_median_min", row.wait_p50_min, row.waits)
    cell("wait_p90_min", row.wait_p90_min, row.waits)
    cell("concerns_received", row.concerns_received, row.concerns_received)
    cell("answered_in_time", in_time, in_time)
    share, why = _share(in_time, row.answered_late)
    values["answered_in_time_percent"] = share
    if why:
        suppressed["answered_in_time_percent"] = why
    cell("answer_delay_median_days", row.answer_delay_median_days, row.concerns_answered)
    cell("ratings", ratings, ratings)
    cell("rating_average", round(rating_sum / ratings, 1) if ratings else None, ratings)
    return OpenCells({name: values[name] for name in OPEN_FIELDS}, suppressed)


__all__ = ["FEWER_THAN_5", "MIN_CITIZENS", "OPEN_FIELDS", "WOULD_REVEAL_FEWER_THAN_5", "OpenCells", "open_cells"]
