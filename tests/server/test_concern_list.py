"""The concern list and home-page counts: scope, filters, keyset pages (SQLite and PostgreSQL)."""
from __future__ import annotations

import datetime as dt

import pytest

from sync.server.concerns import ConcernQuery
from sync.server.errors import Refused
from tests.server.concern_world import ALGER_A, ALGER_B, ORAN

PAST = "2020-01-06T08:00:00.000Z"  # long overdue
FUTURE = "2099-01-06T08:00:00.000Z"  # not due for a long time


def codes(world, user, **filters):
    return [r.code for r in world.store.concerns.list(world.staff[user], ConcernQuery(**filters)).rows]


def test_each_role_lists_its_offices_and_an_unseen_office_filter_gives_nothing(concern_world):
    w = concern_world
    w.register(ALGER_A, "A-1", at="2026-09-06T08:00:00Z")
    w.register(ALGER_B, "B-1", at="2026-09-07T08:00:00Z")
    w.register(ORAN, "O-1", at="2026-09-08T08:00:00Z")
    assert codes(w, "amina") == ["A-1"]
    assert codes(w, "samir") == ["B-1", "A-1"]
    assert codes(w, "root") == ["O-1", "B-1", "A-1"]
    assert codes(w, "root", sort="oldest") == ["A-1", "B-1", "O-1"]
    assert codes(w, "amina", offices=(ORAN,)) == []
    assert codes(w, "samir", offices=(ALGER_B, ORAN)) == ["B-1"]


def test_filters_and_counts(concern_world):
    w = concern_world
    c = w.store.concerns
    w.register(ALGER_A, "A-LATE", at=PAST, category="water", text="Fuite d'eau rue Didouche")
    w.register(ALGER_A, "A-MINE", at=FUTURE, text="Éclairage en panne")
    w.register(ALGER_A, "A-DONE", at=PAST)
    w.register(ALGER_B, "B-LATE", at=PAST)
    c.answer(w.staff["root"], ALGER_A, "A-DONE", "Réparé")
    c.assign(w.staff["amina"], ALGER_A, "A-MINE", "amina")
    assert codes(w, "samir", overdue=True) == ["B-LATE", "A-LATE"]
    assert codes(w, "samir", category="water") == ["A-LATE"]
    assert codes(w, "samir", status="answered") == ["A-DONE"]
    assert codes(w, "samir", status="open", sort="due") == ["A-LATE", "B-LATE", "A-MINE"]  # equal due: by office
    assert codes(w, "amina", assigned_to_me=True) == ["A-MINE"]
    assert codes(w, "amina", unassigned=True) == ["A-LATE", "A-DONE"]
    assert codes(w, "amina", text="didouche") == ["A-LATE"]  # words, any case, within her offices
    assert codes(w, "root", text="a-m") == ["A-MINE"]  # a code prefix alone
    with pytest.raises(Refused, match="^text: .*another filter"):
        codes(w, "root", text="panne")
    assert codes(w, "root", text="panne", status="received") == ["A-MINE"]
    page = w.store.concerns.list(w.staff["samir"], ConcernQuery(offices=(ALGER_A,)))
    late = next(r for r in page.rows if r.code == "A-LATE")
    assert late.overdue and late.due_at == "2020-02-05T08:00:00.000Z" and late.excerpt.startswith("Fuite")
    counts = c.counts(w.staff["samir"])
    assert (counts.open, counts.overdue, counts.assigned_to_me, counts.unassigned) == (3, 2, 0, 2)
    mine = c.counts(w.staff["amina"])
    assert (mine.open, mine.overdue, mine.assigned_to_me, mine.unassigned) == (2, 1, 1, 1)


def test_received_between_uses_the_offices_local_days(concern_world):
    w = concern_world
    w.register(ALGER_A, "A-NIGHT", at="2026-09-06T23:30:00Z")  # 00:30 on the 7th in Algiers
    w.register(ALGER_A, "A-DAY", at="2026-09-06T12:00:00Z")
    seventh = dt.date(2026, 9, 7)
    assert codes(w, "amina", received_from=seventh) == ["A-NIGHT"]
    assert codes(w, "amina", received_to=seventh - dt.timedelta(days=1)) == ["A-DAY"]
    assert codes(w, "amina", received_from=seventh, received_to=seventh) == ["A-NIGHT"]


@pytest.mark.parametrize("sort", ["newest", "oldest", "due"])
def test_keyset_pages_neither_repeat_nor_skip_rows_with_equal_times(concern_world, sort):
    w = concern_world
    same = "2026-09-06T08:00:00.000Z"
    expected = []
    for office in (ALGER_A, ALGER_B):
        for n in range(11):
            w.register(office, f"C-{n:02d}", at=same if n % 3 else "2026-09-05T08:00:00.000Z")
            expected.append((office, f"C-{n:02d}"))
    seen, after, pages = [], None, 0
    while True:
        page = w.store.concerns.list(w.staff["samir"], ConcernQuery(sort=sort, limit=5, after=after))
        seen += [(r.office_code, r.code) for r in page.rows]
        pages += 1
        if page.next_cursor is None:
            break
        after = page.next_cursor
    assert pages == 5 and len(seen) == len(set(seen)) == 22 and set(seen) == set(expected)
    times = [r.registered_at for r in w.store.concerns.list(w.staff["samir"], ConcernQuery(sort=sort, limit=100)).rows]
    assert times == sorted(times, reverse=sort == "newest")


@pytest.mark.parametrize("filters, field", [
    ({"limit": 0}, "limit"), ({"limit": 101}, "limit"), ({"status": "lost"}, "status"), ({"sort": "random"}, "sort"),
    ({"after": "not-a-cursor"}, "after"), ({"received_from": dt.date(2026, 9, 8), "received_to": dt.date(2026, 9, 7)},
                                           "received_to"),
    ({"assigned_to_me": True, "unassigned": True}, "unassigned"), ({"text": "x" * 101}, "text")])
def test_bad_filters_name_the_field(filters, field):
    with pytest.raises(Refused) as caught:
        ConcernQuery(**filters)
    assert caught.value.http_status == 422 and caught.value.message.startswith(f"{field}:")


def test_a_cursor_of_another_sort_order_is_refused(concern_world):
    w = concern_world
    for n in range(3):
        w.register(ALGER_A, f"C-{n}", at=f"2026-09-0{n + 1}T08:00:00Z")
    cursor = w.store.concerns.list(w.staff["amina"], ConcernQuery(limit=1)).next_cursor
    assert cursor is not None
    with pytest.raises(Refused, match="another sort order"):
        ConcernQuery(sort="due", after=cursor)
