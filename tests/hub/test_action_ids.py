"""An action id means one action: the same request again is replayed, another request with
a used id is refused with 409 `action_id_reused`, and nothing is done twice or by mistake."""
from __future__ import annotations

import pytest
import requests

from kiosk.domain.concerns import ConcernDraft, HistoryKind
from kiosk.domain.tickets import TicketStatus
from kiosk.hub.running import HubServer
from kiosk.office import Office, OfficeError, OfficeInfo

A = "EC-N12"


def count(office, sql: str) -> int:
    return office._db.execute(sql).fetchone()[0]


@pytest.fixture
def amina(desk):
    token = desk.login("amina", "4829").token
    desk.open_counter(token, "1", [A])
    return token


def post(hub, desk, path: str, token: str, body: dict) -> requests.Response:
    return requests.post(f"{hub.url}/lan/v1{path}", json=body, timeout=5,
                         headers={**desk._headers, "X-Staff-Session": token})


def test_an_action_id_used_for_another_ticket_is_refused_and_nothing_happens(hub, desk, office, amina):
    first, second = (desk.issue_ticket(A).ticket for _ in range(2))
    called = desk.call_next(amina, "1", action_id="press-1")
    assert called.id == first.id
    # The desk reuses the id for another action and another ticket: before, the hub answered
    # 200 with the first answer and did nothing.
    refused = post(hub, desk, "/desk/call-ticket", amina, {"counter": "1", "ticket_id": second.id,
                                                           "action_id": "press-1"})
    assert refused.status_code == 409
    error = refused.json()["error"]
    assert error["code"] == "action_id_reused" and "already used for a different request" in error["message"]
    assert office.ticket(second.id).status is TicketStatus.WAITING
    with pytest.raises(OfficeError) as exc:  # what the desk's screen gets
        desk.finish(amina, first.id, action_id="press-1")
    assert exc.value.code == "action_id_reused"
    assert office.ticket(first.id).status is TicketStatus.CALLED
    # the very same request again is still the first answer
    assert desk.call_next(amina, "1", action_id="press-1").id == first.id
    assert count(office, "SELECT count(*) FROM outbox WHERE type = 'ticket.called'") == 1


def test_an_empty_call_next_id_reused_to_call_a_ticket_is_409_not_500(hub, desk, office, amina):
    nobody = post(hub, desk, "/desk/call-next", amina, {"counter": "1", "action_id": "press-2"})
    assert nobody.status_code == 200 and nobody.json() == {"ticket": None}
    waiting = desk.issue_ticket(A).ticket
    reused = post(hub, desk, "/desk/call-ticket", amina, {"counter": "1", "ticket_id": waiting.id,
                                                          "action_id": "press-2"})
    assert reused.status_code == 409 and reused.json()["error"]["code"] == "action_id_reused"
    assert office.ticket(waiting.id).status is TicketStatus.WAITING


def test_ids_belong_to_the_desk_that_chose_them(make_device, office):
    desk1, desk2 = make_device("Guichet 1"), make_device("Guichet 2")
    t1 = desk1.login("amina", "4829").token
    t2 = desk2.login("karim", "7316").token
    desk1.open_counter(t1, "1", [A])
    desk2.open_counter(t2, "2", [A])
    first, second = (office.issue_ticket(A).ticket for _ in range(2))
    # Two desks whose counters happen to produce the same id do not replay each other's answers.
    assert desk1.call_next(t1, "1", action_id="press-1").id == first.id
    assert desk2.call_next(t2, "2", action_id="press-1").id == second.id


def test_a_request_id_reused_for_another_ticket_is_refused(hub, desk, office):
    body = {"service_code": A, "priority": "none", "language": "ar", "request_id": "tap-9"}
    first = requests.post(f"{hub.url}/lan/v1/tickets", json=body, headers=desk._headers, timeout=5)
    other = requests.post(f"{hub.url}/lan/v1/tickets", json={**body, "priority": "elderly"}, headers=desk._headers,
                          timeout=5)
    assert first.status_code == 200 and other.status_code == 409
    assert other.json()["error"]["code"] == "action_id_reused"
    assert count(office, "SELECT count(*) FROM tickets") == 1


def test_a_note_id_reused_for_another_text_is_refused(desk, office):
    registered = office.register_concern(ConcernDraft("water", "Pas d'eau depuis trois jours.", "fr"))
    desk.login("amina", "4829")
    desk.add_concern_note(registered.code, "Équipe envoyée.", False, action_id="note-1")
    again = desk.add_concern_note(registered.code, "Équipe envoyée.", False, action_id="note-1")
    with pytest.raises(OfficeError) as exc:
        desk.add_concern_note(registered.code, "Autre chose.", False, action_id="note-1")
    assert exc.value.code == "action_id_reused"
    with pytest.raises(OfficeError) as exc:
        desk.change_concern_status(registered.code, "in_progress", action_id="note-1")
    assert exc.value.code == "action_id_reused"
    notes = [h for h in office.get_concern(registered.code).history if h.kind is HistoryKind.INTERNAL_NOTE]
    assert [n.text for n in notes] == ["Équipe envoyée."] and notes[0].id == again.id
    assert office.get_concern(registered.code).status.value == "received"


def test_answers_outlive_a_hub_restart(hub, desk, office, amina, tmp_path, clock, catalogue):
    """The concern inbox's ids were kept in the hub's memory: a restart forgot them."""
    registered = office.register_concern(ConcernDraft("water", "Pas d'eau depuis trois jours.", "fr"))
    desk.add_concern_note(registered.code, "Équipe envoyée.", True, action_id="note-2")
    port = hub.port
    hub.stop()
    office.close()
    reopened = Office.open_path(tmp_path / "office.sqlite3", OfficeInfo("APC Test", "TST", "Africa/Algiers"),
                                clock, catalogue)
    restarted = HubServer(reopened, "127.0.0.1", port, heartbeat_s=1.0).start()
    try:
        desk.add_concern_note(registered.code, "Équipe envoyée.", True, action_id="note-2")
        answers = [h for h in reopened.get_concern(registered.code).history if h.kind is HistoryKind.PUBLIC_ANSWER]
        assert len(answers) == 1
    finally:
        restarted.stop()
        reopened.close()
