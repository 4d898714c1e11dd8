"""`maktab-sync doctor` on a damaged or unreadable database, and the CLIs on a full disk
(real files, real subprocesses, a real small filesystem when one can be mounted)."""
from __future__ import annotations

import os
import shlex
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.storage_faults import (
    counts,
    damage_header,
    damage_pages,
    office_with_tickets,
    small_filesystem,
)

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, cwd=ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, timeout=180, env=env, cwd=cwd,
                          check=False)


def doctor(data_dir: Path, *extra: str) -> subprocess.CompletedProcess:
    return run("kiosk.sync_cli", "--data-dir", str(data_dir), "doctor", *extra)


def database_line(output: str) -> str:
    return next(line for line in output.splitlines() if "] database" in line)


def test_doctor_fails_on_damaged_pages_and_gives_the_restore_command_that_mends_it(tmp_path):
    data = tmp_path / "data"
    db = data / "office.sqlite3"
    office = office_with_tickets(db, tickets=300)
    office.close()
    backups = data / "backups"
    backups.mkdir()
    older = run("kiosk.sync_cli", "--data-dir", str(data), "backup", str(backups / "office-20260905-180000.sqlite3"))
    assert older.returncode == 0, older.stderr
    newest = run("kiosk.sync_cli", "--data-dir", str(data), "backup", str(backups / "office-20260906-120000.sqlite3"))
    assert newest.returncode == 0, newest.stderr
    os.utime(backups / "office-20260905-180000.sqlite3", (1, 1))  # clearly the older one
    damage_pages(db)

    result = doctor(data)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    line = database_line(result.stdout)
    assert line.startswith("[FAIL]") and "is damaged (integrity check:" in line
    command = line.split("restore the newest backup: ", 1)[1]
    assert command == (f"maktab-sync --data-dir {shlex.quote(str(data))} restore "
                       f"{shlex.quote(str(backups / 'office-20260906-120000.sqlite3'))}")

    # The technician types exactly that (with the kiosk stopped): the office is whole again.
    restored = run("kiosk.sync_cli", *shlex.split(command)[1:])
    assert restored.returncode == 0, restored.stderr
    after = doctor(data)
    assert database_line(after.stdout).startswith("[ok  ]"), after.stdout
    assert counts(db) == (300, 300)


def test_doctor_on_a_file_that_is_not_a_database_says_how_to_find_a_backup(tmp_path):
    db = tmp_path / "office.sqlite3"
    office_with_tickets(db, tickets=3).close()
    damage_header(db)
    result = doctor(tmp_path, "--json")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    import json

    check = next(c for c in json.loads(result.stdout)["checks"] if c["check"] == "database")
    assert check["ok"] is False and check["integrity"] == "file is not a database"
    assert check["restore_from"] is None
    assert "no backup found" in check["detail"] and "restore FILE" in check["detail"]


def test_doctor_on_an_unreadable_database_fails_with_the_reason(tmp_path):
    # chmod 000 does not stop root (these tests may run as root): a folder in place of the
    # file is unreadable for everyone.
    (tmp_path / "office.sqlite3").mkdir()
    result = doctor(tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    line = database_line(result.stdout)
    assert line.startswith("[FAIL]") and "not a file" in line


def test_maktab_on_a_full_filesystem_says_one_line_and_leaves_nothing_half_written(tmp_path):
    with small_filesystem(tmp_path / "small", "700k") as data:
        result = run("kiosk.cli", "--data-dir", str(data), "simulate", "--tickets", "3000", "--seed", "1")
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("maktab: ") and "full" in lines[0], result.stderr
        tickets, events = counts(data / "office.sqlite3")
        assert tickets == events  # every stored ticket has its outbox event


def test_maktab_sync_backup_onto_a_full_filesystem_says_one_line(tmp_path):
    db = tmp_path / "office.sqlite3"
    office_with_tickets(db, tickets=2000).close()
    with small_filesystem(tmp_path / "usb", "200k") as usb:
        result = run("kiosk.sync_cli", "--data-dir", str(tmp_path), "backup", str(usb / "office-backup.sqlite3"))
        assert result.returncode == 1
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and "full" in lines[0] and "free some space" in lines[0], result.stderr
        assert list(usb.iterdir()) == []  # not even a half-written .part file
    assert sqlite3.connect(db).execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_other_commands_on_a_damaged_database_say_one_line_and_point_to_doctor(tmp_path):
    db = tmp_path / "office.sqlite3"
    office_with_tickets(db, tickets=300).close()
    damage_pages(db)
    result = run("kiosk.sync_cli", "--data-dir", str(tmp_path), "status")
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "is damaged" in lines[0] and "maktab-sync doctor" in lines[0], result.stderr
