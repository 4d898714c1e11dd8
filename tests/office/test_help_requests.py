"""Calls for help through the office port (local and over the LAN): dedupe, acknowledgement,
expiry on the test's clock, the outbox events the central server counts."""
from __future__ import annotations

import pytest

from kiosk.domain.help import HELP_EXPIRES_AFTER, HelpState
from kiosk.office import NotFound, NotLoggedIn


@pytest.fixture
def clerk(local):
    local.add_staff("amina", "clerk", "4829")


def outbox_types(local) -> list[str]:
    return [e.type for e in local.outbox.list()]


def test_a_repeated_press_raises_one_request(office, local, clock):
    first = office.ask_for_help("Borne 1")
    clock.advance(seconds=30)
    again = office.ask_for_help("Borne 1")
    assert again.id == first.id and again.asked_at == first.asked_at
    assert [r.id for r in office.open_help_requests()] == [first.id]
    assert outbox_types(local).count("help.requested") == 1


def test_an_unanswered_request_expires_and_a_new_press_asks_again(office, clock):
    first = office.ask_for_help("Borne 1")
    clock.advance(seconds=HELP_EXPIRES_AFTER.total_seconds())
    assert office.open_help_requests() == []
    assert office.help_request(first.id).state(clock.now()) is HelpState.EXPIRED
    second = office.ask_for_help("Borne 1")
    assert second.id != first.id
    assert [r.id for r in office.open_help_requests()] == [second.id]


def test_a_clerk_acknowledges_once_and_the_kiosk_can_read_it(office, local, clerk, clock):
    asked = office.ask_for_help("Borne 1")
    token = office.login("amina", "4829").token
    clock.advance(seconds=20)
    answered = office.acknowledge_help(token, asked.id, "ack-1")
    assert answered.acknowledged_by == "amina" and answered.acknowledged_at == clock.now()
    assert office.help_request(asked.id).state(clock.now()) is HelpState.ACKNOWLEDGED
    assert office.open_help_requests() == []
    clock.advance(seconds=5)
    again = office.acknowledge_help(token, asked.id, "ack-2")  # a second desk, later: the first clerk stays
    assert again.acknowledged_at == answered.acknowledged_at
    assert outbox_types(local).count("help.acknowledged") == 1
    payload = next(e.payload for e in local.outbox.list() if e.type == "help.acknowledged")
    assert payload["office_code"] == "TST" and payload["acknowledged_by"] == "amina"


def test_acknowledging_needs_a_session_and_a_known_request(office, clerk):
    asked = office.ask_for_help("Borne 1")
    with pytest.raises(NotLoggedIn):
        office.acknowledge_help("", asked.id)
    token = office.login("amina", "4829").token
    with pytest.raises(NotFound):
        office.acknowledge_help(token, "no-such-request")
    assert office.help_request("no-such-request") is None


def test_listeners_hear_the_request_and_its_answer(local, clerk):
    heard = []
    local.subscribe(heard.append)
    asked = local.ask_for_help("Borne 1")
    local.ask_for_help("Borne 1")  # a repeat: no second alert
    local.acknowledge_help(local.login("amina", "4829").token, asked.id)
    kinds = [e.kind for e in heard if e.kind.startswith("help.")]
    assert kinds == ["help.requested", "help.acknowledged"]
    assert heard[-1].data["request"]["acknowledged_by"] == "amina"
