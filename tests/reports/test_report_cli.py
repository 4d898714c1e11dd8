"""`maktab report` as a supervisor or a technician types it: the file it writes and its
name, and one clear line with exit code 2 for each wrong input."""
from __future__ import annotations

import datetime as dt

import pytest

from kiosk.cli import main
from kiosk.domain.clock import FixedClock
from kiosk.office import Office, OfficeInfo
from kiosk.simulation import simulate

DAY = "2026-12-01"


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    office = Office.open_path(folder / "office.sqlite3", OfficeInfo("Bureau du citoyen", "DEMO", "Africa/Algiers"),
                              FixedClock(dt.datetime(2026, 12, 2, 7, 0, tzinfo=dt.UTC)), pin_hash_cost="test")
    simulate(office, tickets_per_day=40, days=1, include_today=False, seed=2)
    office.close()
    return folder


def report(data_dir, *args: str) -> int:
    """The exit code, whether the command returns it or argparse exits with it."""
    try:
        return main(["report", "--data-dir", str(data_dir), *args])
    except SystemExit as exc:
        return int(exc.code or 0)


def test_the_days_report_is_named_after_the_office_and_the_day(qapp, data_dir, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert report(data_dir, "--from", DAY, "--language", "fr") == 0
    written = tmp_path / "report-DEMO-2026-12-01.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert f"wrote {written.name}" in capsys.readouterr().out
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_a_csv_of_a_period_goes_into_the_folder_given(qapp, data_dir, tmp_path, capsys):
    assert report(data_dir, "--from", "2026-11-30", "--to", DAY, "--format", "csv", "--out", str(tmp_path)) == 0
    written = tmp_path / "report-DEMO-2026-11-30_2026-12-01.csv"
    assert written.read_text(encoding="utf-8-sig").startswith("from_day,to_day,hour,")
    assert "lines" in capsys.readouterr().out


@pytest.mark.parametrize(("args", "says"), [
    (["--from", "2026-12-32"], "'2026-12-32' is not a day: write it YYYY-MM-DD"),
    (["--from", "01/12/2026"], "is not a day"),
    (["--from", DAY, "--to", "2026-11-30"], "--to (2026-11-30) is before --from (2026-12-01): swap them"),
    (["--from", "2025-01-01", "--to", DAY], "a report covers at most 366 days"),
    (["--from", DAY, "--format", "xlsx"], "invalid choice: 'xlsx'"),
])
def test_wrong_input_is_said_with_what_to_do(data_dir, capsys, args, says):
    assert report(data_dir, *args) == 2
    assert says in capsys.readouterr().err


def test_an_out_folder_that_does_not_exist_is_refused_before_any_work(data_dir, tmp_path, capsys):
    assert report(data_dir, "--from", DAY, "--out", str(tmp_path / "nowhere" / "r.pdf")) == 2
    assert f"the folder {tmp_path / 'nowhere'} does not exist" in capsys.readouterr().err


def test_a_desk_pc_is_sent_to_the_hub(data_dir, tmp_path, capsys):
    settings = tmp_path / "desk.toml"
    settings.write_text('[hub]\nurl = "http://192.0.2.10:8765"\n', encoding="utf-8")
    assert main(["report", "--config", str(settings), "--data-dir", str(data_dir), "--from", DAY,
                 "--out", str(tmp_path)]) == 2
    assert "run `maktab report` on the hub's PC" in capsys.readouterr().err

