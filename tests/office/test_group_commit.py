"""Group commit of tickets (kiosk/office/group_commit.py): tickets asked for together are
committed in one transaction, keep unique gap-free numbers, and a refused request in the
group fails alone."""
from __future__ import annotations

import threading
import time

import pytest

from kiosk.domain.service_controls import ServiceControl
from kiosk.office import OfficeError, group_commit


@pytest.fixture
def supervisor(local) -> str:
    local.add_staff("samira", "supervisor", "4829")
    return local.login("samira", "4829").token


def wait_until(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.005)


def ask_together(office, requests: list[tuple[str, str]]) -> tuple[dict[str, object], list[str]]:
    """Issue every (request id, service) at once, queued behind a held office lock so they
    form one group; the answers (ticket or OfficeError) by request id, and the statements
    that ended a transaction meanwhile."""
    answers: dict[str, object] = {}
    ended: list[str] = []

    def ask(request_id: str, service: str) -> None:
        try:
            answers[request_id] = office.issue_ticket(service, request_id=request_id, device_id="kiosk-1")
        except OfficeError as exc:
            answers[request_id] = exc

    threads = [threading.Thread(target=ask, args=request) for request in requests]
    with office.work.lock:  # a commit on its way to the disk: the requests queue behind it
        for thread in threads:
            thread.start()
        wait_until(lambda: office._tickets._group.pending() == len(requests))
        office._db.conn.set_trace_callback(lambda sql: ended.append(sql) if sql in ("COMMIT", "ROLLBACK") else None)
    for thread in threads:
        thread.join(10)
    office._db.conn.set_trace_callback(None)
    return answers, ended


def test_tickets_asked_together_share_one_commit_with_gap_free_numbers(local):
    answers, ended = ask_together(local, [(f"r{i}", "EC-N12") for i in range(6)])
    assert ended == ["COMMIT"]  # six tickets, one transaction
    numbers = sorted(answer.ticket.number for answer in answers.values())
    assert numbers == [1, 2, 3, 4, 5, 6]
    (stored,) = local._db.execute("SELECT count(*) FROM tickets").fetchone()
    assert stored == 6
    assert local.issue_ticket("EC-N12").ticket.number == 7  # and the next one goes on from there


def test_more_requests_than_a_group_holds_are_committed_in_several_groups(local, monkeypatch):
    monkeypatch.setattr(group_commit, "MAX_GROUP", 2)
    answers, ended = ask_together(local, [(f"r{i}", "EC-N12") for i in range(5)])
    assert ended == ["COMMIT"] * 3  # 2 + 2 + 1, every request answered
    assert sorted(answer.ticket.number for answer in answers.values()) == [1, 2, 3, 4, 5]


def test_a_refused_request_in_a_group_fails_alone(local, supervisor):
    local.set_service_control(supervisor, ServiceControl("EC-N12", daily_limit=2))
    requests = [("a", "EC-N12"), ("unknown", "NO-SUCH"), ("b", "EC-N12"), ("over", "EC-N12")]
    other = next(s.code for s in local.services() if s.code != "EC-N12")
    requests.append(("c", other))
    answers, ended = ask_together(local, requests)

    assert ended == ["COMMIT"]
    assert isinstance(answers["unknown"], OfficeError) and answers["unknown"].code == "unknown_service"
    # The service's third ticket of the day (whichever request came third) is over its limit.
    limited = [answers[key] for key in ("a", "b", "over")]
    refused = [a for a in limited if isinstance(a, OfficeError)]
    assert [r.code for r in refused] == ["service_limit_reached"]
    issued = [a.ticket for a in limited if not isinstance(a, OfficeError)] + [answers["c"].ticket]
    assert sorted(t.number for t in issued if t.service_code == "EC-N12") == [1, 2]
    assert issued[-1].number == 1
    stored = local._db.execute("SELECT id FROM tickets").fetchall()
    assert {row[0] for row in stored} == {t.id for t in issued}
    # The refused ones left nothing behind: no answer kept for their ids, no outbox event.
    (kept,) = local._db.execute("SELECT count(*) FROM request_answers").fetchone()
    assert kept == 3
    (events,) = local._db.execute("SELECT count(*) FROM outbox WHERE type = 'ticket.issued'").fetchone()
    assert events == 3


def test_a_failed_commit_fails_the_whole_group_and_keeps_nothing(local, refused_commit):
    """When the commit itself fails (a full disk refuses it), no request of the group is answered
    with a ticket, and none of them is on disk."""
    RefusedCommit = refused_commit
    answers: dict[str, object] = {}

    def ask(request_id: str) -> None:
        try:
            answers[request_id] = local.issue_ticket("EC-N12", request_id=request_id, device_id="kiosk-1")
        except RefusedCommit as exc:
            answers[request_id] = exc

    threads = [threading.Thread(target=ask, args=(f"r{i}",)) for i in range(3)]
    with local.work.lock:
        for thread in threads:
            thread.start()
        wait_until(lambda: local._tickets._group.pending() == 3)
    for thread in threads:
        thread.join(10)
    assert all(isinstance(answer, RefusedCommit) for answer in answers.values()) and len(answers) == 3
    (stored,) = local._db.execute("SELECT count(*) FROM tickets").fetchone()
    assert stored == 0
