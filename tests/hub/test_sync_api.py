"""Sync status over the LAN: the hub's sync loop against a real central server on 127.0.0.1."""
from __future__ import annotations

import threading

import pytest
import requests
import uvicorn
from hub_helpers import Recorder, wait_until

from kiosk.config import Settings
from kiosk.hub import sync_runner
from kiosk.office import OfficeError
from kiosk.office.sync_control import SYNC_STATUS
from kiosk.sync_adapter import office_ports
from sync import protocol as P
from sync.client import SyncClient
from sync.state import SyncState

A = "EC-N12"


@pytest.fixture
def central(tmp_path):
    """A real central server (maktab-server's app under uvicorn, SQLite storage); yields its base URL and store."""
    from sync.server.app import create_app
    from sync.server.store import ServerStore

    db_url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    store = ServerStore(db_url)
    server = uvicorn.Server(uvicorn.Config(create_app(db_url, store=store), host="127.0.0.1", port=0,
                                           log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    wait_until(lambda: server.started)
    base = f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    wait_until(lambda: requests.get(base + P.HEALTH_PATH, timeout=2).ok)
    yield base, store
    server.should_exit = True
    thread.join(10)
    store.close()


@pytest.fixture
def hub_settings(tmp_path):
    return Settings(data_dir=tmp_path / "hub-data")


@pytest.fixture
def enrolled(central, office, hub_settings):
    base, store = central
    store.add_office(office.info.code, office.info.name)
    code, _ = store.new_enroll_code(office.info.code)
    SyncClient.enroll(SyncState.load(hub_settings.data_dir), base, code, "hub")
    return store


@pytest.fixture
def sync_loop(office, hub_settings, enrolled):
    loop = sync_runner.start_sync_loop(office, hub_settings, debounce_s=0.05, pull_interval_s=3600)
    assert loop is not None
    yield loop
    sync_runner.stop_sync_loop(office)


def test_an_office_that_is_not_enrolled_says_so(hub, desk, office, hub_settings):
    loop = sync_runner.start_sync_loop(office, hub_settings)  # waits for an enrolment
    wait_until(lambda: loop.rounds >= 1)
    assert desk.sync_status() == {"enrolled": False}
    assert office.sync_status() == desk.sync_status() == {"enrolled": False}
    desk.login("amina", "4829")
    assert desk.sync_now() is False
    assert office.sync_now() is False
    sync_runner.stop_sync_loop(office)


def test_enrolling_while_the_hub_runs_starts_sync_without_a_restart(central, office, hub_settings):
    base, store = central
    office.issue_ticket(A)  # before the office is enrolled
    loop = sync_runner.start_sync_loop(office, hub_settings, debounce_s=0.05, watch_interval_s=0.05)
    try:
        wait_until(lambda: loop.rounds >= 1)
        assert office.sync_status() == {"enrolled": False}
        store.add_office(office.info.code, office.info.name)
        code, _ = store.new_enroll_code(office.info.code)
        # What `maktab-sync enroll` does, in its own SyncState: the loop only sees the file.
        first = SyncClient.enroll(SyncState.load(hub_settings.data_dir), base, code, "hub")
        wait_until(lambda: store.count_events(first.device_id) == 1)
        wait_until(lambda: office.sync_status().get("pending") == 0)
        assert office.sync_status()["enrolled"] is True

        # Re-enrolled (a replaced token): the loop switches to the new device at once.
        again, _ = store.new_enroll_code(office.info.code)
        second = SyncClient.enroll(SyncState.load(hub_settings.data_dir), base, again, "hub")
        wait_until(lambda: loop.state.device_id == second.device_id)
        office.issue_ticket(A)
        wait_until(lambda: store.count_events(second.device_id) == 1)
        assert store.count_events(first.device_id) == 1
    finally:
        sync_runner.stop_sync_loop(office)


def test_a_desk_sees_pending_events_leave_for_the_central_server(make_device, office, hub, sync_loop):
    display = make_device("Salle", "display")
    seen = Recorder()
    display.subscribe(seen)
    wait_until(lambda: display.online)
    office.issue_ticket(A)
    office.issue_ticket(A)

    def synced():
        statuses = [e.data for e in seen.of("sync.status")]
        return statuses and statuses[-1]["online"] is True and statuses[-1]["pending"] == 0

    # A status heard before the tickets left also says "pending 0": wait for the one after the push,
    # the office's latest, to have reached the display. The loop keeps syncing (each round moves
    # last_success_at), so the three views are compared as one snapshot, taken until they agree.
    agreed: list[dict] = []

    def display_agrees_with_the_office() -> bool:
        if office.outbox.stats().pending or not synced():
            return False
        snapshot = [display.sync_status(), office.sync_status(), seen.of("sync.status")[-1].data]
        agreed[:] = snapshot
        return snapshot[0] == snapshot[1] == snapshot[2]

    wait_until(display_agrees_with_the_office)
    status = agreed[0]
    assert status["enrolled"] is True and status["label"] == "online" and status["rejected"] == 0
    assert status["last_success_at"] and status["last_error"] is None and status["running"] is True
    # Every status the desks heard went through the hub's event stream as plain JSON.
    assert set(seen.of("sync.status")[0].data) == {"enrolled", "online", "pending", "rejected", "last_success_at",
                                                   "last_error", "label", "next_attempt_in_s",
                                                   "server_clock_offset_s", "running"}


def test_publishing_the_status_does_not_wake_the_loop_again(office):
    # The loop's wake-up is the office's listener fan-out, which also carries the loop's own
    # "sync.status" events: woken by them, it would run a round every debounce, forever.
    wakes: list[str] = []
    unsubscribe = office_ports(office).subscribe(lambda: wakes.append("woken"))
    try:
        office.work.publish(SYNC_STATUS, {"enrolled": True, "online": True, "pending": 0})
        assert wakes == []
        office.issue_ticket(A)  # a real change still wakes it
        assert wakes
    finally:
        unsubscribe()


def test_sync_now_from_a_desk_runs_a_round_at_once(make_device, desk, office, hub, sync_loop):
    wait_until(lambda: sync_loop.rounds >= 1 and office.sync_status().get("online") is True)
    rounds = sync_loop.rounds  # idle now: the next round would be in idle_interval_s (300 s)
    with pytest.raises(OfficeError) as exc:
        desk.sync_now()
    assert exc.value.code == "not_logged_in"
    with pytest.raises(OfficeError) as exc:
        make_device("Salle", "display").sync_now("any")
    assert exc.value.code == "device_forbidden"
    desk.login("amina", "4829")  # a clerk may ask
    assert desk.sync_now() is True
    wait_until(lambda: sync_loop.rounds > rounds)


def test_a_stopped_loop_reports_that_it_is_not_running(desk, office, hub, sync_loop):
    seen = Recorder()
    desk.subscribe(seen)
    wait_until(lambda: desk.online)
    wait_until(lambda: office.sync_status().get("online") is True)
    sync_runner.stop_sync_loop(office)
    assert desk.sync_status()["running"] is False
    wait_until(lambda: [e for e in seen.of("sync.status") if e.data["running"] is False])
    desk.login("amina", "4829")
    assert desk.sync_now() is False
