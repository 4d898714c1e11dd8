"""After years of history an office does the same work as on its first day (issue 15, item 5).

The work is counted in SQLite virtual-machine steps (a progress handler called every few
instructions), not in time: a query that scans the history takes steps in proportion to
it, one that seeks an index takes the same steps beside 2,000 past tickets as beside
40,000. The timings at 10,000,000 tickets are benchmarks/bench_growth.py's.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from kiosk.domain.clock import FixedClock, to_iso
from kiosk.domain.service_controls import ServiceControl
from kiosk.office import Office, OfficeInfo
from kiosk.store import service_controls
from kiosk.store.database import transaction
from kiosk.store.outbox import append_event

INFO = OfficeInfo("APC Test", "TST", "Africa/Algiers")
TODAY = dt.datetime(2026, 9, 6, 8, 0, tzinfo=dt.UTC)
SMALL, BIG = 2_000, 40_000  # both fill the 14 days of the rolling service time (100 a day)


def vm_steps(office: Office, call: Callable[[], object]) -> int:
    """SQLite instructions (in steps of 10) run on the office's connection during `call`."""
    steps = 0

    def tick() -> int:
        nonlocal steps
        steps += 1
        return 0  # go on

    office._db.conn.set_progress_handler(tick, 10)
    try:
        call()
    finally:
        office._db.conn.set_progress_handler(None, 10)
    return steps


def with_history(tmp_path, past_tickets: int, catalogue, *, pending: int = 0) -> tuple[Office, FixedClock]:
    """An office whose past days hold `past_tickets` finished tickets, each with its two acked
    events (issued, finished), and `pending` events not sent yet."""
    clock = FixedClock(TODAY)
    office = Office.open_path(tmp_path / f"office-{past_tickets}.sqlite3", INFO, clock, catalogue,
                              pin_hash_cost="test")
    codes = [s.code for s in office.services()]
    per_day = 100
    rows, events = [], []
    for n in range(past_tickets):
        day = (TODAY - dt.timedelta(days=1 + n // per_day)).date().isoformat()
        at = f"{day}T08:{n % 60:02d}:00.000Z"
        code = codes[n % len(codes)]
        rows.append((f"t-{n:08d}", code, code, day, n % per_day + 1, f"A-{n % per_day + 1:03d}", at, at, at, at,
                     at))
        events += [(f"e-{n:08d}-i", "ticket.issued", at, f'{{"ticket_id":"t-{n:08d}"}}', at),
                   (f"e-{n:08d}-f", "ticket.finished", at, f'{{"ticket_id":"t-{n:08d}"}}', at)]
    with transaction(office._db) as conn:
        conn.executemany("INSERT INTO tickets (id, service_code, queue_service, business_date, number, label,"
                         " status, language, issued_at, queued_at, called_at, started_at, finished_at)"
                         " VALUES (?, ?, ?, ?, ?, ?, 'done', 'ar', ?, ?, ?, ?, ?)", rows)
        conn.executemany("INSERT INTO outbox (event_id, type, occurred_at, payload, state, acked_at)"
                         " VALUES (?, ?, ?, ?, 'acked', ?)", events)
        for i in range(pending):
            append_event(conn, "ticket.issued", TODAY, {"ticket_id": f"waiting-{i}"})
    return office, clock


@pytest.fixture
def small_and_big(tmp_path, catalogue):
    offices = [with_history(tmp_path, SMALL, catalogue, pending=5), with_history(tmp_path, BIG, catalogue, pending=5)]
    yield offices
    for office, _ in offices:
        office.close()


def test_issuing_a_ticket_does_the_same_work_beside_a_long_history(small_and_big):
    work = []
    for office, clock in small_and_big:
        codes = [s.code for s in office.services()]
        with transaction(office._db) as conn:  # the daily limit's count of today's tickets is on the path too
            service_controls.put_control(conn, ServiceControl(codes[0], daily_limit=500), to_iso(TODAY), "test")

        def issue_some(office=office, clock=clock, codes=codes) -> None:
            for i in range(30):
                clock.advance(seconds=20)
                office.issue_ticket(codes[i % len(codes)])

        work.append(vm_steps(office, issue_some))
    small, big = work
    assert big <= small * 1.05, f"{BIG} past tickets: {big} steps; {SMALL}: {small}"


def test_outbox_counts_and_next_batch_cost_what_is_unsent_not_what_was_sent(small_and_big):
    (small_office, _), (big_office, _) = small_and_big
    stats_work = [vm_steps(office, office.outbox.stats) for office in (small_office, big_office)]
    batch_work = [vm_steps(office, lambda office=office: office.outbox.pending_batch(100, 1 << 20))
                  for office in (small_office, big_office)]
    export_work = [vm_steps(office, lambda office=office: office.outbox.list("pending", 100, 0))
                   for office in (small_office, big_office)]  # `maktab-sync export` reads by key, like this
    assert stats_work[1] <= stats_work[0] * 1.05, stats_work  # was a count of every event ever sent
    assert batch_work[1] <= batch_work[0] * 1.05, batch_work
    assert export_work[1] <= export_work[0] * 1.05, export_work
    assert len(big_office.outbox.pending_batch(100, 1 << 20)) == 5


def test_outbox_counts_stay_right_as_events_are_sent_rejected_and_retried(office):
    outbox = office.outbox
    with transaction(office._db) as conn:
        seqs = [append_event(conn, "ticket.issued", TODAY, {"ticket_id": f"t{i}"}) for i in range(10)]
    assert (outbox.stats().pending, outbox.stats().acked, outbox.stats().rejected) == (10, 0, 0)
    outbox.mark_acked(seqs[:6], to_iso(TODAY))
    outbox.mark_acked(seqs[:2], to_iso(TODAY))  # acked twice (a retried answer): counted once
    outbox.mark_rejected(seqs[6], "bad")
    stats = outbox.stats()
    assert (stats.pending, stats.acked, stats.rejected) == (3, 6, 1)
    assert stats.oldest_pending_at == to_iso(TODAY)
    outbox.retry_rejected()
    stats = outbox.stats()
    assert (stats.pending, stats.acked, stats.rejected) == (4, 6, 0)
    outbox.mark_acked(seqs, to_iso(TODAY))
    stats = outbox.stats()
    assert (stats.pending, stats.acked, stats.rejected, stats.oldest_pending_at) == (0, 10, 0, None)
