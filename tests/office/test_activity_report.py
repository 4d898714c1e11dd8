"""The activity report through the office port (local and over the LAN): a known day of
tickets, concerns and calls for help, made through the office's own calls on the test's
clock, and the figures a supervisor reads back."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from kiosk.domain.concerns import ConcernDraft
from kiosk.domain.service_controls import ServiceControl
from kiosk.office import InvalidInput, NotAllowed, NotLoggedIn

ALGIERS = ZoneInfo("Africa/Algiers")
DAY = dt.date(2026, 9, 6)
EVE = dt.date(2026, 9, 5)


def at(hour: int, minute: int, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), ALGIERS)


def concern(local) -> str:
    return local.register_concern(ConcernDraft(category="roads", text="Un trou devant l'école", language="fr")).code


@pytest.fixture
def known_day(local, clock):
    """Sept 5: one concern. Sept 6 (office time): four tickets, two concerns, the old one
    answered, two calls for help (one answered)."""
    local.add_staff("sara", "supervisor", "4829")
    local.add_staff("amina", "clerk", "5937")
    clock.set(at(10, 0, EVE))
    old = concern(local)
    clock.set(at(8, 30))
    first = local.issue_ticket("EC-N12")
    clock.set(at(8, 45))
    second = local.issue_ticket("EC-N12")
    clock.set(at(9, 10))
    third = local.issue_ticket("EC-N12")
    clock.set(at(9, 20))
    local.issue_ticket("AD-LEG")  # still waiting at the end of the day
    clerk = local.login("amina", "5937").token
    local.open_counter(clerk, "1", ["EC-N12", "AD-LEG"])
    clock.set(at(8, 50))
    assert local.call_next(clerk, "1").id == first.ticket.id  # waited 20 min
    clock.set(at(8, 51))
    local.start_service(clerk, first.ticket.id)
    clock.set(at(8, 55))
    local.finish(clerk, first.ticket.id)  # 4 min at the counter
    clock.set(at(9, 0))
    assert local.call_next(clerk, "1").id == second.ticket.id  # waited 15 min
    clock.set(at(9, 2))
    local.no_show(clerk, second.ticket.id)
    clock.set(at(9, 40))
    assert local.call_next(clerk, "1").id == third.ticket.id  # waited 30 min
    clock.set(at(9, 41))
    local.start_service(clerk, third.ticket.id)
    clock.set(at(9, 51))
    local.finish(clerk, third.ticket.id)  # 10 min
    clock.set(at(10, 0))
    concern(local)
    concern(local)
    local.change_concern_status(old, "in_progress", staff="Karim")
    local.change_concern_status(old, "answered", "La route sera refaite en octobre.", staff="Karim")
    asked = local.ask_for_help("Borne 1", device_id="kiosk-1")
    local.ask_for_help("Borne 2", device_id="kiosk-2")
    clock.set(at(10, 1))
    local.acknowledge_help(clerk, asked.id)
    clock.set(at(17, 0))


def test_a_supervisor_reads_the_days_figures(office, known_day):
    token = office.login("sara", "4829").token
    report = office.activity_report(token, DAY, DAY)
    assert (report.first_day, report.last_day, report.office_code) == (DAY, DAY, "TST")
    assert [s.service_code for s in report.services] == ["EC-N12", "AD-LEG"]  # catalogue order
    births, signature = report.services
    assert (births.tickets, births.served, births.no_shows, births.waits) == (3, 2, 1, 3)
    assert (births.wait_p50_min, births.wait_p90_min) == (20.0, 28.0)  # waits 15, 20, 30
    assert (births.service_p50_min, births.service_p90_min) == (7.0, 9.4)  # 4 and 10 min
    # the office's own targets (the catalogue's here): 15 and 20 min within 20, not 30
    assert (births.target_min, births.within_target) == (office.service_targets()["EC-N12"], 2) == (20, 2)
    assert (signature.tickets, signature.served, signature.waits, signature.wait_p50_min) == (1, 0, 0, None)
    assert (report.office.tickets, report.office.served, report.office.no_shows) == (4, 2, 1)
    assert report.tickets_per_hour() == {8: 2, 9: 2}
    (day,) = report.days
    assert (day.tickets, day.served, day.no_shows) == (4, 2, 1)
    assert (day.concerns_received, day.concerns_answered) == (2, 1)  # the answered one came the day before
    assert (day.help_requests, day.help_answered) == (2, 1)


def test_a_period_counts_each_day_and_each_concern_once(office, known_day):
    token = office.login("sara", "4829").token
    report = office.activity_report(token, EVE, DAY)
    assert [(d.day, d.tickets, d.concerns_received, d.concerns_answered) for d in report.days] == [
        (EVE, 0, 1, 0), (DAY, 4, 2, 1)]
    assert (report.concerns_received, report.concerns_answered, report.help_requests) == (3, 1, 2)


def test_the_local_and_the_remote_office_give_the_same_report(office, local, known_day):
    token = office.login("sara", "4829").token
    assert office.activity_report(token, EVE, DAY) == local.office_activity_report(EVE, DAY)


def test_only_a_supervisor_may_read_it(office, known_day):
    clerk = office.login("amina", "5937").token
    with pytest.raises(NotAllowed) as refused:
        office.activity_report(clerk, DAY, DAY)
    assert refused.value.code == "forbidden"
    with pytest.raises(NotLoggedIn):
        office.activity_report("", DAY, DAY)


@pytest.mark.parametrize(("first", "last", "says"), [
    (DAY, EVE, "is before"),
    (dt.date(2025, 9, 5), DAY, "at most 366 days"),
])
def test_a_wrong_period_is_refused_with_what_to_do(office, known_day, first, last, says):
    token = office.login("sara", "4829").token
    with pytest.raises(InvalidInput) as refused:
        office.activity_report(token, first, last)
    assert refused.value.code == "bad_period" and says in str(refused.value)


def test_the_supervisors_target_is_the_one_reported(office, known_day):
    token = office.login("sara", "4829").token
    office.set_service_control(token, ServiceControl("EC-N12", target_minutes=16))
    births = office.activity_report(token, DAY, DAY).services[0]
    assert (births.target_min, births.within_target) == (16, 1)  # only the 15-minute wait


def test_targets_give_the_share_of_waits_within_them(local, known_day):
    report = local.office_activity_report(DAY, DAY, targets={"EC-N12": 20})
    births = report.services[0]
    assert (births.target_min, births.within_target) == (20, 2)  # 15 and 20 min, not 30
    assert births.within_target_share == pytest.approx(2 / 3)
    assert report.services[1].target_min is None


def test_a_quiet_period_is_an_empty_report_not_an_error(office, known_day):
    token = office.login("sara", "4829").token
    report = office.activity_report(token, dt.date(2026, 8, 1), dt.date(2026, 8, 3))
    assert report.services == () and report.hours == () and report.office.wait_p50_min is None
    assert [d.tickets for d in report.days] == [0, 0, 0]


@pytest.mark.parametrize("fmt", ["pdf", "csv"])
def test_the_consoles_button_saves_the_report_through_the_port(office, known_day, qapp, tmp_path, fmt):
    from kiosk.reports import default_file_name, save_report

    token = office.login("sara", "4829").token
    path = tmp_path / default_file_name(office.info.code, DAY, DAY, fmt)
    saved = save_report(office, token, DAY, DAY, fmt, path, "fr", office_name="APC Test (fr)")
    assert saved.path.name == "report-TST-2026-09-06." + fmt and saved.path.stat().st_size > 0
    if fmt == "pdf":
        assert saved.path.read_bytes().startswith(b"%PDF") and saved.size == 2  # heading and chart; waits and tables
    else:  # the header; the office's 10 + 4 figures; 10 per service (2); the day's 7; 3 service-hours
        assert saved.size == 1 + 14 + 20 + 7 + 3
    with pytest.raises(NotAllowed):
        save_report(office, office.login("amina", "5937").token, DAY, DAY, fmt, tmp_path / "no", "fr")
    assert not (tmp_path / "no").exists()
