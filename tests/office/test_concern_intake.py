"""A clerk registers a concern for a citizen (at the counter, on the phone, by letter or
e-mail) through the office port, local and remote (tests/office/conftest.py): the channel
is kept and sent on, the clerk's session is required and audited, the kiosk's rules apply."""
from __future__ import annotations

import json

import pytest

from kiosk.domain.concerns import Channel, Contact
from kiosk.office import OfficeError
from kiosk.office.concern_registration import TAKEN_AUDIT
from tests.office.concern_helpers import ROAD, draft, events_of, with_contact


@pytest.fixture
def clerk(office, local):
    local.add_staff("Amina", "clerk", "4829")
    return office.login("Amina", "4829")


def test_a_phone_concern_keeps_its_channel_end_to_end(office, local, clerk):
    taken = office.take_concern(clerk.token, with_contact(channel=Channel.PHONE, publish_text=True))
    assert taken.concern.channel is Channel.PHONE
    assert taken.masked_phone == "+213 6•• •• •• 42"  # what the clerk reads out, as the kiosk's receipt
    stored = local.get_concern(taken.code, can_see_contact=True)
    assert (stored.channel, stored.contact_phone, stored.publish_text) == (Channel.PHONE, "+213661234542", True)
    assert office.get_concern(taken.code).channel is Channel.PHONE  # the desk inbox shows it too
    (event,) = events_of(local, "concern.registered")
    assert event.payload["channel"] == "phone" and event.payload["code"] == taken.code
    (received,) = stored.history
    assert received.by_staff == "Amina"


def test_the_clerk_is_audited_without_the_citizens_details(office, local, clerk):
    taken = office.take_concern(clerk.token, with_contact(channel=Channel.LETTER))
    rows = local._db.execute("SELECT staff_id, staff_name, data FROM audit WHERE action = ?",
                             (TAKEN_AUDIT,)).fetchall()
    assert [(r[0], r[1], json.loads(r[2])) for r in rows] == [
        (clerk.staff_id, "Amina", {"code": taken.code, "channel": "letter"})]
    assert "Benali" not in rows[0][2] and "661" not in rows[0][2]
    assert local.verify_audit() is None


def test_a_clerk_needs_a_session(office, local):
    with pytest.raises(OfficeError) as refused:
        office.take_concern("not-a-session", draft(channel=Channel.COUNTER))
    assert refused.value.code == "not_logged_in"
    assert events_of(local, "concern.registered") == []


@pytest.mark.parametrize("channel", ["kiosk", "web", "fax"])
def test_a_clerk_registers_only_the_desks_channels(office, local, clerk, channel):
    with pytest.raises(OfficeError) as refused:
        office.take_concern(clerk.token, draft(channel=channel))
    assert refused.value.code == "bad_channel"
    assert [p.field for p in refused.value.problems] == ["channel"]


def test_a_kiosk_registers_only_kiosk_concerns(office, local):
    assert office.register_concern(draft()).concern.channel is Channel.KIOSK
    with pytest.raises(OfficeError) as refused:
        office.register_concern(draft(channel=Channel.PHONE))
    assert refused.value.code == "bad_channel"


def test_the_kiosks_rules_apply_to_the_clerks_form(office, clerk):
    with pytest.raises(OfficeError) as refused:
        office.take_concern(clerk.token, draft(text="court", channel=Channel.COUNTER,
                                               contact=None, consent=False))
    assert refused.value.code == "text_too_short"
    with pytest.raises(OfficeError) as refused:
        office.take_concern(clerk.token, draft(channel=Channel.EMAIL, contact=Contact("Amine", "0661234542")))
    assert "consent_required" in [p.code for p in refused.value.problems]


def test_the_same_request_sent_again_registers_one_concern(office, local, clerk):
    first = office.take_concern(clerk.token, draft(channel=Channel.COUNTER, text=ROAD), request_id="req-1")
    again = office.take_concern(clerk.token, draft(channel=Channel.COUNTER, text=ROAD), request_id="req-1")
    assert again.code == first.code
    assert len(events_of(local, "concern.registered")) == 1
