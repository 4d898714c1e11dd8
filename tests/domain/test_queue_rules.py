import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from kiosk.domain.clock import FixedClock, business_date, from_iso, to_iso
from kiosk.domain.ids import uuid7
from kiosk.domain.tickets import Priority, estimate_wait_minutes, format_label

ALGIERS = ZoneInfo("Africa/Algiers")


def test_label_is_prefix_and_three_digits():
    assert format_label("A", 42) == "A-042"
    assert format_label("S", 999) == "S-999"


def test_business_date_follows_algiers_not_utc():
    # 23:30 UTC on 5 September is 00:30 on 6 September in Algiers (UTC+1).
    late = dt.datetime(2026, 9, 5, 23, 30, tzinfo=dt.UTC)
    assert business_date(late, ALGIERS) == dt.date(2026, 9, 6)
    assert business_date(late - dt.timedelta(hours=1), ALGIERS) == dt.date(2026, 9, 5)


@pytest.mark.parametrize(
    "ahead, minutes, counters, expected",
    [(0, 5, 1, 0), (1, 3, 1, 3), (10, 3, 1, 30), (10, 3, 2, 15), (3, 2.5, 2, 4), (5, 20, 0, 100)],
)
def test_estimated_wait(ahead, minutes, counters, expected):
    assert estimate_wait_minutes(ahead, minutes, counters) == expected


def test_priority_classes():
    assert not Priority.NONE.is_priority
    assert all(p.is_priority for p in (Priority.ELDERLY, Priority.DISABILITY, Priority.PREGNANCY))


def test_uuid7_sortable_and_unique():
    ids = [uuid7() for _ in range(10_000)]
    assert len(set(ids)) == len(ids)
    assert ids == sorted(ids)
    assert all(i[14] == "7" for i in ids[:10])


def test_iso_round_trip_and_fixed_clock():
    clock = FixedClock(dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC))
    stamp = to_iso(clock.now())
    assert stamp == "2026-01-01T12:00:00.000Z"
    assert from_iso(stamp) == clock.now()
    clock.advance(minutes=90)
    assert clock.now().hour == 13 and clock.now().minute == 30
