"""Enrolment takes effect at once: a real `maktab hub` process, a real `maktab-server`
process, and `maktab-sync enroll` run while the hub serves (no restart anywhere)."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from hub_helpers import wait_until

from sync import protocol as P
from tests.web.live_server import stop_process

REPO = Path(__file__).resolve().parents[2]
ENV = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
# Far below the loop's idle interval (300 s): an event that waited for the idle check
# would miss this, one that woke the loop does not.
ARRIVAL_TIMEOUT_S = 60.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *args], check=False, capture_output=True, text=True, timeout=120,
                          env=ENV, cwd=str(REPO))


def _start(args: list[str], log: Path) -> subprocess.Popen:
    out = log.open("w")
    return subprocess.Popen([sys.executable, "-m", *args], stdout=out, stderr=subprocess.STDOUT, env=ENV,
                            cwd=str(REPO))


def _wait_answering(url: str, proc: subprocess.Popen, log: Path) -> None:
    def up():
        assert proc.poll() is None, log.read_text()
        try:
            return requests.get(url, timeout=2).ok
        except requests.ConnectionError:
            return False

    wait_until(up, timeout=60, interval=0.1)


@pytest.fixture
def central(tmp_path):
    """`maktab-server serve` in its own process, with office DEMO; yields (url, store)."""
    from sync.server.store import ServerStore

    db_url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    store = ServerStore(db_url)
    store.add_office("DEMO", "APC démo")
    port = _free_port()
    log = tmp_path / "server.log"
    proc = _start(["sync.server.cli", "--db", db_url, "serve", "--host", "127.0.0.1", "--port", str(port),
                   "--log-level", "warning"], log)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_answering(base + P.HEALTH_PATH, proc, log)
        yield base, store
    finally:
        stop_process(proc, grace_s=15)
        store.close()


@pytest.fixture
def hub(tmp_path):
    """`maktab hub` in its own process on a fresh office (code DEMO), not enrolled; yields (url, data dir)."""
    data = tmp_path / "office"
    port = _free_port()
    log = tmp_path / "hub.log"
    proc = _start(["kiosk.cli", "--data-dir", str(data), "hub", "--host", "127.0.0.1", "--port", str(port),
                   "--no-code"], log)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_answering(url + "/lan/v1/health", proc, log)
        yield url, data
    finally:
        stop_process(proc, grace_s=15)


def _kiosk_token(hub_url: str, data: Path) -> str:
    made = _run("kiosk.cli", "--data-dir", str(data), "hub", "pair", "--json")
    assert made.returncode == 0, made.stderr
    answer = requests.post(hub_url + "/lan/v1/pair", json={"code": json.loads(made.stdout)["code"],
                                                            "name": "Borne", "kind": "kiosk"}, timeout=10)
    assert answer.status_code == 200, answer.text
    return answer.json()["token"]


def _issue(hub_url: str, token: str) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    service = requests.get(hub_url + "/lan/v1/catalogue", headers=headers, timeout=10).json()["services"][0]["code"]
    answer = requests.post(hub_url + "/lan/v1/tickets", json={"service_code": service}, headers=headers, timeout=10)
    assert answer.status_code == 200, answer.text


def _sync_status(hub_url: str, token: str) -> dict:
    return requests.get(hub_url + "/lan/v1/sync-status", headers={"Authorization": f"Bearer {token}"},
                        timeout=10).json()


def test_enrolling_a_running_hub_syncs_without_a_restart_and_new_events_leave_at_once(central, hub):
    base, store = central
    hub_url, data = hub
    token = _kiosk_token(hub_url, data)
    _issue(hub_url, token)  # while the office is not enrolled: it waits in the outbox
    assert _sync_status(hub_url, token) == {"enrolled": False}

    code, _ = store.new_enroll_code("DEMO")
    enrolled = _run("kiosk.sync_cli", "--data-dir", str(data), "enroll", "--server", base, "--code", code, "--json")
    assert enrolled.returncode == 0, enrolled.stderr
    device_id = json.loads(enrolled.stdout)["device_id"]

    # The running hub notices the enrolment by itself and pushes the waiting ticket.
    wait_until(lambda: store.count_events(device_id) >= 1, timeout=ARRIVAL_TIMEOUT_S, interval=0.1)
    wait_until(lambda: _sync_status(hub_url, token).get("pending") == 0, timeout=ARRIVAL_TIMEOUT_S)
    assert _sync_status(hub_url, token)["enrolled"] is True

    # A ticket issued now leaves at once (not at the next idle check).
    before = store.count_events(device_id)
    _issue(hub_url, token)
    wait_until(lambda: store.count_events(device_id) == before + 1, timeout=ARRIVAL_TIMEOUT_S, interval=0.1)

    # Events committed by another process on the office database wake the hub's loop too.
    before = store.count_events(device_id)
    simulated = _run("kiosk.cli", "--data-dir", str(data), "simulate", "--tickets", "3", "--no-clerks",
                     "--seed", "7")
    assert simulated.returncode == 0, simulated.stderr
    wait_until(lambda: store.count_events(device_id) > before, timeout=ARRIVAL_TIMEOUT_S, interval=0.1)
