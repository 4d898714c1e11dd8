"""Figures kept at ingest: what a push of real office events adds, counted once, and the
same rows when rebuilt from the stored events (SQLite and PostgreSQL)."""
from __future__ import annotations

import pytest
from sqlalchemy import delete, select, text, update

from sync.server import cli
from sync.server import db as D
from sync.server.errors import Refused
from sync.server.figures.ingest import on_first_answer
from sync.server.figures.schema import figures_daily, figures_monthly
from sync.server.staff import AGENT, COMMAND_LINE, StaffUser
from sync.server.store import ServerStore
from tests.server.figures_helpers import (
    OFFICE_A,
    OFFICE_B,
    Office,
    at,
    concern_registered,
    plus,
    ticket,
    ticket_life,
)


@pytest.fixture
def store(server_db_url):
    s = ServerStore(server_db_url)
    yield s
    s.close()


def _day(store: ServerStore, office: str, day: str):
    return next(r for r in store.figures.daily(COMMAND_LINE, office, day[:7]) if r.period == day)


def _a_day_at_office_a(office: Office) -> None:
    """Five called tickets (waits 3m10s, 3m20s, 5, 8, 20 min), four served (2, 4, 4.5, 10 min), one no-show,
    one never called; two concerns, one registered 00:30 local time on the 10th (23:30 UTC on the 9th)."""
    start = at("2026-03-10 08:00")
    events = []
    for wait, service, no_show in ((3 + 10 / 60, 2, False), (3 + 20 / 60, 4, False), (5, 4.5, False),
                                   (8, 10, False), (20, None, True)):
        events += ticket_life(office, start, wait, service, no_show)
    events += ticket_life(office, start, None)
    events += [concern_registered(office, at("2026-03-09 23:30"), "ALG-C-1"),
               concern_registered(office, at("2026-03-10 09:00"), "ALG-C-2")]
    response = office.push(events)
    assert all(r.status == "stored" for r in response.results)


def test_a_day_of_tickets_gives_the_hand_computed_figures(store):
    _a_day_at_office_a(Office(store, OFFICE_A))
    row = _day(store, OFFICE_A, "2026-03-10")
    assert (row.tickets_issued, row.tickets_served, row.no_shows) == (6, 4, 1)
    # waits fall in the 1-minute buckets 3, 3, 5, 8 and the 5-minute bucket 20-25:
    # median rank 2.5 is half-way through bucket 5-6; p90 rank 4.5 half-way through 20-25.
    assert (row.wait_p50_min, row.wait_p90_min) == (5.5, 22.5)
    # services in buckets 2, 4, 4, 10-12: median rank 2 is half-way through 4-5; p90 rank 3.6 at 10 + 0.6 × 2.
    assert (row.service_p50_min, row.service_p90_min) == (4.5, 11.2)
    assert row.service_mean_min == round((2 + 4 + 4.5 + 10) / 4, 1)
    assert row.concerns_received == 2  # the 23:30 UTC concern is on the 10th in Algiers
    assert _day(store, OFFICE_A, "2026-03-09").concerns_received == 0

    month = store.figures.monthly(COMMAND_LINE, [OFFICE_A], 2026)[2]
    assert month.period == "2026-03"
    assert (month.tickets_issued, month.no_shows, month.wait_p50_min, month.concerns_received) == (6, 1, 5.5, 2)


def test_a_duplicate_push_counts_nothing_twice(store):
    office = Office(store, OFFICE_A)
    _a_day_at_office_a(office)
    before = _day(store, OFFICE_A, "2026-03-10")
    again = office.push(office.pushed)  # the same events, as after a lost acknowledgement
    assert {r.status for r in again.results} == {"duplicate"}
    assert _day(store, OFFICE_A, "2026-03-10") == before


def test_a_recall_or_a_call_after_a_transfer_does_not_count_another_wait(store):
    office = Office(store, OFFICE_A)
    issued = at("2026-03-10 08:00")
    t = ticket(issued)
    first = {**t, "status": "called", "called_at": plus(issued, 4), "counter": "1"}
    recalled = {**first, "recalls": 1, "called_at": plus(issued, 30)}
    transferred = {**t, "transferred_from": "EC", "queue_service": "CN", "status": "waiting"}
    second = {**transferred, "status": "called", "called_at": plus(issued, 50), "recalls": 1}
    office.push([office.event("ticket.issued", issued, t),
                 office.event("ticket.called", first["called_at"], first),
                 office.event("ticket.recalled", recalled["called_at"], recalled),
                 office.event("ticket.called", recalled["called_at"], recalled),  # an older kiosk's recall
                 office.event("ticket.transferred", plus(issued, 35), transferred),
                 office.event("ticket.called", second["called_at"], second),
                 office.event("ticket.finished", plus(issued, 56), {**second, "status": "done"})])
    row = _day(store, OFFICE_A, "2026-03-10")
    assert (row.tickets_issued, row.tickets_served) == (1, 1)
    assert (row.wait_p50_min, row.wait_p90_min) == (4.5, 4.9)  # one wait, 4 min, in the bucket 4-5
    assert row.service_p50_min == 6.5  # from the last call (when the citizen came) to the finish


def _answer(store: ServerStore, office: str, code: str, answered_at: str, due_at: str) -> None:
    """What the concerns projection does on a first answer: set answered_at and call the hook, one transaction."""
    c = D.concerns.c
    with store.engine.begin() as conn:
        registered_at = conn.execute(select(c.registered_at).where(c.office_code == office, c.code == code)).scalar()
        conn.execute(update(D.concerns).where(c.office_code == office, c.code == code)
                     .values(status="answered", answered_at=answered_at, due_at=due_at))
        on_first_answer(conn, office, "roads", registered_at, answered_at, due_at)


def test_answers_count_on_their_day_in_time_or_late_with_the_median_delay(store):
    office = Office(store, OFFICE_A)
    office.push([concern_registered(office, at("2026-02-01 09:00"), f"C-{i}") for i in range(3)])
    _answer(store, OFFICE_A, "C-0", at("2026-02-04 10:00"), due_at=at("2026-03-03 09:00"))  # 3 days
    _answer(store, OFFICE_A, "C-1", at("2026-03-04 10:00"), due_at=at("2026-03-03 09:00"))  # 31 days, late
    _answer(store, OFFICE_A, "C-2", at("2026-03-04 12:00"), due_at=at("2026-03-03 09:00"))  # 31 days, late
    feb, march = store.figures.monthly(COMMAND_LINE, [OFFICE_A], 2026)[1:3]
    assert (feb.concerns_received, feb.concerns_answered, feb.answered_late) == (3, 1, 0)
    assert feb.answer_delay_median_days == 3
    assert (march.concerns_answered, march.answered_late, march.answer_delay_median_days) == (2, 2, 31)
    assert _day(store, OFFICE_A, "2026-03-04").concerns_answered == 2
    assert store.figures.overdue_now(COMMAND_LINE) == {}
    with store.engine.begin() as conn:
        conn.execute(update(D.concerns).values(due_at=at("2026-03-03 09:00"), status="received"))
    assert store.figures.overdue_now(COMMAND_LINE, now=at("2026-03-05 00:00")) == {OFFICE_A: 3}


def _snapshot(store: ServerStore) -> list[list[tuple]]:
    with store.engine.connect() as conn:
        return [[tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))]
                for t in (figures_daily, figures_monthly)]


def test_rebuild_gives_the_rows_ingest_built_and_can_be_repeated(store, capsys):
    _a_day_at_office_a(Office(store, OFFICE_A))
    other = Office(store, OFFICE_B)
    other.push(ticket_life(other, at("2026-04-01 09:00"), 12, 7, business_date="2026-04-01"))
    _answer(store, OFFICE_A, "ALG-C-2", at("2026-03-20 09:00"), due_at=at("2026-04-09 09:00"))
    built_at_ingest = _snapshot(store)
    assert store.figures.rebuild(COMMAND_LINE) == 21  # A: 16 ticket events and 2 concerns; B: 3 ticket events
    assert _snapshot(store) == built_at_ingest
    assert store.figures.rebuild(COMMAND_LINE, OFFICE_B) == 3
    assert _snapshot(store) == built_at_ingest
    assert cli.main(["figures", "rebuild", "--db", store.db_url]) == cli.EXIT_OK
    assert "rebuilt from 21 events" in capsys.readouterr().out
    assert _snapshot(store) == built_at_ingest
    with store.engine.connect() as conn:
        actions = conn.execute(text("SELECT action, target FROM audit_log WHERE action = 'figures.rebuild' "
                                    "ORDER BY id")).all()
    assert [tuple(a) for a in actions] == [("figures.rebuild", "*"), ("figures.rebuild", OFFICE_B),
                                           ("figures.rebuild", "*")]


def test_only_an_administrator_may_rebuild(store):
    Office(store, OFFICE_A)
    agent = StaffUser(7, "amina", "Amina", AGENT, offices=frozenset({OFFICE_A}))
    with pytest.raises(Refused) as refused:
        store.figures.rebuild(agent, OFFICE_A)
    assert refused.value.http_status == 403


def test_the_migration_fills_the_figures_of_a_database_that_had_events_before_it(store):
    _a_day_at_office_a(Office(store, OFFICE_A))
    built_at_ingest = _snapshot(store)
    with store.engine.begin() as conn:  # back to the database as it was before m006 (and so m011, m012)
        for table in (figures_daily, figures_monthly):
            table.drop(conn)
        conn.execute(text("DROP INDEX concerns_channel_registered"))
        conn.execute(text("ALTER TABLE concerns DROP COLUMN channel"))
        conn.execute(delete(D.schema_migrations).where(D.schema_migrations.c.name.in_(
            ["m006_figures", "m011_target_figures", "m012_concern_channel"])))
    # m012 fills the figures
    assert D.migrate(store.engine) == ["m006_figures", "m011_target_figures", "m012_concern_channel"]
    assert _snapshot(store) == built_at_ingest


def test_the_share_called_within_target_counts_calls_that_name_their_target(store):
    office = Office(store, OFFICE_A)
    start = at("2026-03-10 08:00")
    events = []
    for wait in (5, 20, 20.5, 40):  # the line's target is 20 minutes: two of four within it
        events += ticket_life(office, start, wait, 3, target_min=20)
    events += ticket_life(office, start, 50, 3)  # an office before targets: not in the share
    assert all(r.status == "stored" for r in office.push(events).results)
    row = _day(store, OFFICE_A, "2026-03-10")
    assert (row.waits_targeted, row.within_target_pct, row.waits) == (4, 50.0, 5)
    month = store.figures.monthly(COMMAND_LINE, [OFFICE_A], 2026)
    assert next(r for r in month if r.period == "2026-03").within_target_pct == 50.0
    with store.engine.begin() as conn:  # the rebuild (m012 runs it) gives the same share
        from sync.server.figures.ingest import rebuild

        rebuild(conn, OFFICE_A)
    assert _day(store, OFFICE_A, "2026-03-10").within_target_pct == 50.0


def test_a_day_without_targets_has_no_share(store):
    _a_day_at_office_a(Office(store, OFFICE_A))
    assert _day(store, OFFICE_A, "2026-03-10").within_target_pct is None
