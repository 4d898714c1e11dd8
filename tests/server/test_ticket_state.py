"""Where a followed ticket stands (sync/server/ticket_state.py), as a pure function: the states
the page shows, and the wait estimate that must be the kiosk's own."""
from __future__ import annotations

import datetime as dt

from kiosk.domain.tickets import estimate_wait_minutes
from sync import protocol as P
from sync.server.ticket_state import FollowedTicket, ticket_state, wait_minutes

TICKET = FollowedTicket("ALG-16001", "2026-09-06", "EC", "EC-007", "2026-09-06T08:00:00.000Z")
HEARD = "2026-09-06T08:10:00.000Z"


def snapshot(queues: dict, called=(), taken_at="2026-09-06T08:09:58.000Z", day="2026-09-06") -> P.Snapshot:
    return P.parse_snapshot({"protocol": 1, "device_id": "d", "taken_at": taken_at, "day": day,
                             "queues": queues, "called": [{"label": lb, "counter": c} for lb, c in called]})


def at(seconds: float) -> dt.datetime:
    return P.parse_time(HEARD) + dt.timedelta(seconds=seconds)


def test_a_transferred_ticket_is_found_in_its_new_line_with_that_lines_estimate():
    snap = snapshot({"EC": {"waiting": ["EC-008"], "minutes": 5, "counters": 1},
                     "AD": {"waiting": ["AD-001", "EC-007"], "minutes": 9, "counters": 3}})
    state = ticket_state(TICKET, snap, HEARD, at(1))
    assert (state.state, state.service, state.ahead, state.wait_min) == ("waiting", "AD", 1, 3)


def test_offline_after_sixty_seconds_of_silence_and_not_before():
    snap = snapshot({"EC": {"waiting": ["EC-007"], "minutes": 5, "counters": 1}})
    assert not ticket_state(TICKET, snap, HEARD, at(60)).offline
    late = ticket_state(TICKET, snap, HEARD, at(61))
    assert late.offline and late.state == "waiting" and late.heard_at == HEARD


def test_no_snapshot_yet_and_a_snapshot_of_the_day_before_are_no_news():
    assert ticket_state(TICKET, None, None, at(0)).state == "no_news"
    yesterday = snapshot({}, taken_at="2026-09-05T15:00:00.000Z", day="2026-09-05")
    assert ticket_state(TICKET, yesterday, HEARD, at(0)).state == "no_news"


def test_the_pages_wait_is_the_kiosks_estimate():
    for ahead in range(0, 30):
        for minutes in (0.0, 1.5, 4.0, 6.3, 12.0):
            for counters in (0, 1, 2, 5):
                assert wait_minutes(ahead, minutes, counters) == estimate_wait_minutes(ahead, minutes, counters)
