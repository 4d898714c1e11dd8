"""Concerns through the office port, local and remote (tests/office/conftest.py): register,
follow up, desk work, and the concern tables' own guards. (Central updates and the purge,
on the office's own PC only: test_concern_upkeep.py.)

Real SQLite files, a real hub on 127.0.0.1 for "remote", a FixedClock, the bundled catalogue.
The desk inbox is used with a logged-in supervisor, "Karim": over the LAN the hub takes who
acts (and whether contacts may be shown) from that session.
"""
from __future__ import annotations

import random
import sqlite3

import pytest

from kiosk.domain.concern_filter import ConcernFilter
from kiosk.domain.concerns import ConcernStatus, Contact, HistoryKind
from kiosk.domain.tracking_codes import new_tracking_code, validate
from kiosk.office import OfficeError, OfficeInfo
from kiosk.store import concerns as concern_rows
from tests.office.concern_helpers import ARABIC, ROAD, counts, draft, events_of, open_office, with_contact


@pytest.fixture
def office_info():
    return OfficeInfo("APC Bab El Oued", "BMD", "Africa/Algiers")


@pytest.fixture(autouse=True)
def karim(request, local):
    """A supervisor (concerns and contacts) logged in on the office under test, when there is one."""
    local.add_staff("Karim", "supervisor", "7316")
    if "office" in request.fixturenames:
        request.getfixturevalue("office").login("Karim", "7316")


@pytest.fixture
def heard(local):
    events = []
    local.subscribe(events.append)
    return events


# ---- registering ------------------------------------------------------------------------


def test_an_anonymous_concern_is_stored_with_a_valid_code_and_an_event(office, local, heard):
    registered = office.register_concern(draft(place=" Cité des 200 logements "))
    parsed = validate(registered.code)
    assert parsed.office_code == "BMD" and parsed.text == registered.code
    concern = office.get_concern(registered.code, can_see_contact=True)
    assert concern.status is ConcernStatus.RECEIVED and concern.place == "Cité des 200 logements"
    assert not concern.has_contact and concern.consent_at is None
    assert [(h.kind, h.status, h.public) for h in concern.history] == [
        (HistoryKind.STATUS, ConcernStatus.RECEIVED, True)]
    [event] = events_of(local, "concern.registered")
    assert event.payload["code"] == registered.code and event.payload["office_code"] == "BMD"
    assert event.payload["text"] == ROAD and event.payload["category"] == "roads"
    assert "contact" not in event.payload
    assert heard[-1].kind == "concern.registered" and heard[-1].data["code"] == registered.code


def test_a_contact_given_with_consent_is_kept_and_masked_on_the_receipt(office, local, heard):
    registered = office.register_concern(with_contact())
    assert registered.masked_phone == "+213 6•• •• •• 42"
    concern = office.get_concern(registered.code, can_see_contact=True)
    assert (concern.contact_name, concern.contact_phone) == ("Amine Benali", "+213661234542")
    assert concern.consent_at == concern.created_at
    [event] = events_of(local, "concern.registered")
    assert event.payload["contact"] == {"name": "Amine Benali", "phone": "+213661234542"}
    # listeners (desk screens, the hub's push) never receive contact details
    assert "+213661234542" not in repr(heard) and "Amine" not in repr(heard)


@pytest.mark.parametrize("bad, code", [
    (draft(text=""), "text_required"),
    (draft(text="   \n "), "text_required"),
    (draft(text="trop court"[:6]), "text_too_short"),
    (draft(text="x" * 1001), "text_too_long"),
    (draft(text=ROAD + "\x00"), "control_char"),
    (draft(text=ROAD + "\x1b[2J"), "control_char"),
    (draft(text="\u202e" + ROAD), "bidi_control"),
    (draft(text=ROAD + "\u2067x\u2069"), "bidi_control"),
    (draft(contact=Contact("Amine", "0861234542"), consent=True), "phone_invalid"),
    (draft(contact=Contact("Amine", "+33612345678"), consent=True), "phone_invalid"),
    (draft(contact=Contact("Amine", "0661234542")), "consent_required"),
    (draft(contact=Contact("A" * 81, "0661234542"), consent=True), "name_too_long"),
    (draft(place="p" * 121), "place_too_long"),
    (draft(category="potholes"), "unknown_category"),
    (draft(language="de"), "bad_language"),
])
def test_bad_input_stores_nothing(office, local, heard, bad, code):
    office.register_concern(draft())
    before = counts(local)
    with pytest.raises(OfficeError) as caught:
        office.register_concern(bad)
    assert caught.value.code == code
    assert caught.value.problems and caught.value.problems[0].code == code
    assert counts(local) == before
    assert len(heard) == 1


def test_every_concern_gets_its_own_code(office):
    codes = {office.register_concern(draft()).code for _ in range(200)}
    assert len(codes) == 200


def test_a_code_collision_draws_again(local, caplog):
    # Local only: the tracking codes drawn from a seeded random source.
    office = local
    office._concerns.rng = random.Random(42)
    first = office.register_concern(draft())
    office._concerns.rng = random.Random(42)  # replays the same first draw
    second = office.register_concern(draft())
    assert first.code != second.code
    assert "collision" in caplog.text
    assert counts(office)[0] == 2


def test_the_database_refuses_a_duplicate_code(local):
    # Local only: the database constraints.
    office = local
    first = office.register_concern(draft()).concern
    clone = first.__class__(**{**first.__dict__, "id": "another-id", "history": ()})
    with pytest.raises(concern_rows.DuplicateCode):
        concern_rows.insert_concern(office._db.conn, clone)


def test_the_table_refuses_contact_details_without_consent(local):
    # Local only: the database constraints.
    office = local
    with pytest.raises(sqlite3.IntegrityError):
        office._db.conn.execute(
            "INSERT INTO concerns (id, code, category, text, language, contact_phone, status, created_at, updated_at)"
            " VALUES ('x', 'BMD-2222-2222', 'roads', 'texte', 'fr', '+213661234542', 'received', 't', 't')"
        )


def test_codes_of_two_offices_never_collide(tmp_path, clock, catalogue):
    a = open_office(tmp_path / "a.sqlite3", clock, catalogue, code="BMD")
    b = open_office(tmp_path / "b.sqlite3", clock, catalogue, code="BMDX")
    try:
        for office in (a, b):
            office._concerns.rng = random.Random(1)  # the very same random draws in both offices
        codes_a = {a.register_concern(draft()).code for _ in range(50)}
        codes_b = {b.register_concern(draft()).code for _ in range(50)}
        assert not codes_a & codes_b
        assert all(c.startswith("BMD-") for c in codes_a) and all(c.startswith("BMDX-") for c in codes_b)
        # a code of office B is unknown at office A
        with pytest.raises(OfficeError) as caught:
            a.concern_public_view(next(iter(codes_b)))
        assert caught.value.code == "code_unknown"
    finally:
        a.close()
        b.close()


# ---- the citizen follows up ----------------------------------------------------------------


def test_the_public_view_shows_status_and_answers_only(office):
    code = office.register_concern(with_contact()).code
    office.add_concern_note(code, "Le citoyen a appelé, il habite au n° 12", public=False, staff="Karim")
    office.change_concern_status(code, "in_progress", staff="Karim")
    office.add_concern_note(code, "Les services techniques passeront jeudi.", public=True, staff="Karim")
    view = office.concern_public_view(" " + code.lower().replace("-", " ") + " ")
    assert view.code == code and view.status is ConcernStatus.IN_PROGRESS and view.category == "roads"
    assert [(h.kind, h.status, h.text) for h in view.history] == [
        (HistoryKind.STATUS, ConcernStatus.RECEIVED, None),
        (HistoryKind.STATUS, ConcernStatus.IN_PROGRESS, None),
        (HistoryKind.PUBLIC_ANSWER, None, "Les services techniques passeront jeudi."),
    ]
    text = repr(view)
    assert "Amine" not in text and "+213" not in text and "n° 12" not in text and "Karim" not in text


@pytest.mark.parametrize("typed, code", [("", "code_format"), ("BMD-7K3Q", "code_format"),
                                         ("BMD-7K3Q-9XO4", "code_format")])
def test_malformed_codes_are_refused_without_counting_as_guesses(office, typed, code):
    for _ in range(6):
        with pytest.raises(OfficeError) as caught:
            office.concern_public_view(typed)
        assert caught.value.code == code
    assert office.follow_up_retry_after() == 0


def test_a_mistyped_code_fails_its_check(office):
    good = office.register_concern(draft()).code
    typo = good[:5] + ("2" if good[5] != "2" else "3") + good[6:]
    with pytest.raises(OfficeError) as caught:
        office.concern_public_view(typo)
    assert caught.value.code == "code_check"


def test_repeated_wrong_codes_slow_the_kiosk_down(office, clock):
    good = office.register_concern(draft()).code
    rng = random.Random(3)
    unknown = [new_tracking_code("BMD", rng).text for _ in range(4)]  # well-formed, but nobody's
    for code in unknown[:3]:
        with pytest.raises(OfficeError) as caught:
            office.concern_public_view(code)
        assert caught.value.code == "code_unknown"
    with pytest.raises(OfficeError) as caught:
        office.concern_public_view(good)  # even the right code waits: the kiosk is slowed, not the code
    assert caught.value.code == "lookup_throttled" and caught.value.retry_after_s == 2
    clock.advance(seconds=2)
    with pytest.raises(OfficeError) as caught:
        office.concern_public_view(unknown[3])
    assert caught.value.code == "code_unknown"
    assert office.follow_up_retry_after() == 4
    clock.advance(seconds=4)
    assert office.concern_public_view(good).code == good
    clock.advance(minutes=10)
    assert office.follow_up_retry_after() == 0


# ---- desk work ------------------------------------------------------------------------------------


def test_get_concern_shows_contact_only_when_allowed(office):
    code = office.register_concern(with_contact()).code
    assert office.get_concern(code).contact_phone is None
    assert office.get_concern(code, can_see_contact=True).contact_phone == "+213661234542"
    assert office.get_concern(code.lower()).code == code
    with pytest.raises(OfficeError) as caught:
        office.get_concern("BMD-2222-2222")
    assert caught.value.code in ("code_check", "code_unknown")


def test_list_filters(office, clock):
    old_road = office.register_concern(with_contact()).code
    clock.advance(days=10)
    water = office.register_concern(draft(category="water", text=ARABIC, language="ar")).code
    clock.advance(days=5)
    new_road = office.register_concern(draft()).code
    office.login("Karim", "7316")  # fifteen days on: a new day's session (the hub checks it)
    office.change_concern_status(new_road, "in_progress", staff="Karim")

    def codes(**filters):
        return [c.code for c in office.list_concerns(ConcernFilter(**filters))]

    assert codes() == [old_road, water, new_road]
    assert codes(category="roads") == [old_road, new_road]
    assert codes(statuses=(ConcernStatus.RECEIVED,)) == [old_road, water]
    assert codes(statuses=(ConcernStatus.IN_PROGRESS, ConcernStatus.ANSWERED)) == [new_road]
    assert codes(older_than_days=15) == [old_road]
    assert codes(older_than_days=5) == [old_road, water]
    assert codes(newer_than_days=6) == [water, new_road]
    assert codes(office_code="BMD") == [old_road, water, new_road]
    assert codes(office_code="BM") == []
    assert codes(limit=1, offset=1) == [water]
    assert all(c.contact_phone is None for c in office.list_concerns())
    assert office.list_concerns(can_see_contact=True)[0].contact_phone == "+213661234542"


def test_notes_are_stored_with_an_event(office, local, heard):
    code = office.register_concern(draft()).code
    note = office.add_concern_note(code, "  Vu avec le service voirie  ", public=False, staff="Karim")
    answer = office.add_concern_note(code, "Travaux prévus la semaine prochaine.", public=True, staff="Karim")
    assert (note.kind, note.public, note.text, note.by_staff) == (HistoryKind.INTERNAL_NOTE, False,
                                                                  "Vu avec le service voirie", "Karim")
    assert (answer.kind, answer.public) == (HistoryKind.PUBLIC_ANSWER, True)
    payloads = [e.payload for e in events_of(local, "concern.note_added")]
    assert [(p["kind"], p["public"], p["by"]) for p in payloads] == [("internal_note", False, "Karim"),
                                                                    ("public_answer", True, "Karim")]
    assert [e.kind for e in heard][-2:] == ["concern.note_added", "concern.note_added"]
    assert "voirie" not in repr(heard)


@pytest.mark.parametrize("text, code", [("", "note_required"), ("\u202enote", "bidi_control"),
                                        ("n" * 2001, "note_too_long"), ("note\x07", "control_char")])
def test_a_bad_note_stores_nothing(office, local, text, code):
    concern_code = office.register_concern(draft()).code
    before = counts(local)
    with pytest.raises(OfficeError) as caught:
        office.add_concern_note(concern_code, text, public=True, staff="Karim")
    assert caught.value.code == code
    assert counts(local) == before


def test_status_changes_follow_the_rules_and_make_events(office, local, heard, clock):
    code = office.register_concern(with_contact()).code
    clock.advance(hours=2)
    concern = office.change_concern_status(code, ConcernStatus.IN_PROGRESS, staff="Karim")
    assert concern.status is ConcernStatus.IN_PROGRESS and concern.contact_phone is None
    assert concern.updated_at > concern.created_at
    concern = office.change_concern_status(code, "answered", "La route sera refaite en octobre.", staff="Karim")
    assert concern.history[-1].text == "La route sera refaite en octobre."
    payloads = [e.payload for e in events_of(local, "concern.status_changed")]
    assert [(p["previous_status"], p["status"]) for p in payloads] == [("received", "in_progress"),
                                                                      ("in_progress", "answered")]
    assert payloads[1]["reason"] == "La route sera refaite en octobre." and payloads[1]["by"] == "Karim"
    assert "reason" not in payloads[0]
    assert heard[-1].kind == "concern.status_changed" and heard[-1].data["status"] == "answered"


@pytest.mark.parametrize("steps, status, reason, code", [
    ((), "rejected", None, "reason_required"),
    ((), "rejected", "   ", "reason_required"),
    ((), "answered", None, "answer_required"),
    (("in_progress",), "received", None, "bad_transition"),
    (("closed",), "in_progress", None, "bad_transition"),
    ((), "archived", None, "bad_status"),
])
def test_refused_status_changes_store_nothing(office, local, steps, status, reason, code):
    concern_code = office.register_concern(draft()).code
    for step in steps:
        office.change_concern_status(concern_code, step, staff="Karim")
    before = counts(local)
    with pytest.raises(OfficeError) as caught:
        office.change_concern_status(concern_code, status, reason, staff="Karim")
    assert caught.value.code == code
    assert counts(local) == before


def test_an_earlier_public_answer_lets_a_concern_be_answered(office):
    code = office.register_concern(draft()).code
    office.add_concern_note(code, "Réparé le 3 septembre.", public=True, staff="Karim")
    assert office.change_concern_status(code, "answered", staff="Karim").status is ConcernStatus.ANSWERED
