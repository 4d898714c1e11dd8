"""Training mode against a running central server (issue 14, item 6): a practice morning on
a training hub sends the server nothing, while the same steps on the real office do.

Real processes throughout: `maktab-server serve`, `maktab hub` (training, then real),
`maktab simulate`, `maktab-sync`; a desk over the LAN (`RemoteOffice`) does what a new
clerk practises: call, transfer, serve, answer a concern. The office is enrolled, and its
enrolment is even copied into the training folder (the worst case: a technician's
mistake), so only the training guards stand between the practice and the server.
"""
from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import requests
from hub_helpers import FAST, wait_until
from test_enrolment_live import (
    ARRIVAL_TIMEOUT_S,
    ENV,
    REPO,
    _free_port,
    _run,
    _start,
    _wait_answering,
    central,
)

from kiosk.hub.connect import pair
from kiosk.training_scenario import PRACTICE_ACCOUNTS
from sync.state import SyncState
from tests.web.live_server import stop_process

__all__ = ["central"]  # the fixture, shared with the enrolment test

CLERK, _, PIN = PRACTICE_ACCOUNTS[0]


def _outbox(database: Path) -> list[tuple[str, str]]:
    """(event id, state) of every event the office ever queued."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT event_id, state FROM outbox ORDER BY seq").fetchall()


def _hub(data: Path, log: Path, *training: str):
    port = _free_port()
    proc = _start(["kiosk.cli", "--data-dir", str(data), *training, "hub", "--host", "127.0.0.1",
                   "--port", str(port), "--no-code"], log)
    url = f"http://127.0.0.1:{port}"
    _wait_answering(url + "/lan/v1/health", proc, log)
    return proc, url


def _practise(hub_url: str, data: Path, desk_dir: Path, *training: str) -> None:
    """A clerk's morning at a desk over the LAN: call, transfer, call again, serve, answer a concern."""
    made = _run("kiosk.cli", "--data-dir", str(data), *training, "hub", "pair", "--json")
    assert made.returncode == 0, made.stderr
    desk = pair(hub_url, json.loads(made.stdout)["code"], "Guichet 9", "desk", desk_dir,
                training=bool(training), **FAST)
    try:
        session = desk.login(CLERK, PIN)
        services = [service.code for service in desk.services()]
        desk.open_counter(session.token, "9", services)
        first = desk.call_next(session.token, "9")
        assert first is not None, "the line was empty"
        other = next(code for code in services if code != first.queue_service)
        desk.transfer(session.token, first.id, other)
        second = desk.call_next(session.token, "9")
        assert second is not None
        desk.start_service(session.token, second.id)
        desk.finish(session.token, second.id)
        concern = next(c for c in desk.list_concerns() if c.status == "received")
        desk.add_concern_note(concern.code, "Une équipe passe cette semaine.", True, session)
        desk.change_concern_status(concern.code, "answered", staff=session)
        desk.close_counter(session.token, "9")
    finally:
        desk.close()


def test_a_training_morning_reaches_nothing_while_the_same_morning_for_real_does(central, tmp_path):
    base, store = central
    data = tmp_path / "office"
    code, _ = store.new_enroll_code("DEMO")
    enrolled = _run("kiosk.sync_cli", "--data-dir", str(data), "enroll", "--server", base, "--code", code, "--json")
    assert enrolled.returncode == 0, enrolled.stderr
    device_id = json.loads(enrolled.stdout)["device_id"]

    # The practice morning, in the training folder, with the real enrolment copied beside it.
    morning = _run("kiosk.cli", "--data-dir", str(data), "simulate", "--training", "--seed", "5")
    assert morning.returncode == 0, morning.stderr
    assert f"{CLERK}" in morning.stdout and f"PIN {PIN}" in morning.stdout
    training_dir = data / "training"
    shutil.copy(SyncState.file_for(data), SyncState.file_for(training_dir))
    proc, url = _hub(data, tmp_path / "training-hub.log", "--training")
    try:
        assert requests.get(url + "/lan/v1/health", timeout=10).json()["training"] is True
        _practise(url, data, tmp_path / "training-desk", "--training")
    finally:
        stop_process(proc, grace_s=15)
    pushed = _run("kiosk.sync_cli", "--data-dir", str(training_dir), "push")
    assert pushed.returncode == 2 and "training database" in pushed.stderr, pushed.stderr
    assert _outbox(training_dir / "office.sqlite3") == []  # nothing was ever queued to send

    # The same morning on the real office: its events reach the server, and only they do.
    assert _run("kiosk.cli", "--data-dir", str(data), "simulate", "--tickets", "40", "--concerns", "4",
                "--no-clerks", "--seed", "5").returncode == 0
    added = _run_with_pin(data, CLERK, PIN)
    assert added.returncode == 0, added.stderr
    proc, url = _hub(data, tmp_path / "real-hub.log")
    try:
        assert requests.get(url + "/lan/v1/health", timeout=10).json()["training"] is False
        _practise(url, data, tmp_path / "real-desk")
        real = data / "office.sqlite3"
        wait_until(lambda: all(state == "acked" for _, state in _outbox(real)), timeout=ARRIVAL_TIMEOUT_S,
                   interval=0.2)
    finally:
        stop_process(proc, grace_s=15)
    queued = _outbox(real)
    assert len(queued) > 12  # the tickets, the desk's nine steps, the concerns and the answer
    assert store.count_events(device_id) == len(queued) == store.count_events()


def _run_with_pin(data: Path, name: str, pin: str) -> subprocess.CompletedProcess:
    """`maktab staff add NAME --pin-stdin`, the PIN typed on its standard input."""
    return subprocess.run([sys.executable, "-m", "kiosk.cli", "--data-dir", str(data), "staff", "add", name,
                           "--pin-stdin"], input=f"{pin}\n", capture_output=True, text=True, timeout=120, env=ENV,
                          cwd=str(REPO), check=False)
