"""Who sees which figures, bad input, and the downloads' tables (SQLite and PostgreSQL)."""
from __future__ import annotations

import pytest

from sync.server.errors import Refused
from sync.server.figures.tables import FIGURE_FIELDS, daily_table, monthly_table, offices_month_table
from sync.server.staff import AGENT, COMMAND_LINE, SUPERVISOR, StaffUser
from sync.server.store import ServerStore
from tests.server.figures_helpers import OFFICE_A, OFFICE_B, Office, at, ticket_life

AGENT_OF_A = StaffUser(7, "amina", "Amina", AGENT, offices=frozenset({OFFICE_A}))
SUPERVISOR_OF_B = StaffUser(8, "karim", "Karim", SUPERVISOR, offices=frozenset({OFFICE_B}),
                            communes=frozenset({"Bab El Oued"}))


@pytest.fixture
def store(server_db_url):
    s = ServerStore(server_db_url)
    a, b = Office(s, OFFICE_A), Office(s, OFFICE_B, commune="Bab El Oued")
    a.push(ticket_life(a, at("2026-03-10 08:00"), 6, 5) + ticket_life(a, at("2026-03-11 08:00"), 10, 5,
                                                                       business_date="2026-03-11"))
    b.push(ticket_life(b, at("2026-03-12 08:00"), 30, 12, business_date="2026-03-12"))
    yield s
    s.close()


def _refused(call) -> Refused:
    with pytest.raises(Refused) as refused:
        call()
    return refused.value


def test_each_user_sees_only_the_offices_of_their_scope(store):
    admin_rows = store.figures.offices_month(COMMAND_LINE, "2026-03")
    assert [(r.office_code, r.tickets_issued, r.commune) for r in admin_rows] == [
        (OFFICE_A, 2, "Alger Centre"), (OFFICE_B, 1, "Bab El Oued")]
    assert [r.office_code for r in store.figures.offices_month(SUPERVISOR_OF_B, "2026-03")] == [OFFICE_B]
    assert [r.office_code for r in store.figures.offices_month(AGENT_OF_A, "2026-03")] == [OFFICE_A]
    # an office's whole year, summed over the offices the user sees
    assert store.figures.monthly(COMMAND_LINE, None, 2026)[2].tickets_issued == 3
    assert store.figures.monthly(AGENT_OF_A, None, 2026)[2].tickets_issued == 2
    assert store.figures.overdue_now(AGENT_OF_A) == {}


def test_an_office_out_of_scope_is_not_found_like_an_unknown_one(store):
    for call in (lambda: store.figures.daily(AGENT_OF_A, OFFICE_B, "2026-03"),
                 lambda: store.figures.monthly(AGENT_OF_A, [OFFICE_A, OFFICE_B], 2026),
                 lambda: store.figures.overdue_now(SUPERVISOR_OF_B, [OFFICE_A]),
                 lambda: store.figures.daily(COMMAND_LINE, "ALG-99999", "2026-03")):
        refused = _refused(call)
        assert (refused.code, refused.http_status) == ("not_found", 404)
    assert "ALG-16002" in _refused(lambda: store.figures.daily(AGENT_OF_A, OFFICE_B, "2026-03")).message


def test_a_bad_month_or_year_names_the_field_and_the_form(store):
    for bad in ("2026-13", "03-2026", "", "2026-3"):
        refused = _refused(lambda bad=bad: store.figures.offices_month(COMMAND_LINE, bad))
        assert (refused.http_status, refused.message.startswith("month")) == (422, True)
        assert "YYYY-MM" in refused.message
    assert "YYYY" in _refused(lambda: store.figures.monthly(COMMAND_LINE, None, 26)).message


def test_the_days_of_a_month_are_all_there_with_zeros_where_idle(store):
    days = store.figures.daily(AGENT_OF_A, OFFICE_A, "2026-02")
    assert [d.period for d in days][:2] == ["2026-02-01", "2026-02-02"] and len(days) == 28
    assert all(d.tickets_issued == 0 and d.wait_p50_min is None for d in days)
    march = store.figures.daily(AGENT_OF_A, OFFICE_A, "2026-03")
    assert len(march) == 31 and [d.tickets_issued for d in march[9:12]] == [1, 1, 0]


def test_every_table_has_one_column_per_field_iso_dates_and_none_for_no_data(store):
    daily = daily_table(store.figures.daily(COMMAND_LINE, OFFICE_A, "2026-03"))
    assert daily.columns == ("date", "office_code", "office_name", "commune", *FIGURE_FIELDS)
    assert len(daily.rows) == 31 and (daily.rows[9]["date"], daily.rows[9]["office_code"]) == ("2026-03-10", OFFICE_A)
    row = daily.rows[9]
    assert (row["tickets_issued"], row["wait_p50_min"], row["service_mean_min"]) == (1, 6.5, 5.0)
    assert daily.rows[0]["wait_p50_min"] is None  # no data, not 0 (an empty CSV cell, JSON null)

    monthly = monthly_table(store.figures.monthly(COMMAND_LINE, None, 2026))
    assert monthly.columns[:2] == ("month", "tickets_issued")
    assert [r["month"] for r in monthly.rows] == [f"2026-{m:02d}" for m in range(1, 13)]
    offices = offices_month_table(store.figures.offices_month(COMMAND_LINE, "2026-03"))
    assert [(r["month"], r["office_code"], r["office_name"]) for r in offices.rows] == [
        ("2026-03", OFFICE_A, "APC ALG-16001"), ("2026-03", OFFICE_B, "APC ALG-16002")]
