"""The activity report's CSV read back: one header row, ISO days, the figures of the report,
Arabic service names a spreadsheet opens right (UTF-8 with a byte-order mark)."""
from __future__ import annotations

import csv
import datetime as dt

from kiosk.reports import write_report
from kiosk.reports.csv_report import COLUMNS
from tests.reports.conftest import FIRST, LAST, TARGETS


def read_back(path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith("\ufeff".encode()) and b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == list(COLUMNS)
    assert all(row != rows[0] for row in rows[1:])  # one header row, not one per section
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def figure(rows, name, service="", day_from=FIRST, day_to=LAST, hour=""):
    (row,) = [r for r in rows if r["figure"] == name and r["service_code"] == service and r["hour"] == hour
              and r["from_day"] == day_from.isoformat() and r["to_day"] == day_to.isoformat()]
    return row["value"]


def test_the_csv_holds_the_reports_figures(qapp, filled_office, two_days, tmp_path):
    saved = write_report(two_days, "csv", tmp_path / "r.csv", "ar", filled_office.catalogue)
    rows = read_back(saved.path)
    assert len(rows) + 1 == saved.size
    assert all(dt.date.fromisoformat(r["from_day"]) <= dt.date.fromisoformat(r["to_day"]) for r in rows)
    office = two_days.office
    assert figure(rows, "tickets_issued") == str(office.tickets)
    assert figure(rows, "wait_p90_min") == str(office.wait_p90_min)
    assert figure(rows, "wait_target_min") == ""  # the whole office has no target
    births = next(s for s in two_days.services if s.service_code == "EC-N12")
    assert figure(rows, "wait_target_min", "EC-N12") == str(TARGETS["EC-N12"])
    assert figure(rows, "waits_within_target", "EC-N12") == str(births.within_target)
    for day in two_days.days:
        assert figure(rows, "tickets_issued", day_from=day.day, day_to=day.day) == str(day.tickets)
    assert figure(rows, "concerns_received", day_from=LAST, day_to=LAST) == "1"
    assert figure(rows, "help_requests") == "1"
    hourly = [r for r in rows if r["hour"]]
    assert sum(int(r["value"]) for r in hourly) == office.tickets
    assert {r["service_name"] for r in hourly if r["service_code"] == "EC-N12"} == {"مستخرج عقد الميلاد رقم 12"}


def test_service_names_follow_the_language_and_numbers_stay_plain(qapp, filled_office, two_days, tmp_path):
    saved = write_report(two_days, "csv", tmp_path / "r.csv", "fr", filled_office.catalogue)
    rows = read_back(saved.path)
    names = {r["service_code"]: r["service_name"] for r in rows if r["service_code"]}
    assert names["EC-N12"] == "Extrait de naissance n°12"
    median = figure(rows, "wait_p50_min")
    assert "," not in median and float(median) == two_days.office.wait_p50_min  # 12.5, never 12,5
