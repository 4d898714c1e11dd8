"""`maktab-sync backup` and `restore` beside a real running hub: a restore never loses tickets.

The hub is `maktab hub` in its own process on a free loopback port with a temporary data
folder; a kiosk pairs with it and takes tickets over the LAN API; `maktab-sync` runs as
its own process too, as a technician would run it.
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from tests.sync.conftest import free_port

REPO = Path(__file__).resolve().parents[2]
LAN = "/lan/v1"


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("MAKTAB_CONFIG", "MAKTAB_DATA_DIR")}
    return {**env, "PYTHONPATH": str(REPO)}


def maktab_sync(*argv) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk.sync_cli", *map(str, argv)], env=_env(), capture_output=True,
                          text=True, check=False, timeout=120)


class Hub:
    """`maktab hub` running on 127.0.0.1, and a kiosk paired with it."""

    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}{LAN}"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kiosk.cli", "hub", "--data-dir", str(data_dir), "--host", "127.0.0.1",
             "--port", str(self.port), "--no-code"],
            env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, umask=0o022)
        deadline = time.monotonic() + 60
        while True:  # wait for the condition "answers /health", not for a fixed time
            if self.proc.poll() is not None:
                raise AssertionError(f"the hub exited: {self.proc.stderr.read()}")
            try:
                if requests.get(f"{self.url}/health", timeout=2).ok:
                    break
            except requests.ConnectionError:
                pass
            assert time.monotonic() < deadline, "the hub did not answer within 60 s"
            time.sleep(0.05)

    def pair_kiosk(self) -> str:
        done = subprocess.run([sys.executable, "-m", "kiosk.cli", "hub", "pair", "--json", "--data-dir",
                               str(self.data_dir)], env=_env(), capture_output=True, text=True, check=False,
                              timeout=60)
        assert done.returncode == 0, done.stderr
        code = json.loads(done.stdout)["code"]
        answer = requests.post(f"{self.url}/pair", json={"code": code, "name": "kiosk hall", "kind": "kiosk"},
                               timeout=10)
        assert answer.status_code == 200, answer.text
        return answer.json()["token"]

    def issue(self, token: str, service: str = "EC-N12") -> int:
        answer = requests.post(f"{self.url}/tickets", json={"service_code": service},
                               headers={"Authorization": f"Bearer {token}"}, timeout=10)
        assert answer.status_code == 200, answer.text
        return answer.json()["ticket"]["number"]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait(timeout=60)
        self.proc.stderr.close()


@pytest.fixture
def hubs():
    started: list[Hub] = []

    def start(data_dir: Path) -> Hub:
        started.append(Hub(data_dir))
        return started[-1]

    yield start
    for hub in started:
        hub.stop()


def ticket_numbers(db: Path, service: str = "EC-N12") -> list[int]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return [n for (n,) in conn.execute("SELECT number FROM tickets WHERE service_code = ? ORDER BY number",
                                           (service,))]
    finally:
        conn.close()


def test_restore_refuses_while_the_hub_runs_and_never_reissues_a_number(hubs, tmp_path):
    data_dir = tmp_path / "office"
    db = data_dir / "office.sqlite3"
    hub = hubs(data_dir)
    token = hub.pair_kiosk()
    assert [hub.issue(token) for _ in range(3)] == [1, 2, 3]
    for name in ("office.sqlite3", "office.sqlite3-wal", "office.sqlite3-shm", "office.sqlite3.lock"):
        assert stat.S_IMODE((data_dir / name).stat().st_mode) == 0o600, name  # umask 022 notwithstanding
    backups = tmp_path / "backups"
    backups.mkdir()
    done = maktab_sync("backup", "--data-dir", data_dir, backups, "--json")
    assert done.returncode == 0, done.stderr
    backup = Path(json.loads(done.stdout)["file"])
    assert backup.parent == backups and backup.name.startswith("office-") and backup.suffix == ".sqlite3"
    assert [hub.issue(token) for _ in range(2)] == [4, 5]  # citizens keep coming after the backup

    refused = maktab_sync("restore", "--data-dir", data_dir, backup)
    assert refused.returncode == 1
    assert f"maktab hub (pid {hub.proc.pid})" in refused.stderr
    assert f"`kill {hub.proc.pid}`" in refused.stderr and "Nothing was changed" in refused.stderr
    assert "Traceback" not in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert ticket_numbers(db) == [1, 2, 3, 4, 5]  # nothing replaced under the running hub
    assert not list(data_dir.glob("*.before-restore-*"))
    assert hub.issue(token) == 6  # and it still works

    forced = maktab_sync("restore", "--force", "--data-dir", data_dir, backup)  # old scripts: still refused
    assert forced.returncode == 1 and f"pid {hub.proc.pid}" in forced.stderr

    hub.stop()
    done = maktab_sync("restore", "--data-dir", data_dir, backup, "--json")
    assert done.returncode == 0, done.stderr
    info = json.loads(done.stdout)
    kept = Path(info["previous_kept_as"])
    assert kept.parent == data_dir and ticket_numbers(kept) == [1, 2, 3, 4, 5, 6]
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600 == stat.S_IMODE(db.stat().st_mode)
    assert ticket_numbers(db) == [1, 2, 3]  # the backup's tickets are back

    hub = hubs(data_dir)  # the paired kiosk was in the backup: its token still works
    assert hub.issue(token) == 7  # above the highest number handed out before the restore
    assert hub.issue(token, "AD-RES") == 1  # a service that had issued nothing keeps its own count


def test_restore_says_where_the_previous_database_went(tmp_path):
    data_dir = tmp_path / "office"
    from kiosk.office import Office

    office = Office.open_path(data_dir / "office.sqlite3")
    office.issue_ticket("EC-N12")
    office.close()
    assert maktab_sync("backup", "--data-dir", data_dir, tmp_path / "copy.sqlite3").returncode == 0
    done = maktab_sync("restore", "--data-dir", data_dir, tmp_path / "copy.sqlite3")
    assert done.returncode == 0, done.stderr
    [kept] = data_dir.glob("office.sqlite3.before-restore-*")
    assert f"the previous database was kept as {kept}" in done.stdout


def test_backup_into_a_missing_folder_is_an_error_not_a_file(tmp_path):
    data_dir = tmp_path / "office"
    from kiosk.office import Office

    Office.open_path(data_dir / "office.sqlite3").close()
    missing = tmp_path / "backups"  # its parent exists: this used to become a file called "backups"
    done = maktab_sync("backup", "--data-dir", data_dir, missing)
    assert done.returncode == 1
    assert done.stderr.strip() == (f"maktab-sync: no folder {missing}: create it first (mkdir -p {missing}), "
                                   "or give a file name ending in .sqlite3")
    assert not missing.exists()
    deeper = tmp_path / "usb" / "backups" / "office.sqlite3"
    done = maktab_sync("backup", "--data-dir", data_dir, deeper)
    assert done.returncode == 1 and f"no folder {deeper.parent}" in done.stderr
    assert not (tmp_path / "usb").exists()
    missing.mkdir()
    done = maktab_sync("backup", "--data-dir", data_dir, missing)
    assert done.returncode == 0, done.stderr
    [written] = missing.iterdir()
    assert written.name.startswith("office-") and written.suffix == ".sqlite3"
