""""One priority ticket after N regular ones" at a real office (kiosk/domain/call_order.py):
long lines, several counters, a restart in the middle, and the waits and "next" lists that
must agree with the calls actually made. Local office on a real SQLite file."""
from __future__ import annotations

import dataclasses

import pytest

from kiosk.domain.tickets import Priority
from kiosk.office import Office, OfficeInfo

INFO = OfficeInfo("APC Test", "TST", "Africa/Algiers")


@pytest.fixture
def rule_catalogue(catalogue):
    """The bundled catalogue with EC-N12 at one priority ticket after three regular ones."""
    services = tuple(dataclasses.replace(s, priority_after=3) if s.code == "EC-N12" else s
                     for s in catalogue.services)
    return dataclasses.replace(catalogue, services=services)


def _open(tmp_path, clock, catalogue) -> Office:
    return Office.open_path(tmp_path / "office.sqlite3", INFO, clock, catalogue, pin_hash_cost="test")


@pytest.fixture
def ruled(tmp_path, clock, rule_catalogue):
    office = _open(tmp_path, clock, rule_catalogue)
    office.add_staff("Amina", "clerk", "4829")
    yield office
    office.close()


def _issue(office, clock, count, priority=Priority.NONE, code="EC-N12"):
    issued = []
    for _ in range(count):
        clock.advance(seconds=5)
        issued.append(office.issue_ticket(code, priority))
    return issued


def _kinds(tickets) -> str:
    return "".join("P" if t.priority.is_priority else "R" for t in tickets)


def _serve(office, token, counters, calls):
    """`calls` calls, the counters taking turns; each ticket finished at once. The called tickets."""
    called = []
    for i in range(calls):
        ticket = office.call_next(token, counters[i % len(counters)])
        if ticket is None:
            break
        office.finish(token, ticket.id)
        called.append(ticket)
    return called


def test_long_line_at_three_counters_keeps_the_ratio_and_calls_everyone(ruled, clock):
    token = ruled.login("Amina", "4829").token
    counters = ["1", "2", "3"]
    for number in counters:
        ruled.open_counter(token, number, ["EC-N12", "EC-12S"])
    _issue(ruled, clock, 300)
    priority = _issue(ruled, clock, 120, Priority.ELDERLY)
    strict = _issue(ruled, clock, 30, Priority.PREGNANCY, code="EC-12S")  # EC-12S keeps strict priority
    called = _serve(ruled, token, counters, 1000)
    assert len(called) == len({t.id for t in called}) == 450  # everyone, once
    # the first EC-N12 priority ticket (a new day), then the strict line's priority tickets, which
    # every call offers before a regular EC-N12 one
    assert [t.id for t in called[:31]] == [priority[0].ticket.id] + [i.ticket.id for i in strict]
    line = [t for t in called if t.queue_service == "EC-N12"]
    # 120 priority + 300 regular: P R R R exactly, until the priority tickets run out
    assert _kinds(line[:400]) == ("P" + "RRR") * 100
    assert _kinds(line[400:]) == "PPPPPPPPPPPPPPPPPPPP"  # no regular one left: the 20 last priority ones
    assert [t.id for t in line if t.priority.is_priority] == [i.ticket.id for i in priority]  # in arrival order


def test_regular_tickets_never_starve_under_a_stream_of_priority_tickets(ruled, clock):
    token = ruled.login("Amina", "4829").token
    ruled.open_counter(token, "1", ["EC-N12"])
    regular = _issue(ruled, clock, 10)
    waited = {}
    for round_ in range(60):  # two new priority tickets arrive for every call
        _issue(ruled, clock, 2, Priority.DISABILITY)
        (ticket,) = _serve(ruled, token, ["1"], 1)
        waited.setdefault(ticket.id, round_)
    served_regular = [waited[i.ticket.id] for i in regular if i.ticket.id in waited]
    assert len(served_regular) == 10  # all ten were called although priority ones never stopped coming
    assert max(served_regular) < 41


def test_the_run_survives_a_restart(tmp_path, clock, rule_catalogue):
    office = _open(tmp_path, clock, rule_catalogue)
    office.add_staff("Amina", "clerk", "4829")
    token = office.login("Amina", "4829").token
    office.open_counter(token, "1", ["EC-N12"])
    _issue(office, clock, 8)
    _issue(office, clock, 4, Priority.ELDERLY)
    before = _serve(office, token, ["1"], 3)  # P R R
    office.close()
    office = _open(tmp_path, clock, rule_catalogue)
    try:
        token = office.login("Amina", "4829").token
        after = _serve(office, token, ["1"], 9)
    finally:
        office.close()
    assert _kinds(before) + "|" + _kinds(after) == "PRR|RPRRRPRRP"


def test_a_recall_does_not_count_as_another_call(ruled, clock):
    token = ruled.login("Amina", "4829").token
    ruled.open_counter(token, "1", ["EC-N12"])
    _issue(ruled, clock, 6)
    _issue(ruled, clock, 2, Priority.ELDERLY)
    first = ruled.call_next(token, "1")  # P
    ruled.finish(token, first.id)
    second = ruled.call_next(token, "1")  # R, recalled twice: still one regular call
    ruled.recall(token, second.id)
    ruled.recall(token, second.id)
    ruled.no_show(token, second.id)
    assert _kinds(_serve(ruled, token, ["1"], 3)) == "RRP"


def test_waiting_list_and_waits_agree_with_the_calls_made(ruled, clock):
    token = ruled.login("Amina", "4829").token
    ruled.open_counter(token, "1", ["EC-N12"])
    _issue(ruled, clock, 12)
    _issue(ruled, clock, 10, Priority.ELDERLY)
    _serve(ruled, token, ["1"], 2)  # P R: the run is at one
    shown = ruled.waiting_tickets(["EC-N12"])
    announced = ruled.estimated_wait("EC-N12")  # what the kiosk shows before the ticket is taken
    newest = ruled.issue_ticket("EC-N12")
    called = [t.id for t in _serve(ruled, token, ["1"], 100)]
    # the "next" list is the call order (the ticket issued since takes its own place in it)
    assert [i for i in called if i != newest.ticket.id][:len(shown)] == [t.id for t in shown]
    assert newest.people_ahead == called.index(newest.ticket.id) == 15
    assert len(shown) == 20  # under strict priority all twenty would have been ahead
    assert announced == newest.estimated_wait_min == 15 * 3  # the catalogue's 3 minutes per citizen


def test_strict_priority_reads_the_same_order_as_the_rule_with_zero(tmp_path, clock, catalogue):
    """Every N = 0 takes a one-query shortcut (kiosk/store/desk.py `strict_order`): it must give
    the order the rule gives with N = 0, transfers included."""
    from kiosk.domain.call_order import call_order

    office = _open(tmp_path, clock, catalogue)
    try:
        office.add_staff("Amina", "clerk", "4829")
        token = office.login("Amina", "4829").token
        for i in range(60):
            clock.advance(seconds=5)
            office.issue_ticket(("EC-N12", "EC-12S")[i % 2], (Priority.NONE, Priority.ELDERLY)[i % 3 == 0])
        moved = office.waiting_tickets(["EC-12S"])[5]
        office.transfer(token, moved.id, "EC-N12")
        shown = office.waiting_tickets(["EC-N12", "EC-12S"])
        by_arrival = sorted(shown, key=lambda t: (t.issued_at, t.number))
        assert [t.id for t in call_order(by_arrival, {}, {})] == [t.id for t in shown]
        assert moved.id in [t.id for t in shown]
    finally:
        office.close()
