"""The office's activity report as a file: an A4 PDF drawn with Qt, or a CSV.

The figures are the domain's (`kiosk.domain.activity_report`), read through the office;
this package only lays them out. Two calls, no dialog:

    save_report(port, token, first_day, last_day, fmt, path, language, office_name=None)
        what the supervisor's console button calls, on its worker thread (it blocks on the
        office, locally or over the LAN): the supervisor's session asks the office for the
        figures, then the file is written;
    write_report(report, fmt, path, language, catalogue, office_name=None)
        the same from figures already read (`maktab report` on the office's PC, tests).

Both write the file whole or not at all (a temporary file beside it, renamed), and return
a `SavedReport`. `default_file_name()` names a report after its office and days.

Errors: the office's (`OfficeError`: `not_logged_in`, `forbidden` for a clerk,
`bad_period`; `StoreError`), and `ReportNotWritten` (an OSError) when the file cannot be
written, saying where and why.

Thread use: any thread, with a QGuiApplication existing for PDFs (`ensure_gui_application`
in kiosk/printing/fonts.py creates an off-screen one, from the main thread).
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import enum
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from kiosk.domain.activity_report import ActivityReport
from kiosk.domain.catalogue import Catalogue, in_tamazight_script
from kiosk.office.port import OfficePort


class ReportFormat(enum.StrEnum):
    PDF = "pdf"
    CSV = "csv"


class ReportNotWritten(OSError):
    """The report's file could not be written; the message says where and why."""


@dataclasses.dataclass(frozen=True)
class SavedReport:
    path: Path
    format: ReportFormat
    size: int  # pages of a PDF, lines of a CSV (its header included)


def default_file_name(office_code: str, first_day: dt.date, last_day: dt.date, fmt: ReportFormat | str) -> str:
    """`report-BMD-2026-12-01.pdf` for a day, `report-BMD-2026-12-01_2026-12-31.csv` for a period."""
    days = first_day.isoformat() if first_day == last_day else f"{first_day.isoformat()}_{last_day.isoformat()}"
    code = re.sub(r"[^A-Za-z0-9-]+", "", office_code) or "office"
    return f"report-{code}-{days}.{ReportFormat(fmt).value}"


def service_names(catalogue: Catalogue, language: str) -> Callable[[str], str]:
    """A service's name in `language` (Kabyle in the office's script); a service no longer in
    the catalogue by its code, so old periods still read."""
    if language == "kab":  # the office's script is kiosk.i18n's (Qt's translators); other languages need no Qt
        from kiosk.i18n import tamazight_script

        catalogue = in_tamazight_script(catalogue, tamazight_script())
    names = {s.code: s.name(language) for s in catalogue.services}
    return lambda code: names.get(code, code)


@contextlib.contextmanager
def _whole_file(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`, renamed to it once written: nobody ever opens half a report."""
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise ReportNotWritten(f"cannot write the report into {path.parent}: {exc.strerror or exc}") from exc
    os.close(handle)
    try:
        yield Path(temporary)
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        raise ReportNotWritten(f"cannot write the report {path}: {exc.strerror or exc}") from exc
    finally:
        Path(temporary).unlink(missing_ok=True)


def write_report(report: ActivityReport, fmt: ReportFormat | str, path: Path | str, language: str,
                 catalogue: Catalogue, office_name: str | None = None) -> SavedReport:
    """Write `report` to `path` in `language`; `office_name` defaults to the office's own."""
    fmt, path = ReportFormat(fmt), Path(path)
    name_of = service_names(catalogue, language)
    with _whole_file(path) as temporary:
        if fmt is ReportFormat.CSV:
            from kiosk.reports.csv_report import write_csv

            size = write_csv(report, temporary, name_of)
        else:
            from kiosk.reports.pdf_report import write_pdf

            size = write_pdf(report, temporary, language, office_name or report.office_name, name_of)
    return SavedReport(path, fmt, size)


def save_report(port: OfficePort, token: str, first_day: dt.date, last_day: dt.date, fmt: ReportFormat | str,
                path: Path | str, language: str, office_name: str | None = None) -> SavedReport:
    """Ask the office for the report of `first_day`..`last_day` (a supervisor's session) and write it."""
    report = port.activity_report(token, first_day, last_day)
    return write_report(report, fmt, path, language, port.catalogue, office_name)


__all__ = ["ReportFormat", "ReportNotWritten", "SavedReport", "default_file_name", "save_report", "service_names",
           "write_report"]
