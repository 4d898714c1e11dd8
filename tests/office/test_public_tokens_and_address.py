"""What the citizens' public pages need from the office, on both sides of the port (the local
office and the LAN client): each ticket's unguessable token, the server's public address, and
the citizen's answer to "may the text be published?"; and an older database upgrading."""
from __future__ import annotations

import re
import sqlite3

import sqlite_utils

from kiosk.domain.concerns import ConcernDraft
from kiosk.store.database import open_database
from kiosk.store.migrations import MIGRATIONS

TOKEN = re.compile(r"^[A-Za-z0-9_-]{16}$")  # secrets.token_urlsafe(12): 96 random bits
URL = "https://maktab.example.dz/citoyens"


def issued_events(local) -> dict[str, dict]:
    return {e.payload["ticket_id"]: e.payload for e in local.outbox.list(limit=10_000) if e.type == "ticket.issued"}


def test_each_ticket_gets_its_own_unguessable_token(office, local):
    issued = [office.issue_ticket("EC-N12") for _ in range(40)]
    tokens = [i.public_token for i in issued]
    assert all(t and TOKEN.match(t) for t in tokens) and len(set(tokens)) == len(tokens)
    events = issued_events(local)
    assert [events[i.ticket.id]["public_token"] for i in issued] == tokens  # for the central server
    stored = dict(local.work.db.execute("SELECT id, public_token FROM tickets").fetchall())
    assert [stored[i.ticket.id] for i in issued] == tokens
    assert not hasattr(issued[0].ticket, "public_token")  # a Ticket (what desks and displays read) has none


def test_a_retried_issue_gets_the_same_token(office):
    first = office.issue_ticket("EC-N12", request_id="tap-7")
    again = office.issue_ticket("EC-N12", request_id="tap-7")
    assert again.ticket.id == first.ticket.id and again.public_token == first.public_token


def test_listeners_never_hear_the_token(local):
    heard = []
    local.subscribe(heard.append)
    issued = local.issue_ticket("EC-N12")
    (event,) = [e for e in heard if e.kind == "ticket.issued"]
    assert event.data["ticket_id"] == issued.ticket.id and "public_token" not in event.data


def test_the_public_url_is_read_through_the_port(office, local):
    assert office.public_url() is None
    assert local.set_public_url(URL) is True
    assert office.public_url() == URL
    assert local.set_public_url(URL) is False  # the same again: nothing written, nothing told
    local.set_public_url(None)
    assert office.public_url() is None


def test_the_answer_to_the_publication_question_is_kept(office, local):
    agreed = office.register_concern(ConcernDraft("roads", "Nid de poule devant l'école", "fr", publish_text=True))
    refused = office.register_concern(ConcernDraft("roads", "Nid de poule rue des Martyrs", "fr"))
    assert agreed.concern.publish_text is True and refused.concern.publish_text is False
    assert local.get_concern(agreed.code).publish_text is True  # (the LAN's inbox needs a staff session)
    assert local.get_concern(refused.code).publish_text is False
    events = {e.payload["code"]: e.payload for e in local.outbox.list(limit=1000) if e.type == "concern.registered"}
    assert events[agreed.code]["publish_text"] is True and events[refused.code]["publish_text"] is False


def test_a_database_from_before_upgrades_with_no_token_and_no_publication(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = sqlite_utils.Database(sqlite3.connect(path, isolation_level=None))
    MIGRATIONS.apply(old, stop_before="m007_public_links")
    old.execute("INSERT INTO tickets (id, service_code, queue_service, business_date, number, label, language,"
                " issued_at, queued_at) VALUES ('t1', 'EC-N12', 'EC-N12', '2026-09-06', 7, 'A-007', 'ar',"
                " '2026-09-06T08:00:00.000Z', '2026-09-06T08:00:00.000Z')")
    old.execute("INSERT INTO concerns (id, code, category, text, language, status, created_at, updated_at)"
                " VALUES ('c1', 'TST-AB12-C', 'roads', 'texte', 'fr', 'received', '2026-09-06T08:00:00.000Z',"
                " '2026-09-06T08:00:00.000Z')")
    old.conn.close()
    upgraded = open_database(path)
    try:
        assert upgraded.execute("SELECT public_token FROM tickets WHERE id = 't1'").fetchone() == (None,)
        assert upgraded.execute("SELECT publish_text FROM concerns WHERE id = 'c1'").fetchone() == (0,)
    finally:
        upgraded.conn.close()
