"""The activity report as CSV: one header row, one figure per line (a "long" table that a
spreadsheet's pivot table or any script reads without knowing the report's layout).

    from_day,to_day,hour,service_code,service_name,figure,value

`from_day`/`to_day` (ISO dates) is what the figure covers: the whole period, or one day
(both the same); `hour` (0–23, office time) only for tickets per hour; `service_code`
empty for the whole office. Numbers are plain (`12.5`: a dot, whatever the language);
an empty value means no sample (nobody was called) or no target. docs/reports.md lists
the figures. The file is written like every Maktab CSV (sync/csv_text.py): UTF-8 with a
byte-order mark, so Excel opens Arabic service names right.

Thread use: any (no Qt).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from kiosk.domain.activity_report import ActivityReport, ServiceFigures
from sync.csv_text import csv_lines

COLUMNS = ("from_day", "to_day", "hour", "service_code", "service_name", "figure", "value")
SERVICE_FIGURES = ("tickets_issued", "tickets_served", "no_shows", "waits_counted", "wait_p50_min", "wait_p90_min",
                   "wait_target_min", "waits_within_target", "service_p50_min", "service_p90_min")
DAY_FIGURES = ("tickets_issued", "tickets_served", "no_shows", "concerns_received", "concerns_answered",
               "help_requests", "help_answered")


def _service_values(figures: ServiceFigures) -> tuple[Any, ...]:
    return (figures.tickets, figures.served, figures.no_shows, figures.waits, figures.wait_p50_min,
            figures.wait_p90_min, figures.target_min, figures.within_target, figures.service_p50_min,
            figures.service_p90_min)


def csv_rows(report: ActivityReport, service_name: Callable[[str], str]) -> Iterator[dict[str, Any]]:
    """The report's lines: the office over the period, each service, each day, each hour."""
    period = {"from_day": report.first_day.isoformat(), "to_day": report.last_day.isoformat()}

    def figures(scope: dict[str, Any], names: tuple[str, ...], values: tuple[Any, ...]) -> Iterator[dict[str, Any]]:
        for name, value in zip(names, values, strict=True):
            yield {**scope, "figure": name, "value": value}

    yield from figures(period, SERVICE_FIGURES, _service_values(report.office))
    yield from figures(period, DAY_FIGURES[3:], (report.concerns_received, report.concerns_answered,
                                                 report.help_requests, report.help_answered))
    for service in report.services:
        scope = {**period, "service_code": service.service_code, "service_name": service_name(service.service_code)}
        yield from figures(scope, SERVICE_FIGURES, _service_values(service))
    for day in report.days:
        one_day = {"from_day": day.day.isoformat(), "to_day": day.day.isoformat()}
        yield from figures(one_day, DAY_FIGURES, (day.tickets, day.served, day.no_shows, day.concerns_received,
                                                  day.concerns_answered, day.help_requests, day.help_answered))
    for cell in report.hours:
        yield {"from_day": cell.day.isoformat(), "to_day": cell.day.isoformat(), "hour": cell.hour,
               "service_code": cell.service_code, "service_name": service_name(cell.service_code),
               "figure": "tickets_issued", "value": cell.tickets}


def write_csv(report: ActivityReport, path: Path, service_name: Callable[[str], str]) -> int:
    """Write the CSV to `path`; returns its number of lines (the header's included)."""
    lines = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        for line in csv_lines(csv_rows(report, service_name), COLUMNS):
            out.write(line)
            lines += 1
    return lines
