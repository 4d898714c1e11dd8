"""Desk work over the LAN: the same rules as the local Office, applied once, in order."""
from __future__ import annotations

import threading
import uuid

import pytest

from kiosk.domain.tickets import IssuedTicket, Priority, Ticket, TicketStatus
from kiosk.hub.client import HubUnreachable
from kiosk.office import OfficeError
from kiosk.office.desk import CounterFigures
from kiosk.office.staff import StaffSession

A, B = "EC-N12", "EC-12S"


def outbox_count(office, kind: str) -> int:
    (count,) = office._db.execute("SELECT count(*) FROM outbox WHERE type = ?", [kind]).fetchone()
    return count


@pytest.fixture
def amina(desk):
    session = desk.login("amina", "4829")
    desk.open_counter(session.token, "1", [A, B])
    return session.token


def test_the_remote_office_rebuilds_the_same_data_types(desk, office, amina):
    assert desk.info == office.info
    assert desk.catalogue == office.catalogue  # names in every language, prefixes, icons, documents
    issued = desk.issue_ticket(A, Priority.NONE, "fr")
    assert isinstance(issued, IssuedTicket) and issued.ticket.label == "A-001" and issued.people_ahead == 0
    assert desk.ticket(issued.ticket.id) == office.ticket(issued.ticket.id)
    assert desk.ticket(str(uuid.uuid4())) is None
    called = desk.call_next(amina, "1")
    assert isinstance(called, Ticket) and called == office.ticket(issued.ticket.id)
    assert called.status is TicketStatus.CALLED and called.counter == "1" and called.clerk == "amina"
    chosen = desk.issue_ticket(B).ticket
    desk.finish(amina, called.id)
    assert desk.call_ticket(amina, "1", chosen.id).status is TicketStatus.CALLED
    assert desk.start_service(amina, chosen.id).status is TicketStatus.SERVING
    figures = desk.counter_figures("1")
    assert isinstance(figures, CounterFigures) and figures == office.counter_figures("1")
    assert desk.recent_calls() == office.recent_calls()
    assert desk.counters() == office.counters()
    assert desk.waiting_counts() == office.waiting_counts()
    assert desk.estimated_wait(A) == office.estimated_wait(A)
    assert desk.waiting_count(A) == office.waiting_count(A) == 0
    assert figures.served == 1 and figures.current.id == chosen.id
    session = desk.session(amina)
    assert isinstance(session, StaffSession) and session.name == "amina" and session.role == "clerk"


def test_a_desk_without_a_valid_staff_session_is_refused(desk, office, amina):
    office.issue_ticket(A)
    for token in ("", "not-a-session"):
        with pytest.raises(OfficeError) as exc:
            desk.call_next(token, "1")
        assert exc.value.code == "not_logged_in"
    desk.logout(amina)
    with pytest.raises(OfficeError) as exc:
        desk.call_next(amina, "1")
    assert exc.value.code == "not_logged_in"
    assert office.waiting_count(A) == 1


def test_a_clerk_cannot_set_announcements_but_a_supervisor_can(desk):
    clerk = desk.login("amina", "4829").token
    with pytest.raises(OfficeError) as exc:
        desk.set_announcement(clerk, {"fr": "Fermé à 15 h"})
    assert exc.value.code == "forbidden"
    supervisor = desk.login("nadia", "5170").token
    desk.set_announcement(supervisor, {"fr": "Fermé à 15 h", "ar": "مغلق على الساعة 15"})
    assert desk.announcements()[0]["texts"]["fr"] == "Fermé à 15 h"


def test_priority_goes_first_over_the_lan(desk, office, clock, amina):
    first = desk.issue_ticket(A).ticket
    clock.advance(seconds=30)
    second = desk.issue_ticket(A).ticket
    clock.advance(seconds=30)
    elderly = desk.issue_ticket(A, Priority.ELDERLY).ticket
    assert [t.id for t in desk.waiting_tickets([A])] == [elderly.id, first.id, second.id]
    called = []
    for _ in range(3):
        ticket = desk.call_next(amina, "1")
        called.append(ticket.id)
        desk.finish(amina, ticket.id)
    assert called == [elderly.id, first.id, second.id]
    assert desk.call_next(amina, "1") is None


def test_transfer_over_the_lan_keeps_the_number_and_the_place(desk, office, clock, make_device, amina):
    early = desk.issue_ticket(A).ticket
    clock.advance(minutes=5)
    later_b = desk.issue_ticket(B).ticket
    karim_desk = make_device("Guichet 2")
    karim = karim_desk.login("karim", "7316").token
    karim_desk.open_counter(karim, "2", [B])
    desk.close_counter(amina, "1")
    desk.open_counter(amina, "1", [A])

    called = desk.call_next(amina, "1")
    assert called.id == early.id
    moved = desk.transfer(amina, early.id, B)
    assert (moved.label, moved.number, moved.queue_service, moved.transferred_from) == ("A-001", 1, B, A)
    assert moved.status is TicketStatus.WAITING
    # it was in line before B-001 was issued: it is called first at counter 2
    assert karim_desk.call_next(karim, "2").id == early.id
    assert office.ticket(later_b.id).status is TicketStatus.WAITING


def test_no_show_after_recall(desk, office, amina):
    issued = desk.issue_ticket(A).ticket
    desk.call_next(amina, "1")
    recalled = desk.recall(amina, issued.id)
    assert recalled.recalls == 1 and recalled.status is TicketStatus.CALLED
    gone = desk.no_show(amina, issued.id)
    assert gone.status is TicketStatus.NO_SHOW
    assert desk.counter_figures("1").no_shows == 1
    with pytest.raises(OfficeError) as exc:
        desk.start_service(amina, issued.id)
    assert exc.value.code == "bad_state"


def test_a_retried_action_id_is_applied_once(desk, office, amina):
    first = desk.issue_ticket(A).ticket
    second = desk.issue_ticket(A).ticket
    action = str(uuid.uuid4())
    called = desk.call_next(amina, "1", action_id=action)
    again = desk.call_next(amina, "1", action_id=action)  # the desk lost the answer and sent it again
    assert called.id == again.id == first.id
    assert office.ticket(second.id).status is TicketStatus.WAITING
    assert outbox_count(office, "ticket.called") == 1
    finish_id = str(uuid.uuid4())
    desk.finish(amina, first.id, action_id=finish_id)
    assert desk.finish(amina, first.id, action_id=finish_id).status is TicketStatus.DONE
    assert outbox_count(office, "ticket.finished") == 1


def test_a_lost_answer_is_retried_with_the_same_action_id(desk, office, amina, monkeypatch):
    """The hub applied the call but the answer never reached the desk: the retry gets the same ticket."""
    import requests

    first = desk.issue_ticket(A).ticket
    desk.issue_ticket(A)
    real_request = requests.Session.request
    sent_ids = []

    def lose_first_answer(session, method, url, **kwargs):
        response = real_request(session, method, url, **kwargs)
        if url.endswith("/desk/call-next"):
            sent_ids.append(kwargs["json"]["action_id"])
            if len(sent_ids) == 1:
                raise requests.ConnectionError("connection reset while reading the answer")
        return response

    monkeypatch.setattr(requests.Session, "request", lose_first_answer)
    with pytest.raises(HubUnreachable):
        desk.call_next(amina, "1", action_id="desk1-press-17")
    assert desk.call_next(amina, "1", action_id="desk1-press-17").id == first.id
    assert sent_ids == ["desk1-press-17", "desk1-press-17"]
    assert outbox_count(office, "ticket.called") == 1


def test_an_issue_retried_with_its_request_id_is_one_ticket(desk, hub, office):
    body = {"service_code": A, "priority": "none", "language": "ar", "request_id": "kiosk-tap-1"}
    first = desk._request("POST", "/tickets", body=body)
    again = desk._request("POST", "/tickets", body=body)
    assert first == again
    assert outbox_count(office, "ticket.issued") == 1


def test_errors_keep_the_office_codes(desk, amina):
    with pytest.raises(OfficeError) as exc:
        desk.issue_ticket("NOPE")
    assert exc.value.code == "unknown_service"
    with pytest.raises(OfficeError) as exc:
        desk.call_next(amina, "7")
    assert exc.value.code == "counter_closed"
    with pytest.raises(OfficeError) as exc:
        desk.recall(amina, str(uuid.uuid4()))
    assert exc.value.code == "unknown_ticket"


def test_pin_lockout_over_the_lan(desk):
    codes = []
    for _ in range(5):
        with pytest.raises(OfficeError) as exc:
            desk.login("amina", "0000")
        codes.append(exc.value.code)
    assert codes == ["bad_login"] * 4 + ["locked"]
    with pytest.raises(OfficeError) as exc:
        desk.login("amina", "4829")  # the right PIN no longer helps
    assert exc.value.code == "locked"


def test_two_desks_calling_at_the_same_instant_never_get_the_same_ticket(make_device, office):
    desks = [make_device("Guichet 1"), make_device("Guichet 2")]
    tokens = [desks[0].login("amina", "4829").token, desks[1].login("karim", "7316").token]
    for i, (desk, token) in enumerate(zip(desks, tokens), 1):
        desk.open_counter(token, str(i), [A])
    seen: set[str] = set()
    for _ in range(50):
        office.issue_ticket(A)
        office.issue_ticket(A)
        barrier = threading.Barrier(2)
        results: list = [None, None]

        def press(i: int, barrier: threading.Barrier, results: list) -> None:
            barrier.wait()
            results[i] = desks[i].call_next(tokens[i], str(i + 1))

        threads = [threading.Thread(target=press, args=(i, barrier, results)) for i in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
        assert all(isinstance(r, Ticket) for r in results), results
        assert results[0].id != results[1].id
        assert not seen & {r.id for r in results}
        seen |= {r.id for r in results}
        for i, ticket in enumerate(results):
            desks[i].finish(tokens[i], ticket.id)
    assert len(seen) == 100
    assert outbox_count(office, "ticket.called") == 100
