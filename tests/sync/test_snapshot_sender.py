"""The live snapshot sender against a real central server (SQLite and PostgreSQL): it sends on
change, at most every 10 s, keeps the server informed when nothing changes, and never holds up
event sync. Its clock is injected: no test waits for time to pass."""
from __future__ import annotations

import json
import threading
import time

import pytest
from sqlalchemy import select

from kiosk.config import Settings
from kiosk.hub import sync_runner
from kiosk.live_snapshot import snapshot_source, snapshot_wakeups
from kiosk.sync_adapter import office_ports
from sync import protocol as P
from sync.client import SyncClient
from sync.loop import SyncLoop
from sync.server.db_public import office_snapshots
from sync.snapshot_sender import SnapshotSender
from sync.state import SyncState

EC = "EC-N12"


class Ticking:
    """A monotonic clock the test moves, and the office's clock with it."""

    def __init__(self, office_clock):
        self.now = 1000.0
        self.office_clock = office_clock

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
        self.office_clock.advance(seconds=seconds)


def wait_until(condition, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.02)


@pytest.fixture
def state(server, office, tmp_path) -> SyncState:
    server.store.add_office(office.info.code, office.info.name)
    code, _ = server.store.new_enroll_code(office.info.code)
    state = SyncState.load(tmp_path / "data")
    SyncClient.enroll(state, server.base_url, code, "hub")
    return state


def stored(server) -> dict | None:
    with server.store.engine.connect() as conn:
        row = conn.execute(select(office_snapshots)).first()
    return None if row is None else {**row._mapping, "snapshot": P.parse_snapshot(json.loads(row.body))}


def waiting(server, line: str = EC) -> tuple[str, ...]:
    queue = stored(server)["snapshot"].queues.get(line)
    return () if queue is None else queue.waiting


def test_it_sends_on_change_at_most_every_ten_seconds_and_keeps_alive(server, office, state, clock):
    ticks = Ticking(clock)
    sender = SnapshotSender(lambda: state, snapshot_source(office), clock=ticks)
    assert sender.tick() == 30.0 and sender.sent == 1  # the first look sends
    assert waiting(server) == ()

    office.issue_ticket(EC)
    ticks.advance(4)
    assert sender.tick() == pytest.approx(6.0) and sender.sent == 1  # changed, but only 4 s later
    office.issue_ticket(EC)
    ticks.advance(6)
    assert sender.tick() == 30.0 and sender.sent == 2  # both tickets, together
    assert len(waiting(server)) == 2

    ticks.advance(15)
    assert sender.tick() == pytest.approx(15.0) and sender.sent == 2  # unchanged: nothing to send
    ticks.advance(15)
    received = stored(server)["received_at"]
    assert sender.tick() == 30.0 and sender.sent == 3  # unchanged for 30 s: still here
    assert stored(server)["received_at"] > received
    assert sender.wire_bytes > sender.bytes_sent > 0


def test_a_failure_waits_for_the_next_try_and_nothing_is_lost(server, office, state, clock):
    ticks = Ticking(clock)
    down = SyncState(**{**state.to_dict(), "server_url": "http://127.0.0.1:9"})  # nothing listens there
    current = [down]
    sender = SnapshotSender(lambda: current[0], snapshot_source(office), clock=ticks)
    office.issue_ticket(EC)
    assert sender.tick() == 10.0 and sender.sent == 0  # no exception: try again in 10 s
    assert stored(server) is None
    current[0] = state  # the link is back
    ticks.advance(10)
    sender.tick()
    assert sender.sent == 1 and len(waiting(server)) == 1


def test_a_refused_device_waits_for_a_new_enrolment(server, office, state, clock):
    ticks = Ticking(clock)
    forged = SyncState(**{**state.to_dict(), "token": "not-a-token"})
    sender = SnapshotSender(lambda: forged, snapshot_source(office), clock=ticks)
    sender.tick()
    ticks.advance(60)
    sender.tick()
    assert sender.sent == 0 and stored(server) is None


def test_a_stuck_snapshot_never_holds_up_event_sync(server, office, state, monkeypatch):
    release = threading.Event()
    arrived = threading.Event()
    save = server.store.live.save_snapshot

    def stuck(*args):
        arrived.set()
        release.wait(30)
        return save(*args)

    monkeypatch.setattr(server.store.live, "save_snapshot", stuck)
    sender = SnapshotSender(lambda: state, snapshot_source(office), subscribe=snapshot_wakeups(office),
                            timeout=(3.0, 60.0))
    loop = SyncLoop(office_ports(office), state, debounce_s=0.01, pull_interval_s=3600)
    sender.start()
    loop.start()
    try:
        assert arrived.wait(20)  # the sender is inside a request that does not end
        office.issue_ticket(EC)
        office.issue_ticket(EC)
        wait_until(lambda: server.store.count_events(state.device_id) == 2)  # events went meanwhile
        assert sender.sent == 0
    finally:
        release.set()
        loop.stop()
        sender.stop()
    assert sender.sent >= 1


def test_the_hub_starts_and_stops_the_sender_with_the_sync_loop(server, office, state, tmp_path):
    settings = Settings(data_dir=state.path.parent)
    loop = sync_runner.start_sync_loop(office, settings, debounce_s=0.01, pull_interval_s=3600)
    try:
        office.issue_ticket(EC)  # the first snapshot goes at once, the change after its 10 s at most
        wait_until(lambda: stored(server) is not None)
        snapshots = sync_runner._runners[office].snapshots
        assert snapshots is not None and snapshots.running
    finally:
        sync_runner.stop_sync_loop(office)
    assert not snapshots.running and not loop.running
