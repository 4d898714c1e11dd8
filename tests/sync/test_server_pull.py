"""Pulling central updates (announcements, concern answers) with cursors, on SQLite and PostgreSQL."""
from __future__ import annotations

import requests

from sync import protocol as P


def pull(server, device, cursor=0, limit=None) -> P.PullResponse:
    params = {"cursor": cursor} | ({"limit": limit} if limit else {})
    r = requests.get(server.url(P.UPDATES_PATH), params=params, headers=device.headers, timeout=10)
    assert r.status_code == 200, r.text
    assert r.headers["Date"]
    return P.parse_pull_response(r.json())


def register_concern(server, device, api, seq=1, code="TST-C-0001"):
    ev = P.Event.create(seq, f"c-{seq}", P.CONCERN_REGISTERED, "2026-09-06T08:00:00Z", {
        "concern_id": "01J0", "code": code, "category": "roads", "text": "حفرة في الطريق", "language": "ar",
        "place": "Rue Didouche", "contact": {"name": "Amina", "phone": "0555123456"},
        "registered_at": "2026-09-06T08:00:00Z"})
    r = api.push(server, device, [ev])
    assert r.json()["results"][0]["status"] == P.STORED


def test_nothing_to_pull_keeps_the_cursor(server, device):
    resp = pull(server, device, cursor=0)
    assert resp.updates == [] and resp.cursor == 0 and resp.more is False
    assert P.parse_time(resp.server_time)


def test_announcements_for_the_office_and_for_all(server, device, api):
    other = api.enroll(server, "ORN-31001", "APC Oran")
    server.store.announce({"ar": "مرحبا", "fr": "Bienvenue"}, None)
    server.store.announce({"fr": "Fermeture à 15h"}, device.office_code)
    server.store.announce({"fr": "Oran seulement"}, other.office_code)

    mine = pull(server, device)
    assert [u.kind for u in mine.updates] == [P.UPDATE_ANNOUNCEMENT] * 2
    assert [u.data["texts"] for u in mine.updates] == [{"ar": "مرحبا", "fr": "Bienvenue"},
                                                       {"fr": "Fermeture à 15h"}]
    assert mine.cursor == mine.updates[-1].cursor and mine.more is False
    cursors = [u.cursor for u in mine.updates]
    assert cursors == sorted(cursors)

    theirs = pull(server, other)
    assert [u.data["texts"]["fr"] for u in theirs.updates] == ["Bienvenue", "Oran seulement"]
    assert pull(server, device, cursor=mine.cursor).updates == []


def test_paging_with_limit_and_more(server, device):
    for i in range(5):
        server.store.announce({"fr": f"message {i}"}, device.office_code)
    seen, cursor = [], 0
    pages = 0
    while True:
        page = pull(server, device, cursor, limit=2)
        pages += 1
        seen += [u.data["texts"]["fr"] for u in page.updates]
        cursor = page.cursor
        if not page.more:
            break
    assert seen == [f"message {i}" for i in range(5)]
    assert pages == 3


def test_concern_answer_reaches_its_office(server, device, api):
    register_concern(server, device, api)
    projected = server.store.concern("TST-C-0001")
    assert projected["status"] == "received" and projected["category"] == "roads"
    assert "contact" not in projected  # contact details stay at the office

    server.store.answer_concern("TST-C-0001", "answered", answer="La route sera réparée lundi.")
    resp = pull(server, device)
    assert len(resp.updates) == 1
    upd = resp.updates[0]
    assert upd.kind == P.UPDATE_CONCERN_STATUS
    assert upd.data["code"] == "TST-C-0001" and upd.data["status"] == "answered"
    assert upd.data["public_answer"] == "La route sera réparée lundi."
    assert server.store.concern("TST-C-0001")["status"] == "answered"


def test_concern_answer_is_not_sent_to_other_offices(server, device, api):
    other = api.enroll(server, "ORN-31001", "APC Oran")
    register_concern(server, device, api)
    server.store.answer_concern("TST-C-0001", "in_progress")
    assert pull(server, other).updates == []


def test_office_status_change_updates_the_projection_but_not_an_older_one(server, device, api):
    register_concern(server, device, api)
    newer = P.Event.create(2, "c-2", P.CONCERN_STATUS_CHANGED, "2026-09-07T09:00:00Z", {
        "code": "TST-C-0001", "status": "in_progress", "at": "2026-09-07T09:00:00Z", "by": "clerk-1"})
    older = P.Event.create(3, "c-3", P.CONCERN_STATUS_CHANGED, "2026-09-06T09:00:00Z", {
        "code": "TST-C-0001", "status": "closed", "at": "2026-09-06T09:00:00Z"})
    api.push(server, device, [newer, older])
    assert server.store.concern("TST-C-0001")["status"] == "in_progress"


def test_pull_needs_a_token_and_a_sane_cursor(server, device):
    assert requests.get(server.url(P.UPDATES_PATH), timeout=10).status_code == 401
    r = requests.get(server.url(P.UPDATES_PATH), params={"cursor": "abc"}, headers=device.headers, timeout=10)
    assert r.status_code == 422 and "cursor" in r.json()["error"]["message"]


def test_purge_removes_contact_details_from_stored_events(server, device, api):
    import json as json_

    from sqlalchemy import select

    from sync.server import db as D

    register_concern(server, device, api, seq=1, code="TST-C-0001")
    register_concern(server, device, api, seq=2, code="TST-C-0002")
    purge = P.Event.create(3, "c-3", P.CONCERN_PURGED, "2027-01-01T00:00:00Z",
                           {"concern_id": "01J0", "code": "TST-C-0001", "at": "2027-01-01T00:00:00Z"})
    api.push(server, device, [purge])
    with server.store.engine.connect() as conn:
        payloads = {seq: json_.loads(p) for seq, p in conn.execute(
            select(D.events.c.seq, D.events.c.payload).where(D.events.c.type == P.CONCERN_REGISTERED))}
    assert "contact" not in payloads[1] and payloads[1]["contact_purged"] is True
    assert payloads[1]["text"] == "حفرة في الطريق"
    assert payloads[2]["contact"]["name"] == "Amina"  # another concern is untouched
    # a late retry of the original event is still a duplicate, not a conflict
    again = P.Event.create(1, "c-1", P.CONCERN_REGISTERED, "2026-09-06T08:00:00Z", {
        "concern_id": "01J0", "code": "TST-C-0001", "category": "roads", "text": "حفرة في الطريق", "language": "ar",
        "place": "Rue Didouche", "contact": {"name": "Amina", "phone": "0555123456"},
        "registered_at": "2026-09-06T08:00:00Z"})
    assert api.push(server, device, [again]).json()["results"][0]["status"] == P.DUPLICATE
