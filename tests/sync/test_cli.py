"""`maktab-sync` against a real server: every command, its --json output and exit codes."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.domain.clock import FixedClock
from kiosk.office import Office, OfficeInfo
from kiosk.store.database import transaction
from kiosk.store.outbox import append_event
from kiosk.sync_cli import main as cli
from tests.conftest import ALGIERS_MORNING
from tests.sync.faultproxy import FaultProxy
from tests.sync.test_client import issue, outbox_events, server_events

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """An office data folder with a database holding 25 issued tickets (25 pending events)."""
    d = tmp_path / "office"
    office = Office.open_path(d / "office.sqlite3", OfficeInfo("APC Test", "TST", "Africa/Algiers"),
                              FixedClock(ALGIERS_MORNING))
    issue(office, 25)
    office.close()
    for var in ("MAKTAB_CONFIG", "MAKTAB_DATA_DIR"):
        monkeypatch.delenv(var, raising=False)
    return d


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, *argv) -> tuple[int, object]:
    code, out, err = run(capsys, *argv, "--json")
    return code, json.loads(out) if out.strip() else err


def enroll(capsys, server, data_dir, office_code="TST"):
    server.store.add_office(office_code, "APC Test")
    code, _ = server.store.new_enroll_code(office_code)
    rc, out = run_json(capsys, "enroll", "--data-dir", data_dir, "--server", server.base_url, "--code", code,
                       "--name", "kiosk-1")
    assert rc == 0, out
    return out


def open_office(data_dir) -> Office:
    return Office.open_path(data_dir / "office.sqlite3", OfficeInfo("APC Test", "TST", "Africa/Algiers"),
                            FixedClock(ALGIERS_MORNING))


def test_every_command_has_help_and_the_exit_codes():
    parser = cli.build_parser()
    commands = [["enroll"], ["status"], ["push"], ["pull"], ["outbox", "list"], ["outbox", "show"],
                ["outbox", "retry-rejected"], ["export"], ["doctor"], ["backup"], ["restore"]]
    for words in commands:
        with pytest.raises(SystemExit) as done:
            parser.parse_args([*words, "--help"])
        assert done.value.code == 0
    assert "3  server unreachable" in parser.format_help() and "4  done, but some events" in parser.format_help()
    doc = (REPO / "docs" / "operations.md").read_text(encoding="utf-8")
    for words in commands:
        assert f"maktab-sync {' '.join(words)}" in doc, words
    for code in ("| 0 |", "| 1 |", "| 2 |", "| 3 |", "| 4 |"):
        assert code in doc


def test_usage_errors_exit_2(capsys, data_dir):
    with pytest.raises(SystemExit) as done:
        cli.main(["push", "--bogus"])
    assert done.value.code == 2
    rc, _, err = run(capsys, "enroll", "--data-dir", data_dir, "--server", "http://central.example.dz",
                     "--code", "X")
    assert rc == 2 and "--allow-http" in err


def test_the_console_script_runs_without_qt(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(REPO), "MAKTAB_DATA_DIR": str(tmp_path)}
    code = ("import sys, kiosk.sync_cli.main, sync.client, sync.loop, sync.state, sync.ports\n"
            "rc = kiosk.sync_cli.main.main(['status', '--json'])\n"
            "assert 'PySide6' not in sys.modules and not any(m.startswith('kiosk.ui') for m in sys.modules)\n"
            "sys.exit(rc)")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["enrolled"] is False


def test_enroll_status_push_pull(capsys, server, data_dir):
    enrolled = enroll(capsys, server, data_dir)
    assert enrolled["office_code"] == "TST"
    rc, status = run_json(capsys, "status", "--data-dir", data_dir)
    assert rc == 0
    for key in ("pending", "acked", "rejected", "oldest_pending_age_s", "last_success_at", "last_error",
                "server_clock_offset_s"):
        assert key in status
    assert status["pending"] == 25 and status["acked"] == 0 and status["oldest_pending_age_s"] > 0
    rc, pushed = run_json(capsys, "push", "--data-dir", data_dir)
    assert rc == 0 and pushed["stored"] == 25 and pushed["pending"] == 0
    rc, status = run_json(capsys, "status", "--data-dir", data_dir)
    assert status["pending"] == 0 and status["acked"] == 25 and status["last_error"] is None
    assert status["oldest_pending_age_s"] is None

    server.store.announce({"fr": "Fermé vendredi"}, "TST")
    rc, pulled = run_json(capsys, "pull", "--data-dir", data_dir)
    assert rc == 0 and pulled["applied"] == 1
    office = open_office(data_dir)
    try:
        assert office.announcements()[-1]["texts"] == {"fr": "Fermé vendredi"}
        assert server_events(server, enrolled["device_id"]) == outbox_events(office)
    finally:
        office.close()
    rc, _, err = run(capsys, "enroll", "--data-dir", data_dir, "--server", server.base_url, "--code", "X")
    assert rc == 1 and "already enrolled" in err


def test_push_with_a_rejected_event_exits_4_and_outbox_commands(capsys, server, data_dir):
    enroll(capsys, server, data_dir)
    office = open_office(data_dir)
    with transaction(office._db) as conn:
        bad = append_event(conn, "not-a-type", "2026-09-06T07:30:00Z", {"x": 1})
    office.close()
    rc, pushed = run_json(capsys, "push", "--data-dir", data_dir)
    assert rc == 4 and pushed["rejected"] == 1 and pushed["stored"] == 25
    assert pushed["rejections"][0]["seq"] == bad
    rc, listed = run_json(capsys, "outbox", "list", "--data-dir", data_dir, "--state", "rejected")
    assert rc == 0 and [e["seq"] for e in listed] == [bad] and "family.action" in listed[0]["last_error"]
    rc, shown = run_json(capsys, "outbox", "show", "--data-dir", data_dir, bad)
    assert rc == 0 and shown["payload"] == {"x": 1}
    rc, _, err = run(capsys, "outbox", "show", "--data-dir", data_dir, 99999)
    assert rc == 1 and "no outbox event" in err
    rc, out = run_json(capsys, "outbox", "retry-rejected", "--data-dir", data_dir)
    assert out == {"requeued": 1}
    rc, listed = run_json(capsys, "outbox", "list", "--data-dir", data_dir, "--limit", 3)
    assert len(listed) == 3
    rc, _, _ = run(capsys, "outbox", "list", "--data-dir", data_dir, "--state", "pending")
    assert rc == 0


def test_push_to_an_unreachable_server_exits_3(capsys, server, data_dir):
    enroll(capsys, server, data_dir)
    state_file = data_dir / "sync.json"
    state = json.loads(state_file.read_text())
    state["server_url"] = "http://127.0.0.1:9"
    state_file.write_text(json.dumps(state))
    rc, _, err = run(capsys, "push", "--data-dir", data_dir, "--max-wait", "0")
    assert rc == 3 and "cannot reach the server" in err
    rc, status = run_json(capsys, "status", "--data-dir", data_dir)
    assert status["pending"] == 25 and "cannot reach" in status["last_error"]


def test_push_behind_a_captive_portal_exits_3_and_acks_nothing(capsys, server, data_dir):
    enroll(capsys, server, data_dir)
    with FaultProxy(int(server.base_url.rsplit(":", 1)[1]), chooser=lambda m, p: "html_200") as proxy:
        state = json.loads((data_dir / "sync.json").read_text())
        state["server_url"] = proxy.base_url
        (data_dir / "sync.json").write_text(json.dumps(state))
        rc, _, err = run(capsys, "push", "--data-dir", data_dir, "--max-wait", "0")
    assert rc == 3 and "captive portal" in err
    rc, status = run_json(capsys, "status", "--data-dir", data_dir)
    assert status["acked"] == 0 and status["pending"] == 25


def test_export_import_then_push_acks_exactly_once(capsys, server, data_dir, tmp_path):
    enrolled = enroll(capsys, server, data_dir)
    usb = tmp_path / "usb"
    usb.mkdir()
    rc, out = run_json(capsys, "export", "--data-dir", data_dir, usb)
    assert rc == 0 and out["events"] == 25 and out["file"].endswith(".maktab-batch.jsonl")
    from sync.server.cli import main as server_main

    assert server_main(["--db", server.db_url, "import", out["file"]]) == 0
    capsys.readouterr()
    rc, pushed = run_json(capsys, "push", "--data-dir", data_dir)
    assert rc == 0 and pushed["duplicate"] == 25 and pushed["stored"] == 0
    office = open_office(data_dir)
    try:
        assert server_events(server, enrolled["device_id"]) == outbox_events(office)
        assert office.outbox.stats().acked == 25
    finally:
        office.close()


def test_doctor_reports_each_check(capsys, server, data_dir):
    rc, report = run_json(capsys, "doctor", "--data-dir", data_dir)
    assert rc == 1 and {c["check"] for c in report["checks"]} >= {"enrolled", "disk", "database", "printer"}
    enroll(capsys, server, data_dir)
    rc, report = run_json(capsys, "doctor", "--data-dir", data_dir)
    outbox = next(c for c in report["checks"] if c["check"] == "outbox")
    assert outbox["ok"] is False and "25 pending" in outbox["detail"]  # queued for weeks: worth a look
    assert run(capsys, "push", "--data-dir", data_dir)[0] == 0
    rc, report = run_json(capsys, "doctor", "--data-dir", data_dir)
    checks = {c["check"]: c for c in report["checks"]}
    assert checks["server"]["ok"] and checks["clock"]["ok"] and checks["database"]["ok"]
    assert checks["tls"]["ok"] is None  # loopback http: no TLS to check
    assert checks["printer"]["ok"] is True and "png" in checks["printer"]["detail"]
    assert rc == 0, report


def _kiosk_process(db_path: Path) -> subprocess.Popen:
    """Another process holding the office database open, as the running kiosk does."""
    code = ("import sys\nfrom kiosk.store.database import open_database\n"
            f"db = open_database({str(db_path)!r})\nprint('ready', flush=True)\nsys.stdin.read()")
    proc = subprocess.Popen([sys.executable, "-c", code], env={**os.environ, "PYTHONPATH": str(REPO)},
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    return proc


def test_backup_while_the_kiosk_writes_and_restore(capsys, data_dir, tmp_path):
    office = open_office(data_dir)
    kiosk = _kiosk_process(data_dir / "office.sqlite3")
    backup = tmp_path / "backup.sqlite3"
    try:
        with transaction(office._db):  # a write in progress while the backup runs
            rc, info = run_json(capsys, "backup", "--data-dir", data_dir, backup)
        assert rc == 0 and info["outbox_events"] == 25 and info["integrity"] == "ok"
        issue(office, 5)  # after the backup
        rc, _, err = run(capsys, "restore", "--data-dir", data_dir, backup)
        assert rc == 1 and "in use" in err and str(kiosk.pid) in err
    finally:
        office.close()
        kiosk.communicate("", timeout=30)
    rc, info = run_json(capsys, "restore", "--data-dir", data_dir, backup)
    assert rc == 0 and info["integrity"] == "ok" and Path(info["previous_kept_as"]).exists()
    assert info["outbox_seq_continues_after"] == 30
    office = open_office(data_dir)
    try:
        assert office.outbox.stats().pending == 25
        issue(office, 1)
        assert max(e.seq for e in office.outbox.list(limit=1000)) > 30  # no seq is handed out twice
    finally:
        office.close()
    kept = sqlite3.connect(info["previous_kept_as"])
    assert kept.execute("SELECT count(*) FROM outbox").fetchone()[0] == 30
    kept.close()
    not_db = tmp_path / "notes.txt"
    not_db.write_text("hello")
    rc, _, err = run(capsys, "restore", "--data-dir", data_dir, not_db)
    assert rc == 1
