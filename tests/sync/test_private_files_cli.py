"""Files holding citizens' names and phone numbers are readable by their owner only.

After a simulated day, a printed receipt, an enrolment, a backup and an export, each
run as its own process with the common umask 022, the data folder is 0700 and every
file 0600; `maktab-sync doctor` names a file left looser and the chmod that fixes it.
"""
from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def run(*argv, module: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("MAKTAB_CONFIG", "MAKTAB_DATA_DIR")}
    env.update(PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", module, *map(str, argv)], env=env, capture_output=True,
                          text=True, check=False, timeout=300, umask=0o022)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("server_db_url", ["sqlite"], indirect=True)
def test_a_day_a_backup_and_an_export_leave_only_private_files(server, tmp_path):
    data_dir = tmp_path / "office"
    done = run("simulate", "--tickets", "40", "--concerns", "10", "--seed", "7", "--data-dir", data_dir,
               module="kiosk.cli")
    assert done.returncode == 0, done.stderr
    assert run("print-test", "--data-dir", data_dir, module="kiosk.cli").returncode == 0  # png:<data>/receipts
    paper = tmp_path / "printer-spool.bin"
    done = run("print-test", "--data-dir", data_dir, "--printer", f"file:{paper}", module="kiosk.cli")
    assert done.returncode == 0, done.stderr

    server.store.add_office("DEMO", "APC Test")
    code, _ = server.store.new_enroll_code("DEMO")
    done = run("enroll", "--data-dir", data_dir, "--server", server.base_url, "--code", code, module="kiosk.sync_cli")
    assert done.returncode == 0, done.stderr
    backups, usb = tmp_path / "backups", tmp_path / "usb"
    backups.mkdir()
    usb.mkdir()
    done = run("backup", "--data-dir", data_dir, backups, "--json", module="kiosk.sync_cli")
    assert done.returncode == 0, done.stderr
    backup = Path(json.loads(done.stdout)["file"])
    done = run("export", "--data-dir", data_dir, usb, "--json", module="kiosk.sync_cli")
    assert done.returncode == 0, done.stderr
    export = Path(json.loads(done.stdout)["file"])

    assert mode(backup) == 0o600 and mode(export) == 0o600 and mode(paper) == 0o600
    receipts = list((data_dir / "receipts").glob("*.png"))
    assert receipts and (data_dir / "sync.json").exists() and (data_dir / "office.sqlite3").exists()
    found = {p.relative_to(tmp_path): mode(p) for p in [data_dir, *data_dir.rglob("*")]}
    assert found == {p: (0o700 if (tmp_path / p).is_dir() else 0o600) for p in found}

    done = run("doctor", "--data-dir", data_dir, "--json", module="kiosk.sync_cli")
    files = next(c for c in json.loads(done.stdout)["checks"] if c["check"] == "files")
    assert files["ok"] is True, files

    (data_dir / "office.sqlite3").chmod(0o644)
    done = run("doctor", "--data-dir", data_dir, module="kiosk.sync_cli")
    [line] = [line for line in done.stdout.splitlines() if " files " in line]
    assert f"{data_dir / 'office.sqlite3'} is 0644 (run: chmod 600 {data_dir / 'office.sqlite3'})" in line
