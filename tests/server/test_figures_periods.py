"""The figures pages' periods: a month or a year typed by a person is accepted or refused
naming its field (the message the page shows next to it); this month is Algiers' month."""
from __future__ import annotations

import datetime as dt

import pytest

from sync.server.figures.queries import FigureRow, current_month, parse_month, parse_year
from sync.server.figures.tables import offices_month_table
from sync.server.form_errors import InvalidField


@pytest.mark.parametrize("text", ["", "2026-3", "2026-13", "March", "1999-12", "2026-03-01"])
def test_a_bad_month_names_its_field(text):
    with pytest.raises(InvalidField) as refused:
        parse_month(text, field="month")
    assert refused.value.field == "month" and "YYYY-MM" in refused.value.message


@pytest.mark.parametrize("text", ["", "26", "20x6", "1999", "2101", "2026.5"])
def test_a_bad_year_names_its_field(text):
    with pytest.raises(InvalidField) as refused:
        parse_year(text)
    assert refused.value.field == "year" and "YYYY" in refused.value.message


def test_good_periods_are_read():
    assert parse_month("2026-03") == (2026, 3) and parse_year(" 2026 ") == 2026 and parse_year(2026) == 2026


def test_this_month_is_algiers_month():
    # 23:30 UTC on the last day of March is already April in Algiers (UTC+1).
    assert current_month(dt.datetime(2026, 3, 31, 23, 30, tzinfo=dt.UTC)) == "2026-04"
    assert current_month(dt.datetime(2026, 3, 31, 22, 30, tzinfo=dt.UTC)) == "2026-03"


def test_the_offices_table_can_carry_the_live_overdue_count():
    row = FigureRow("2026-03", "ALG-1", "APC", "Alger", 3, 2, 1, 4.0, 9.0, 5.0, 8.0, 5.5, 2, 1, 0, None)
    table = offices_month_table([row], {"ALG-1": 4})
    assert table.columns[-2:] == ("concerns_web", "overdue_now")  # the concerns per channel, then the live count
    assert (table.rows[0]["answer_delay_median_days"], table.rows[0]["overdue_now"]) == (None, 4)
    assert "overdue_now" not in offices_month_table([row]).columns
