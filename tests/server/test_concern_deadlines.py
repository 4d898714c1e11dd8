"""Answer deadlines: who may set them, due dates of new and open concerns (SQLite and PostgreSQL)."""
from __future__ import annotations

import pytest

from sync.server import audit
from sync.server.errors import Refused
from tests.server.concern_world import ALGER_A, ALGER_B, ORAN

REGISTERED = "2026-09-06T08:00:00.000Z"


def due(world, office, code):
    return world.store.concerns.get(world.staff["root"], office, code).due_at


def test_a_communes_deadline_recomputes_its_open_concerns_only(concern_world):
    w = concern_world
    c = w.store.concerns
    for office, code in ((ALGER_A, "A-OPEN"), (ALGER_B, "B-OPEN"), (ALGER_A, "A-DONE"), (ORAN, "O-OPEN")):
        w.register(office, code, at=REGISTERED)
    w.register(ALGER_A, "A-WATER", at=REGISTERED, category="water")
    c.answer(w.staff["amina"], ALGER_A, "A-DONE", "Réparé")
    assert due(w, ALGER_A, "A-OPEN") == "2026-10-06T08:00:00.000Z"  # the default 30 days

    assert c.set_deadline(w.staff["samir"], "Alger", "roads", 10) == 2
    assert due(w, ALGER_A, "A-OPEN") == due(w, ALGER_B, "B-OPEN") == "2026-09-16T08:00:00.000Z"
    assert due(w, ALGER_A, "A-DONE") == "2026-10-06T08:00:00.000Z"  # answered: its date stays
    assert due(w, ALGER_A, "A-WATER") == due(w, ORAN, "O-OPEN") == "2026-10-06T08:00:00.000Z"

    assert c.set_deadline(w.staff["root"], None, "roads", 20) == 1  # every commune without its own rule
    assert due(w, ORAN, "O-OPEN") == "2026-09-26T08:00:00.000Z"
    assert due(w, ALGER_A, "A-OPEN") == "2026-09-16T08:00:00.000Z"

    w.register(ALGER_B, "B-NEW", at="2026-09-10T08:00:00Z")
    w.register(ORAN, "O-NEW", at="2026-09-10T08:00:00Z")
    assert due(w, ALGER_B, "B-NEW") == "2026-09-20T08:00:00.000Z"
    assert due(w, ORAN, "O-NEW") == "2026-09-30T08:00:00.000Z"
    actions = [(e["actor"], e["action"], e["details"]["days"]) for e in audit.entries(w.store.engine)
               if e["action"] == "deadline.set"]
    assert actions == [("root", "deadline.set", 20), ("samir", "deadline.set", 10)]

    listed = {(d.commune, d.category, d.days) for d in c.deadlines(w.staff["amina"])}
    assert listed == {("Alger", "roads", 10), (None, "roads", 20)}
    assert {(d.commune, d.days) for d in c.deadlines(w.staff["omar"])} == {(None, 20)}


@pytest.mark.parametrize("user, commune, days, status, words", [
    ("omar", "Alger", 10, 403, "supervisor of commune 'Alger'"),
    ("amina", "Alger", 10, 403, "supervisor"),
    ("samir", None, 10, 403, "administrator"),
    ("samir", "Alger", 0, 422, "days: "),
    ("root", "Alger", 366, 422, "1 to 365"),
])
def test_who_may_set_a_deadline_and_within_what_bounds(concern_world, user, commune, days, status, words):
    w = concern_world
    with pytest.raises(Refused) as caught:
        w.store.concerns.set_deadline(w.staff[user], commune, "roads", days)
    assert caught.value.http_status == status and words in caught.value.message
    assert w.store.concerns.deadlines(w.staff["root"]) == []


def test_a_bad_category_is_named(concern_world):
    with pytest.raises(Refused, match="^category: "):
        concern_world.store.concerns.set_deadline(concern_world.staff["root"], "Alger", "roads; drop", 5)
