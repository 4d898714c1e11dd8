"""How pages show times: in the offices' time zone (Africa/Algiers), to the minute, Western digits.

Registered as Jinja2 filters by templating.py: `{{ row.last_sync_at|local_time }}`.
Any thread (pure functions).
"""
from __future__ import annotations

import zoneinfo

from sync import protocol as P

OFFICE_TIME_ZONE = zoneinfo.ZoneInfo("Africa/Algiers")


def local_time(iso: str | None) -> str:
    """`2026-09-06T07:30:00.000Z` → `2026-09-06 08:30` (Algiers); "" for None or an unreadable time."""
    if not iso:
        return ""
    try:
        when = P.parse_time(iso)
    except P.ProtocolError:
        return ""
    return when.astimezone(OFFICE_TIME_ZONE).strftime("%Y-%m-%d %H:%M")


FILTERS = {"local_time": local_time}

__all__ = ["FILTERS", "OFFICE_TIME_ZONE", "local_time"]
