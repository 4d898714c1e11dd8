"""POST /api/v1/snapshot and the followable tickets of pushed `ticket.issued` events, on a real
server over SQLite and PostgreSQL (the `server` fixture is parametrized on both)."""
from __future__ import annotations

import json

import requests
from sqlalchemy import select

from sync import protocol as P
from sync.server.db_public import office_snapshots, public_tickets
from sync.server.public_tickets import token_hash
from tests.server.live_ticket_world import new_token, post_snapshot, snapshot_body, ticket_event


def _snapshot_rows(server):
    with server.store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(office_snapshots))]


def test_a_snapshot_is_stored_per_office_and_only_a_newer_one_replaces_it(server, device, api):
    first = post_snapshot(server, device, snapshot_body(device.device_id, "2026-09-06T08:00:10Z", waiting=["EC-001"]))
    assert first.status_code == 200 and first.json()["stored"] is True
    newer = post_snapshot(server, device, snapshot_body(device.device_id, "2026-09-06T08:00:20Z",
                                                        waiting=["EC-002"]))
    assert newer.json()["stored"] is True
    # A late retry of an older snapshot is answered (nothing to retry) but changes nothing.
    older = post_snapshot(server, device, snapshot_body(device.device_id, "2026-09-06T08:00:15Z",
                                                        waiting=["EC-999"]))
    assert older.status_code == 200 and older.json()["stored"] is False
    rows = _snapshot_rows(server)
    assert len(rows) == 1 and rows[0]["office_code"] == device.office_code
    assert rows[0]["taken_at"] == "2026-09-06T08:00:20.000Z"
    assert json.loads(rows[0]["body"])["queues"]["EC"]["waiting"] == ["EC-002"]
    assert P.parse_time(rows[0]["received_at"]) > P.parse_time("2026-09-06T08:00:20Z")  # the server's clock
    # Another office has its own row.
    other = api.enroll(server, "ORN-31001", "APC Oran")
    assert post_snapshot(server, other, snapshot_body(other.device_id, "2026-09-06T07:00:00Z")).json()["stored"]
    assert len(_snapshot_rows(server)) == 2


def test_a_snapshot_needs_the_device_token_of_its_own_device(server, device, api):
    body = snapshot_body(device.device_id, "2026-09-06T08:00:10Z")
    data, headers = P.encode_json_body(body)
    r = requests.post(server.url(P.SNAPSHOT_PATH), data=data, headers=headers, timeout=10)
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"
    r = requests.post(server.url(P.SNAPSHOT_PATH), data=data, headers={**headers, "Authorization": "Bearer nope"},
                      timeout=10)
    assert r.status_code == 401
    other = api.enroll(server, "ORN-31001", "APC Oran")
    r = post_snapshot(server, other, body)  # another office's token, this device's id
    assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
    assert _snapshot_rows(server) == []


def test_a_bad_snapshot_is_refused_with_400_naming_the_field(server, device):
    good = snapshot_body(device.device_id, "2026-09-06T08:00:10Z", waiting=["EC-001"], called=[("EC-000", "3")])
    cases = {
        "taken_at": ({**good, "taken_at": "yesterday"}, "snapshot.taken_at"),
        "day": ({**good, "day": "06/09/2026"}, "snapshot.day"),
        "label": ({**good, "queues": {"EC": {"waiting": ["Mr Smith"], "minutes": 5, "counters": 1}}},
                  "snapshot.queues.EC.waiting[0]"),
        "minutes": ({**good, "queues": {"EC": {"waiting": [], "minutes": -1, "counters": 1}}},
                    "snapshot.queues.EC.minutes"),
        "service": ({**good, "queues": {"bad code": {"waiting": [], "minutes": 1, "counters": 1}}},
                    "snapshot.queues key"),
        "called": ({**good, "called": [{"label": "EC-001"}]}, "snapshot.called[0].counter"),
        "not an object": ([1, 2], "snapshot"),
    }
    for name, (body, field) in cases.items():
        r = post_snapshot(server, device, body)
        assert r.status_code == 400, name
        assert r.json()["error"]["code"] == "invalid_request" and field in r.json()["error"]["message"], name
    r = requests.post(server.url(P.SNAPSHOT_PATH), data=b"{not json", timeout=10,
                      headers={"Content-Type": "application/json", **device.headers})
    assert r.status_code == 400 and r.json()["error"]["code"] == "bad_json"
    assert _snapshot_rows(server) == []


def test_a_snapshot_body_is_bounded(server, device):
    body = snapshot_body(device.device_id, "2026-09-06T08:00:10Z", waiting=["EC-001"])
    body["padding"] = "x" * (P.MAX_SNAPSHOT_BYTES + 1)
    r = post_snapshot(server, device, body, compress=False)
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"
    r = post_snapshot(server, device, body)  # gzip'd it is tiny on the wire, but inflates over the bound
    assert r.status_code == 413


def test_issued_tickets_with_a_token_become_followable_once_by_the_token_hash(server, device, api):
    token = new_token()
    events = [ticket_event(1, "EC-001", token), ticket_event(2, "EC-002", None),
              ticket_event(3, "EC-003", "too-short")]
    assert api.push(server, device, events, "b-1").status_code == 200
    assert api.push(server, device, events, "b-1").status_code == 200  # a retried batch
    with server.store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(select(public_tickets))]
    assert len(rows) == 1
    row = rows[0]
    assert row["token_hash"] == token_hash(token) and token not in json.dumps(rows)
    assert (row["office_code"], row["day"], row["service"], row["number"], row["label"]) == \
        (device.office_code, "2026-09-06", "EC", 1, "EC-001")


def test_followable_tickets_are_forgotten_a_few_days_later(server, device, api):
    old, recent = new_token(), new_token()
    api.push(server, device, [ticket_event(1, "EC-001", old, day="2026-09-01"),
                              ticket_event(2, "EC-001", recent, day="2026-09-05")])
    api.push(server, device, [ticket_event(3, "EC-001", new_token(), day="2026-09-06")])
    with server.store.engine.connect() as conn:
        kept = set(conn.execute(select(public_tickets.c.day)).scalars())
    assert kept == {"2026-09-05", "2026-09-06"}  # three days kept: 09-04 .. 09-06
