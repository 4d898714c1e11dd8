"""Tickets issued by several kiosks at once over the real LAN API (the hub's group commit,
kiosk/office/group_commit.py): unique gap-free numbers, and after a SIGKILL in the middle
of a burst every answered ticket is on disk and a retry never doubles one."""
from __future__ import annotations

import signal
import sqlite3
import threading
import time
import uuid
from collections import defaultdict
from pathlib import Path

import pytest
import requests
from hub_helpers import HubProcess, wait_until

from kiosk.hub.pairing import VERIFIED_FOR, Pairing
from kiosk.hub.running import HubServer
from kiosk.office import OfficeError


def assert_unique_and_gap_free(rows: list[tuple[str, str, int]]) -> None:
    """(id, service, number) rows: each service's numbers are 1..n, each id once."""
    assert len({row[0] for row in rows}) == len(rows)
    numbers: dict[str, list[int]] = defaultdict(list)
    for _, service, number in rows:
        numbers[service].append(number)
    for service, issued in numbers.items():
        assert sorted(issued) == list(range(1, len(issued) + 1)), service


def test_kiosks_issuing_at_once_get_unique_gap_free_numbers(hub, make_device, office):
    kiosks = [make_device(f"Borne {i}", "kiosk") for i in range(4)]
    services = [s.code for s in office.services()][:2]
    answers: list[list] = [[] for _ in kiosks]
    start = threading.Barrier(len(kiosks))

    def issue(i: int) -> None:
        start.wait()
        for n in range(25):
            answers[i].append(kiosks[i].issue_ticket(services[(i + n) % 2], language="fr"))

    threads = [threading.Thread(target=issue, args=(i,)) for i in range(len(kiosks))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    issued = [(a.ticket.id, a.ticket.service_code, a.ticket.number) for each in answers for a in each]
    assert len(issued) == 100
    assert_unique_and_gap_free(issued)
    stored = office._db.execute("SELECT id, service_code, number FROM tickets").fetchall()
    assert sorted(stored) == sorted(issued)


def test_a_device_revoked_by_another_process_is_refused_once_its_token_is_checked_again(hub, make_device, office,
                                                                                        clock):
    kiosk = make_device("Borne 1", "kiosk")
    kiosk.issue_ticket("EC-N12")  # its token is now trusted from memory
    (device,) = hub.pairing.devices()
    other = Pairing.open(office.database_file)  # as `python -m kiosk.hub revoke`: its own connection
    try:
        assert other.revoke(device.id)
    finally:
        other.close()
    clock.advance(seconds=VERIFIED_FOR.total_seconds())
    with pytest.raises(OfficeError) as refused:
        kiosk.issue_ticket("EC-N12")
    assert refused.value.code == "bad_device_token"
    (count,) = office._db.execute("SELECT count(*) FROM tickets").fetchone()
    assert count == 1


def test_stopping_the_hub_answers_the_tickets_queued_for_its_writer(office, staff):
    """Tickets waiting for the office's writer when the hub is told to stop are committed and
    answered (the server waits for them), and the hub stops: no request is left hanging."""
    hub = HubServer(office, "127.0.0.1", 0, heartbeat_s=1.0).start()
    tokens = [hub.pairing.pair(hub.pairing.new_pairing_code().code, f"Borne {i}", "kiosk")[1] for i in range(3)]
    answers: dict[str, requests.Response] = {}

    def kiosk(token: str) -> None:
        body = {"service_code": "EC-N12", "language": "fr", "request_id": str(uuid.uuid4())}
        answers[token] = requests.post(hub.url + "/lan/v1/tickets", json=body, timeout=10,
                                       headers={"Authorization": f"Bearer {token}"})

    threads = [threading.Thread(target=kiosk, args=(token,)) for token in tokens]
    stopping = threading.Thread(target=hub.stop)
    with office.work.lock:  # a commit on its way to the disk: the three queue behind it
        for thread in threads:
            thread.start()
        wait_until(lambda: office._tickets._group.pending() == len(tokens))
        stopping.start()
        time.sleep(0.2)  # the server is shutting down, waiting for its three requests
        assert not answers
    for thread in [*threads, stopping]:
        thread.join(15)
        assert not thread.is_alive()
    assert sorted(answer.status_code for answer in answers.values()) == [200] * 3
    issued = {answer.json()["ticket"]["id"] for answer in answers.values()}
    assert {row[0] for row in office._db.execute("SELECT id FROM tickets")} == issued
    with pytest.raises(requests.ConnectionError):  # and it has stopped
        requests.post(hub.url + "/lan/v1/tickets", json={"service_code": "EC-N12"}, timeout=5)


def kiosk_tokens(database: Path, count: int) -> list[str]:
    pairing = Pairing.open(database)
    try:
        return [pairing.pair(pairing.new_pairing_code().code, f"Borne {i}", "kiosk")[1] for i in range(count)]
    finally:
        pairing.close()


def stored_tickets(database: Path) -> list[tuple[str, str, int]]:
    conn = sqlite3.connect(database)
    try:
        return conn.execute("SELECT id, service_code, number FROM tickets").fetchall()
    finally:
        conn.close()


@pytest.fixture
def hub_process(tmp_path):
    hub = HubProcess(tmp_path)
    yield hub
    hub.stop()


def test_a_hub_killed_during_a_burst_keeps_every_answered_ticket_and_doubles_none(hub_process, tmp_path):
    database = tmp_path / "office.sqlite3"
    tokens = kiosk_tokens(database, 3)
    hub_process.start()
    answered: dict[str, str] = {}  # request id → ticket id
    unanswered: list[tuple[str, str, dict]] = []  # (token, request id, body) cut off by the kill
    refused: list[str] = []
    lock = threading.Lock()

    def kiosk(token: str, services: tuple[str, ...]) -> None:
        session = requests.Session()
        headers = {"Authorization": f"Bearer {token}"}
        n = 0
        while True:
            body = {"service_code": services[n % len(services)], "language": "fr", "request_id": str(uuid.uuid4())}
            n += 1
            try:
                answer = session.post(hub_process.url + "/tickets", json=body, headers=headers, timeout=10)
            except requests.ConnectionError:
                with lock:
                    unanswered.append((token, body["request_id"], body))
                return
            with lock:
                if answer.status_code != 200:
                    refused.append(answer.text)
                    return
                answered[body["request_id"]] = answer.json()["ticket"]["id"]

    threads = [threading.Thread(target=kiosk, args=(token, ("EC-N12", "EC-12S"))) for token in tokens]
    for thread in threads:
        thread.start()
    wait_until(lambda: len(answered) >= 150 or refused, timeout=60)
    assert not refused
    hub_process.process.send_signal(signal.SIGKILL)  # a power cut, in the middle of the burst
    for thread in threads:
        thread.join(30)
    assert hub_process.process.wait(15) == -signal.SIGKILL
    assert len(unanswered) == len(tokens)

    after_crash = stored_tickets(database)
    assert set(answered.values()) <= {row[0] for row in after_crash}  # every answered ticket is on disk
    assert_unique_and_gap_free(after_crash)
    assert len(after_crash) <= len(answered) + len(unanswered)  # at most the requests in flight besides

    # Each kiosk sends its unanswered request again, with the same id, to the restarted hub.
    hub_process.start()
    for token, request_id, body in unanswered:
        answer = requests.post(hub_process.url + "/tickets", json=body,
                               headers={"Authorization": f"Bearer {token}"}, timeout=10)
        assert answer.status_code == 200, answer.text
        answered[request_id] = answer.json()["ticket"]["id"]
    final = stored_tickets(database)
    assert len(final) == len(answered)  # one ticket per request: none lost, none doubled
    assert {row[0] for row in final} == set(answered.values())
    assert_unique_and_gap_free(final)
