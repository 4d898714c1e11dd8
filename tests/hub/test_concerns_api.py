"""Concerns over the LAN: kiosks register and follow up, desks work the inbox with their session's rights."""
from __future__ import annotations

import threading

import pytest
import requests

from kiosk.domain.concern_filter import ConcernFilter
from kiosk.domain.concerns import (
    Channel,
    Concern,
    ConcernDraft,
    ConcernStatus,
    Contact,
    HistoryEntry,
    HistoryKind,
    PublicConcernView,
    RegisteredConcern,
)
from kiosk.domain.tracking_codes import new_tracking_code
from kiosk.office import OfficeError

TEXT = "Le lampadaire de la rue 5 est éteint depuis une semaine."


def draft(**changes) -> ConcernDraft:
    fields = {"category": "lighting", "text": TEXT, "language": "fr", "place": "Rue 5",
              "contact": Contact("Samir B.", "0612345642"), "consent": True}
    fields.update(changes)
    return ConcernDraft(**fields)


def unknown_code(office) -> str:
    """A well-formed code of this office (valid check symbol) that no concern has."""
    return new_tracking_code(office.info.code).text


def wrong_check(code: str) -> str:
    last = code[-1]
    return code[:-1] + ("A" if last != "A" else "B")


@pytest.fixture
def kiosk(make_device):
    return make_device("Borne entrée", "kiosk")


@pytest.fixture
def registered(office):
    return office.register_concern(draft())


def test_a_kiosk_registers_a_concern_and_follows_it_up(kiosk, office):
    registered = kiosk.register_concern(draft())
    assert isinstance(registered, RegisteredConcern)
    assert registered.concern.contact_phone == "+213612345642"  # the receipt masks it: the citizen typed it
    assert registered.masked_phone == "+213 6•• •• •• 42"
    stored = office.get_concern(registered.code, can_see_contact=True)
    assert stored == registered.concern  # same dataclass, same history, rebuilt from JSON
    view = kiosk.concern_public_view(registered.code)
    assert isinstance(view, PublicConcernView)
    assert view == office.concern_public_view(registered.code)
    assert view.status is ConcernStatus.RECEIVED and view.history[0].status is ConcernStatus.RECEIVED
    assert kiosk.follow_up_retry_after() == 0.0


def test_a_kiosk_over_the_lan_sees_a_reopening(kiosk, office, registered):
    """The citizen's "not resolved", applied by the office from a pull, reaches a kiosk on
    the hub as a reopening (kiosk/domain/concern_reopening.py), their comment with it."""
    from kiosk.domain.concern_reopening import reopenings

    office.change_concern_status(registered.code, ConcernStatus.ANSWERED, "Réparé.", staff="Amina")
    office.outbox.mark_acked([e.seq for e in office.outbox.list(state="pending", limit=1000)],
                             "2026-09-06T08:00:00.000Z")
    assert office.apply_central_concern_update(registered.code, "in_progress", at="2026-09-06T09:00:00+00:00",
                                               reason="Toujours éteint.") == "applied"
    view = kiosk.concern_public_view(registered.code)
    assert [e.text for e in reopenings(view)] == ["Toujours éteint."]
    assert view == office.concern_public_view(registered.code)


def test_a_retried_registration_is_one_concern(hub, kiosk, office):
    body = {"category": "water", "text": TEXT, "language": "ar", "request_id": "r-1"}
    answers = [requests.post(hub.url + "/lan/v1/concerns", json=body, headers=kiosk._headers, timeout=5).json()
               for _ in range(2)]
    assert answers[0] == answers[1]
    assert len(office.list_concerns()) == 1


def test_a_display_can_neither_register_nor_look_up(make_device, registered):
    display = make_device("Salle", "display")
    for call in (lambda: display.register_concern(draft()), lambda: display.concern_public_view(registered.code)):
        with pytest.raises(OfficeError) as exc:
            call()
        assert exc.value.code == "device_forbidden"


def test_a_refused_draft_carries_every_problem_across(kiosk, office):
    with pytest.raises(OfficeError) as exc:
        kiosk.register_concern(draft(text="court", contact=Contact("Samir", "12"), consent=False))
    assert exc.value.code == "text_too_short"
    found = [(p.field, p.code) for p in exc.value.problems]
    assert found == [("text", "text_too_short"), ("contact.phone", "phone_invalid"), ("consent", "consent_required")]
    with pytest.raises(OfficeError) as local:
        office.register_concern(draft(text="court", contact=Contact("Samir", "12"), consent=False))
    assert [(p.field, p.code, str(p)) for p in exc.value.problems] == \
        [(p.field, p.code, str(p)) for p in local.value.problems]
    assert office.list_concerns() == []


def test_wrong_codes_slow_down_that_kiosk_only(make_device, office, clock, registered):
    door, hall = make_device("Borne entrée", "kiosk"), make_device("Borne hall", "kiosk")
    for _ in range(2):  # three wrong codes: unknown ones and a wrong check symbol
        with pytest.raises(OfficeError) as exc:
            door.concern_public_view(unknown_code(office))
        assert exc.value.code == "code_unknown"
    with pytest.raises(OfficeError) as exc:
        door.concern_public_view(wrong_check(registered.code))
    assert exc.value.code == "code_check"
    with pytest.raises(OfficeError) as exc:
        door.concern_public_view(registered.code)  # even the right code waits now
    assert exc.value.code == "lookup_throttled" and exc.value.retry_after_s == pytest.approx(2.0)
    assert door.follow_up_retry_after() == pytest.approx(2.0)
    # The other kiosk, and the kiosk screen on the hub itself, are not held up.
    assert hall.follow_up_retry_after() == 0.0
    assert hall.concern_public_view(registered.code).code == registered.code
    assert office.follow_up_retry_after() == 0.0
    clock.advance(seconds=2)
    assert door.concern_public_view(registered.code).code == registered.code


def test_a_malformed_code_is_refused_without_slowing_down(kiosk, registered):
    for _ in range(5):
        with pytest.raises(OfficeError) as exc:
            kiosk.concern_public_view("not a code")
        assert exc.value.code == "code_format"
    assert kiosk.follow_up_retry_after() == 0.0


def test_the_inbox_shows_contacts_only_to_a_session_allowed_to_see_them(make_device, desk, registered):
    desk.login("amina", "4829")  # a clerk: concerns yes, contacts no
    listed = desk.list_concerns(ConcernFilter(statuses=(ConcernStatus.RECEIVED,)), can_see_contact=True)
    assert [c.code for c in listed] == [registered.code] and isinstance(listed[0], Concern)
    assert listed[0].contact_phone is None and listed[0].contact_name is None  # asked for, not granted
    one = desk.get_concern(registered.code, can_see_contact=True)
    assert one.contact_phone is None and one.history  # with its history
    supervisor_desk = make_device("Bureau chef")
    supervisor_desk.login("nadia", "5170")
    assert supervisor_desk.get_concern(registered.code, can_see_contact=True).contact_phone == "+213612345642"
    assert supervisor_desk.list_concerns(can_see_contact=True)[0].contact_name == "Samir B."
    # Least access still holds for a supervisor who does not ask.
    assert supervisor_desk.get_concern(registered.code).contact_phone is None
    assert supervisor_desk.list_concerns()[0].contact_phone is None


def test_the_inbox_filters_travel_as_given(desk, office, clock, registered):
    clock.advance(days=20)
    newer = office.register_concern(draft(category="water"))
    office.change_concern_status(newer.code, "in_progress", staff="nadia")
    desk.login("amina", "4829")
    assert [c.code for c in desk.list_concerns(ConcernFilter(older_than_days=15))] == [registered.code]
    assert [c.code for c in desk.list_concerns(ConcernFilter(category="water"))] == [newer.code]
    assert [c.code for c in desk.list_concerns(ConcernFilter(statuses=(ConcernStatus.IN_PROGRESS,)))] == [newer.code]
    assert len(desk.list_concerns(ConcernFilter(limit=1))) == 1
    assert desk.list_concerns(ConcernFilter(office_code="XXX")) == []


def test_the_inbox_needs_a_session_with_the_concerns_right(hub, desk, kiosk, registered):
    with pytest.raises(OfficeError) as exc:
        desk.list_concerns()  # nobody logged in on this desk
    assert exc.value.code == "not_logged_in"
    r = requests.get(hub.url + "/lan/v1/desk/concerns", headers=kiosk._headers, timeout=5)
    assert r.status_code == 403 and r.json()["error"]["code"] == "device_forbidden"  # a kiosk has no inbox
    session = desk.login("amina", "4829")
    desk.logout(session.token)
    with pytest.raises(OfficeError) as exc:
        desk.get_concern(registered.code)
    assert exc.value.code == "not_logged_in"


def test_notes_and_status_changes_are_signed_by_the_session_not_the_caller(desk, office, registered):
    clerk = desk.login("amina", "4829")
    note = desk.add_concern_note(registered.code, "Appelé les services techniques.", False, "nadia")
    assert isinstance(note, HistoryEntry) and note.kind is HistoryKind.INTERNAL_NOTE
    assert note.by_staff == "amina"  # the name given by the client is not believed
    answer = desk.add_concern_note(registered.code, "Réparation prévue jeudi.", True, clerk)
    assert answer.kind is HistoryKind.PUBLIC_ANSWER and answer.by_staff == "amina"
    changed = desk.change_concern_status(registered.code, ConcernStatus.ANSWERED, staff=clerk)
    assert isinstance(changed, Concern) and changed.status is ConcernStatus.ANSWERED
    assert changed.contact_phone is None
    stored = office.get_concern(registered.code)
    assert [(h.kind, h.by_staff) for h in stored.history] == [
        (HistoryKind.STATUS, None), (HistoryKind.INTERNAL_NOTE, "amina"), (HistoryKind.PUBLIC_ANSWER, "amina"),
        (HistoryKind.STATUS, "amina")]
    (payload,) = [e.payload for e in office.outbox.list(limit=100) if e.type == "concern.status_changed"]
    assert payload["by"] == "amina" and payload["status"] == "answered"


def test_a_staff_session_given_explicitly_is_the_one_used(make_device, desk, office, registered):
    desk.login("amina", "4829")
    other = make_device("Bureau chef").login("nadia", "5170")  # e.g. a supervisor stepping in on this desk
    desk.change_concern_status(registered.code, "rejected", "Hors compétence de la commune.", staff=other)
    assert office.get_concern(registered.code).history[-1].by_staff == "nadia"


def test_desk_refusals_keep_their_codes(desk, registered, office):
    desk.login("amina", "4829")
    for call, code in [
        (lambda: desk.change_concern_status(registered.code, "rejected"), "reason_required"),
        (lambda: desk.change_concern_status(registered.code, "reopened"), "bad_status"),
        (lambda: desk.get_concern(unknown_code(office)), "code_unknown"),
        (lambda: desk.add_concern_note(registered.code, "   ", False), "note_required"),
    ]:
        with pytest.raises(OfficeError) as exc:
            call()
        assert exc.value.code == code
    desk.change_concern_status(registered.code, "closed")
    with pytest.raises(OfficeError) as exc:
        desk.change_concern_status(registered.code, "in_progress")
    assert exc.value.code == "bad_transition"


def test_a_retried_status_change_is_applied_once(hub, desk, office, registered):
    token = desk.login("amina", "4829").token
    headers = {**desk._headers, "X-Staff-Session": token}
    url = f"{hub.url}/lan/v1/desk/concerns/{registered.code}/status"
    body = {"status": "in_progress", "action_id": "a-1"}
    first, again = (requests.post(url, json=body, headers=headers, timeout=5) for _ in range(2))
    assert first.status_code == again.status_code == 200 and first.json() == again.json()
    statuses = [h.status for h in office.get_concern(registered.code).history if h.kind is HistoryKind.STATUS]
    assert statuses == [ConcernStatus.RECEIVED, ConcernStatus.IN_PROGRESS]


def test_a_burst_of_parallel_guesses_is_throttled_like_a_sequence(kiosk, office):
    guesses = [unknown_code(office) for _ in range(12)]
    codes: list[str] = []

    def guess(code):
        try:
            kiosk.concern_public_view(code)
        except OfficeError as exc:
            codes.append(exc.code)

    threads = [threading.Thread(target=guess, args=(code,)) for code in guesses]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert sorted(codes) == ["code_unknown"] * 3 + ["lookup_throttled"] * 9


def test_a_desk_retrying_a_note_with_its_action_id_adds_it_once(desk, office, registered):
    desk.login("amina", "4829")
    for _ in range(2):  # the first answer was lost: the desk sends the same action again
        desk.add_concern_note(registered.code, "Équipe envoyée sur place.", True, action_id="desk1-note-7")
    answers = [h for h in office.get_concern(registered.code).history if h.kind is HistoryKind.PUBLIC_ANSWER]
    assert [a.text for a in answers] == ["Équipe envoyée sur place."]


def test_only_a_desk_registers_a_concern_for_a_citizen(hub, desk, kiosk):
    body = {"category": "roads", "text": "Un grand trou devant l'école primaire", "language": "fr",
            "channel": "phone", "request_id": "r-1"}
    session = desk.login("amina", "4829")
    r = requests.post(hub.url + "/lan/v1/desk/concerns", json=body,
                      headers={**kiosk._headers, "X-Staff-Session": session.token}, timeout=5)
    assert r.status_code == 403 and r.json()["error"]["code"] == "device_forbidden"  # a kiosk registers its own
    r = requests.post(hub.url + "/lan/v1/concerns", json=body, headers=kiosk._headers, timeout=5)
    assert r.status_code == 400 and r.json()["error"]["code"] == "bad_channel"  # … and only as "kiosk"
    r = requests.post(hub.url + "/lan/v1/desk/concerns", json=body, headers=desk._headers, timeout=5)
    assert r.status_code == 401 and r.json()["error"]["code"] == "not_logged_in"
    taken = desk.take_concern(session.token, draft(channel=Channel.PHONE))
    assert taken.concern.channel is Channel.PHONE
