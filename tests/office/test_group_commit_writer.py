"""The group commit's writer thread (kiosk/office/group_commit.py `run_async`), as the hub's
ticket route uses it from its event loop: each request is answered only after the commit that
holds it, a refused one fails alone, a failed commit fails the whole group, requests from
an event loop and from a desk's thread share groups, and closing the office answers every
queued request (committed) and refuses later ones — none is left waiting."""
from __future__ import annotations

import asyncio
import threading
import time

import pytest

from kiosk.domain.service_controls import ServiceControl
from kiosk.office import OfficeError


def wait_until(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.005)


class AsyncKiosks:
    """Issue tickets from an event loop in its own thread, as the hub's route does."""

    def __init__(self, office):
        self.office = office
        self.answers: dict[str, object] = {}
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.tasks: list[object] = []

    def ask(self, request_id: str, service: str = "EC-N12") -> None:
        async def one() -> None:
            try:
                self.answers[request_id] = await self.office.issue_ticket_async(service, request_id=request_id,
                                                                                device_id="kiosk-1")
            except Exception as exc:
                self.answers[request_id] = exc

        self.tasks.append(asyncio.run_coroutine_threadsafe(one(), self.loop))

    def wait(self) -> dict[str, object]:
        for task in self.tasks:
            task.result(10)  # type: ignore[attr-defined]
        return self.answers

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


@pytest.fixture
def kiosks(local):
    made = AsyncKiosks(local)
    yield made
    made.close()


def queued(office) -> int:
    return office._tickets._group.pending()


def commits_from_now(office) -> list[str]:
    """The statements that end a transaction from now on (the office is closed after each test)."""
    ended: list[str] = []
    office._db.conn.set_trace_callback(lambda sql: ended.append(sql) if sql in ("COMMIT", "ROLLBACK") else None)
    return ended


def test_requests_from_an_event_loop_are_answered_only_after_their_group_is_committed(local, kiosks):
    with local.work.lock:  # a commit on its way to the disk: the requests queue behind it
        for i in range(5):
            kiosks.ask(f"r{i}")
        wait_until(lambda: queued(local) == 5)
        time.sleep(0.05)
        assert kiosks.answers == {}  # nobody is answered before the commit that holds the ticket
        ended = commits_from_now(local)
    answers = kiosks.wait()
    assert ended == ["COMMIT"]  # five tickets, one transaction
    assert sorted(answer.ticket.number for answer in answers.values()) == [1, 2, 3, 4, 5]
    (stored,) = local._db.execute("SELECT count(*) FROM tickets").fetchone()
    assert stored == 5


def test_a_refused_request_fails_alone_in_its_group(local, kiosks):
    local.add_staff("samira", "supervisor", "4829")
    local.set_service_control(local.login("samira", "4829").token, ServiceControl("EC-N12", daily_limit=1))
    with local.work.lock:
        kiosks.ask("a")
        kiosks.ask("unknown", "NO-SUCH")
        kiosks.ask("over")
        wait_until(lambda: queued(local) == 3)
    answers = kiosks.wait()
    assert isinstance(answers["unknown"], OfficeError) and answers["unknown"].code == "unknown_service"
    assert isinstance(answers["over"], OfficeError) and answers["over"].code == "service_limit_reached"
    assert answers["a"].ticket.number == 1
    assert local._db.execute("SELECT id FROM tickets").fetchall() == [(answers["a"].ticket.id,)]


def test_a_failed_commit_gives_every_request_of_the_group_an_error_and_none_a_number(local, kiosks, refused_commit):
    RefusedCommit = refused_commit
    with local.work.lock:
        for i in range(3):
            kiosks.ask(f"r{i}")
        wait_until(lambda: queued(local) == 3)
    answers = kiosks.wait()
    assert len(answers) == 3 and all(isinstance(answer, RefusedCommit) for answer in answers.values())
    (stored,) = local._db.execute("SELECT count(*) FROM tickets").fetchone()
    assert stored == 0


def test_a_desk_and_the_hub_asking_together_share_one_group(local, kiosks):
    desk_answer: list[object] = []
    desk = threading.Thread(target=lambda: desk_answer.append(local.issue_ticket("EC-N12", request_id="desk")))
    with local.work.lock:
        kiosks.ask("k1")
        desk.start()
        kiosks.ask("k2")
        wait_until(lambda: queued(local) == 3)
        ended = commits_from_now(local)
    answers = kiosks.wait()
    desk.join(10)
    assert ended == ["COMMIT"]
    numbers = [answers["k1"].ticket.number, answers["k2"].ticket.number, desk_answer[0].ticket.number]
    assert sorted(numbers) == [1, 2, 3]


def test_closing_the_office_answers_the_queued_requests_and_refuses_later_ones(local, kiosks):
    closing = threading.Thread(target=local.close)
    with local.work.lock:
        for i in range(3):
            kiosks.ask(f"r{i}")
        wait_until(lambda: queued(local) == 3)
        closing.start()  # it waits for the writer, which waits for this lock
        time.sleep(0.05)
        assert kiosks.answers == {}
    closing.join(10)
    assert not closing.is_alive()
    answers = kiosks.wait()
    assert sorted(answer.ticket.number for answer in answers.values()) == [1, 2, 3]  # committed, then closed
    kiosks.ask("late")
    late = kiosks.wait()["late"]
    assert isinstance(late, OfficeError) and late.code == "hub_unreachable"


def test_a_repeated_request_from_the_event_loop_gets_the_same_ticket(local, kiosks):
    kiosks.ask("same")
    first = kiosks.wait()["same"]
    kiosks.ask("same")
    again = kiosks.wait()["same"]
    assert again.ticket.id == first.ticket.id and again.public_token == first.public_token
