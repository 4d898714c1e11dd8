"""The open figures' service (sync/server/figures/open_figures.py) on SQLite and PostgreSQL:
numbers against hand-computed values, suppression in small offices, the months of Algiers."""
from __future__ import annotations

import datetime as dt

import pytest

from sync.server.errors import Refused
from sync.server.figures.anonymity import FEWER_THAN_5
from sync.server.figures.open_figures import OpenFigures, month_bounds
from sync.server.form_errors import InvalidField
from sync.server.store import ServerStore
from tests.server.open_figures_world import OpenFiguresWorld

BUSY, SMALL, ORAN = "ALG-16001", "ALG-16002", "ORN-31001"
AFTER_MARCH = dt.datetime(2026, 4, 10, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def store(server_db_url):
    s = ServerStore(server_db_url)
    world = OpenFiguresWorld(s)
    # BUSY, March 2026: 6 tickets called after 4.2 to 4.8 minutes (all in the 4-5 min bucket) and
    # one never called; 6 concerns received and answered after 1, 1, 2, 2, 3, 3 days (the deadline is
    # 30) and 5 received in January, answered in March after 40 days (late): an answer counts in the
    # month it is given. 5 ratings (4, 5, 5, 3, 4) in March, one at 23:30 UTC on the 31st, which is
    # 1 April in Algiers.
    world.tickets(BUSY, "2026-03-10", [4.2, 4.3, 4.4, 4.6, 4.7, 4.8, None])
    world.concerns(BUSY, "2026-03-02T09:00:00.000Z", [1, 1, 2, 2, 3, 3])
    world.concerns(BUSY, "2026-01-31T09:00:00.000Z", [40, 40, 40, 40, 40])
    world.rate(BUSY, [4, 5, 5, 3], "2026-03-20T10:00:00.000Z")
    world.rate(BUSY, [4], "2026-03-31T22:59:59.000Z")  # 23:59:59 in Algiers: still March
    world.rate(BUSY, [1], "2026-03-31T23:30:00.000Z")  # 00:30 on 1 April in Algiers
    # SMALL: 3 tickets, 2 concerns, 2 ratings: nothing of it may be published.
    world.tickets(SMALL, "2026-03-11", [3, 4, 5])
    world.concerns(SMALL, "2026-03-03T09:00:00.000Z", [1, 2])
    world.rate(SMALL, [1, 1], "2026-03-21T10:00:00.000Z")
    world.hub(ORAN, commune="Oran")
    yield s
    s.close()


def open_figures(store, now=AFTER_MARCH) -> OpenFigures:
    return OpenFigures(store.engine, clock=lambda: now)


def test_a_busy_office_month_matches_the_hand_count(store):
    (row,) = open_figures(store).month("2026-03", commune="Alger Centre", limit=1)
    assert (row.office_code, row.month) == (BUSY, "2026-03")
    values = row.cells.values
    assert values["tickets_issued"] == 7
    # 6 waits spread evenly over [4, 5): the median is 4 + 3/6, the 90th percentile 4 + 5.4/6.
    assert (values["wait_median_min"], values["wait_p90_min"]) == (4.5, 4.9)
    assert values["concerns_received"] == 6
    assert values["answered_in_time"] == 6
    assert values["answered_in_time_percent"] == 54.5  # 6 of 11 answers (5 late: enough to publish)
    assert values["answer_delay_median_days"] == 3.0  # the 6th of 11 delays: 1 1 2 2 3 [3] 40 …
    assert (values["ratings"], values["rating_average"]) == (5, 4.2)  # (4+5+5+3+4) / 5
    assert row.cells.suppressed == {}


def test_a_small_office_publishes_nothing_but_its_name(store):
    rows = {row.office_code: row for row in open_figures(store).month("2026-03")}
    small = rows[SMALL]
    assert small.office_name and small.commune == "Alger Centre"
    assert set(small.cells.values.values()) == {None}
    assert set(small.cells.suppressed.values()) == {FEWER_THAN_5}
    assert set(rows[ORAN].cells.values.values()) == {None}  # an idle office looks the same


def test_a_rating_counts_in_the_month_of_algiers(store):
    assert month_bounds("2026-04") == ("2026-03-31T23:00:00.000Z", "2026-04-30T23:00:00.000Z")
    office, rows = open_figures(store, dt.datetime(2026, 5, 3, tzinfo=dt.UTC)).office(BUSY, "2026-04", count=2)
    assert [row.month for row in rows] == ["2026-03", "2026-04"]
    assert rows[0].cells.values["ratings"] == 5
    assert rows[1].cells.suppressed["ratings"] == FEWER_THAN_5  # the 1 April rating, alone in its month
    assert office == {"code": BUSY, "name": f"APC {BUSY}", "commune": "Alger Centre"}


def test_an_office_twelve_months_cross_the_year(store):
    _office, rows = open_figures(store).office(BUSY, "2026-03")
    assert [row.month for row in rows][:2] == ["2025-04", "2025-05"] and rows[-1].month == "2026-03"
    assert rows[-1].cells.values["tickets_issued"] == 7
    assert all(row.cells.values["tickets_issued"] is None for row in rows[:-1])


def test_only_complete_months_of_algiers_are_published(store):
    # 31 March, 23:30 UTC is 1 April, 00:30 in Algiers: March is over.
    assert open_figures(store, dt.datetime(2026, 3, 31, 23, 30, tzinfo=dt.UTC)).published_month("") == "2026-03"
    still_march = open_figures(store, dt.datetime(2026, 3, 31, 22, 30, tzinfo=dt.UTC))
    assert still_march.published_month("") == "2026-02"
    with pytest.raises(InvalidField) as refused:
        still_march.month("2026-03")
    assert refused.value.field == "month" and "2026-02" in refused.value.message
    for bad in ("2026-13", "March", "2026-3"):
        with pytest.raises(InvalidField):
            open_figures(store).published_month(bad)


def test_pages_of_offices_and_the_commune_filter(store):
    figures = open_figures(store)
    assert [r.office_code for r in figures.month("2026-03", limit=2)] == [BUSY, SMALL]
    assert [r.office_code for r in figures.month("2026-03", after=SMALL)] == [ORAN]
    assert [r.office_code for r in figures.month("2026-03", commune="Oran")] == [ORAN]
    assert figures.communes() == ["Alger Centre", "Oran"]
    with pytest.raises(Refused) as refused:
        figures.office("ALG-99999", "2026-03")
    assert refused.value.http_status == 404


def test_offices_ordered_by_a_figure_keep_hidden_cells_last_in_code_order(store):
    OpenFiguresWorld(store).tickets("ALG-16003", "2026-03-12", [20] * 9)
    figures = open_figures(store)
    # Tickets: ALG-16003 9, BUSY 7; SMALL 3 and ORAN 0 are hidden. Smallest first would put ORAN
    # before SMALL if hidden values were ordered: they stay in code order in both directions.
    assert [r.office_code for r in figures.ranked("2026-03", "tickets_issued", descending=True)] == [
        "ALG-16003", BUSY, SMALL, ORAN]
    assert [r.office_code for r in figures.ranked("2026-03", "tickets_issued")] == [BUSY, "ALG-16003", SMALL, ORAN]
    assert [r.office_code for r in figures.ranked("2026-03", "wait_median_min", offset="1", limit=2)] == [
        "ALG-16003", SMALL]
    for bad_sort, bad_offset, field in (("office_name", 0, "sort"), ("tickets_issued", "-1", "start"),
                                        ("tickets_issued", "two", "start")):
        with pytest.raises(InvalidField) as refused:
            figures.ranked("2026-03", bad_sort, offset=bad_offset)
        assert refused.value.field == field
