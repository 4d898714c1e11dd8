"""The report's words in its language, and its numbers, dates and times as that language writes them.

Sources are English, in the "Report" context of `kiosk/translations/reports_<lang>.ts`
(`make translations` compiles them); `SOURCES` lists every one so a test can check each
catalogue has them all. Numbers follow the language's conventions through its QLocale
(Western digits 0–9 in every language, as in Algeria); days are ISO (2026-12-01),
readable in every language and never ambiguous.

Thread use: any, once a Q(Gui)Application exists (kiosk/i18n.py).
"""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from kiosk.domain.languages import is_rtl
from kiosk.i18n import qlocale, translate

CONTEXT = "Report"
NO_VALUE = "—"  # no sample, no target: a dash, never a misleading 0

TITLE = "Activity report"
PERIOD = "Period: %1 to %2"
ONE_DAY = "Day: %1"
GENERATED = "Generated on %1 (office time, %2)"
SUMMARY = "Summary"
TICKETS = "Tickets issued"
SERVED = "Served"
NO_SHOWS = "No-shows"
WAIT_P50 = "Wait, median (min)"
WAIT_P90 = "Wait, 90th percentile (min)"
TARGET = "Target (min)"
WITHIN_TARGET = "Within target"
SERVICE_P50 = "Counter time, median (min)"
SERVICE_P90 = "Counter time, 90th percentile (min)"
CONCERNS_RECEIVED = "Concerns received"
CONCERNS_ANSWERED = "Concerns answered"
HELP_REQUESTS = "Calls for help"
HELP_ANSWERED = "Calls for help answered"
PER_HOUR_CHART = "Tickets issued per hour"
HOUR = "Hour"
WAITS_CHART = "Waits per service against the target (minutes)"
MEDIAN = "Median"
P90 = "90th percentile"
TARGET_MARK = "Target"
PER_SERVICE = "Per service"
SERVICE = "Service"
PER_DAY = "Per day"
DAY = "Day"
WHOLE_OFFICE = "Whole office"
PAGE = "Page %1 of %2"
NO_TICKETS = "No tickets in this period."

SOURCES: tuple[str, ...] = (
    TITLE, PERIOD, ONE_DAY, GENERATED, SUMMARY, TICKETS, SERVED, NO_SHOWS, WAIT_P50, WAIT_P90, TARGET,
    WITHIN_TARGET, SERVICE_P50, SERVICE_P90, CONCERNS_RECEIVED, CONCERNS_ANSWERED, HELP_REQUESTS, HELP_ANSWERED,
    PER_HOUR_CHART, HOUR, WAITS_CHART, MEDIAN, P90, TARGET_MARK, PER_SERVICE, SERVICE, PER_DAY, DAY, WHOLE_OFFICE, PAGE,
    NO_TICKETS,
)


class ReportTexts:
    """The words and number formats of one report language."""

    def __init__(self, language: str):
        self.language = language
        self.rtl = is_rtl(language)
        self._locale = qlocale(language)

    def __call__(self, source: str, *args: object) -> str:
        """`source` in the report's language, with %1, %2… replaced by `args`."""
        text = translate(self.language, CONTEXT, source)
        for index, value in enumerate(args, start=1):
            text = text.replace(f"%{index}", str(value))
        return text

    def count(self, value: int) -> str:
        return self._locale.toString(value)

    def minutes(self, value: float | None) -> str:
        return NO_VALUE if value is None else self._locale.toString(float(value), "f", 1)

    def share(self, value: float | None) -> str:
        return NO_VALUE if value is None else self._locale.toString(round(value * 100)) + "\u00a0%"  # never wrapped

    def _left_to_right(self, text: str) -> str:
        # In Arabic, Qt's bidi turns 2026-12-01 into 01-12-2026: isolate it as left-to-right.
        return f"\u2066{text}\u2069" if self.rtl else text

    def day(self, day: dt.date) -> str:
        return self._left_to_right(day.isoformat())

    def local_time(self, instant: dt.datetime, zone: ZoneInfo) -> str:
        return self._left_to_right(instant.astimezone(zone).strftime("%Y-%m-%d %H:%M"))
