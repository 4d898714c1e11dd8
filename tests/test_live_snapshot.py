"""The office's live snapshot (kiosk/live_snapshot.py) on a real office database: lines in the
desks' calling order, tickets at a counter, the wait estimate's own figures, and nothing
personal; the protocol accepts it as it is."""
from __future__ import annotations

import json

import pytest

from kiosk.domain.tickets import Priority
from kiosk.live_snapshot import snapshot_source, snapshot_wakeups
from sync import protocol as P

EC, EC_S = "EC-N12", "EC-12S"


@pytest.fixture
def clerk(office):
    office.add_staff("Amina", "clerk", "4829")
    return office.login("Amina", "4829").token


def issue(office, clock, code=EC, priority=Priority.NONE):
    clock.advance(seconds=20)
    return office.issue_ticket(code, priority).ticket


def test_lines_are_in_calling_order_with_priority_first_and_calls_at_their_counter(office, clock, clerk):
    a1, a2 = issue(office, clock), issue(office, clock)
    elderly = issue(office, clock, priority=Priority.ELDERLY)
    b1 = issue(office, clock, EC_S)
    office.open_counter(clerk, "3", [EC, EC_S])
    called = office.call_next(clerk, "3")
    assert called.label == elderly.label  # the desks call priority first: so does the snapshot's order
    snap = snapshot_source(office)()
    assert snap["queues"][EC]["waiting"] == [a1.label, a2.label]
    assert snap["queues"][EC_S]["waiting"] == [b1.label]
    assert snap["called"] == [{"label": elderly.label, "counter": "3"}]
    assert snap["queues"][EC]["counters"] == 1
    assert snap["queues"][EC]["minutes"] == round(office.minutes_per_citizen(EC), 1)
    assert snap["day"] == "2026-09-06" and P.parse_time(snap["taken_at"]) == clock.now()
    parsed = P.parse_snapshot({"protocol": 1, "device_id": "dev-1", **snap})  # what the sender checks
    assert parsed.queues[EC].waiting == (a1.label, a2.label)

    office.finish(clerk, called.id)  # served: no longer at a counter
    assert snapshot_source(office)()["called"] == []


def test_a_transferred_ticket_waits_in_its_new_line(office, clock, clerk):
    ticket = issue(office, clock)
    office.transfer(clerk, ticket.id, EC_S)
    snap = snapshot_source(office)()
    assert EC not in snap["queues"]  # nobody waits there now
    assert snap["queues"][EC_S]["waiting"] == [ticket.label]


def test_nothing_personal_goes_in_a_snapshot(office, clock, clerk):
    issue(office, clock)
    office.open_counter(clerk, "3", [EC])
    office.call_next(clerk, "3")
    text = json.dumps(snapshot_source(office)())
    assert "Amina" not in text and "ticket_id" not in text and "token" not in text and "language" not in text


def test_the_sender_is_woken_by_queue_changes_only(office, clock, clerk):
    woken = []
    unsubscribe = snapshot_wakeups(office)(lambda: woken.append(1))
    issue(office, clock)
    assert len(woken) == 1
    office.set_announcement(None, {"ar": "x", "fr": "x", "kab": "x", "en": "x"}, source="central")
    assert len(woken) == 1
    office.open_counter(clerk, "3", [EC])
    assert len(woken) == 2
    unsubscribe()
    issue(office, clock)
    assert len(woken) == 2
