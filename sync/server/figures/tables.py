"""The figures' tables as downloads see them: stable column names and one plain row per line.

    daily_table(rows)                       date, office_code, office_name, commune, figures…
    monthly_table(rows)                     month, figures… (summed over offices: no office columns)
    offices_month_table(rows, overdue_now=None)
                                            month, office_code, office_name, commune, figures…, and
                                            `overdue_now` last when given ({office: count})
    open_table(open_rows)                   month, office…, the open figures, suppressed (the public downloads)
    FIGURE_FIELDS                           the figure columns, in the order of the page's tables

The split: this module knows *which* columns a figures table has (a service-side fact, the
same for CSV and JSON); `sync/server/web/downloads.py` alone knows how a file is written
(BOM, defused cells, headers). Names are English machine names; "no data" stays None (an
empty CSV cell, JSON null), never 0. Pure functions; any thread.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sync.server.figures.anonymity import OPEN_FIELDS
from sync.server.figures.queries import FigureRow

FIGURE_FIELDS = (
    "tickets_issued", "tickets_served", "no_shows", "wait_p50_min", "wait_p90_min", "within_target_pct",
    "service_p50_min", "service_p90_min", "service_mean_min",
    "concerns_received", "concerns_answered", "answered_late", "answer_delay_median_days",
    "concerns_kiosk", "concerns_counter", "concerns_phone", "concerns_letter", "concerns_email", "concerns_web",
)
OFFICE_FIELDS = ("office_code", "office_name", "commune")


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: list[dict[str, Any]]


def _table(rows: Sequence[FigureRow], period: str, with_office: bool,
           overdue_now: Mapping[str, int] | None = None) -> Table:
    columns = (period, *(OFFICE_FIELDS if with_office else ()), *FIGURE_FIELDS,
               *(("overdue_now",) if overdue_now is not None else ()))
    lines = []
    for row in rows:
        line = {field: getattr(row, field) for field in columns[1:] if field != "overdue_now"}
        line[period] = row.period
        if overdue_now is not None:
            line["overdue_now"] = overdue_now.get(row.office_code or "", 0)
        lines.append(line)
    return Table(columns, lines)


def daily_table(rows: Sequence[FigureRow]) -> Table:
    return _table(rows, "date", with_office=True)


def monthly_table(rows: Sequence[FigureRow]) -> Table:
    return _table(rows, "month", with_office=False)


def offices_month_table(rows: Sequence[FigureRow], overdue_now: Mapping[str, int] | None = None) -> Table:
    """`overdue_now` is live (open concerns past due at the time of the download), not the month's."""
    return _table(rows, "month", with_office=True, overdue_now=overdue_now)


def open_table(rows: Sequence[Any]) -> Table:
    """The open figures (`OpenRow`s, figures/open_figures.py): month, office, OPEN_FIELDS, and
    `suppressed` last ({field: reason}; a CSV cell of compact JSON, empty when nothing is)."""
    columns = ("month", *OFFICE_FIELDS, *OPEN_FIELDS, "suppressed")
    return Table(columns, [{"month": row.month, "office_code": row.office_code, "office_name": row.office_name,
                            "commune": row.commune, **row.cells.values, "suppressed": row.cells.suppressed or None}
                           for row in rows])


__all__ = ["FIGURE_FIELDS", "Table", "daily_table", "monthly_table", "offices_month_table", "open_table"]
