"""`maktab report`: the office's activity report of a day or a period, as a PDF or a CSV.

    maktab report --from 2026-12-01 [--to 2026-12-31] [--format pdf|csv] [--out PATH]
                  [--language ar|fr|kab|en]

Run on the office's own PC (where the database is); a desk PC's supervisor uses the
console instead, which goes through the hub. Every wrong input stops before any work
with one line saying what is wrong and what to do, and exit code 2: a day that is not
YYYY-MM-DD, --to before --from, more than 366 days, an --out folder that is missing or
not writable, a PC that is not the office's. Exit 1: the database could not be read or
the file not written (the message says why).

Thread use: the main thread (it creates an off-screen QGuiApplication for the PDF).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path

from kiosk.config import Settings
from kiosk.domain.activity_report import MAX_REPORT_DAYS, period_problem
from kiosk.domain.languages import LANGUAGES
from kiosk.reports import ReportFormat, ReportNotWritten, default_file_name

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day: write it YYYY-MM-DD, e.g. 2026-12-01") from None


def add_parser(sub: argparse._SubParsersAction, common: Callable[[argparse.ArgumentParser], None]) -> None:
    report = sub.add_parser(
        "report", help="the office's activity report of a day or a period (PDF or CSV)",
        description="Write the office's activity report: tickets per service and hour, waits (median, 90th "
                    "percentile) against targets, counter times, no-shows, concerns received and answered, calls "
                    "for help. Run it on the office's PC. See docs/reports.md.")
    common(report)
    report.add_argument("--from", dest="first", type=_day, required=True, metavar="DAY",
                        help="the first office day, YYYY-MM-DD")
    report.add_argument("--to", dest="last", type=_day, metavar="DAY",
                        help=f"the last office day (default: the --from day); at most {MAX_REPORT_DAYS} days")
    report.add_argument("--format", choices=[f.value for f in ReportFormat], default="pdf",
                        help="pdf (A4, to print) or csv (one header row, for spreadsheets); default pdf")
    report.add_argument("--out", metavar="PATH",
                        help="the file to write, or a folder to write it in (default: report-OFFICE-DAYS.EXT "
                             "in the current folder)")
    report.add_argument("--language", choices=LANGUAGES,
                        help="the report's language (default: the kiosk's default language)")


def _usage(problem: str) -> int:
    print(f"maktab report: {problem}", file=sys.stderr)
    return EXIT_USAGE


def _out_path(args: argparse.Namespace, settings: Settings, last: dt.date) -> Path | str:
    """Where to write, or why not (a text)."""
    name = default_file_name(settings.office.code, args.first, last, args.format)
    path = Path(args.out or name).expanduser()
    if path.is_dir():
        path = path / name
    if not path.parent.is_dir():
        return f"the folder {path.parent} does not exist: create it or give another --out"
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return f"cannot write in the folder {path.parent}: give an --out in a folder you may write to"
    if path.exists() and not os.access(path, os.W_OK):
        return f"{path} exists and cannot be replaced: give another --out"
    return path


def run(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.hub.pairing import load_device_file

    last = args.last or args.first
    problem = period_problem(args.first, last, ("--from", "--to"))
    if problem:
        return _usage(problem)
    out = _out_path(args, settings, last)
    if isinstance(out, str):
        return _usage(out)
    hub_url = settings.hub.url or getattr(load_device_file(settings.data_dir), "hub_url", "")
    if hub_url:
        return _usage(f"this PC uses the office hub at {hub_url}: run `maktab report` on the hub's PC, "
                      "or print the report from the supervisor's console")
    language = args.language or settings.kiosk.default_language

    from kiosk.i18n import use_tamazight_script
    from kiosk.office import Office
    from kiosk.printing.fonts import ensure_gui_application
    from kiosk.reports import write_report

    ensure_gui_application()
    use_tamazight_script(settings.kiosk.tamazight_script)
    office = Office.open(settings)
    try:
        report = office.office_activity_report(args.first, last)
        saved = write_report(report, args.format, out, language, office.catalogue, settings.office.name_in(language))
    except ReportNotWritten as exc:
        print(f"maktab report: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        office.close()
    size = f"{saved.size} page(s)" if saved.format is ReportFormat.PDF else f"{saved.size} lines"
    print(f"wrote {saved.path} ({size}, {args.first} to {last}, {language})")
    return EXIT_OK
