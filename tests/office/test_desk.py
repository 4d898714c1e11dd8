"""Desk actions through the office port, local and remote (tests/office/conftest.py): call order,
transfer, no-show, idempotency, staff rights."""
import threading

import pytest

from kiosk.domain.tickets import Priority, TicketStatus
from kiosk.office import OfficeError


@pytest.fixture
def clerk(office, local):
    local.add_staff("Amina", "clerk", "4829")
    return office.login("Amina", "4829").token


@pytest.fixture
def counter(office, clerk):
    office.open_counter(clerk, "3", ["EC-N12", "EC-12S"])
    return "3"


def _issue(office, clock, code="EC-N12", priority=Priority.NONE):
    clock.advance(seconds=20)
    return office.issue_ticket(code, priority).ticket


def test_call_next_follows_priority_then_arrival(office, clock, clerk, counter):
    first = _issue(office, clock)
    second = _issue(office, clock, "EC-12S")
    elderly = _issue(office, clock, priority=Priority.ELDERLY)
    _issue(office, clock, "AD-RES")  # another line: never called at this counter
    order = [office.call_next(clerk, counter) for _ in range(3)]
    for ticket in order:
        office.finish(clerk, ticket.id)
    assert [t.id for t in order] == [elderly.id, first.id, second.id]
    assert office.call_next(clerk, counter) is None


def test_called_ticket_records_counter_clerk_and_event(office, local, clock, clerk, counter):
    ticket = _issue(office, clock)
    called = office.call_next(clerk, counter)
    assert called.status is TicketStatus.CALLED
    assert (called.counter, called.clerk) == ("3", "Amina")
    types = [e.type for e in local.outbox.list(limit=50)]
    assert types[-1] == "ticket.called"
    assert office.recent_calls()[0].id == ticket.id


def test_transfer_keeps_number_and_place(office, clock, clerk, counter):
    office.open_counter(clerk, "5", ["AD-RES"])
    early = _issue(office, clock)  # A-001, 08:30:20
    for _ in range(2):
        _issue(office, clock, "AD-RES")  # J-001, J-002 later
    called = office.call_next(clerk, counter)
    assert called.id == early.id
    moved = office.transfer(clerk, early.id, "AD-RES")
    assert moved.label == "A-001" and moved.queue_service == "AD-RES" and moved.status is TicketStatus.WAITING
    assert moved.transferred_from == "EC-N12"
    # Arrived before the J tickets: called first at the residence counter.
    assert office.call_next(clerk, "5").id == early.id


def test_no_show_after_recall(office, clock, clerk, counter):
    ticket = _issue(office, clock)
    office.call_next(clerk, counter)
    recalled = office.recall(clerk, ticket.id)
    assert recalled.recalls == 1
    gone = office.no_show(clerk, ticket.id)
    assert gone.status is TicketStatus.NO_SHOW
    with pytest.raises(OfficeError) as err:
        office.recall(clerk, ticket.id)
    assert err.value.code == "bad_state"
    assert office.counter_figures(counter).no_shows == 1


def test_retried_action_is_applied_once(office, local, clock, clerk, counter):
    a = _issue(office, clock)
    b = _issue(office, clock)
    first = office.call_next(clerk, counter, action_id="desk3-0001")
    again = office.call_next(clerk, counter, action_id="desk3-0001")  # the answer was lost; the desk retries
    assert first.id == again.id == a.id
    assert office.ticket(b.id).status is TicketStatus.WAITING
    assert sum(e.type == "ticket.called" for e in local.outbox.list(limit=50)) == 1


def test_two_desks_calling_at_once_never_share_a_ticket(office, clock, clerk, counter):
    office.open_counter(clerk, "4", ["EC-N12"])
    for _ in range(60):
        _issue(office, clock)
    results = {"3": [], "4": []}
    barrier = threading.Barrier(2)

    def desk(number):
        barrier.wait()
        while (ticket := office.call_next(clerk, number)) is not None:
            results[number].append(ticket.id)
            office.finish(clerk, ticket.id)

    threads = [threading.Thread(target=desk, args=(n,)) for n in results]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    called = results["3"] + results["4"]
    assert len(called) == 60 and len(set(called)) == 60


def test_actions_need_a_staff_session(office, local, clock):
    _issue(office, clock)
    with pytest.raises(OfficeError) as err:
        office.open_counter("forged-token", "1", ["EC-N12"])
    assert err.value.code == "not_logged_in"
    local.add_staff("Karim", "clerk", "5071")
    token = office.login("Karim", "5071").token
    office.logout(token)
    with pytest.raises(OfficeError):
        office.call_next(token, "1")


def test_pin_lockout_after_repeated_failures(office, local, clock):
    local.add_staff("Samir", "clerk", "7302")
    for _ in range(4):
        with pytest.raises(OfficeError) as err:
            office.login("Samir", "0000")
        assert err.value.code == "bad_login"
    with pytest.raises(OfficeError) as err:
        office.login("Samir", "0000")
    assert err.value.code == "locked"
    with pytest.raises(OfficeError) as err:
        office.login("Samir", "7302")  # even the right PIN, while locked
    assert err.value.code == "locked"
    clock.advance(minutes=16)
    assert office.login("Samir", "7302").name == "Samir"


def test_weak_pins_and_duplicate_names_are_refused(local):  # staff accounts: the office's own PC only
    for pin in ("12", "1111", "1234", "abcd"):
        with pytest.raises(OfficeError):
            local.add_staff("Nadia", "clerk", pin)
    local.add_staff("Nadia", "supervisor", "8061")
    with pytest.raises(OfficeError, match="already exists"):
        local.add_staff("nadia", "clerk", "9152")


def test_announcements_need_a_supervisor(office, local, clerk):
    with pytest.raises(OfficeError) as err:
        office.set_announcement(clerk, {"fr": "Fermé à 15h"})
    assert err.value.code == "forbidden"
    local.add_staff("Chef", "supervisor", "8061")
    boss = office.login("Chef", "8061").token
    office.set_announcement(boss, {"fr": "Fermé à 15h", "ar": "مغلق على الساعة 15"})
    assert office.announcements()[0]["texts"]["fr"] == "Fermé à 15h"


def test_audit_chain_records_who_did_what_and_detects_edits(office, local, clock, clerk, counter):
    _issue(office, clock)
    office.call_next(clerk, counter)
    assert local.verify_audit() is None
    rows = local._db.execute("SELECT staff_name, action FROM audit").fetchall()
    assert ("Amina", "ticket.called") in rows
    local._db.execute("UPDATE audit SET staff_name = 'Someone' WHERE action = 'ticket.called'")
    assert local.verify_audit() is not None


def test_measured_service_times_replace_typical_minutes(office, clock, clerk, counter):
    assert office.minutes_per_citizen("EC-N12") == 3  # catalogue figure
    for _ in range(5):
        ticket = _issue(office, clock)
        office.call_next(clerk, counter)
        office.start_service(clerk, ticket.id)
        clock.advance(minutes=6)
        office.finish(clerk, ticket.id)
    assert office.minutes_per_citizen("EC-N12") == pytest.approx(6, abs=0.01)
    for _ in range(3):
        _issue(office, clock)
    assert office.estimated_wait("EC-N12") == 18


def test_estimated_wait_divides_by_open_counters(office, clock, clerk, counter):
    for _ in range(4):
        _issue(office, clock)
    assert office.estimated_wait("EC-N12") == 12
    office.open_counter(clerk, "4", ["EC-N12"])
    assert office.estimated_wait("EC-N12") == 6
