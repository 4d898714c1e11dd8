"""No phantom ticket or concern after a hub crash: a real hub process is killed (SIGKILL)
after it committed a ticket and before it answered; the kiosk's retry with the same
request id, to the restarted hub, gets that ticket, and the database holds one."""
from __future__ import annotations

import signal
import sqlite3
from pathlib import Path

import pytest
import requests
from hub_helpers import HubProcess

from kiosk.hub.pairing import Pairing
from kiosk.hub.server import FAULT_ENV


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
