"""The calling order with "one priority ticket after N regular ones" (kiosk/domain/call_order.py)."""
from __future__ import annotations

import dataclasses
import random

import pytest

from kiosk.domain.call_order import NewTicket, after_call, call_order, people_ahead, priority_due
from kiosk.domain.catalogue import CatalogueError, load_catalogue, parse_catalogue
from kiosk.domain.tickets import Priority


@dataclasses.dataclass(frozen=True)
class T:
    name: str
    queue_service: str = "A"
    priority: Priority = Priority.NONE


def _line(regular: int, priority: int, service: str = "A") -> list[T]:
    """`regular` regular tickets then `priority` priority ones, all already waiting."""
    return ([T(f"{service}R{i}", service) for i in range(regular)]
            + [T(f"{service}P{i}", service, Priority.ELDERLY) for i in range(priority)])


def _kinds(tickets) -> str:
    return "".join("P" if t.priority.is_priority else "R" for t in tickets)


def test_zero_is_strict_priority_as_before():
    order = list(call_order(_line(5, 3), {"A": 0}, {"A": 4}))
    assert _kinds(order) == "PPPRRRRR"


def test_one_priority_after_every_three_regular_at_opening():
    order = list(call_order(_line(20, 20), {"A": 3}, {}))
    # a new day owes nothing to the regular line: a waiting priority ticket goes first
    assert _kinds(order[:16]) == "PRRR" * 4
    assert _kinds(order) == "PRRR" * 6 + "PRR" + "P" * 13  # once no regular ticket waits, priority ones follow
    assert [t.name for t in order if t.priority.is_priority] == [f"AP{i}" for i in range(20)]  # arrival kept
    assert [t.name for t in order if not t.priority.is_priority] == [f"AR{i}" for i in range(20)]


def test_the_run_carried_from_earlier_calls_decides_the_next_call():
    assert _kinds(call_order(_line(4, 2), {"A": 3}, {"A": 1})) == "RRPRRP"
    assert _kinds(call_order(_line(4, 2), {"A": 3}, {"A": 3})) == "PRRRPR"
    assert _kinds(call_order(_line(4, 2), {"A": 3}, {"A": 0})) == "RRRPRP"


def test_run_bookkeeping():
    assert after_call(None, Priority.NONE) is None
    assert after_call(2, Priority.NONE) == 3
    assert after_call(7, Priority.PREGNANCY) == 0
    assert priority_due(0, 0) and priority_due(3, None) and priority_due(3, 3)
    assert not priority_due(3, 2)


@pytest.mark.parametrize("n", [1, 2, 3, 5])
def test_long_mixed_queue_keeps_the_exact_ratio_and_nobody_starves(n):
    rng = random.Random(n)
    waiting = [T(f"t{i}", "A", rng.choice([Priority.NONE, Priority.ELDERLY])) for i in range(600)]
    order = list(call_order(waiting, {"A": n}, {}))
    assert sorted(t.name for t in order) == sorted(t.name for t in waiting)  # everyone called once
    kinds = _kinds(order)
    both_wait = min(kinds.count("P"), kinds.count("R") // n)
    assert kinds.startswith(("P" + "R" * n) * both_wait)
    # within each kind, arrival order holds
    for kind in (Priority.NONE, Priority.ELDERLY):
        names = [t.name for t in order if t.priority is kind]
        assert names == [t.name for t in waiting if t.priority is kind]


def test_a_counter_serving_two_lines_applies_each_lines_rule():
    a = _line(6, 3, "A")
    b = _line(6, 3, "B")
    order = list(call_order([*a, *b], {"A": 2, "B": 0}, {"A": 0, "B": 0}))
    # B is strict: its priority tickets go first; A's come one after every two regular A calls
    assert [t.name for t in order[:3]] == ["BP0", "BP1", "BP2"]
    a_kinds = _kinds(t for t in order if t.queue_service == "A")
    assert a_kinds == "RRPRRPRRP"


def test_people_ahead_of_a_new_ticket_follows_the_same_rule():
    waiting = _line(6, 4)
    assert people_ahead(NewTicket("A"), waiting, {"A": 0}, {}) == 10
    # P R R R P R R R P R(new) P: one waiting priority ticket comes after the new regular one
    assert people_ahead(NewTicket("A"), waiting, {"A": 3}, {}) == 9
    # a new priority ticket under strict priority passes every regular one
    assert people_ahead(NewTicket("A", Priority.DISABILITY), waiting, {"A": 0}, {}) == 4
    # with N = 3 it waits its turn: P R R R P R R R P P P(new)
    assert people_ahead(NewTicket("A", Priority.DISABILITY), waiting, {"A": 3}, {}) == 10


def test_catalogue_reads_priority_after_and_refuses_bad_values():
    bundled = load_catalogue()
    assert all(s.priority_after == 0 for s in bundled.services)  # the default: strict priority as before
    import tomllib

    from kiosk.resources import CATALOGUE_PATH
    data = tomllib.loads(CATALOGUE_PATH.read_text(encoding="utf-8"))
    data["service"][0]["priority_after"] = 3
    assert parse_catalogue(data).services[0].priority_after == 3
    for bad in (-1, 101, 2.5, True, "3"):
        data["service"][0]["priority_after"] = bad
        with pytest.raises(CatalogueError, match="priority_after must be a whole number from 0"):
            parse_catalogue(data)
