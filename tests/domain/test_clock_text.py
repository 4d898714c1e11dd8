"""Instants as stored text: UTC, milliseconds, a 'Z', sortable as text (events, tickets, sync)."""
import datetime as dt

from kiosk.domain.clock import from_iso, to_iso

ALGIERS = dt.timezone(dt.timedelta(hours=1))


def test_an_algiers_instant_is_written_in_utc_with_milliseconds():
    assert to_iso(dt.datetime(2026, 12, 6, 1, 2, 3, 456789, tzinfo=ALGIERS)) == "2026-12-06T00:02:03.456Z"
    assert to_iso(dt.datetime(2026, 1, 1, 0, 0, tzinfo=ALGIERS)) == "2025-12-31T23:00:00.000Z"


def test_milliseconds_are_cut_not_rounded_so_text_order_is_time_order():
    late = dt.datetime(2026, 12, 6, 8, 59, 59, 999900, tzinfo=dt.UTC)
    assert to_iso(late) == "2026-12-06T08:59:59.999Z"
    assert to_iso(late) < to_iso(late + dt.timedelta(microseconds=100))


def test_the_text_reads_back_as_the_same_millisecond():
    instant = dt.datetime(2026, 3, 9, 14, 30, 0, 125000, tzinfo=dt.UTC)
    assert from_iso(to_iso(instant)) == instant
