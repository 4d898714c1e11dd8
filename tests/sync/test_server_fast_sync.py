"""The push and pull fast path (sync/server/fast_sync.py) answers as the routes do.

Each case is sent twice, by two devices with the same history: once with the device's token
not in the server's verified-device cache (the FastAPI route answers, and caches it), once
with it cached (the fast path answers). The answers must be the same — status, JSON body
(bar the server's clock, the device's own id and when it was revoked) and the headers a client reads — and the
server's counter says which path answered each.
"""
from __future__ import annotations

import gzip
import json
import re
from collections.abc import Callable

import pytest
import requests

from sync import protocol as P
from sync.server.store import ServerStore

Send = Callable[[object, object, object], requests.Response]  # (server, device, api) → answer


def _post(server, device, body: bytes, headers: dict[str, str]) -> requests.Response:
    return requests.post(server.url(P.BATCHES_PATH), data=body, timeout=30,
                         headers={"Content-Type": "application/json", **headers, **device.headers})


def ordinary(server, device, api):
    return api.push(server, device, api.make_events(1, 3), batch_id="b-1")


def duplicate(server, device, api):
    return api.push(server, device, api.make_events(1, 3), batch_id="b-1")  # the same batch again


def conflicting(server, device, api):
    return api.push(server, device, api.make_events(2, 2, tag="changed"), batch_id="b-2")


def long_answer(server, device, api):  # over the gzip threshold: compressed on both paths
    return api.push(server, device, api.make_events(4, 60), batch_id="b-3")


def for_another_device(server, device, api):
    return api.push(server, device, api.make_events(70, 1), batch_id="b-4", device_id="dev-0123456789abcdef")


def not_json(server, device, api):
    return _post(server, device, b"{not json", {})


def not_a_push(server, device, api):
    return _post(server, device, json.dumps({"device_id": device.device_id, "events": "many"}).encode(), {})


def unknown_encoding(server, device, api):
    return _post(server, device, b"{}", {"Content-Encoding": "br"})


def inflates_too_far(server, device, api):  # small on the wire, over the limit once unpacked
    return _post(server, device, gzip.compress(b" " * (P.MAX_BATCH_BYTES + 10)), {"Content-Encoding": "gzip"})


def pull_ordinary(server, device, api):
    return requests.get(server.url(P.UPDATES_PATH), params={"cursor": 0, "limit": 50}, headers=device.headers,
                        timeout=10)


def pull_bad_cursor(server, device, api):
    return requests.get(server.url(P.UPDATES_PATH), params={"cursor": "x"}, headers=device.headers, timeout=10)


CASES: list[Send] = [ordinary, duplicate, conflicting, long_answer, for_another_device, not_json, not_a_push,
                     unknown_encoding, inflates_too_far, pull_ordinary, pull_bad_cursor]


def comparable(answer: requests.Response, device) -> tuple:
    body = answer.json()
    body.pop("server_time", None)
    text = json.dumps(body, sort_keys=True).replace(device.device_id, "<device>")
    text = re.sub(r"\d{4}-\d\d-\d\dT[\d:.]+Z", "<time>", text)  # when each was revoked
    headers = {k: answer.headers.get(k) for k in ("Content-Type", "Cache-Control", "Content-Encoding",
                                                  "WWW-Authenticate", "Retry-After")}
    return answer.status_code, text, headers


def answered_by_route(server, device, api, send: Send, counts) -> tuple:
    server.store.devices.forget(device.device_id)
    before = dict(counts)
    answer = send(server, device, api)
    assert dict(counts) == before, f"{send.__name__}: the fast path answered"
    return comparable(answer, device)


def answered_fast(server, device, api, send: Send, counts, kind: str) -> tuple:
    assert server.store.devices.cached(device.token) is not None
    before = counts[kind]
    answer = send(server, device, api)
    assert counts[kind] == before + 1, f"{send.__name__}: the route answered"
    return comparable(answer, device)


@pytest.fixture
def pair(server, api):
    """Two devices of two offices, the same history; the server's app's fast-path counter."""
    first = api.enroll(server, "ALG-16001", "APC Alger Centre")
    second = api.enroll(server, "ALG-16002", "APC Bab El Oued")
    server.store.announce({"fr": "Bonjour"}, None)
    server.store.devices.authenticate_and_cache(second.token)  # as after its first request
    return first, second, server.app.state.fast_sync_counts


def test_the_fast_path_answers_every_case_as_the_route_does(server, api, pair):
    first, second, counts = pair
    for send in CASES:
        kind = "pull" if send.__name__.startswith("pull") else "push"
        by_route = answered_by_route(server, first, api, send, counts)
        fast = answered_fast(server, second, api, send, counts, kind)
        assert fast == by_route, send.__name__
    assert server.store.count_events(first.device_id) == server.store.count_events(second.device_id) == 63


@pytest.mark.parametrize("send,kind", [(conflicting, "push"), (pull_ordinary, "pull")])
def test_a_device_revoked_elsewhere_gets_the_routes_refusal_from_the_fast_path(server, api, pair, send, kind):
    first, second, counts = pair
    for device in (first, second):
        assert ordinary(server, device, api).status_code == 200
    elsewhere = ServerStore(server.db_url, migrate=False)  # another worker, or the CLI
    try:
        for device in (first, second):
            elsewhere.devices.revoke(device.device_id)
    finally:
        elsewhere.close()
    by_route = answered_by_route(server, first, api, send, counts)
    assert server.store.devices.cached(second.token) is not None  # only the database knows
    fast = answered_fast(server, second, api, send, counts, kind)
    assert fast == by_route and by_route[0] == 401 and '"revoked"' in by_route[1]
    assert server.store.devices.cached(second.token) is None  # the refusal emptied the cache entry
    assert server.store.count_events(second.device_id) == 3


def test_an_oversized_or_unknown_request_goes_to_the_route(server, api, pair):
    first, _, counts = pair
    before = dict(counts)
    unknown = type(first)(first.device_id, first.office_code, "not-a-token")
    assert ordinary(server, unknown, api).json()["error"]["code"] == "unauthorized"
    assert pull_ordinary(server, unknown, api).status_code == 401
    assert ordinary(server, first, api).status_code == 200  # first seen: the route verifies the token
    too_large = _post(server, first, b" " * (P.MAX_BODY_BYTES + 1), {})
    assert too_large.status_code == 413 and too_large.json()["error"]["code"] == "too_large"
    assert dict(counts) == before
