"""The activity report's rules of counting, on hand-made rows: office days and hours in the
office's time zone, transfers, percentiles, targets, the period's limits."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from kiosk.domain.activity_report import (
    MAX_REPORT_DAYS,
    ConcernTimes,
    HelpTimes,
    TicketTimes,
    compute_activity_report,
    percentiles,
    period_problem,
)

ALGIERS = ZoneInfo("Africa/Algiers")
DAY = dt.date(2026, 12, 1)


def local(hour: int, minute: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), ALGIERS).astimezone(dt.UTC)


def ticket(service: str, issued: dt.datetime, called_after: float | None = None, served_for: float | None = None,
           status: str = "done", line: str | None = None) -> TicketTimes:
    called = issued + dt.timedelta(minutes=called_after) if called_after is not None else None
    finished = called + dt.timedelta(minutes=served_for) if called and served_for is not None else None
    return TicketTimes(service, line or service, issued.astimezone(ALGIERS).date(), issued, called, called,
                       finished, status)


def report(tickets=(), concerns=(), help_requests=(), first=DAY, last=DAY, **options):
    return compute_activity_report(office_name="APC", office_code="TST", zone=ALGIERS, first_day=first,
                                   last_day=last, generated_at=local(17), tickets=tickets, concerns=concerns,
                                   help_requests=help_requests, **options)


def test_percentiles_interpolate_between_ranks_and_say_none_without_samples():
    assert percentiles([30, 10, 20], (0.5, 0.9)) == [20, 28]
    assert percentiles([7], (0.5, 0.9)) == [7, 7]
    assert percentiles([], (0.5,)) == [None]


def test_hours_and_days_are_the_offices_not_utc():
    # 00:30 in Algiers on Dec 2 is still Dec 1 in UTC: it is the next office day, hour 0.
    late = local(0, 30, dt.date(2026, 12, 2))
    rows = [ticket("EC-N12", local(8, 5)), ticket("EC-N12", local(8, 55)), ticket("AD-LEG", local(13, 10)),
            ticket("EC-N12", late)]
    one_day = report(rows)
    assert one_day.tickets_per_hour() == {8: 2, 13: 1}
    assert [(c.hour, c.service_code, c.tickets) for c in one_day.hours] == [(8, "EC-N12", 2), (13, "AD-LEG", 1)]
    two_days = report(rows, last=dt.date(2026, 12, 2))
    assert [d.tickets for d in two_days.days] == [3, 1]
    assert two_days.tickets_per_hour() == {0: 1, 8: 2, 13: 1}


def test_a_transferred_ticket_counts_as_issued_where_it_was_taken_and_waits_where_it_was_served():
    moved = ticket("EC-N12", local(9), called_after=40, served_for=5, line="AD-RES")
    figures = {s.service_code: s for s in report([moved], service_order=["EC-N12", "AD-RES"]).services}
    assert (figures["EC-N12"].tickets, figures["EC-N12"].waits) == (1, 0)
    assert (figures["AD-RES"].tickets, figures["AD-RES"].waits, figures["AD-RES"].wait_p50_min) == (0, 1, 40.0)


def test_no_shows_are_not_served_and_have_no_counter_time():
    rows = [ticket("EC-N12", local(9), 10, 4), ticket("EC-N12", local(9), 12, None, status="no_show")]
    (births,) = report(rows).services
    assert (births.served, births.no_shows, births.waits) == (1, 1, 2)
    assert (births.service_p50_min, births.service_p90_min) == (4.0, 4.0)


def test_targets_count_the_waits_within_them_and_services_follow_the_catalogue():
    rows = [ticket("AD-LEG", local(9), 5), ticket("EC-N12", local(9), 10), ticket("EC-N12", local(9), 25),
            ticket("ZZ-OLD", local(9), 1)]
    services = report(rows, service_order=["EC-N12", "AD-LEG"], targets={"EC-N12": 15}).services
    assert [s.service_code for s in services] == ["EC-N12", "AD-LEG", "ZZ-OLD"]  # unknown codes last
    assert (services[0].within_target, services[0].within_target_share) == (1, 0.5)
    assert services[1].within_target_share is None


def test_concerns_and_calls_for_help_count_on_their_office_day():
    concerns = [ConcernTimes(local(9), None), ConcernTimes(local(10), local(15)), ConcernTimes(None, local(11))]
    help_requests = [HelpTimes(local(0, 30), local(0, 31)), HelpTimes(local(12), None)]
    (day,) = report(concerns=concerns, help_requests=help_requests).days
    assert (day.concerns_received, day.concerns_answered, day.help_requests, day.help_answered) == (2, 2, 2, 1)


@pytest.mark.parametrize(("first", "last", "problem"), [
    (DAY, DAY, None),
    (DAY, DAY + dt.timedelta(days=MAX_REPORT_DAYS - 1), None),
    (DAY, DAY + dt.timedelta(days=MAX_REPORT_DAYS), "at most 366 days"),
    (DAY, DAY - dt.timedelta(days=1), "the last day (2026-11-30) is before the first day (2026-12-01): swap them"),
])
def test_the_period_is_checked(first, last, problem):
    found = period_problem(first, last)
    assert (found is None) if problem is None else (problem in found)
    if problem:
        with pytest.raises(ValueError):
            report(first=first, last=last)
