"""What the concern pages ask of the workflow beyond the CLI: who may own a concern, the known
categories, and the home counters (SQLite and PostgreSQL)."""
from __future__ import annotations

import pytest

from sync.server.errors import Refused
from tests.server.concern_world import ALGER_A, ALGER_B, ORAN


def test_possible_owners_are_what_assign_accepts(concern_world):
    w = concern_world
    w.register(ALGER_A, "ALG-C-0001")
    owners = w.store.concerns.possible_owners(w.staff["samir"], ALGER_A, "ALG-C-0001")
    # Amina (agent of the office) and Samir (supervisor of its commune); not the disabled agent,
    # not Bilal (another office), Omar (another commune) or the administrator.
    assert [(o["username"], o["role"]) for o in owners] == [("amina", "agent"), ("samir", "supervisor")]
    for owner in owners:
        w.store.concerns.assign(w.staff["samir"], ALGER_A, "ALG-C-0001", owner["username"])
    with pytest.raises(Refused) as caught:
        w.store.concerns.possible_owners(w.staff["bilal"], ALGER_A, "ALG-C-0001")
    assert caught.value.http_status == 404


def test_categories_come_from_concerns_and_deadlines(concern_world):
    w = concern_world
    assert w.store.concerns.categories(w.staff["root"]) == []
    w.register(ALGER_A, "ALG-C-0001", category="roads")
    w.register(ORAN, "ORN-C-0001", category="lighting")
    w.register(ALGER_B, "ALG-C-0002", category="roads")
    w.store.concerns.set_deadline(w.staff["samir"], "Alger", "waste", 10)
    assert w.store.concerns.categories(w.staff["amina"]) == ["lighting", "roads", "waste"]


def test_home_counters_count_open_overdue_mine_and_unassigned(concern_world):
    w = concern_world
    w.register(ALGER_A, "ALG-C-0001", at="2026-01-05T08:00:00.000Z")
    w.register(ALGER_A, "ALG-C-0002", at="2099-01-05T08:00:00.000Z")
    w.register(ORAN, "ORN-C-0001", at="2026-01-05T08:00:00.000Z")
    w.store.concerns.assign(w.staff["amina"], ALGER_A, "ALG-C-0002", "amina")
    counters = w.store.concerns.home_counters(w.staff["amina"])
    assert [(c["key"], c["value"], c["alert"]) for c in counters] == [
        ("open", 2, False), ("overdue", 1, True), ("assigned_to_me", 1, False), ("unassigned", 1, False)]
    assert counters[1]["path"] == "/concerns?overdue=1"
