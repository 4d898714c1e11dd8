"""The open figures' disclosure rule (sync/server/figures/anonymity.py), line by line, and the
proof that no published pair of numbers gives back a group of 1 to 4 citizens. Pure."""
from __future__ import annotations

import itertools

from sync.server.figures.anonymity import FEWER_THAN_5, OPEN_FIELDS, WOULD_REVEAL_FEWER_THAN_5, open_cells
from sync.server.figures.queries import FigureRow
from sync.server.web.routes.open_figures import OPEN_COLUMNS


def month_row(issued=0, waits=0, received=0, answered=0, late=0) -> FigureRow:
    return FigureRow("2026-03", "ALG-1", "APC", "Alger", issued, 0, 0, 4.5 if waits else None,
                     4.9 if waits else None, None, None, None, received, answered, late,
                     2.0 if answered else None, waits=waits)


def test_cells_of_fewer_than_5_citizens_are_suppressed_and_say_why():
    cells = open_cells(month_row(issued=4, waits=4, received=4, answered=4), ratings=4, rating_sum=16)
    assert all(value is None for value in cells.values.values())
    assert cells.suppressed == dict.fromkeys(OPEN_FIELDS, FEWER_THAN_5)


def test_cells_of_5_citizens_are_published():
    cells = open_cells(month_row(issued=5, waits=5, received=5, answered=5), ratings=5, rating_sum=21)
    assert cells.suppressed == {}
    assert cells.values == {
        "tickets_issued": 5, "wait_median_min": 4.5, "wait_p90_min": 4.9, "concerns_received": 5,
        "answered_in_time": 5, "answered_in_time_percent": 100.0, "answer_delay_median_days": 2.0,
        "ratings": 5, "rating_average": 4.2}


def test_each_statistic_follows_its_own_sample_not_the_tickets():
    cells = open_cells(month_row(issued=40, waits=3, received=12, answered=2))
    assert cells.values["tickets_issued"] == 40 and cells.values["concerns_received"] == 12
    assert cells.values["wait_median_min"] is None and cells.suppressed["wait_p90_min"] == FEWER_THAN_5
    assert cells.suppressed["answer_delay_median_days"] == FEWER_THAN_5


def test_the_share_in_time_is_hidden_when_it_would_give_away_a_few_late_answers():
    cells = open_cells(month_row(answered=9, late=2))  # 7 in time, 2 late: 7 ÷ 77.8 % − 7 = 2
    assert cells.values["answered_in_time"] == 7
    assert cells.values["answered_in_time_percent"] is None
    assert cells.suppressed["answered_in_time_percent"] == WOULD_REVEAL_FEWER_THAN_5
    assert open_cells(month_row(answered=12, late=5)).values["answered_in_time_percent"] == 58.3
    assert open_cells(month_row(answered=7, late=0)).values["answered_in_time_percent"] == 100.0


def test_no_published_number_gives_back_a_group_of_1_to_4_citizens():
    """Over every small month: what a reader can compute from the published cells (the late
    answers, from the count in time and the share) is never between 1 and 4."""
    for in_time, late in itertools.product(range(15), repeat=2):
        values = open_cells(month_row(answered=in_time + late, late=late)).values
        count, share = values["answered_in_time"], values["answered_in_time_percent"]
        assert count is None or count >= 5
        if share is not None:
            assert count is not None, (in_time, late)  # the share never stands without its count
            recovered = round(count * 100 / share - count)
            assert recovered == late and not 0 < recovered < 5, (in_time, late)


def test_the_pages_headings_follow_the_published_fields():
    assert tuple(name for name, _label in OPEN_COLUMNS) == OPEN_FIELDS
