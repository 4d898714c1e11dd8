"""`events` by month (m013, sync/server/db_events.py): an existing table converted with its rows,
the coming months' partitions made at start, odd dates kept, and a device's events still
stored exactly once although PostgreSQL's primary key now includes the month."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import column, func, insert, select, table, text

from sync import protocol as P
from sync.protocol import utc_now_iso
from sync.server import db as D
from sync.server.db_events import (
    DEFAULT_PARTITION,
    ensure_event_partitions,
    existing_partitions,
    is_partitioned,
    month_key,
    partition_name,
)


def _migrate_before_m013(engine) -> None:
    """The schema as a server of the previous release left it (m001 … m012)."""
    with engine.begin() as conn:
        D.schema_migrations.create(conn, checkfirst=True)
        for name, step in D.MIGRATIONS:
            if name == "m013_events_by_month":
                break
            step(conn)
            conn.execute(D.schema_migrations.insert().values(name=name, applied_at=utc_now_iso()))


def _old_event(device: str, seq: int, occurred_at: str) -> dict:
    ev = P.Event.create(seq, f"ev-{device}-{seq}", "ticket.issued", occurred_at, {"number": f"A{seq:03d}"})
    return {"device_id": device, "seq": seq, "event_id": ev.id, "type": ev.type, "occurred_at": occurred_at,
            "payload": ev.payload_json, "hash": ev.hash, "office_code": "ALG-1", "batch_id": "b1",
            "received_at": utc_now_iso()}


def test_m013_keeps_every_stored_event_and_files_it_under_its_own_month(server_db_url):
    engine = D.make_engine(server_db_url)
    _migrate_before_m013(engine)
    times = ["2026-07-31T23:30:00.000Z", "2026-08-01T00:10:00+01:00", "2026-09-06T07:30:00.000Z"]
    with engine.begin() as conn:  # the m001 columns only: what the old server wrote
        old = [_old_event("dev-a", i + 1, at) for i, at in enumerate(times)]
        conn.execute(insert(table("events", *(column(name) for name in old[0]))), old)
    assert D.migrate(engine) == ["m013_events_by_month"]
    with engine.connect() as conn:
        rows = conn.execute(select(D.events.c.seq, D.events.c.hash, D.events.c.occurred_month)
                            .order_by(D.events.c.seq)).all()
        # 2026-08-01T00:10+01:00 is 31 July in UTC: the month is the event's UTC month.
        assert rows == [(1, old[0]["hash"], 202607), (2, old[1]["hash"], 202607), (3, old[2]["hash"], 202609)]
        assert [month_key(at) for at in times] == [202607, 202607, 202609]
        if engine.dialect.name == "postgresql":
            assert is_partitioned(conn)
            parts = existing_partitions(conn)
            assert {partition_name(202607), partition_name(202609), DEFAULT_PARTITION} <= set(parts)
            today = dt.datetime.now(dt.UTC).date()
            assert partition_name(today.year * 100 + today.month) in parts
            assert conn.execute(text(f"SELECT count(*) FROM {partition_name(202607)}")).scalar_one() == 2
    engine.dispose()


def test_an_odd_date_is_stored_and_moves_into_its_month_when_that_partition_is_made(server, api):
    device = api.enroll(server)
    odd = P.Event.create(1, "ev-odd", "ticket.issued", "2031-05-02T09:00:00.000Z", {"number": "A001"})
    assert api.push(server, device, [odd]).json()["results"][0]["status"] == P.STORED
    engine = server.store.engine
    if engine.dialect.name != "postgresql":
        return  # no partitions on SQLite: stored is all there is to see
    with engine.begin() as conn:
        assert conn.execute(text(f"SELECT count(*) FROM {DEFAULT_PARTITION}")).scalar_one() == 1
        created = ensure_event_partitions(conn, today=dt.date(2031, 5, 1))
    assert partition_name(203105) in created
    with engine.connect() as conn:
        assert conn.execute(text(f"SELECT count(*) FROM {DEFAULT_PARTITION}")).scalar_one() == 0
        assert conn.execute(text(f"SELECT seq FROM {partition_name(203105)}")).scalar_one() == 1
    # Still the same event to the protocol: its resend is a duplicate.
    assert api.push(server, device, [odd]).json()["results"][0]["status"] == P.DUPLICATE


def test_a_resend_with_another_month_is_a_conflict_not_a_second_copy(server, api):
    device = api.enroll(server)
    first = P.Event.create(7, "ev-7", "ticket.issued", "2026-09-30T23:59:00.000Z", {"number": "A007"})
    moved = P.Event.create(7, "ev-7", "ticket.issued", "2026-10-01T00:01:00.000Z", {"number": "A007"})
    assert api.push(server, device, [first]).json()["results"][0]["status"] == P.STORED
    (conflict,) = api.push(server, device, [moved]).json()["results"]
    assert (conflict["status"], conflict["reason"]) == (P.REJECTED, P.CONFLICT_REASON)
    assert api.push(server, device, [first]).json()["results"][0]["status"] == P.DUPLICATE
    with server.store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(D.events)
                            .where(D.events.c.device_id == device.device_id)).scalar_one() == 1
