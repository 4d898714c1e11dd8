"""The push and pull paths' verified-device cache, and what a push costs no longer (issue 15).

The server answers a known token from memory and checks the device again inside the push's
or pull's own statements, so whatever another process did (the CLI, another worker, the
back office) is seen at the next request: a revoked or re-enrolled device is refused and
nothing it sent is kept. A resent push whose answer was lost is stored once and counted once.
"""
from __future__ import annotations

import pytest
import requests
from sqlalchemy import select, text

from sync import protocol as P
from sync.server import db as D
from sync.server.db_public import public_tickets
from sync.server.figures.schema import figures_daily
from sync.server.store import ServerStore
from tests.server.live_ticket_world import new_token, ticket_event


def pull(server, device) -> requests.Response:
    return requests.get(server.url(P.UPDATES_PATH), params={"cursor": 0}, headers=device.headers, timeout=10)


def other_process(server) -> ServerStore:
    """A second store on the same database: the memory of another worker, or of the CLI."""
    return ServerStore(server.db_url, migrate=False)


def test_a_device_revoked_elsewhere_is_refused_at_its_next_push_and_pull(server, device, api):
    assert api.push(server, device, api.make_events(1, 2)).status_code == 200  # now cached
    assert pull(server, device).status_code == 200
    elsewhere = other_process(server)
    try:
        elsewhere.devices.revoke(device.device_id)
    finally:
        elsewhere.close()

    refused = api.push(server, device, api.make_events(3, 2))
    assert refused.status_code == 401 and refused.json()["error"]["code"] == "revoked"
    assert pull(server, device).json()["error"]["code"] == "revoked"
    assert server.store.count_events(device.device_id) == 2  # the refused push left nothing behind
    assert server.store.devices.cached(device.token) is None


def test_a_device_enrolled_again_elsewhere_refuses_its_old_token_at_once(server, device, api):
    assert api.push(server, device, api.make_events(1, 3)).status_code == 200  # the old token is cached
    elsewhere = other_process(server)
    try:
        code, _ = elsewhere.new_enroll_code(device.office_code)
        renewed = elsewhere.enroll(code, "kiosk", previous_device_id=device.device_id)
    finally:
        elsewhere.close()

    for answer in (api.push(server, device, api.make_events(4, 1)), pull(server, device)):
        assert answer.status_code == 401 and answer.json()["error"]["code"] == "unauthorized"
        assert "replaced when the device was enrolled again" in answer.json()["error"]["message"]
    assert server.store.count_events(device.device_id) == 3
    new = type(device)(device.device_id, device.office_code, renewed.token)
    answer = api.push(server, new, api.make_events(4, 1)).json()
    assert [r["status"] for r in answer["results"]] == [P.STORED] and answer["acked_through"] == 4


def test_revoking_in_this_process_empties_its_cache(server, device, api):
    assert api.push(server, device, api.make_events(1, 1)).status_code == 200
    assert server.store.devices.cached(device.token).id == device.device_id
    server.store.devices.revoke(device.device_id)
    assert server.store.devices.cached(device.token) is None
    assert api.push(server, device, api.make_events(2, 1)).json()["error"]["code"] == "revoked"


def test_a_push_whose_answer_was_lost_is_stored_and_counted_once(server, device, api):
    tickets = [ticket_event(seq, f"A-{seq:03d}", new_token()) for seq in (1, 2, 3)]
    first = api.push(server, device, tickets).json()  # the answer never reaches the office …
    again = api.push(server, device, tickets).json()  # … so it sends the same events in a new batch
    assert [r["status"] for r in first["results"]] == [P.STORED] * 3
    assert [r["status"] for r in again["results"]] == [P.DUPLICATE] * 3
    assert first["acked_through"] == again["acked_through"] == 3
    with D.read_only(server.store.engine) as conn:
        issued = conn.execute(select(figures_daily.c.tickets_issued)
                              .where(figures_daily.c.office_code == device.office_code)).scalar_one()
        followed = conn.execute(select(text("count(*)")).select_from(public_tickets)).scalar_one()
    assert server.store.count_events(device.device_id) == 3 and issued == 3 and followed == 3


def test_the_first_push_acknowledges_from_the_devices_first_seq(server, device, api):
    """A device whose outbox starts after seq 1 (restored from a backup) is acknowledged from its
    first stored seq, as before; a later gap holds the mark until it is filled."""
    assert api.push(server, device, api.make_events(40, 3)).json()["acked_through"] == 42
    assert api.push(server, device, api.make_events(44, 1)).json()["acked_through"] == 42
    assert api.push(server, device, api.make_events(43, 1)).json()["acked_through"] == 44


def test_after_the_database_dropped_its_connections_one_push_is_refused_and_nothing_lost(server, device, api):
    """No ping before each checkout: a push on a connection the database dropped may get 503
    (nothing stored, Retry-After), then the pool renews its connections and the retry is stored."""
    if not server.db_url.startswith("postgresql"):
        pytest.skip("SQLite has no connection to drop")
    assert api.push(server, device, api.make_events(1, 2)).status_code == 200
    killer = ServerStore(server.db_url, migrate=False)  # this session's database: only its tests' connections
    try:
        with killer.engine.connect() as conn:
            dropped = conn.execute(text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                        "WHERE datname = current_database() AND pid <> pg_backend_pid()")).scalar()
    finally:
        killer.close()
    assert dropped >= 1
    answers = [api.push(server, device, api.make_events(3, 2)) for _ in range(3)]
    codes = [a.status_code for a in answers]
    assert codes[-1] == 200 and set(codes) <= {200, 503}, codes
    assert all(a.headers.get("Retry-After") == "5" for a in answers if a.status_code == 503)
    assert server.store.count_events(device.device_id) == 4
    assert answers[-1].json()["acked_through"] == 4
    assert server.app.state.fast_sync_counts["push"] == 3  # the fast path met the dropped connections
