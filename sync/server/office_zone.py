"""The offices' time zone, once: every office and every member of staff is in Algeria
(DESIGN.md §4), Africa/Algiers, UTC+1 all year. Business dates (figures), the days of a
concern filter and the times on the back office's pages are read in it. Any thread.
"""
from __future__ import annotations

from zoneinfo import ZoneInfo

OFFICE_ZONE = ZoneInfo("Africa/Algiers")

__all__ = ["OFFICE_ZONE"]
