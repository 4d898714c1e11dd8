"""The one coalescer of kiosk/ui: a burst of refresh requests becomes one refresh, and a
request made while a refresh is out runs once after it (on a hand-moved clock)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QObject

from kiosk.ui.clock import ManualUiClock
from kiosk.ui.coalescer import Coalescer


@pytest.fixture
def owner(qapp):
    owner = QObject()
    yield owner
    owner.deleteLater()


def test_a_burst_of_requests_becomes_one_refresh_after_the_delay(owner):
    clock, runs = ManualUiClock(), []
    reads = Coalescer(lambda: runs.append(clock.now_ms), clock, owner, delay_ms=150)
    for _ in range(5):
        reads.request()
        clock.advance(ms=20)
    assert runs == []  # still in the burst's delay
    clock.advance(ms=70)
    assert runs == [150]  # one refresh, 150 ms after the first request
    clock.advance(seconds=5)
    assert runs == [150]


def test_requests_while_a_refresh_is_out_become_one_more_after_it(owner):
    clock, runs = ManualUiClock(), []
    reads = Coalescer(lambda: runs.append("read"), clock, owner)
    reads.request()
    assert runs == ["read"] and reads.running  # no delay: at once
    reads.request()
    reads.request()
    assert runs == ["read"]  # not a second read while the first is out
    assert reads.finished() is True  # the answer may be stale: one more read has started
    assert runs == ["read", "read"]
    assert reads.finished() is False  # nothing asked meanwhile
    assert not reads.running


def test_a_failed_refresh_drops_the_requests_made_meanwhile(owner):
    clock, runs = ManualUiClock(), []
    reads = Coalescer(lambda: runs.append("read"), clock, owner)
    reads.now()
    reads.request()
    reads.failed()  # the caller retries on its own timer
    assert runs == ["read"] and not reads.running
    reads.request()
    assert runs == ["read", "read"]


def test_cancel_forgets_a_request_waiting_for_its_delay(owner):
    clock, runs = ManualUiClock(), []
    reads = Coalescer(lambda: runs.append("read"), clock, owner, delay_ms=100)
    reads.request()
    reads.cancel()
    clock.advance(ms=500)
    assert runs == []
