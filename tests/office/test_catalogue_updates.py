"""Central catalogue updates applied to the Office: stored, laid over the file at every
start, announced to listeners, and never written to the outbox."""
import logging

import pytest

from kiosk.office import Office, OfficeError, OfficeInfo

INFO = OfficeInfo("APC Test", "TST", "Africa/Algiers")


@pytest.fixture
def office(local):
    """Local only: central updates are applied by the sync thread on the office's own PC, not through the port."""
    return local


def _events(office):
    seen = []
    office.subscribe(seen.append)
    return seen


def test_closing_a_service_hides_it_and_refuses_new_tickets(office):
    kept = office.issue_ticket("EC-N12").ticket
    seen = _events(office)
    assert office.apply_catalogue_update({"code": "EC-N12", "active": False}) == "applied"
    assert "EC-N12" not in {s.code for s in office.services()}
    with pytest.raises(OfficeError) as refused:
        office.issue_ticket("EC-N12")
    assert refused.value.code == "service_closed"
    assert office.ticket(kept.id) == kept  # tickets already issued are untouched
    assert [(e.kind, e.data) for e in seen] == [("catalogue.changed", {"code": "EC-N12"})]

    assert office.apply_catalogue_update({"code": "EC-N12", "active": True}) == "applied"
    assert office.issue_ticket("EC-N12").ticket.label.endswith("002")


def test_an_update_writes_no_outbox_event(office):
    before = office.outbox.stats()
    office.apply_catalogue_update({"code": "EC-N12", "minutes": 6, "names": {"fr": "Naissance"}})
    assert office.outbox.stats() == before
    assert office.outbox.list(limit=1000) == []


def test_updates_merge_and_survive_a_restart(tmp_path, clock, catalogue):
    path = tmp_path / "office.sqlite3"
    office = Office.open_path(path, INFO, clock, catalogue)
    office.apply_catalogue_update({"code": "EC-N12", "names": {"fr": "Naissance", "ar": "ميلاد"}})
    office.apply_catalogue_update({"code": "EC-N12", "minutes": 7, "names": {"fr": "Acte de naissance"}})
    office.apply_catalogue_update({"code": "EC-12S", "active": False})
    assert office.catalogue_overrides()["EC-N12"] == {"minutes": 7, "names": {"ar": "ميلاد", "fr": "Acte de naissance"}}
    office.close()

    reopened = Office.open_path(path, INFO, clock, catalogue)
    try:
        service = reopened.catalogue.service("EC-N12")
        assert (service.name("fr"), service.name("ar"), service.typical_minutes) == ("Acte de naissance", "ميلاد", 7)
        assert service.name("en") == catalogue.service("EC-N12").name("en")
        assert "EC-12S" not in {s.code for s in reopened.services()}
        with pytest.raises(OfficeError, match="not open"):
            reopened.issue_ticket("EC-12S")
    finally:
        reopened.close()


@pytest.mark.parametrize("data", [
    {"code": "NO-SUCH", "active": False},
    {"code": "EC-N12", "minutes": 0},
    {"code": "EC-N12", "minutes": 500},
    {"code": "EC-N12", "active": "no"},
    {"code": "EC-N12", "names": {"xx": "?"}},
    {"code": "EC-N12"},
    {"active": False},
    {"code": 12, "active": False},
])
def test_unknown_codes_and_bad_values_are_ignored_and_logged(office, caplog, data):
    seen = _events(office)
    before = office.catalogue
    with caplog.at_level(logging.WARNING, logger="kiosk.office.catalogue_updates"):
        assert office.apply_catalogue_update(data) == "ignored"
    assert caplog.records and "catalogue update" in caplog.records[0].getMessage()
    assert office.catalogue == before and office.catalogue_overrides() == {} and seen == []


def test_a_hand_edited_bad_row_is_skipped_at_start(tmp_path, clock, catalogue, caplog):
    path = tmp_path / "office.sqlite3"
    office = Office.open_path(path, INFO, clock, catalogue)
    office.apply_catalogue_update({"code": "EC-12S", "active": False})
    office._db.execute("INSERT INTO catalogue_overrides VALUES ('EC-N12', '{\"minutes\": -3}', 'x', 'local')")
    office.close()
    with caplog.at_level(logging.ERROR, logger="kiosk.office.catalogue_updates"):
        reopened = Office.open_path(path, INFO, clock, catalogue)
    try:
        assert "EC-N12" in caplog.text
        assert reopened.catalogue.service("EC-N12") == catalogue.service("EC-N12")
        assert "EC-12S" not in {s.code for s in reopened.services()}  # the good row still applies
    finally:
        reopened.close()
