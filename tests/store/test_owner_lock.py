"""The owner lock: who has the office database open, and a restore that waits for no one."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.store import owner_lock
from kiosk.store.database import DatabaseInUse, open_database

REPO = Path(__file__).resolve().parents[2]


def holder_process(db: Path, name: str) -> subprocess.Popen:
    """Another process with the database open, as the kiosk has it."""
    code = ("import sys\nfrom kiosk.store.owner_lock import name_this_process\n"
            "from kiosk.store.database import open_database\n"
            f"name_this_process({name!r})\ndb = open_database({str(db)!r})\nprint('ready', flush=True)\n"
            "sys.stdin.read()")
    proc = subprocess.Popen([sys.executable, "-c", code], env={**os.environ, "PYTHONPATH": str(REPO)},
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    return proc


def test_a_restore_names_every_process_that_has_the_database_open(tmp_path):
    db = tmp_path / "office.sqlite3"
    kiosk = holder_process(db, "maktab kiosk")
    desk = holder_process(db, "maktab desk")
    try:
        with pytest.raises(owner_lock.DatabaseInUse) as refused:
            owner_lock.acquire_exclusive(db)
        assert f"maktab kiosk (pid {kiosk.pid})" in str(refused.value)
        assert f"maktab desk (pid {desk.pid})" in str(refused.value)
        assert {h.pid for h in refused.value.holders} == {kiosk.pid, desk.pid}
    finally:
        kiosk.communicate("", timeout=30)
        desk.communicate("", timeout=30)
    owner_lock.acquire_exclusive(db).release()  # both ended: nobody is in the way


def test_a_killed_kiosk_does_not_block_a_restore(tmp_path):
    db = tmp_path / "office.sqlite3"
    kiosk = holder_process(db, "maktab kiosk")
    kiosk.send_signal(signal.SIGKILL)
    kiosk.wait(timeout=30)
    kiosk.stdin.close()
    kiosk.stdout.close()
    with owner_lock.acquire_exclusive(db) as lock:
        assert lock.held
    assert not lock.held


def test_nothing_opens_the_database_while_a_restore_replaces_it(tmp_path):
    db = tmp_path / "office.sqlite3"
    open_database(db).close()  # closing gives the lock back at once
    with owner_lock.acquire_exclusive(db):
        with pytest.raises(DatabaseInUse) as refused:
            open_database(db)
        assert "is being replaced by a restore" in str(refused.value)
        assert f"(pid {os.getpid()})" in str(refused.value)
    open_database(db).close()


def test_the_lock_file_forgets_processes_that_ended(tmp_path):
    db = tmp_path / "office.sqlite3"
    for _ in range(5):
        open_database(db).close()
    first = open_database(db)
    second = open_database(db)  # the hub opens it twice: office and pairing
    try:
        lines = owner_lock.lock_path(db).read_text().splitlines()
        assert len(lines) == 2 and all(line.startswith(f"{os.getpid()}\t") for line in lines)
    finally:
        first.close()
        second.close()
