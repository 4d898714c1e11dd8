"""The concern workflow for every role: what each may see and do, what the office receives,
what the history and the audit log keep (SQLite and PostgreSQL)."""
from __future__ import annotations

import pytest

from sync import protocol as P
from sync.server import audit
from sync.server.concerns import CentralConcerns
from sync.server.errors import Refused
from tests.server.concern_world import ALGER_A, ALGER_B, ORAN


def pulled(world, office):
    return world.store.pull(world.devices[office], 0, 100).updates


def refused(call, *args) -> Refused:
    with pytest.raises(Refused) as caught:
        call(*args)
    return caught.value


def concern_actions(w) -> list[str]:
    """The audited concern actions (the world's set-up audits its enrolment codes too)."""
    return [e["action"] for e in audit.entries(w.store.engine) if e["action"].startswith("concern.")]


def test_each_role_sees_the_concerns_of_its_offices_only(concern_world):
    w = concern_world
    w.register(ALGER_A, "ALG-C-0001")
    w.register(ORAN, "ORN-C-0001")
    get = w.store.concerns.get
    assert get(w.staff["amina"], ALGER_A, "ALG-C-0001").office_name == "APC Alger Centre"
    assert get(w.staff["samir"], ALGER_A, "ALG-C-0001").commune == "Alger"
    assert get(w.staff["root"], ORAN, "ORN-C-0001").status == "received"
    unseen = refused(get, w.staff["amina"], ORAN, "ORN-C-0001")
    missing = refused(get, w.staff["amina"], ALGER_A, "ORN-C-0001")
    assert unseen.http_status == missing.http_status == 404 and unseen.code == "not_found"
    assert "ORN-C-0001" in unseen.message and "receipt" in unseen.message
    assert refused(get, w.staff["bilal"], ALGER_A, "ALG-C-0001").http_status == 404
    assert refused(get, w.staff["omar"], ALGER_A, "ALG-C-0001").http_status == 404
    # acting on an unseen concern is just as unknown
    assert refused(w.store.concerns.answer, w.staff["bilal"], ALGER_A, "ALG-C-0001", "Réparé").http_status == 404
    assert refused(w.store.concerns.add_note, w.staff["omar"], ALGER_A, "ALG-C-0001", "vu").http_status == 404


def test_an_agents_answer_reaches_the_office_and_is_kept_in_history_and_audit(concern_world):
    w = concern_world
    told = []
    w.store.concerns.on_first_answer = lambda conn, *figures: told.append(figures)
    w.register(ALGER_A, "ALG-C-0001", at="2026-09-06T08:00:00.000Z")
    upd = w.store.concerns.answer(w.staff["amina"], ALGER_A, "ALG-C-0001", "  La route sera réparée lundi.  ")
    detail = w.store.concerns.get(w.staff["amina"], ALGER_A, "ALG-C-0001")
    assert detail.status == "answered" and detail.public_answer == "La route sera réparée lundi."
    assert detail.answered_at == upd.data["at"] and not detail.overdue
    (update,) = pulled(w, ALGER_A)
    assert update.kind == P.UPDATE_CONCERN_STATUS
    assert update.data == {"code": "ALG-C-0001", "status": "answered", "at": upd.data["at"], "by": "central",
                           "public_answer": "La route sera réparée lundi."}
    assert pulled(w, ALGER_B) == []
    last = detail.history[-1]
    assert (last.actor, last.kind, last.status, last.public) == ("amina", "answer", "answered", True)
    (entry,) = [e for e in audit.entries(w.store.engine) if e["action"] == "concern.answer"]
    assert entry["actor"] == "amina" and entry["target"] == f"concern {ALGER_A}/ALG-C-0001"
    assert audit.verify(w.store.engine).ok
    # a second answer corrects the first; the first-answer figures are told once
    w.store.concerns.answer(w.staff["samir"], ALGER_A, "ALG-C-0001", "Travaux lundi 8 h.")
    assert told == [(ALGER_A, "roads", "2026-09-06T08:00:00.000Z", upd.data["at"], "2026-10-06T08:00:00.000Z")]


def test_internal_notes_stay_on_the_server(concern_world):
    w = concern_world
    w.register(ALGER_A, "ALG-C-0001")
    w.store.concerns.add_note(w.staff["amina"], ALGER_A, "ALG-C-0001", "Appelé le service voirie.")
    note = w.store.concerns.get(w.staff["samir"], ALGER_A, "ALG-C-0001").history[-1]
    assert (note.kind, note.body, note.public, note.actor) == ("note", "Appelé le service voirie.", False, "amina")
    assert pulled(w, ALGER_A) == []
    assert concern_actions(w) == ["concern.note"]


def test_assignment_by_role(concern_world):
    w = concern_world
    c = w.store.concerns
    w.register(ALGER_A, "ALG-C-0001")
    w.register(ALGER_A, "ALG-C-0002")
    c.assign(w.staff["samir"], ALGER_A, "ALG-C-0001", "amina")
    assert c.get(w.staff["amina"], ALGER_A, "ALG-C-0001").assigned_to == "amina"
    for someone_else in ("bilal", "omar", "gone", "root", "nobody-here"):
        problem = refused(c.assign, w.staff["samir"], ALGER_A, "ALG-C-0001", someone_else)
        assert problem.http_status == 422 and "assignee" in problem.message, someone_else
    c.assign(w.staff["root"], ALGER_A, "ALG-C-0001", "samir")  # a supervisor of the commune may own one
    # an agent takes an unowned concern for herself, gives it back, and may not give it to others
    c.assign(w.staff["amina"], ALGER_A, "ALG-C-0002", "amina")
    assert refused(c.assign, w.staff["amina"], ALGER_A, "ALG-C-0002", "gone").http_status == 403
    c.assign(w.staff["amina"], ALGER_A, "ALG-C-0002", None)
    assert c.get(w.staff["amina"], ALGER_A, "ALG-C-0002").assigned_to is None
    assert refused(c.assign, w.staff["amina"], ALGER_A, "ALG-C-0001", "amina").http_status == 403  # samir's
    assert refused(c.assign, w.staff["amina"], ALGER_A, "ALG-C-0001", None).http_status == 403
    history = c.get(w.staff["samir"], ALGER_A, "ALG-C-0002").history
    assert [(h.kind, h.body, h.public) for h in history[1:]] == [("assigned", "amina", False),
                                                                 ("assigned", None, False)]
    assert [e["action"] for e in audit.entries(w.store.engine)].count("concern.assign") == 4
    assert pulled(w, ALGER_A) == []  # who owns a concern is not the citizen's business


def test_status_changes_need_a_reason_and_follow_the_transitions(concern_world):
    w = concern_world
    c, amina = w.store.concerns, w.staff["amina"]
    w.register(ALGER_A, "ALG-C-0001")
    assert "reason" in refused(c.set_status, amina, ALGER_A, "ALG-C-0001", "in_progress", "  ").message
    assert "status" in refused(c.set_status, amina, ALGER_A, "ALG-C-0001", "lost", "why").message
    assert "answer" in refused(c.set_status, amina, ALGER_A, "ALG-C-0001", "answered", "done").message
    c.set_status(amina, ALGER_A, "ALG-C-0001", "in_progress", "Transmis à la voirie")
    c.set_status(amina, ALGER_A, "ALG-C-0001", "closed", "Réparé le 8 septembre")
    problem = refused(c.set_status, amina, ALGER_A, "ALG-C-0001", "rejected", "hors compétence")
    assert problem.http_status == 409 and "closed" in problem.message
    c.set_status(w.staff["samir"], ALGER_A, "ALG-C-0001", "in_progress", "Le citoyen signale que le trou est revenu")
    detail = c.get(amina, ALGER_A, "ALG-C-0001")
    assert [(h.kind, h.status, h.actor) for h in detail.history] == [
        ("registered", "received", "office"), ("status", "in_progress", "amina"), ("status", "closed", "amina"),
        ("reopened", "in_progress", "samir")]
    assert detail.history[-1].reason == "Le citoyen signale que le trou est revenu" and detail.history[-1].public
    assert [(u.data["status"], u.data["reason"]) for u in pulled(w, ALGER_A)] == [
        ("in_progress", "Transmis à la voirie"), ("closed", "Réparé le 8 septembre"),
        ("in_progress", "Le citoyen signale que le trou est revenu")]


@pytest.mark.parametrize("text, words", [("", "empty"), ("x" * 2001, "at most 2,000"), ("a\x00b", "control")])
def test_bad_answers_are_refused_with_what_to_do(concern_world, text, words):
    w = concern_world
    w.register(ALGER_A, "ALG-C-0001")
    problem = refused(w.store.concerns.answer, w.staff["amina"], ALGER_A, "ALG-C-0001", text)
    assert problem.http_status == 422 and problem.message.startswith("answer:") and words in problem.message
    assert refused(w.store.concerns.add_note, w.staff["amina"], ALGER_A, "ALG-C-0001", "n" * 4001).http_status == 422
    assert pulled(w, ALGER_A) == [] and concern_actions(w) == []


def test_history_keeps_time_order_and_one_row_per_event_whatever_the_arrival(concern_world):
    w = concern_world
    code = "ALG-C-0009"
    started = P.Event.create(50, "ev-started", P.CONCERN_STATUS_CHANGED, "2026-09-07T09:00:00Z", {
        "code": code, "status": "in_progress", "previous_status": "received", "at": "2026-09-07T10:00:00+01:00",
        "by": "clerk-1"})
    note = P.Event.create(51, "ev-note", "concern.note_added", "2026-09-06T12:00:00Z", {
        "code": code, "kind": "internal_note", "text": "Voir avec la voirie", "public": False,
        "at": "2026-09-06T12:00:00Z"})
    w.push_events(ALGER_A, [started, note])  # before the registration, from another device's batch
    w.register(ALGER_A, code, at="2026-09-06T08:00:00Z")
    # the same event again under another seq (a restored office re-numbering its outbox)
    w.push_events(ALGER_A, [P.Event.create(60, "ev-started", started.type, started.occurred_at, started.payload)])
    detail = w.store.concerns.get(w.staff["amina"], ALGER_A, code)
    assert [(h.at, h.kind, h.public) for h in detail.history] == [
        ("2026-09-06T08:00:00.000Z", "registered", True), ("2026-09-06T12:00:00.000Z", "note", False),
        ("2026-09-07T09:00:00.000Z", "status", True)]
    assert detail.status == "in_progress" and detail.due_at == "2026-10-06T08:00:00.000Z"


def test_an_answer_given_at_the_office_before_its_registration_arrives_is_told_once(concern_world):
    w = concern_world
    told = []
    w.store.concerns.on_first_answer = lambda conn, *figures: told.append(figures)
    code = "ALG-C-0003"
    w.push(ALGER_A, "concern.note_added", {"code": code, "text": "C'est réparé", "public": True,
                                           "at": "2026-09-08T10:00:00Z"})
    w.push(ALGER_A, P.CONCERN_STATUS_CHANGED, {"code": code, "status": "answered", "previous_status": "received",
                                               "at": "2026-09-08T10:00:01Z"})
    assert told == []  # not registered yet: no delay to measure
    w.register(ALGER_A, code, at="2026-09-06T08:00:00Z")
    assert told == [(ALGER_A, "roads", "2026-09-06T08:00:00.000Z", "2026-09-08T10:00:01.000Z",
                     "2026-10-06T08:00:00.000Z")]
    detail = w.store.concerns.get(w.staff["root"], ALGER_A, code)
    assert detail.status == "answered" and detail.answered_at == "2026-09-08T10:00:01.000Z"
    assert [h.kind for h in detail.history] == ["registered", "answer", "status"]
    assert detail.history[1].actor == "office" and detail.history[1].public


def test_the_constructor_takes_the_first_answer_hook(concern_world):
    told = []
    concerns = CentralConcerns(concern_world.store.engine, on_first_answer=lambda conn, *figures: told.append(figures))
    concern_world.register(ORAN, "ORN-C-0001")
    concerns.decide(concern_world.staff["omar"], "ORN-C-0001", "answered", answer="Fait")
    assert [t[:2] for t in told] == [(ORAN, "roads")]
