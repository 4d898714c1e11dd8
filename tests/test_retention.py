"""The hub's retention job erases old contact details once they are synced, and records it."""
from kiosk.domain.concerns import ConcernDraft, Contact
from kiosk.retention import RetentionPurger


def test_purger_erases_only_old_synced_contacts(office, clock):
    old = office.register_concern(ConcernDraft("water", "Pas d'eau depuis trois jours", "fr", None,
                                               Contact("Nadia H.", "0661234567"), consent=True))
    clock.advance(days=200)
    recent = office.register_concern(ConcernDraft("roads", "Un trou dangereux devant l'école", "fr", None,
                                                  Contact("Said M.", "0551234567"), consent=True))
    purger = RetentionPurger(office, retention_days=180)
    assert purger.run_once() == 0  # nothing synced yet: nothing may be erased
    office.outbox.mark_acked([e.seq for e in office.outbox.list(limit=100)], "2027-01-01T00:00:00.000Z")
    assert purger.run_once() == 1
    assert not office.get_concern(old.code, can_see_contact=True).has_contact
    assert office.get_concern(recent.code, can_see_contact=True).contact_phone == "+213551234567"
    assert any(e.type == "concern.purged" for e in office.outbox.list(state="pending", limit=100))
    assert purger.run_once() == 0
