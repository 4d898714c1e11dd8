"""Times on the back office's pages: stored UTC (ISO 8601, as sync/protocol writes them)
shown in the offices' time zone, Africa/Algiers, with Western digits as used in Algeria.

Registered as the Jinja2 filters `local_time` ("2026-09-06 09:30") and `local_date`
("2026-09-06") by templating.py; CSV and JSON downloads use `local_time` too. Pure
functions; any thread.
"""
from __future__ import annotations

import datetime as dt

from sync import protocol as P
from sync.server.office_zone import OFFICE_ZONE


def _local(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return P.parse_time(value).astimezone(OFFICE_ZONE)
    except (P.ProtocolError, ValueError):
        return None


def local_time(value: str | None) -> str:
    """"2026-09-06 09:30" in Algiers time; "" for no time; a value that is no time is shown as it is."""
    moment = _local(value)
    if moment is None:
        return value or ""
    return moment.strftime("%Y-%m-%d %H:%M")


def local_date(value: str | None) -> str:
    moment = _local(value)
    if moment is None:
        return value or ""
    return moment.strftime("%Y-%m-%d")


def local_clock(value: str | None, now: dt.datetime | None = None) -> str:
    """"09:30" when `value` is today in Algiers, else "2026-09-06 09:30" (an office offline since yesterday)."""
    moment = _local(value)
    if moment is None:
        return value or ""
    today = (now or P.utc_now()).astimezone(OFFICE_ZONE).date()
    return moment.strftime("%H:%M") if moment.date() == today else moment.strftime("%Y-%m-%d %H:%M")


__all__ = ["local_clock", "local_date", "local_time"]
