"""Ticket numbering through the Office facade on a real SQLite file."""
import datetime as dt
import json
import subprocess
import sys
import textwrap

import pytest

from kiosk.domain.tickets import Priority
from kiosk.office import Office, OfficeError, OfficeInfo


def test_numbers_count_up_per_service(office):
    labels = [office.issue_ticket("EC-N12").ticket.label for _ in range(3)]
    assert labels == ["A-001", "A-002", "A-003"]
    # Another service has its own line and its own numbers.
    assert office.issue_ticket("AD-RES").ticket.label == "J-001"


def test_numbers_restart_on_the_next_business_day(office, clock):
    office.issue_ticket("EC-N12")
    office.issue_ticket("EC-N12")
    # 23:10 UTC is already tomorrow (00:10) in Algiers.
    clock.set(dt.datetime(2026, 9, 6, 23, 10, tzinfo=dt.UTC))
    ticket = office.issue_ticket("EC-N12").ticket
    assert ticket.label == "A-001"
    assert ticket.business_date == dt.date(2026, 9, 7)


def test_people_ahead_and_estimated_wait(office, clock):
    for _ in range(4):
        office.issue_ticket("EC-N12")  # 3 counter minutes each
        clock.advance(seconds=30)
    issued = office.issue_ticket("EC-N12")
    assert issued.people_ahead == 4
    assert issued.estimated_wait_min == 12
    assert office.waiting_count("EC-N12") == 5


def test_priority_ticket_goes_ahead_of_ordinary_ones(office, clock):
    for _ in range(5):
        office.issue_ticket("EC-N12")
        clock.advance(seconds=10)
    first_priority = office.issue_ticket("EC-N12", Priority.ELDERLY)
    assert first_priority.people_ahead == 0
    clock.advance(seconds=10)
    second_priority = office.issue_ticket("EC-N12", Priority.PREGNANCY)
    assert second_priority.people_ahead == 1
    clock.advance(seconds=10)
    ordinary = office.issue_ticket("EC-N12")
    assert ordinary.people_ahead == 7
    assert first_priority.ticket.priority is Priority.ELDERLY


def test_every_ticket_writes_its_outbox_event(office):
    issued = office.issue_ticket("EC-N12", Priority.DISABILITY, "fr")
    [event] = office.outbox.list()
    assert event.type == "ticket.issued"
    assert event.payload["ticket_id"] == issued.ticket.id
    assert event.payload["label"] == "A-001"
    assert event.payload["priority"] == "disability"
    assert event.payload["office_code"] == "TST"
    assert event.state == "pending"


def test_unknown_or_bad_requests_are_refused_and_store_nothing(office):
    with pytest.raises(OfficeError) as err:
        office.issue_ticket("NOPE")
    assert err.value.code == "unknown_service"
    with pytest.raises(OfficeError):
        office.issue_ticket("EC-N12", language="xx")
    with pytest.raises(ValueError):
        office.issue_ticket("EC-N12", priority="vip")
    assert office.outbox.stats().pending == 0
    assert office.waiting_count("EC-N12") == 0


def test_tickets_survive_reopening(tmp_path, clock, catalogue):
    path = tmp_path / "office.sqlite3"
    info = OfficeInfo("APC", "TST", "Africa/Algiers")
    first = Office.open_path(path, info, clock, catalogue)
    issued = [first.issue_ticket("EC-N12").ticket for _ in range(3)]
    first.close()  # as if the kiosk was switched off
    second = Office.open_path(path, info, clock, catalogue)
    try:
        assert second.ticket(issued[1].id).label == "A-002"
        assert second.issue_ticket("EC-N12").ticket.label == "A-004"
        assert second.outbox.stats().pending == 4
    finally:
        second.close()


_WORKER = textwrap.dedent(
    """
    import sys, datetime as dt
    from kiosk.domain.clock import FixedClock
    from kiosk.office import Office, OfficeInfo
    clock = FixedClock(dt.datetime(2026, 9, 6, 8, tzinfo=dt.timezone.utc))
    office = Office.open_path(sys.argv[1], OfficeInfo("APC", "TST", "Africa/Algiers"), clock)
    sys.stdin.readline()  # start together
    for _ in range(int(sys.argv[2])):
        office.issue_ticket(sys.argv[3])
    office.close()
    """
)


def test_two_processes_never_issue_the_same_number(tmp_path):
    path = tmp_path / "office.sqlite3"
    Office.open_path(path).close()  # create the schema once
    procs = [
        subprocess.Popen([sys.executable, "-c", _WORKER, str(path), "500", "EC-N12"], stdin=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    for proc in procs:
        _, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
    office = Office.open_path(path)
    try:
        rows = office._db.execute("SELECT number FROM tickets WHERE service_code = 'EC-N12'").fetchall()
        numbers = sorted(n for (n,) in rows)
        assert numbers == list(range(1, 1001))
        payload_ids = {json.loads(p)["ticket_id"] for (p,) in office._db.execute("SELECT payload FROM outbox")}
        assert len(payload_ids) == 1000
    finally:
        office.close()


def test_after_a_restore_the_days_numbers_continue_above_those_handed_out(tmp_path, clock):
    """The pre-restore database had handed out A-001…A-005; the backup knew only A-001…A-002."""
    from kiosk.store.backup import backup_database, restore_database

    db = tmp_path / "office" / "office.sqlite3"
    office = Office.open_path(db, clock=clock)
    office.issue_ticket("EC-N12")
    office.issue_ticket("EC-N12")
    office.close()
    backup = backup_database(db, tmp_path).file
    office = Office.open_path(db, clock=clock)
    for _ in range(3):
        office.issue_ticket("EC-N12")
    office.issue_ticket("AD-RES")
    office.close()

    result = restore_database(backup, db)
    assert result.ticket_floors_raised == 2  # EC-N12 and AD-RES of today

    office = Office.open_path(db, clock=clock)
    try:
        assert office.issue_ticket("EC-N12").ticket.label == "A-006"  # not A-003: that one is in a citizen's hand
        assert office.issue_ticket("AD-RES").ticket.label == "J-002"
        assert office.issue_ticket("EC-12S").ticket.number == 1  # untouched services count from 1
        clock.set(dt.datetime(2026, 9, 7, 7, 30, tzinfo=dt.UTC))
        assert office.issue_ticket("EC-N12").ticket.label == "A-001"  # the next day starts again
    finally:
        office.close()
