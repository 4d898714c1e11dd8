"""Enrolment and pushing batches to a real server, on SQLite and PostgreSQL."""
from __future__ import annotations

import gzip
import json
import time

import requests

from sync import protocol as P


def test_health_says_it_is_maktab_with_server_clock(server):
    r = requests.get(server.url(P.HEALTH_PATH), timeout=10)
    assert r.status_code == 200
    health = P.parse_health(r.json())
    assert health.protocol == P.PROTOCOL_VERSION
    assert abs((P.parse_time(health.server_time) - P.utc_now()).total_seconds()) < 60
    assert r.headers["Date"]


def test_openapi_is_published_without_pages_that_need_a_cdn(server):
    spec = requests.get(server.url("/openapi.json"), timeout=10).json()
    assert {P.ENROLL_PATH, P.BATCHES_PATH, P.UPDATES_PATH, P.HEALTH_PATH} <= set(spec["paths"])
    # Swagger UI and ReDoc would be fetched from a CDN: not served (tests/web checks no page reaches outside).
    assert requests.get(server.url("/docs"), timeout=10).status_code == 404


def test_enroll_code_works_once(server):
    server.store.add_office("ALG-16001", "APC Alger Centre")
    code, _ = server.store.new_enroll_code("ALG-16001")
    typed = code.lower().replace("-", " ")  # as a technician may type it
    r = requests.post(server.url(P.ENROLL_PATH), json={"code": typed, "device_name": "kiosk hall"}, timeout=10)
    assert r.status_code == 201, r.text
    body = P.parse_enroll_response(r.json())
    assert body.office_code == "ALG-16001" and body.office_name == "APC Alger Centre"
    assert len(body.token) >= 40
    assert server.store.device_for_token(body.token).id == body.device_id

    again = requests.post(server.url(P.ENROLL_PATH), json={"code": code, "device_name": "thief"}, timeout=10)
    assert again.status_code == 403
    assert again.json()["error"]["code"] == "invalid_code"
    assert "already used" in again.json()["error"]["message"]


def test_expired_enroll_code_is_refused(server):
    server.store.add_office("ALG-16001", "APC Alger Centre")
    code, _ = server.store.new_enroll_code("ALG-16001", ttl_hours=0.0001)
    time.sleep(0.5)
    r = requests.post(server.url(P.ENROLL_PATH), json={"code": code, "device_name": "late"}, timeout=10)
    assert r.status_code == 403 and r.json()["error"]["code"] == "invalid_code"


def test_push_stores_the_batch_and_acks(server, device, api):
    r = api.push(server, device, api.make_events(1, 300), "batch-1")
    assert r.status_code == 200, r.text
    assert r.headers["Date"]
    resp = P.parse_push_response(r.json())
    assert resp.batch_id == "batch-1"
    assert [x.seq for x in resp.results] == list(range(1, 301))
    assert {x.status for x in resp.results} == {P.STORED}
    assert resp.acked_through == 300
    assert server.store.count_events(device.device_id) == 300


def test_pushing_again_gives_duplicates_and_stores_nothing_twice(server, device, api):
    events = api.make_events(1, 50)
    api.push(server, device, events, "b1")
    r = api.push(server, device, events + api.make_events(51, 10), "b1-retry")
    resp = P.parse_push_response(r.json())
    assert [x.status for x in resp.results] == [P.DUPLICATE] * 50 + [P.STORED] * 10
    assert resp.acked_through == 60
    assert server.store.count_events(device.device_id) == 60


def test_uncompressed_body_is_accepted(server, device, api):
    r = api.push(server, device, api.make_events(1, 3), compress=False)
    assert r.status_code == 200
    assert P.parse_push_response(r.json()).seqs_with(P.STORED) == [1, 2, 3]


def test_conflicting_content_is_rejected_alone_and_the_others_stored(server, device, api):
    api.push(server, device, api.make_events(1, 5))
    changed = api.make_events(3, 1, tag="changed")  # seq 3 again, different payload
    raw_bad = {"seq": 7, "id": "ev-7", "type": "ticket.issued", "occurred_at": "yesterday", "payload": {}}
    batch = api.make_events(1, 2) + changed + [P.Event.create(6, "ev-6", "ticket.called", "2026-09-06T07:31:00Z", {})]
    body = P.make_push_request(device.device_id, "mixed", batch)
    body["events"].append(raw_bad)
    body["events"].append({"seq": 8, "id": "ev-8", "type": "Ticket Issued", "occurred_at": "2026-09-06T07:31:00Z",
                           "payload": {}})
    body["events"].append("not an event")
    data, headers = P.encode_json_body(body)
    r = requests.post(server.url(P.BATCHES_PATH), data=data, headers={**headers, **device.headers}, timeout=10)
    assert r.status_code == 200, r.text
    resp = P.parse_push_response(r.json())
    statuses = [(x.seq, x.status) for x in resp.results]
    assert statuses == [(1, P.DUPLICATE), (2, P.DUPLICATE), (3, P.REJECTED), (6, P.STORED),
                        (7, P.REJECTED), (8, P.REJECTED), (None, P.REJECTED)]
    reasons = [x.reason for x in resp.results]
    assert reasons[2] == P.CONFLICT_REASON
    assert "occurred_at" in reasons[4]
    assert "family.action" in reasons[5]
    assert "JSON object" in reasons[6]
    assert server.store.count_events(device.device_id) == 6
    # 4 and 5 were stored earlier; 6 follows; 7 was rejected: contiguous through 6.
    assert resp.acked_through == 6


def test_hash_mismatch_is_rejected(server, device, api):
    ev = api.make_events(1, 1)[0].to_dict()
    ev["payload"]["number"] = "Z999"  # altered after hashing
    body = {"protocol": 1, "device_id": device.device_id, "batch_id": "x", "events": [ev]}
    r = requests.post(server.url(P.BATCHES_PATH), json=body, headers=device.headers, timeout=10)
    result = r.json()["results"][0]
    assert result["status"] == P.REJECTED and "hash" in result["reason"]


def test_event_without_hash_gets_one_computed(server, device, api):
    ev = api.make_events(1, 1)[0]
    raw = ev.to_dict()
    del raw["hash"]
    body = {"protocol": 1, "device_id": device.device_id, "batch_id": "x", "events": [raw]}
    r = requests.post(server.url(P.BATCHES_PATH), json=body, headers=device.headers, timeout=10)
    assert r.json()["results"] == [{"seq": 1, "status": "stored"}]
    again = requests.post(server.url(P.BATCHES_PATH), json={**body, "events": [ev.to_dict()]},
                          headers=device.headers, timeout=10)
    assert again.json()["results"] == [{"seq": 1, "status": "duplicate"}]


def test_acked_through_stops_at_a_gap_and_resumes(server, device, api):
    api.push(server, device, api.make_events(1, 10))
    r = api.push(server, device, api.make_events(21, 5))
    assert r.json()["acked_through"] == 10
    r = api.push(server, device, api.make_events(11, 10))
    assert r.json()["acked_through"] == 25


def test_a_token_cannot_push_for_another_device(server, api):
    a = api.enroll(server, "ALG-16001", "APC Alger Centre")
    b = api.enroll(server, "ORN-31001", "APC Oran")
    r = api.push(server, a, api.make_events(1, 3), device_id=b.device_id)
    assert r.status_code == 403
    err = r.json()["error"]
    assert err["code"] == "forbidden" and a.device_id in err["message"] and b.device_id in err["message"]
    assert server.store.count_events() == 0


def test_missing_or_unknown_token_is_401(server, device, api):
    body, headers = P.encode_json_body(P.make_push_request(device.device_id, "b", api.make_events(1, 1)))
    none = requests.post(server.url(P.BATCHES_PATH), data=body, headers=headers, timeout=10)
    assert none.status_code == 401 and none.json()["error"]["code"] == "unauthorized"
    assert none.headers["WWW-Authenticate"] == "Bearer"
    bad = requests.post(server.url(P.BATCHES_PATH), data=body,
                        headers={**headers, "Authorization": "Bearer not-a-token"}, timeout=10)
    assert bad.status_code == 401 and "enroll" in bad.json()["error"]["message"]
    pull = requests.get(server.url(P.UPDATES_PATH), headers={"Authorization": "Basic abc"}, timeout=10)
    assert pull.status_code == 401
    assert server.store.count_events() == 0


def test_gzip_bomb_is_413_without_inflating_it(server, device):
    # 64 times the limit once inflated (how little the server inflates is test_server_protocol's
    # test_gzip_bomb_is_stopped_early, measured in memory rather than in time)
    inner = b'{"protocol":1,"device_id":"' + device.device_id.encode() + b'","batch_id":"b","events":[' \
        + b" " * (64 * P.MAX_BATCH_BYTES) + b"]}"
    bomb = gzip.compress(inner, 9)
    assert len(bomb) < P.MAX_BODY_BYTES
    r = requests.post(server.url(P.BATCHES_PATH), data=bomb,
                      headers={**device.headers, "Content-Encoding": "gzip", "Content-Type": "application/json"},
                      timeout=30)
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "too_large"


def test_oversized_body_is_413(server, device):
    big = b"x" * (P.MAX_BODY_BYTES + 1)
    r = requests.post(server.url(P.BATCHES_PATH), data=big, headers=device.headers, timeout=30)
    assert r.status_code == 413 and "smaller batches" in r.json()["error"]["message"]


def test_oversized_chunked_body_without_length_is_413(server, device):
    def chunks():
        for _ in range(40):
            yield b"y" * 64 * 1024  # 2.5 MiB, no Content-Length

    r = requests.post(server.url(P.BATCHES_PATH), data=chunks(), headers=device.headers, timeout=30)
    assert r.status_code == 413


def test_too_many_events_is_413(server, device, api):
    r = api.push(server, device, api.make_events(1, P.MAX_BATCH_EVENTS + 1))
    assert r.status_code == 413 and str(P.MAX_BATCH_EVENTS) in r.json()["error"]["message"]
    assert server.store.count_events() == 0


def test_malformed_json_is_400_with_a_message(server, device):
    r = requests.post(server.url(P.BATCHES_PATH), data=b'{"protocol": 1, "events": [',
                      headers={**device.headers, "Content-Type": "application/json"}, timeout=10)
    assert r.status_code == 400
    err = r.json()["error"]
    assert err["code"] == "bad_json" and "not valid JSON" in err["message"]
    assert "server_time" in r.json()


def test_bad_gzip_is_400(server, device):
    r = requests.post(server.url(P.BATCHES_PATH), data=b"definitely not gzip",
                      headers={**device.headers, "Content-Encoding": "gzip"}, timeout=10)
    assert r.status_code == 400 and r.json()["error"]["code"] == "bad_gzip"


def test_unknown_content_encoding_is_415(server, device):
    r = requests.post(server.url(P.BATCHES_PATH), data=b"{}", headers={**device.headers, "Content-Encoding": "br"},
                      timeout=10)
    assert r.status_code == 415


def test_wrong_protocol_version_is_400(server, device, api):
    body = P.make_push_request(device.device_id, "b", api.make_events(1, 1))
    body["protocol"] = 2
    r = requests.post(server.url(P.BATCHES_PATH), json=body, headers=device.headers, timeout=10)
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "unsupported_protocol" and "version 1" in r.json()["error"]["message"]


def test_wrong_shape_is_422_never_500(server, device):
    for body in ([1, 2], {"protocol": 1}, {"protocol": 1, "device_id": device.device_id, "batch_id": "b",
                                           "events": {"seq": 1}}, "text", None, 3.5,
                 {"protocol": True, "device_id": device.device_id, "batch_id": "b", "events": []}):
        r = requests.post(server.url(P.BATCHES_PATH), data=json.dumps(body), headers=device.headers, timeout=10)
        assert r.status_code in (400, 422), (body, r.status_code, r.text)
        assert P.parse_error_body(r.json()) is not None


def test_empty_batch_reports_the_ack_point(server, device, api):
    api.push(server, device, api.make_events(1, 4))
    r = api.push(server, device, [])
    assert r.status_code == 200 and r.json()["acked_through"] == 4 and r.json()["results"] == []


def test_unknown_path_is_a_json_404(server):
    r = requests.get(server.url("/api/v1/nothing"), timeout=10)
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"


def test_bad_enroll_body_is_an_error_body(server):
    r = requests.post(server.url(P.ENROLL_PATH), data=b"<html>", timeout=10)
    assert r.status_code == 400 and r.json()["error"]["code"] == "bad_json"
    r = requests.post(server.url(P.ENROLL_PATH), json={"code": 5}, timeout=10)
    assert r.status_code == 422


def test_any_well_formed_event_family_is_stored(server, device, api):
    evs = [P.Event.create(1, "e1", "counter.opened", "2026-09-06T07:00:00Z", {"counter": "3", "services": ["A"]}),
           P.Event.create(2, "e2", "announcement.set", "2026-09-06T07:01:00Z", {"texts": {"fr": "x"}}),
           P.Event.create(3, "e3", "concern.note_added", "2026-09-06T07:02:00Z", {"code": "C-1", "text": "n"})]
    r = api.push(server, device, evs)
    assert [x["status"] for x in r.json()["results"]] == [P.STORED] * 3


def test_unexpected_error_is_a_logged_json_500_not_a_stack_trace(server, device, api, monkeypatch, caplog):
    def boom(*_args):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(server.store, "store_batch", boom)
    r = api.push(server, device, api.make_events(1, 1))
    assert r.status_code == 500
    err = r.json()["error"]
    assert err["code"] == "internal" and "disk on fire" not in err["message"] and "Retry" in err["message"]


def test_database_trouble_is_503_with_retry_after(server, device, api, monkeypatch):
    from sqlalchemy.exc import OperationalError

    def locked(*_args):
        raise OperationalError("INSERT …", {}, Exception("database is locked"))

    monkeypatch.setattr(server.store, "store_batch", locked)
    r = api.push(server, device, api.make_events(1, 1))
    assert r.status_code == 503 and r.headers["Retry-After"] == "5"
    assert r.json()["error"]["code"] == "unavailable"


def test_push_and_pull_record_when_the_device_was_last_seen(server, device, api):
    from sqlalchemy import select, update

    from sync.server import db as D

    with server.store.engine.begin() as conn:
        conn.execute(update(D.devices).values(last_seen_at="2026-01-01T00:00:00.000Z"))
    requests.get(server.url(P.UPDATES_PATH), headers=device.headers, timeout=10)
    with server.store.engine.connect() as conn:
        seen = conn.execute(select(D.devices.c.last_seen_at)).scalar_one()
    assert seen > "2026-01-02"
