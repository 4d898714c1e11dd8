"""The citizen's side of a concern (sync/server/concerns/citizen.py) on SQLite and PostgreSQL:
the check character before any lookup, throttling per address, rating once and replacing,
reopening once within 30 days on an injected clock, and what the office pulls."""
from __future__ import annotations

import datetime as dt
import random
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import event, select

from sync import protocol as P
from sync.protocol.tracking_codes import new_tracking_code
from sync.server import audit
from sync.server import db as D
from sync.server.concerns import rules
from sync.server.concerns.citizen import LOOKUP_FAILURE_LIMIT, CitizenConcerns, LookupLocked
from sync.server.db_public import concern_ratings
from sync.server.form_errors import InvalidField
from tests.server.concern_world import ALGER_A, ALGER_B
from tests.server.conftest import MovableClock


def tracking_code(seed: int = 1) -> str:
    return new_tracking_code("ALG", random.Random(seed)).text


def mistyped(code: str) -> str:
    """The same code with its last character changed: the check character catches it."""
    return code[:-1] + ("3" if code[-1] != "3" else "4")


@pytest.fixture
def clock() -> MovableClock:
    clock = MovableClock()
    clock.now = P.utc_now()  # answers are stamped by the real clock; the test moves on from there
    return clock


@pytest.fixture
def citizen(concern_world, clock) -> CitizenConcerns:
    service = CitizenConcerns(concern_world.store.engine, clock)
    concern_world.store.citizen_concerns = service
    return service


def answered(w, code: str, office: str = ALGER_A, answer: str = "La route sera réparée lundi.") -> None:
    w.register(office, code)
    w.store.concerns.answer(w.staff["root"], office, code, answer)


def refusal(call, *args) -> InvalidField:
    with pytest.raises(InvalidField) as caught:
        call(*args)
    return caught.value


def count_queries(engine) -> list[str]:
    seen: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda conn, cursor, statement, *rest: seen.append(statement))
    return seen


def test_a_mistyped_code_is_refused_before_any_database_work(concern_world, citizen):
    code = tracking_code()
    answered(concern_world, code)
    queries = count_queries(concern_world.store.engine)
    check = refusal(citizen.view, mistyped(code), "203.0.113.5")
    shape = refusal(citizen.view, "hello", "203.0.113.5")
    assert (check.code, check.http_status, check.field) == ("check", 400, "code")
    assert "character is wrong" in check.template
    assert shape.code == "format" and "BMD-7K3Q-9XA4" in shape.template
    assert queries == []  # neither the throttle nor the concerns table was asked
    # what a person types is forgiven: small letters, spaces, Arabic-Indic digits
    typed = code.lower().replace("-", " ").translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert citizen.view(typed, "203.0.113.5").code == code
    assert queries  # a well-formed code is looked up


def test_the_page_shows_the_public_history_and_nothing_private(concern_world, citizen):
    w = concern_world
    code = tracking_code()
    w.register(ALGER_A, code)
    w.store.concerns.add_note(w.staff["root"], ALGER_A, code, "Le voisin Ahmed, 0555 12 34 56, a appelé.")
    w.store.concerns.assign(w.staff["root"], ALGER_A, code, "amina")
    view = citizen.view(code, "203.0.113.5")
    assert (view.status, view.language, view.may_rate, view.may_reopen) == ("received", "fr", False, False)
    assert [e.kind for e in view.history] == ["registered"]
    w.store.concerns.set_status(w.staff["amina"], ALGER_A, code, "in_progress", "Transmis à la voirie.")
    w.store.concerns.answer(w.staff["amina"], ALGER_A, code, "Réparé lundi.")
    view = citizen.view(code, "203.0.113.5")
    assert [(e.kind, e.text) for e in view.history] == [
        ("registered", None), ("status", "Transmis à la voirie."), ("answer", "Réparé lundi.")]
    shown = repr(view)
    assert "0555" not in shown and "amina" not in shown and "Ahmed" not in shown
    assert "trou dans la route" not in shown  # the concern's own text is not on the public page
    assert view.may_rate and view.may_reopen and view.answered_at == view.history[-1].at


def test_unknown_codes_are_throttled_per_address(concern_world, citizen, clock):
    guesses = [tracking_code(seed) for seed in range(100, 100 + LOOKUP_FAILURE_LIMIT)]
    for guess in guesses[:-1]:
        assert refusal(citizen.view, guess, "198.51.100.7").http_status == 404
    locked = refusal(citizen.view, guesses[-1], "198.51.100.7")
    assert isinstance(locked, LookupLocked) and locked.http_status == 429 and locked.params == {"minutes": 15}
    real = tracking_code()
    answered(concern_world, real)
    assert refusal(citizen.view, real, "198.51.100.7").http_status == 429  # locked even for a real code
    assert citizen.view(real, "192.0.2.1").code == real  # another address is not
    # a mistyped code neither counts nor is refused as locked: it never reaches the throttle
    assert refusal(citizen.view, mistyped(real), "198.51.100.7").code == "check"
    clock.advance(16)
    assert citizen.view(real, "198.51.100.7").code == real


def test_a_rating_is_stored_once_replaced_by_a_new_one_and_reaches_the_office(concern_world, citizen):
    w = concern_world
    code = tracking_code()
    w.register(ALGER_A, code)
    assert refusal(citizen.rate, code, "4", "").code == "conflict"  # nothing to rate yet
    w.store.concerns.answer(w.staff["root"], ALGER_A, code, "Réparé.")
    assert refusal(citizen.rate, code, "6", "").field == "rating"
    assert refusal(citizen.rate, code, "", "").field == "rating"
    assert refusal(citizen.rate, code, "3", "x" * 501).field == "comment"
    assert citizen.rate(code, "4", "  Merci  ") is True
    assert citizen.rate(code, "4", "Merci") is False  # the same form again: nothing new
    assert citizen.rate(code, "2", "") is True  # changed his mind: replaces
    with D.read_only(w.store.engine) as conn:
        rows = conn.execute(select(concern_ratings.c.rating, concern_ratings.c.comment)).all()
    assert [tuple(r) for r in rows] == [(2, None)]
    assert citizen.view(code, "203.0.113.5").rating == 2
    ratings = [u for u in w.store.pull(w.devices[ALGER_A], 0, 100).updates if u.kind == P.UPDATE_CONCERN_RATING]
    assert [(u.data["rating"], u.data.get("comment")) for u in ratings] == [(4, "Merci"), (2, None)]
    assert not [u for u in w.store.pull(w.devices[ALGER_B], 0, 100).updates if u.kind == P.UPDATE_CONCERN_RATING]
    history = w.store.concerns.get(w.staff["root"], ALGER_A, code).history
    assert [(e.kind, e.actor, e.status, e.body) for e in history if e.kind == "rated"] == [
        ("rated", "citizen", "4", "Merci"), ("rated", "citizen", "2", None)]
    assert [e["action"] for e in audit.entries(w.store.engine)].count("concern.rate") == 2
    assert audit.verify(w.store.engine).ok


def test_not_resolved_reopens_once_with_a_fresh_due_date(concern_world, citizen, clock):
    w = concern_world
    code = tracking_code()
    answered(w, code)
    clock.advance(60 * 24 * 3)
    assert refusal(citizen.reopen, code, "   ").field == "comment"
    assert citizen.reopen(code, "Le trou est toujours là.") is True
    assert citizen.reopen(code, "Le trou est toujours là.") is False  # a retried POST
    row = w.store.concerns.find(code, ALGER_A)
    assert row["status"] == rules.IN_PROGRESS and row["reopened_at"] == P.format_time(clock.now)
    assert row["due_at"] == P.format_time(clock.now + dt.timedelta(days=30))  # the default deadline, from now
    detail = w.store.concerns.get(w.staff["amina"], ALGER_A, code)
    last = detail.history[-1]
    assert (last.kind, last.actor, last.status, last.reason, last.public) == (
        "reopened", "citizen", "in_progress", "Le trou est toujours là.", True)
    assert w.store.concerns.counts(w.staff["amina"]).open == 1  # listed as open again
    reopenings = [u for u in w.store.pull(w.devices[ALGER_A], 0, 100).updates
                  if u.kind == P.UPDATE_CONCERN_STATUS and u.data.get("by") == "citizen"]
    assert [(u.data["status"], u.data["reason"]) for u in reopenings] == [("in_progress", "Le trou est toujours là.")]
    view = citizen.view(code, "203.0.113.5")
    assert view.reopened_at and not view.may_reopen and not view.may_rate
    # answered again: the citizen may rate the new answer, but not reopen a second time
    w.store.concerns.answer(w.staff["amina"], ALGER_A, code, "Bouché mardi.")
    view = citizen.view(code, "203.0.113.5")
    assert view.may_rate and not view.may_reopen
    assert citizen.reopen(code, "Encore !") is False
    assert w.store.concerns.find(code, ALGER_A)["status"] == rules.ANSWERED


def test_not_resolved_is_refused_after_30_days(concern_world, citizen, clock):
    code = tracking_code()
    answered(concern_world, code)
    clock.advance(60 * 24 * 30 - 1)
    assert citizen.view(code, "203.0.113.5").may_reopen
    clock.advance(2)
    assert not citizen.view(code, "203.0.113.5").may_reopen
    late = refusal(citizen.reopen, code, "Toujours pas réparé.")
    assert late.code == "too_late" and "30 days" in late.template
    assert concern_world.store.concerns.find(code, ALGER_A)["status"] == rules.ANSWERED


def test_a_deadline_change_keeps_a_reopened_concern_counting_from_its_reopening(concern_world, citizen, clock):
    w = concern_world
    code = tracking_code()
    answered(w, code)
    clock.advance(60 * 24 * 10)
    citizen.reopen(code, "Rien n'a changé.")
    w.store.concerns.set_deadline(w.staff["root"], None, "roads", 7)
    assert w.store.concerns.find(code, ALGER_A)["due_at"] == P.format_time(clock.now + dt.timedelta(days=7))


def test_the_same_form_sent_at_once_from_several_tabs_reopens_and_rates_once(concern_world, citizen):
    code = tracking_code()
    answered(concern_world, code)
    with ThreadPoolExecutor(6) as pool:
        reopened = list(pool.map(lambda _: citizen.reopen(code, "Rien n'a changé."), range(6)))
    with ThreadPoolExecutor(6) as pool:
        concern_world.store.concerns.answer(concern_world.staff["root"], ALGER_A, code, "Réparé mardi.")
        rated = list(pool.map(lambda _: citizen.rate(code, "5", "Bravo"), range(6)))
    assert sorted(reopened) == [False] * 5 + [True] and sorted(rated) == [False] * 5 + [True]
    kinds = [u.kind for u in concern_world.store.pull(concern_world.devices[ALGER_A], 0, 100).updates]
    assert kinds.count(P.UPDATE_CONCERN_RATING) == 1
    history = concern_world.store.concerns.get(concern_world.staff["root"], ALGER_A, code).history
    assert [e.kind for e in history].count("reopened") == 1
