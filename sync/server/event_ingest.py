"""Storing a push's events exactly once, in few round trips, on a partitioned `events` table.

    store_new_events(conn, device_id, office_code, batch_id, received_at, events) → (stored seqs, stored hashes)

Called by `BatchStore.store` inside the push's transaction, with the events validated,
without repeats inside the batch and sorted by seq.

Exactly once: on PostgreSQL the primary key of the partitioned `events` includes the
partition key (db_events.py), so it cannot by itself refuse a second copy of (device, seq)
whose time puts it in another month. Instead a device's pushes are serialised: the
transaction takes an advisory lock on the device (held until commit), then reads which of
the batch's seqs are stored already and inserts the others. A retry of the same batch
through another app process (nginx may send it elsewhere after a dropped connection) waits
for the first one to commit and then finds its events stored. On SQLite the transaction's
write lock (BEGIN IMMEDIATE) already serialises every push.

Round trips per push on PostgreSQL, whatever its size: two. The lock, then one statement
that reads the batch's stored seqs and inserts the others (`WITH stored AS (SELECT …),
inserted AS (INSERT … SELECT FROM unnest(arrays) … RETURNING seq)`). They cannot be one:
a statement's snapshot is taken before it runs, so it would not see what the transaction it
waited for on the lock had committed. On SQLite: a read, then an executemany INSERT.
"""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.engine import Connection

from sync import protocol as P
from sync.server import db as D
from sync.server.db_events import month_key

#: Class half of the (class, device) advisory lock key; the other half is hashtext(device id).
#: Two-key advisory locks never collide with the single-key ones of db.py. Two devices whose
#: ids hash alike only wait for each other.
DEVICE_PUSH_LOCK_CLASS = 0x4D414B56

# A batch's seqs are read back with one range scan when they are about contiguous (the
# outbox sends them so); a scattered batch is read seq by seq instead of scanning the gaps.
_RANGE_SLACK = 4
_IN_CHUNK = 500

# PostgreSQL: the batch's stored seqs and the insert of the others, in one statement whose
# seven arrays are sent in binary (%(name)b): psycopg escapes a text-format array element by
# element with a regex, which cost more than PostgreSQL's whole insert (17 ms against 3 ms
# for 500 payloads). Rows come back as (seq, stored hash) for the events stored before and
# (seq, NULL) for those inserted now.
_STORE_NEW = (
    "WITH batch AS (SELECT * FROM unnest(%(seqs)b::bigint[], %(event_ids)b::text[], %(types)b::text[], "
    "%(occurred_ats)b::text[], %(payloads)b::text[], %(hashes)b::text[], %(months)b::integer[]) "
    "AS u(seq, event_id, type, occurred_at, payload, hash, occurred_month)), "
    "stored AS (SELECT e.seq, e.hash FROM events e WHERE e.device_id = %(device_id)s "
    "AND e.seq BETWEEN %(lo)s AND %(hi)s AND e.seq = ANY(%(seqs)b::bigint[])), "
    "inserted AS (INSERT INTO events (device_id, seq, event_id, type, occurred_at, payload, hash, office_code, "
    "batch_id, received_at, occurred_month) "
    "SELECT %(device_id)s, b.seq, b.event_id, b.type, b.occurred_at, b.payload, b.hash, %(office_code)s, "
    "%(batch_id)s, %(received_at)s, b.occurred_month FROM batch b WHERE b.seq NOT IN (SELECT seq FROM stored) "
    "RETURNING seq) "
    "SELECT seq, hash FROM stored UNION ALL SELECT seq, NULL FROM inserted")


_LOCK_DEVICE = "SELECT pg_advisory_xact_lock(%(cls)s, hashtext(%(device)s))"


def lock_device(conn: Connection, device_id: str) -> None:
    """Hold the device's push lock until this transaction ends (PostgreSQL; SQLite is locked already)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(_LOCK_DEVICE, {"cls": DEVICE_PUSH_LOCK_CLASS, "device": device_id})


def stored_hashes(conn: Connection, device_id: str, seqs: Sequence[int]) -> dict[int, str]:
    """seq → hash of those of `seqs` (sorted) this device has stored already (SQLite; on
    PostgreSQL `_STORE_NEW` reads them in the statement that inserts)."""
    if not seqs:
        return {}
    e = D.events.c
    lo, hi = seqs[0], seqs[-1]
    if hi - lo + 1 <= _RANGE_SLACK * len(seqs):
        wanted = set(seqs)
        rows = conn.execute(select(e.seq, e.hash).where(e.device_id == device_id, e.seq.between(lo, hi)))
        return {seq: hash_ for seq, hash_ in rows if seq in wanted}
    found: dict[int, str] = {}
    for i in range(0, len(seqs), _IN_CHUNK):
        found.update(conn.execute(select(e.seq, e.hash).where(
            e.device_id == device_id, e.seq.in_(seqs[i:i + _IN_CHUNK]))).tuples())
    return found


def store_new_events(conn: Connection, device_id: str, office_code: str, batch_id: str, received_at: str,
                     events: Sequence[P.Event]) -> tuple[set[int], dict[int, str]]:
    """Insert those of `events` (sorted by seq, seqs distinct) not stored yet.

    Returns (the seqs inserted now, seq → stored hash of those stored before): an event of
    the second kind is a duplicate when its hash is the stored one, else a conflict.
    """
    lock_device(conn, device_id)
    if conn.dialect.name == "postgresql":
        rows = conn.exec_driver_sql(_STORE_NEW, {
            "device_id": device_id, "office_code": office_code, "batch_id": batch_id, "received_at": received_at,
            "lo": events[0].seq, "hi": events[-1].seq,
            "seqs": [ev.seq for ev in events], "event_ids": [ev.id for ev in events],
            "types": [ev.type for ev in events], "occurred_ats": [ev.occurred_at for ev in events],
            "payloads": [ev.payload_json for ev in events], "hashes": [ev.hash for ev in events],
            "months": [month_key(ev.occurred_at) for ev in events]}).all()
        before = {seq: hash_ for seq, hash_ in rows if hash_ is not None}
        inserted = {seq for seq, hash_ in rows if hash_ is None}
    else:
        before = stored_hashes(conn, device_id, [ev.seq for ev in events])
        new = [ev for ev in events if ev.seq not in before]
        if new:
            conn.execute(D.events.insert(), [
                {"device_id": device_id, "seq": ev.seq, "event_id": ev.id, "type": ev.type,
                 "occurred_at": ev.occurred_at, "payload": ev.payload_json, "hash": ev.hash,
                 "office_code": office_code, "batch_id": batch_id, "received_at": received_at,
                 "occurred_month": month_key(ev.occurred_at)} for ev in new])
        inserted = {ev.seq for ev in new}
    if len(inserted) + len(before) != len(events):  # the lock makes this impossible: say so loudly if not
        raise RuntimeError(f"device {device_id}: {len(events)} events, {len(inserted)} inserted and "
                           f"{len(before)} found stored")
    return inserted, before


__all__ = ["DEVICE_PUSH_LOCK_CLASS", "lock_device", "store_new_events", "stored_hashes"]
