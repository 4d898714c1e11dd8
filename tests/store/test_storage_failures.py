"""A damaged, unreadable or full office database is named, never half-used (real files)."""
from __future__ import annotations

import os

import pytest

from kiosk.domain.concerns import ConcernDraft
from kiosk.domain.tickets import Priority
from kiosk.office import (
    PROBLEM_EVENT,
    DatabaseDamaged,
    DatabaseUnreadable,
    DiskFull,
    Office,
)
from tests.storage_faults import (
    counts,
    damage_header,
    damage_pages,
    fill_disk,
    free_disk,
    office_with_tickets,
)


def test_garbage_over_data_pages_puts_the_office_out_of_service_at_the_first_read(tmp_path):
    path = tmp_path / "office.sqlite3"
    office_with_tickets(path).close()
    damage_pages(path)

    office = Office.open_path(path)  # the schema is whole: it opens
    events = []
    office.subscribe(events.append)
    code = office.services()[0].code
    with pytest.raises(DatabaseDamaged, match="is damaged"):
        office.waiting_count(code)
    assert office.problem is not None and office.problem.code == "database_damaged"
    assert [e.kind for e in events] == [PROBLEM_EVENT]
    assert events[0].data["code"] == "database_damaged" and str(path) in events[0].data["message"]
    with pytest.raises(DatabaseDamaged):  # every later use says the same, the event is not repeated
        office.issue_ticket(code, Priority.NONE, "ar")
    assert len(events) == 1
    office.close()


def test_the_start_up_integrity_check_finds_damage_no_read_has_met_yet(tmp_path):
    path = tmp_path / "office.sqlite3"
    office_with_tickets(path).close()
    damage_pages(path)
    office = Office.open_path(path)
    events = []
    office.subscribe(events.append)
    result = office.check_integrity()
    assert result != "ok"
    assert office.problem is not None and office.problem.code == "database_damaged"
    assert [e.kind for e in events] == [PROBLEM_EVENT]
    office.close()


def test_a_healthy_database_passes_the_check(tmp_path):
    office = office_with_tickets(tmp_path / "office.sqlite3", tickets=5)
    assert office.check_integrity() == "ok"
    assert office.problem is None
    office.close()


def test_a_file_that_is_not_a_database_any_more_refuses_to_open(tmp_path):
    path = tmp_path / "office.sqlite3"
    office_with_tickets(path, tickets=5).close()
    damage_header(path)
    with pytest.raises(DatabaseDamaged, match="not a database"):
        Office.open_path(path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 file anyway: see the next test")
def test_a_file_without_read_permission_is_unreadable(tmp_path):
    path = tmp_path / "office.sqlite3"
    office_with_tickets(path, tickets=5).close()
    path.chmod(0)
    try:
        with pytest.raises(DatabaseUnreadable, match="permissions"):
            Office.open_path(path)
    finally:
        path.chmod(0o600)


def test_a_folder_in_place_of_the_file_is_unreadable(tmp_path):
    # What chmod 000 does for other users, a folder at the database's path does for root too:
    # the open itself fails (SQLITE_CANTOPEN).
    path = tmp_path / "office.sqlite3"
    path.mkdir()
    with pytest.raises(DatabaseUnreadable, match="cannot be read or written"):
        Office.open_path(path)


def test_a_full_disk_refuses_the_ticket_whole_and_works_again_once_space_returns(tmp_path):
    path = tmp_path / "office.sqlite3"
    office = office_with_tickets(path, tickets=3)
    code = office.services()[0].code
    events = []
    office.subscribe(events.append)
    fill_disk(office)
    refused = 0
    with pytest.raises(DiskFull, match="full"):
        for _ in range(500):  # the current pages still have room for a few: fill them
            office.issue_ticket(code, Priority.NONE, "ar")
            refused += 1
    tickets, issued_events = counts(path)
    assert tickets == issued_events == 3 + refused  # no ticket without its outbox event
    assert office.problem is None  # a full disk passes; it is not a damaged office
    assert all(e.kind == "ticket.issued" for e in events)

    free_disk(office)
    again = office.issue_ticket(code, Priority.NONE, "ar")
    assert again.ticket.number == tickets + 1  # the refused attempt used no number
    assert counts(path) == (tickets + 1, tickets + 1)
    office.close()


def test_a_full_disk_refuses_a_concern_whole(tmp_path):
    path = tmp_path / "office.sqlite3"
    office = office_with_tickets(path, tickets=1)
    fill_disk(office)
    category = office.catalogue.concern_categories[0].code
    draft = ConcernDraft(category=category, text="La lampe de la rue est cassée " * 30,
                         language="fr", place="Rue 1", contact=None, consent=False)
    with pytest.raises(DiskFull):
        for _ in range(200):
            office.register_concern(draft)
    before = office._db.execute("SELECT count(*) FROM concerns").fetchone()[0]
    concern_events = office._db.execute(
        "SELECT count(*) FROM outbox WHERE type = 'concern.registered'").fetchone()[0]
    assert before == concern_events
    office.close()
