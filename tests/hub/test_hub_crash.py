"""No phantom ticket or concern after a hub crash: a real hub process is killed (SIGKILL)
after it committed a ticket and before it answered; the kiosk's retry with the same
request id, to the restarted hub, gets that ticket, and the database holds one."""
from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from hub_helpers import wait_until

from kiosk.hub.pairing import Pairing
from kiosk.hub.server import FAULT_ENV

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class HubProcess:
    """`python -m kiosk.hub serve` on a data folder, as the headless hub runs in an office."""

    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self.port = free_port()
        self.config = data_dir / "maktab.toml"
        self.config.write_text(f'[office]\ncode = "TST"\n[hub]\nhost = "127.0.0.1"\nport = {self.port}\n',
                               encoding="utf-8")
        self.url = f"http://127.0.0.1:{self.port}/lan/v1"
        self.log = data_dir / "hub.log"
        self.process: subprocess.Popen | None = None

    def start(self, **env: str) -> HubProcess:
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "kiosk.hub", "--config", str(self.config), "--data-dir", str(self.data_dir),
                 "serve", "--no-code"],
                cwd=REPO, env={**os.environ, **env}, stdout=log, stderr=log)
        wait_until(self._answers, timeout=30)
        return self

    def _answers(self) -> bool:
        assert self.process is not None and self.process.poll() is None, self.log.read_text(errors="replace")
        try:
            return requests.get(f"{self.url}/health", timeout=1).ok
        except requests.ConnectionError:
            return False

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(15)


@pytest.fixture
def hub_process(tmp_path):
    hub = HubProcess(tmp_path)
    yield hub
    hub.stop()


def kiosk_token(data_dir: Path) -> str:
    """A kiosk paired with the hub of this data folder (its database is created if needed)."""
    pairing = Pairing.open(data_dir / "office.sqlite3")
    try:
        code = pairing.new_pairing_code()
        return pairing.pair(code.code, "Borne entrée", "kiosk")[1]
    finally:
        pairing.close()


def rows(data_dir: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(data_dir / "office.sqlite3")
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("path, body, table, event, key", [
    ("/tickets", {"service_code": "EC-N12", "language": "fr", "request_id": "tap-41"},
     "tickets", "ticket.issued", lambda answer: answer["ticket"]["id"]),
    ("/concerns", {"category": "water", "text": "Pas d'eau depuis trois jours.", "language": "fr",
                   "request_id": "tap-42"},
     "concerns", "concern.registered", lambda answer: answer["concern"]["id"]),
], ids=["ticket", "concern"])
def test_a_retry_after_a_hub_crash_gets_the_same_answer(hub_process, tmp_path, path, body, table, event, key):
    headers = {"Authorization": f"Bearer {kiosk_token(tmp_path)}"}
    hub_process.start(**{FAULT_ENV: "kill-after-commit"})
    with pytest.raises(requests.ConnectionError):  # the kiosk never hears the answer
        requests.post(hub_process.url + path, json=body, headers=headers, timeout=10)
    assert hub_process.process.wait(15) == -signal.SIGKILL
    committed = rows(tmp_path, f"SELECT id FROM {table}")
    assert len(committed) == 1  # the hub died after its commit

    hub_process.start()  # restarted, as systemd would
    answer = requests.post(hub_process.url + path, json=body, headers=headers, timeout=10)
    assert answer.status_code == 200
    assert key(answer.json()) == committed[0][0]
    assert rows(tmp_path, f"SELECT id FROM {table}") == committed
    assert rows(tmp_path, f"SELECT count(*) FROM outbox WHERE type = '{event}'") == [(1,)]
