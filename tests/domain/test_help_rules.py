"""The rules of a call for help: open, acknowledged, expired; one open request per kiosk."""
from __future__ import annotations

import datetime as dt

from kiosk.domain.help import HELP_EXPIRES_AFTER, HelpRequest, HelpState, open_requests, still_open

ASKED = dt.datetime(2026, 3, 3, 8, 0, tzinfo=dt.UTC)


def request(id_: str = "h1", device: str = "k1", asked: dt.datetime = ASKED, **more) -> HelpRequest:
    return HelpRequest(id_, "Borne 1", device, asked, **more)


def test_a_request_is_open_until_it_expires_unless_someone_answers():
    asked = request()
    assert asked.state(ASKED) is HelpState.OPEN
    assert asked.state(ASKED + HELP_EXPIRES_AFTER - dt.timedelta(seconds=1)) is HelpState.OPEN
    assert asked.state(ASKED + HELP_EXPIRES_AFTER) is HelpState.EXPIRED
    answered = request(acknowledged_at=ASKED + dt.timedelta(minutes=1), acknowledged_by="amina")
    assert answered.state(ASKED + dt.timedelta(hours=1)) is HelpState.ACKNOWLEDGED


def test_a_new_press_gets_the_same_kiosks_open_request_back_only():
    mine, other = request("h1", "k1"), request("h2", "k2")
    now = ASKED + dt.timedelta(minutes=2)
    assert still_open([other, mine], "k1", now) is mine
    assert still_open([other], "k1", now) is None
    assert still_open([mine], "k1", ASKED + HELP_EXPIRES_AFTER) is None  # expired: a press asks again
    answered = request(acknowledged_at=now, acknowledged_by="amina")
    assert still_open([answered], "k1", now) is None


def test_the_desks_see_open_requests_oldest_first():
    later = request("h2", "k2", ASKED + dt.timedelta(minutes=3))
    first = request("h1", "k1")
    answered = request("h3", "k3", acknowledged_at=ASKED, acknowledged_by="amina")
    assert open_requests([later, answered, first], ASKED + dt.timedelta(minutes=4)) == [first, later]
    assert open_requests([later, first], ASKED + dt.timedelta(minutes=11)) == [later]
