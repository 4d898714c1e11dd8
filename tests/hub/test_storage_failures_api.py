"""The hub over a full disk or a damaged database: 507 / 503 with the reason, never an unnamed 500."""
from __future__ import annotations

import pytest
import requests
from hub_helpers import Recorder, wait_until

from kiosk.domain.tickets import Priority
from kiosk.office import DatabaseDamaged, DiskFull, Office, OfficeInfo
from tests.storage_faults import (
    counts,
    damage_pages,
    fill_disk,
    free_disk,
    office_with_tickets,
)

A = "EC-N12"


def _issue(hub, device, request_id: str) -> requests.Response:
    return requests.post(f"{hub.url}/lan/v1/tickets", json={"service_code": A, "request_id": request_id},
                         headers={"Authorization": f"Bearer {device._headers['Authorization'].split()[1]}"},
                         timeout=10)


def test_a_full_disk_is_507_disk_full_and_nothing_is_half_written(hub, make_device, office, tmp_path):
    kiosk = make_device("Borne", kind="kiosk")
    kiosk.issue_ticket(A)
    fill_disk(office)
    answer = None
    for attempt in range(500):  # the pages in hand hold a few more tickets: fill them
        answer = _issue(hub, kiosk, f"req-{attempt}")
        if answer.status_code != 200:
            break
    assert answer.status_code == 507
    error = answer.json()["error"]
    assert error["code"] == "disk_full" and "full" in error["message"] and "free some space" in error["message"]
    tickets, events = counts(tmp_path / "office.sqlite3")
    assert tickets == events  # the refused ticket left neither a row nor an event

    with pytest.raises(DiskFull):  # the LAN client raises what a local office raises
        kiosk.issue_ticket(A, Priority.NONE, "ar")
    free_disk(office)
    assert kiosk.issue_ticket(A).ticket.number == tickets + 1  # space is back: the kiosk works again


@pytest.fixture
def damaged_office(tmp_path, clock, catalogue):
    path = tmp_path / "damaged" / "office.sqlite3"
    path.parent.mkdir()
    info = OfficeInfo("APC Test", "TST", "Africa/Algiers")
    office_with_tickets(path, info=info, clock=clock, catalogue=catalogue).close()
    damage_pages(path)
    office = Office.open_path(path, info, clock, catalogue)
    yield office
    office.close()


def test_a_damaged_database_is_503_and_the_hub_health_says_so(damaged_office):
    from kiosk.hub.running import HubServer

    with HubServer(damaged_office, "127.0.0.1", 0, heartbeat_s=1.0) as hub:
        assert requests.get(f"{hub.url}/lan/v1/health", timeout=5).json()["problem"] is None
        damaged_office.check_integrity()  # what the hub does at start
        health = requests.get(f"{hub.url}/lan/v1/health", timeout=5).json()
        assert health["ok"] is False and health["problem"]["code"] == "database_damaged"


def test_desks_hear_the_hub_database_is_damaged(hub, make_device, office, tmp_path):
    desk = make_device("Guichet 1")
    heard = Recorder()
    desk.subscribe(heard)
    wait_until(lambda: desk.online)
    for _ in range(300):
        office.issue_ticket(A)
    office._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage_pages(tmp_path / "office.sqlite3")  # garbage over the file under the running hub
    assert office.check_integrity() != "ok"  # the hub's check finds it: every desk is told at once
    wait_until(lambda: "office.problem" in heard.kinds())
    problem = next(e for e in heard.events if e.kind == "office.problem")
    assert problem.data["code"] == "database_damaged"


def test_an_action_on_a_damaged_hub_database_is_refused_with_503(damaged_office, tmp_path):
    from hub_helpers import FAST

    from kiosk.hub.connect import pair
    from kiosk.hub.pairing import Pairing
    from kiosk.hub.running import HubServer

    # Pairing codes live in their own small store here, so the desk can pair with the damaged hub.
    pairing = Pairing.open(tmp_path / "pairing.sqlite3", damaged_office.clock)
    try:
        with HubServer(damaged_office, "127.0.0.1", 0, pairing=pairing, heartbeat_s=1.0) as hub:
            code = pairing.new_pairing_code()
            desk = pair(hub.url, code.code, "Guichet 1", "desk", tmp_path / "desk", **FAST)
            try:
                with pytest.raises(DatabaseDamaged, match="damaged"):
                    desk.waiting_counts()
            finally:
                desk.close()
    finally:
        pairing.close()
