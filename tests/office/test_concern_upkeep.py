"""Concerns on the office's own PC only (the LAN client has no such calls): the central
server's updates and the purge of contact details after the retention period.

Real SQLite files, a FixedClock, the bundled catalogue (tests/office/conftest.py).
"""
from __future__ import annotations

import random

import pytest

from kiosk.domain.concerns import ConcernStatus, HistoryKind
from kiosk.domain.tracking_codes import new_tracking_code
from kiosk.office import OfficeError, OfficeInfo
from tests.office.concern_helpers import ROAD, ack_all, counts, draft, events_of, open_office, with_contact


@pytest.fixture
def office_info():
    return OfficeInfo("APC Bab El Oued", "BMD", "Africa/Algiers")


@pytest.fixture(autouse=True)
def karim(local):
    """The supervisor whose desk work the updates must not overwrite."""
    local.add_staff("Karim", "supervisor", "7316")


@pytest.fixture
def heard(local):
    events = []
    local.subscribe(events.append)
    return events


# ---- the central office's updates ---------------------------------------------------------------


def test_a_central_update_applies_when_nothing_local_is_waiting(local, heard):
    # Local only: central updates come through the sync thread.
    office = local
    code = office.register_concern(draft()).code
    ack_all(office)
    before_outbox = counts(office)[2]
    result = office.apply_central_concern_update(code, "answered", "La wilaya a validé les travaux.",
                                                 "2026-09-07T10:00:00.000Z")
    assert result == "applied"
    concern = office.get_concern(code)
    assert concern.status is ConcernStatus.ANSWERED and concern.updated_at == "2026-09-07T10:00:00.000Z"
    assert [(h.kind, h.status, h.text) for h in concern.history[1:]] == [
        (HistoryKind.PUBLIC_ANSWER, None, "La wilaya a validé les travaux."),
        (HistoryKind.STATUS, ConcernStatus.ANSWERED, None),
    ]
    assert counts(office)[2] == before_outbox  # nothing is sent back to where it came from
    assert heard[-1].kind == "concern.updated" and heard[-1].data["source"] == "central"
    # the same page pulled again changes nothing
    before = counts(office)
    assert office.apply_central_concern_update(code, "answered", "La wilaya a validé les travaux.",
                                               "2026-09-07T10:00:00.000Z") == "applied"
    assert counts(office) == before


def test_a_central_update_does_not_overwrite_an_unsent_local_change(local):
    # Local only: central updates come through the sync thread.
    office = local
    code = office.register_concern(draft()).code
    ack_all(office)
    office.change_concern_status(code, "rejected", "Hors compétence de la commune", staff="Karim")  # not sent yet
    result = office.apply_central_concern_update(code, "answered", "Transmis à la daïra.",
                                                 "2026-09-07T10:00:00.000Z")
    assert result == "kept_local"
    concern = office.get_concern(code)
    assert concern.status is ConcernStatus.REJECTED
    # the answer adds to the history (it overwrites nothing), the status does not
    assert concern.history[-1].kind is HistoryKind.PUBLIC_ANSWER
    assert not any(h.status is ConcernStatus.ANSWERED for h in concern.history)
    # once the local change is acknowledged, the next central update applies
    ack_all(office)
    assert office.apply_central_concern_update(code, "in_progress", None, "2026-09-08T10:00:00.000Z") == "applied"
    assert office.get_concern(code).status is ConcernStatus.IN_PROGRESS


def test_a_central_update_for_an_unknown_concern_is_ignored(local):
    # Local only: central updates come through the sync thread.
    office = local
    before = counts(office)
    unknown = new_tracking_code("BMD", random.Random(99)).text
    assert office.apply_central_concern_update(unknown, "closed") == "unknown"
    assert counts(office) == before


def test_a_bad_central_update_is_refused(local):
    # Local only: central updates come through the sync thread.
    office = local
    code = office.register_concern(draft()).code
    with pytest.raises(OfficeError) as caught:
        office.apply_central_concern_update(code, "archived")
    assert caught.value.code == "bad_status"
    with pytest.raises(OfficeError) as caught:
        office.apply_central_concern_update(code, None, "\u202eréponse")
    assert caught.value.code == "bidi_control"


# ---- purge after the retention period -------------------------------------------------------------


def test_contact_details_are_purged_after_retention_once_synced(local, clock, heard):
    # Local only: the purge runs on the hub.
    office = local
    with_phone = office.register_concern(with_contact(place="Rue Larbi Ben M'hidi")).code
    anonymous = office.register_concern(draft()).code
    clock.advance(days=100)
    assert office.purge_personal_data(90) == 0  # nothing has reached the central server yet
    assert office.get_concern(with_phone, can_see_contact=True).contact_phone == "+213661234542"

    ack_all(office)
    assert office.purge_personal_data(101) == 0  # not old enough yet
    assert office.purge_personal_data(90) == 1

    concern = office.get_concern(with_phone, can_see_contact=True)
    assert concern.contact_name is None and concern.contact_phone is None
    assert concern.place == "Rue Larbi Ben M'hidi" and concern.text == ROAD  # not personal: kept
    assert concern.purged_at == concern.history[-1].at
    assert (concern.history[-1].kind, concern.history[-1].public) == (HistoryKind.PURGE, False)
    [purged] = events_of(office, "concern.purged")
    assert purged.payload["code"] == with_phone and purged.state == "pending"
    # the acknowledged registration event's local copy no longer holds the contact either
    registered = [e for e in events_of(office, "concern.registered") if e.payload["code"] == with_phone]
    assert "contact" not in registered[0].payload
    phone_rows = office._db.conn.execute("SELECT count(*) FROM outbox WHERE payload LIKE '%661234542%'").fetchone()
    assert phone_rows == (0,)
    assert heard[-1].kind == "concern.purged"
    assert office.get_concern(anonymous).purged_at is None  # nothing personal to purge
    assert office.purge_personal_data(90) == 0  # already done


def test_retention_counts_from_the_last_change(local, clock):
    # Local only: the purge runs on the hub.
    office = local
    code = office.register_concern(with_contact()).code
    clock.advance(days=80)
    office.change_concern_status(code, "in_progress", staff="Karim")  # the desk is still working on it
    ack_all(office)
    clock.advance(days=20)
    assert office.purge_personal_data(90) == 0
    clock.advance(days=71)
    assert office.purge_personal_data(90) == 1


def test_a_rejected_event_blocks_the_purge(local, clock):
    # Local only: the purge runs on the hub.
    office = local
    code = office.register_concern(with_contact()).code
    office.add_concern_note(code, "Rappeler le citoyen", public=False, staff="Karim")
    ack_all(office)
    [note] = events_of(office, "concern.note_added")
    office.outbox.mark_rejected(note.seq, "server said no")
    clock.advance(days=100)
    assert office.purge_personal_data(90) == 0


@pytest.mark.parametrize("days", [-1, 1.5, "90", True])
def test_the_retention_must_be_whole_days(local, days):
    # Local only: the purge runs on the hub.
    office = local
    with pytest.raises(OfficeError) as caught:
        office.purge_personal_data(days)
    assert caught.value.code == "bad_retention"


def test_a_purge_survives_reopening_the_database(tmp_path, clock, catalogue):
    office = open_office(tmp_path / "p.sqlite3", clock, catalogue)
    code = office.register_concern(with_contact()).code
    ack_all(office)
    clock.advance(days=40)
    assert office.purge_personal_data(30) == 1
    office.close()
    office = open_office(tmp_path / "p.sqlite3", clock, catalogue)
    try:
        assert office.get_concern(code, can_see_contact=True).contact_phone is None
    finally:
        office.close()
