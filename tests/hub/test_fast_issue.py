"""The hub's ticket request answered in front of the framework (kiosk/hub/fast_issue.py):
an ordinary one is answered as the route answers it, and every other one — refused by the
office, by the device checks, by the body's description or its size — gets exactly the
answer the route gives (compared with the same request from a kiosk whose token the hub
has not verified yet, which the fast path always leaves to the route)."""
from __future__ import annotations

import pytest
import requests

from kiosk.hub import fast_issue
from kiosk.hub.body_limit import DEFAULT_MAX_BODY_BYTES


@pytest.fixture
def answered_fast(monkeypatch) -> list[int]:
    """How many requests the fast path answered itself."""
    answered: list[int] = []
    real = fast_issue.FastTicketIssue._issue

    async def counting(self, scope, headers, body):
        response = await real(self, scope, headers, body)
        if response is not None:
            answered.append(response.status_code)
        return response

    monkeypatch.setattr(fast_issue.FastTicketIssue, "_issue", counting)
    return answered


def token_of(hub, kind: str, name: str = "1") -> str:
    return hub.pairing.pair(hub.pairing.new_pairing_code().code, f"{kind} {name}", kind)[1]


def post(hub, token: str, body: bytes) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    return requests.post(hub.url + "/lan/v1/tickets", data=body, headers=headers, timeout=10)


def test_an_ordinary_request_is_answered_in_front_of_the_framework_as_the_route_answers(hub, office, answered_fast):
    kiosk = token_of(hub, "kiosk")
    by_route = post(hub, kiosk, b'{"service_code": "EC-N12", "request_id": "a"}')  # its token not verified yet
    fast = post(hub, kiosk, b'{"service_code": "EC-N12", "request_id": "b", "language": "fr"}')
    assert answered_fast == [200]  # the first one verified the token; the second went the fast way
    assert by_route.status_code == fast.status_code == 200
    first, second = by_route.json(), fast.json()
    assert first.keys() == second.keys() and first["ticket"].keys() == second["ticket"].keys()
    assert (first["ticket"]["number"], second["ticket"]["number"]) == (1, 2)
    assert second["ticket"]["language"] == "fr" and second["public_token"]
    stored = office._db.execute("SELECT id FROM tickets ORDER BY number").fetchall()
    assert [row[0] for row in stored] == [first["ticket"]["id"], second["ticket"]["id"]]
    again = post(hub, kiosk, b'{"service_code": "EC-N12", "request_id": "b", "language": "fr"}')
    assert again.json()["ticket"]["id"] == second["ticket"]["id"]  # a retry: the same ticket, not a new one


REFUSED = {
    "unknown service": b'{"service_code": "NO-SUCH"}',
    "unsupported language": b'{"service_code": "EC-N12", "language": "xx"}',
    "no service": b'{"language": "fr"}',
    "a service code too long": b'{"service_code": "' + b"E" * 101 + b'"}',
    "not an object": b'["EC-N12"]',
    "not JSON": b'{"service_code": ',
    "not UTF-8": b'{"service_code": "\xff"}',
}


@pytest.mark.parametrize("body", REFUSED.values(), ids=REFUSED.keys())
def test_a_refused_request_gets_the_routes_answer(hub, office, answered_fast, body):
    kiosk = token_of(hub, "kiosk")
    assert post(hub, kiosk, b'{"service_code": "EC-N12"}').status_code == 200  # its token now verified
    by_route = post(hub, token_of(hub, "kiosk", "2"), body)  # a token not verified yet: the route
    fast = post(hub, kiosk, body)
    assert 400 <= fast.status_code < 500
    assert (fast.status_code, fast.json()) == (by_route.status_code, by_route.json())
    (count,) = office._db.execute("SELECT count(*) FROM tickets").fetchone()
    assert count == 1


def test_the_office_refusal_is_answered_by_the_fast_path_with_the_apps_handler(hub, answered_fast):
    kiosk = token_of(hub, "kiosk")
    post(hub, kiosk, b'{"service_code": "EC-N12"}')
    refused = post(hub, kiosk, REFUSED["unknown service"])
    assert answered_fast == [404]
    assert refused.json()["error"]["code"] == "unknown_service"


@pytest.mark.parametrize("kind, token_known, status, code", [
    ("display", True, 403, "device_forbidden"), ("kiosk", False, 401, "bad_device_token")])
def test_a_device_that_may_not_issue_gets_the_routes_refusal(hub, office, answered_fast, kind, token_known, status,
                                                            code):
    token = token_of(hub, kind) if token_known else "not-a-token"
    if token_known:
        requests.get(hub.url + "/lan/v1/waiting-counts", headers={"Authorization": f"Bearer {token}"}, timeout=10)
    refused = post(hub, token, b'{"service_code": "EC-N12"}')
    assert (refused.status_code, refused.json()["error"]["code"]) == (status, code)
    assert answered_fast == []
    assert office._db.execute("SELECT count(*) FROM tickets").fetchone() == (0,)


def test_a_body_over_the_limit_is_refused_as_before(hub, answered_fast):
    kiosk = token_of(hub, "kiosk")
    post(hub, kiosk, b'{"service_code": "EC-N12"}')
    padding = b" " * DEFAULT_MAX_BODY_BYTES
    refused = post(hub, kiosk, b'{"service_code": "EC-N12"}' + padding)
    assert refused.status_code == 413 and refused.json()["error"]["code"] == "body_too_large"
    assert answered_fast == []
