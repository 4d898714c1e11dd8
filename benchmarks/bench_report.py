"""report_month_pdf_s: a 30-day activity report of about 300 tickets a day, from the office
database to the PDF on disk, as `maktab report --from … --to …` makes it.

The office is simulated once and cached (benchmarks/common.py: `simulated_history`); each
round reads the month (the store's query and the domain's figures) and writes the PDF,
A4, with its charts and tables. The CSV of the same month is timed too. No budget in
DESIGN §9: the figure is watched for regressions (a supervisor waits for it at a desk).
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.common import BENCH_OFFICE, BENCH_START, Figure, median, simulated_history


def run(quick: bool) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.domain.clock import FixedClock
    from kiosk.office import Office
    from kiosk.printing.fonts import ensure_gui_application, receipt_fonts
    from kiosk.reports import write_report

    ensure_gui_application()
    receipt_fonts()  # loaded once at start in the app too: not part of a report's time
    path = simulated_history("report-month", tickets_per_day=300, days=30, seed=30)
    last = BENCH_START.date() - dt.timedelta(days=1)
    first = last - dt.timedelta(days=29)
    rounds = 2 if quick else 5
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "office.sqlite3"
        shutil.copy(path, copy)  # the cached history stays untouched
        office = Office.open_path(copy, BENCH_OFFICE, FixedClock(BENCH_START))
        try:
            pdf, csv, read, pages = [], [], [], 0
            for _ in range(rounds):
                began = time.perf_counter()
                report = office.office_activity_report(first, last)
                read.append(time.perf_counter() - began)
                pages = write_report(report, "pdf", Path(tmp) / "month.pdf", "ar", office.catalogue).size
                pdf.append(time.perf_counter() - began)
                began = time.perf_counter()
                write_report(office.office_activity_report(first, last), "csv", Path(tmp) / "month.csv", "fr",
                             office.catalogue)
                csv.append(time.perf_counter() - began)
            tickets = report.office.tickets
        finally:
            office.close()
    return [
        Figure("report_month_pdf_s", median(pdf), "s"),
        Figure("report_month_read_s", median(read), "s"),
        Figure("report_month_csv_s", median(csv), "s"),
        Figure("report_month_pdf_pages", pages, "pages"),
        Figure("report_month_tickets", tickets, "tickets"),
    ]
