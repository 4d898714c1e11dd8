"""The service rules a supervisor sets: closed, weekly hours, daily limit, target (pure)."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from kiosk.domain.service_controls import (
    ControlError,
    OpeningHours,
    Refusal,
    ServiceControl,
    ServiceLevel,
    availability,
    control_from,
    control_json,
    hours_text,
    parse_hour,
    within_target,
    working_week_hours,
)

ALGIERS = ZoneInfo("Africa/Algiers")
SUNDAY_0830 = dt.datetime(2026, 9, 6, 8, 30, tzinfo=ALGIERS)  # a working day in Algeria
WEEKDAYS_8_TO_16 = {day: OpeningHours(dt.time(8), dt.time(16)) for day in (6, 0, 1, 2, 3)}  # Sunday–Thursday


def test_an_untouched_service_takes_tickets():
    assert availability(ServiceControl("EC-N12"), SUNDAY_0830, 500).taking


def test_a_closed_service_refuses_and_cannot_say_when_it_reopens():
    found = availability(ServiceControl("EC-N12", closed=True), SUNDAY_0830, 0)
    assert (found.taking, found.refusal, found.reopens_at) == (False, Refusal.CLOSED, None)


def test_the_limit_refuses_the_next_ticket_and_says_tomorrow_from_eight():
    control = ServiceControl("EC-N12", daily_limit=40)
    assert availability(control, SUNDAY_0830, 39).taking
    found = availability(control, SUNDAY_0830, 40)
    assert found.refusal is Refusal.LIMIT_REACHED
    assert found.reopens_at == dt.datetime(2026, 9, 7, 8, 0, tzinfo=ALGIERS)


def test_the_limit_on_a_thursday_reopens_on_sunday_by_the_weekly_hours():
    thursday = dt.datetime(2026, 9, 10, 11, 0, tzinfo=ALGIERS)
    control = ServiceControl("EC-N12", hours=WEEKDAYS_8_TO_16, daily_limit=1)
    assert availability(control, thursday, 1).reopens_at == dt.datetime(2026, 9, 13, 8, 0, tzinfo=ALGIERS)


def test_outside_its_hours_a_service_says_when_it_opens():
    control = ServiceControl("BIO-PP", hours={6: OpeningHours(dt.time(9), dt.time(12))})
    early = availability(control, SUNDAY_0830, 0)
    assert early.refusal is Refusal.OUTSIDE_HOURS
    assert early.reopens_at == dt.datetime(2026, 9, 6, 9, 0, tzinfo=ALGIERS)
    assert availability(control, SUNDAY_0830.replace(hour=11, minute=59), 0).taking
    late = availability(control, SUNDAY_0830.replace(hour=12), 0)
    assert late.reopens_at == dt.datetime(2026, 9, 13, 9, 0, tzinfo=ALGIERS)  # next Sunday


def test_a_line_is_past_its_target_by_its_longest_or_its_predicted_wait():
    assert not ServiceLevel("EC-N12", 3, 20, 20, 20).alert
    assert ServiceLevel("EC-N12", 3, 21, 5, 20).alert
    assert ServiceLevel("EC-N12", 30, 2, 45, 20).alert
    assert within_target(20, 20) and not within_target(20.5, 20)


def test_a_control_survives_its_json_and_bad_settings_say_what_to_do():
    control = ServiceControl("EC-N12", True, WEEKDAYS_8_TO_16, 200, 25)
    assert control_from(control_json(control)) == control
    with pytest.raises(ControlError, match="HH:MM"):
        parse_hour("8h")
    with pytest.raises(ControlError, match="closes after it opens"):
        control_from({"service_code": "EC-N12", "hours": {"0": ["16:00", "08:00"]}})
    with pytest.raises(ControlError, match="daily limit is 1 to 9999"):
        ServiceControl("EC-N12", daily_limit=0)
    with pytest.raises(ControlError, match="target is 1 to 240"):
        ServiceControl("EC-N12", target_minutes=500)
    with pytest.raises(ControlError, match="whole number"):
        control_from({"service_code": "EC-N12", "daily_limit": "ten"})


def test_the_consoles_hours_field_means_the_working_week():
    hours = working_week_hours("08:00-12:30")
    assert sorted(hours) == [0, 1, 2, 3, 6]  # Sunday to Thursday
    assert hours_text(hours) == "08:00-12:30"
    assert working_week_hours("  ") == {} and hours_text({}) == ""
    with pytest.raises(ControlError, match="opening-closing"):
        working_week_hours("8 to 12")
