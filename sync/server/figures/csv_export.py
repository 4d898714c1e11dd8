"""The figures' tables as CSV downloads: one header row, ISO dates, empty cells for "no data".

    daily_csv(rows)          date, office, … (from Figures.daily)
    monthly_csv(rows)        month, … (from Figures.monthly)
    offices_month_csv(rows, overdue_now=None)
                             month, office, office name, commune, … (from Figures.offices_month),
                             and `overdue_now` last when given ({office: count}, Figures.overdue_now)

Headers are stable machine names in English (a spreadsheet or a script reads them; the
page shows translated headings). Pure functions; any thread.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence

from sync.server.figures.queries import FigureRow

#: The figure columns, in the order of the page's tables.
FIGURE_FIELDS = (
    "tickets_issued", "tickets_served", "no_shows", "wait_p50_min", "wait_p90_min",
    "service_p50_min", "service_p90_min", "service_mean_min",
    "concerns_received", "concerns_answered", "answered_late", "answer_delay_median_days",
)


def _csv(rows: Sequence[FigureRow], period_header: str, with_office: bool,
         overdue_now: Mapping[str, int] | None = None) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180
    office_headers = ["office_code", "office_name", "commune"] if with_office else []
    overdue_header = ["overdue_now"] if overdue_now is not None else []
    writer.writerow([period_header, *office_headers, *FIGURE_FIELDS, *overdue_header])
    for row in rows:
        office = [row.office_code or "", row.office_name or "", row.commune or ""] if with_office else []
        overdue = [overdue_now.get(row.office_code or "", 0)] if overdue_now is not None else []
        writer.writerow([row.period, *office, *("" if (v := getattr(row, f)) is None else v for f in FIGURE_FIELDS),
                         *overdue])
    return out.getvalue()


def daily_csv(rows: Sequence[FigureRow]) -> str:
    return _csv(rows, "date", with_office=True)


def monthly_csv(rows: Sequence[FigureRow]) -> str:
    return _csv(rows, "month", with_office=False)


def offices_month_csv(rows: Sequence[FigureRow], overdue_now: Mapping[str, int] | None = None) -> str:
    """`overdue_now` is live (open concerns past due at the time of the download), not the month's."""
    return _csv(rows, "month", with_office=True, overdue_now=overdue_now)


__all__ = ["FIGURE_FIELDS", "daily_csv", "monthly_csv", "offices_month_csv"]
