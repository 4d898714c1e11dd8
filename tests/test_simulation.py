import datetime as dt

from kiosk.domain.clock import FixedClock
from kiosk.office import Office, OfficeInfo
from kiosk.simulation import simulate


def test_simulated_days_are_realistic(tmp_path, catalogue):
    clock = FixedClock(dt.datetime(2026, 9, 6, 10, 30, tzinfo=dt.UTC))  # 11:30 in Algiers
    office = Office.open_path(tmp_path / "o.sqlite3", OfficeInfo("APC", "TST", "Africa/Algiers"), clock, catalogue)
    report = simulate(office, tickets_per_day=300, days=2, seed=11)
    rows = {(d, s): n for d, s, n in office._db.execute(
        "SELECT business_date, status, count(*) FROM tickets GROUP BY 1, 2")}
    assert {s for (d, s) in rows if d == "2026-09-05"} == {"done"}  # yesterday: everyone served
    assert rows.get(("2026-09-06", "done"), 0) > 20  # clerks served people this morning
    assert rows.get(("2026-09-06", "waiting"), 0) > 0  # and some still wait
    assert sum(rows.values()) == report.tickets
    issued = office._db.execute("SELECT count(*) FROM outbox WHERE type = 'ticket.issued'").fetchone()[0]
    assert issued == report.tickets
    # Measured service times now drive the estimate (not the catalogue's typical 3 minutes).
    assert office.minutes_per_citizen("EC-N12") != 3
    assert clock.now() == dt.datetime(2026, 9, 6, 10, 30, tzinfo=dt.UTC)
    office.close()


def test_simulation_is_repeatable_with_a_seed(tmp_path, catalogue):
    counts = []
    for name in ("a", "b"):
        clock = FixedClock(dt.datetime(2026, 9, 6, 5, 0, tzinfo=dt.UTC))
        office = Office.open_path(tmp_path / f"{name}.sqlite3", None, clock, catalogue)
        simulate(office, tickets_per_day=100, days=3, include_today=False, seed=5)
        counts.append(office._db.execute("SELECT service_code, count(*) FROM tickets GROUP BY 1").fetchall())
        office.close()
    assert counts[0] == counts[1]


def test_simulated_concerns_look_like_a_real_month(tmp_path, catalogue):
    from kiosk.simulation_concerns import simulate_concerns

    clock = FixedClock(dt.datetime(2026, 9, 30, 10, 0, tzinfo=dt.UTC))
    office = Office.open_path(tmp_path / "o.sqlite3", OfficeInfo("APC", "TST", "Africa/Algiers"), clock, catalogue)
    assert simulate_concerns(office, 80, days=30, seed=4) == 80
    statuses = dict(office._db.execute("SELECT status, count(*) FROM concerns GROUP BY status").fetchall())
    assert statuses.get("received", 0) > 0 and statuses.get("answered", 0) > 0
    with_contact = office._db.execute("SELECT count(*) FROM concerns WHERE contact_phone IS NOT NULL").fetchone()[0]
    assert 0 < with_contact < 80
    answered = office._db.execute("SELECT code FROM concerns WHERE status = 'answered' LIMIT 1").fetchone()[0]
    view = office.concern_public_view(answered)
    assert view.status.value == "answered"
    assert office.outbox.stats().pending >= 80
    office.close()


def test_early_training_morning_has_a_line_for_real_desks(tmp_path, catalogue):
    clock = FixedClock(dt.datetime(2026, 9, 6, 6, 0, tzinfo=dt.UTC))  # 07:00 in Algiers, before opening
    office = Office.open_path(tmp_path / "o.sqlite3", OfficeInfo("APC", "TST", "Africa/Algiers"), clock, catalogue)
    report = simulate(office, tickets_per_day=200, days=1, serve_today=False, seed=8)
    assert report.tickets > 50
    statuses = {s for (s,) in office._db.execute("SELECT DISTINCT status FROM tickets")}
    assert statuses == {"waiting"}  # nobody served: the trainees' desks call them
    (latest,) = office._db.execute("SELECT max(issued_at) FROM tickets").fetchone()
    assert latest <= "2026-09-06T06:00:00.000Z"  # nothing issued in the future
    office.close()
