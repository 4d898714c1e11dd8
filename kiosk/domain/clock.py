"""Time: UTC instants, the office's local time and its business date.

Everything is stored in UTC; the business date (which day a ticket number belongs to)
comes from the office's local time, so a ticket issued at 00:30 in Algiers belongs to
the new day even though it is still the previous day in UTC.
"""
from __future__ import annotations

import datetime as dt
from typing import Protocol
from zoneinfo import ZoneInfo

UTC = dt.UTC


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current instant, timezone-aware, in UTC."""


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now(UTC)


class FixedClock:
    """A clock for tests and simulations: it only moves when told to."""

    def __init__(self, start: dt.datetime):
        if start.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware datetime")
        self._now = start.astimezone(UTC)

    def now(self) -> dt.datetime:
        return self._now

    def advance(self, **delta: float) -> dt.datetime:
        self._now += dt.timedelta(**delta)
        return self._now

    def set(self, instant: dt.datetime) -> None:
        self._now = instant.astimezone(UTC)


def business_date(instant: dt.datetime, timezone: ZoneInfo) -> dt.date:
    """The office's calendar day at `instant` (the day ticket numbers restart)."""
    return instant.astimezone(timezone).date()


def to_iso(instant: dt.datetime) -> str:
    """UTC ISO-8601 with a 'Z', millisecond precision: sortable as text."""
    # isoformat is C; strftime was a tenth of the hub's Python time per ticket (docs/performance.md).
    return instant.astimezone(UTC).isoformat(timespec="milliseconds")[:-6] + "Z"


def from_iso(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)
