"""Service controls through the office port (local and over the LAN): a supervisor closes a
service or limits it and the office refuses tickets; targets and the lines' alerts; the
change is audited, sent to the server, and told to every screen."""
from __future__ import annotations

import threading

import pytest

from kiosk.domain.service_controls import Refusal, ServiceControl
from kiosk.office import NotAllowed, NotFound, Office
from kiosk.office.errors import OfficeError, Unavailable


@pytest.fixture
def staff(local):
    local.add_staff("samira", "supervisor", "4829")
    local.add_staff("amina", "clerk", "5930")


def supervisor(office) -> str:
    return office.login("samira", "4829").token


def test_a_closed_service_refuses_tickets_until_reopened(office, local, staff):
    token = supervisor(office)
    office.set_service_control(token, ServiceControl("EC-N12", closed=True), "close-1")
    with pytest.raises(Unavailable) as refused:
        office.issue_ticket("EC-N12")
    assert refused.value.code == "service_closed"
    level = next(lv for lv in office.service_levels() if lv.service_code == "EC-N12")
    assert level.availability.refusal is Refusal.CLOSED
    office.set_service_control(token, ServiceControl("EC-N12"), "open-1")
    assert office.issue_ticket("EC-N12").ticket.label == "A-001"
    audit = [row["action"] for row in local._db.query("SELECT action FROM audit")]
    assert audit.count("service.control_changed") == 2
    events = [e for e in local.outbox.list() if e.type == "service.control_changed"]
    assert [e.payload["control"]["closed"] for e in events] == [True, False]
    assert events[0].payload["by"] == "samira" and events[0].payload["office_code"] == "TST"


def test_the_daily_limit_is_reached_and_said_with_tomorrow(office, staff, clock):
    office.set_service_control(supervisor(office), ServiceControl("EC-N12", daily_limit=2))
    office.issue_ticket("EC-N12")
    office.issue_ticket("EC-N12")
    with pytest.raises(Unavailable) as refused:
        office.issue_ticket("EC-N12")
    assert refused.value.code == "service_limit_reached"
    level = next(lv for lv in office.service_levels() if lv.service_code == "EC-N12")
    assert (level.issued_today, level.daily_limit) == (2, 2)
    assert level.availability.reopens_at is not None
    assert level.availability.reopens_at.strftime("%Y-%m-%d %H:%M") == "2026-09-07 08:00"
    clock.advance(days=1)
    assert office.issue_ticket("EC-N12").ticket.number == 1  # a new day, a new count


def test_only_a_supervisor_changes_a_service_and_bad_values_are_refused(office, staff):
    clerk = office.login("amina", "5930").token
    with pytest.raises(NotAllowed):
        office.set_service_control(clerk, ServiceControl("EC-N12", closed=True))
    token = supervisor(office)
    with pytest.raises(NotFound):
        office.set_service_control(token, ServiceControl("XX-NONE"))
    with pytest.raises(OfficeError):  # locally InvalidInput; over the LAN the hub refuses the body (422)
        office.set_service_control(token, ServiceControl("EC-N12", closed="yes"))  # type: ignore[arg-type]


def test_targets_default_to_the_catalogue_and_a_passed_target_alerts(office, staff, clock):
    targets = office.service_targets()
    assert targets["EC-N12"] == 20 and targets["BIO-PP"] == 60
    office.set_service_control(supervisor(office), ServiceControl("EC-N12", target_minutes=10))
    assert office.service_targets()["EC-N12"] == 10
    office.issue_ticket("EC-N12")
    clock.advance(minutes=10)
    level = next(lv for lv in office.service_levels() if lv.service_code == "EC-N12")
    assert (level.waiting, level.longest_wait_min, level.alert) == (1, 10, False)
    clock.advance(minutes=1)
    level = next(lv for lv in office.service_levels() if lv.service_code == "EC-N12")
    assert level.alert


def test_a_call_carries_its_target_to_the_server(office, local, staff):
    token = supervisor(office)
    office.issue_ticket("EC-N12")
    office.open_counter(token, "1", ["EC-N12"])
    office.call_next(token, "1")
    called = next(e for e in local.outbox.list() if e.type == "ticket.called")
    assert called.payload["target_min"] == 20


def test_two_kiosks_cannot_both_take_the_last_ticket(tmp_path, clock, catalogue, office_info):
    """Two offices on one file (two processes' worth of connections) race for a limit of 1."""
    path = tmp_path / "office.sqlite3"
    first = Office.open_path(path, office_info, clock, catalogue, pin_hash_cost="test")
    first.add_staff("samira", "supervisor", "4829")
    first.set_service_control(first.login("samira", "4829").token, ServiceControl("EC-N12", daily_limit=1))
    second = Office.open_path(path, office_info, clock, catalogue, pin_hash_cost="test")
    outcomes: list[str] = []
    start = threading.Barrier(2)

    def take(office: Office) -> None:
        start.wait()
        try:
            office.issue_ticket("EC-N12")
            outcomes.append("ticket")
        except Unavailable as exc:
            outcomes.append(exc.code)

    threads = [threading.Thread(target=take, args=(o,)) for o in (first, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    first.close()
    second.close()
    assert sorted(outcomes) == ["service_limit_reached", "ticket"]


def test_the_days_share_called_within_target(office, staff, clock):
    token = supervisor(office)
    office.set_service_control(token, ServiceControl("EC-N12", target_minutes=10))
    office.open_counter(token, "1", ["EC-N12"])
    for _ in range(3):
        office.issue_ticket("EC-N12")
    clock.advance(minutes=5)
    office.call_next(token, "1")  # waited 5 min: within
    clock.advance(minutes=10)
    office.call_next(token, "1")  # waited 15 min: past the target
    level = next(lv for lv in office.service_levels() if lv.service_code == "EC-N12")
    assert (level.called_today, level.within_target_today, level.waiting) == (2, 1, 1)
