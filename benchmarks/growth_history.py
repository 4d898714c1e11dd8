"""Years of an office's history, written straight into SQLite for the growth benchmark.

The day simulator (kiosk/simulation.py) goes through the office's own code and makes
about 2,000 tickets a second: hours for 10,000,000. This writes the same rows in bulk,
in one transaction on a schema made by the real migrations (`Office.open_path`), with
what a real history holds after sync and retention:

- tickets: `per_day` a day over the days before `today`, spread over the catalogue's
  services, each issued, called, served and finished (3 % absent), with its public token;
- outbox: per ticket its `ticket.issued` and `ticket.finished` events (the two the day
  simulator writes), `acked` after sync; nothing deletes acked events, so all stay;
- audit: one entry per ticket (the clerk's finish), hash-chained as `append_audit` does.

Request answers (kept a day) and line calls (kept for the day) hold nothing of past days.
With `pending=True` the events are left pending: an office whose link was down (a backlog).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import secrets
import sqlite3
from pathlib import Path

from kiosk.domain.clock import FixedClock
from kiosk.domain.tickets import format_label
from kiosk.office import Office, OfficeInfo
from kiosk.store.staff import GENESIS

DAY_START_UTC_S = 7 * 3600  # 08:00 in Algiers
OPEN_S = 9 * 3600


def _iso(day: str, seconds: float) -> str:
    """`to_iso` of a time of a UTC day, without building datetimes (millions of them)."""
    ms = int(seconds * 1000)
    s, ms = divmod(ms, 1000)
    m, s = divmod(s, 60)
    h, m = divmod(m, 60)
    return f"{day}T{h:02d}:{m:02d}:{s:02d}.{ms:03d}Z"


def _uuid7(epoch_ms: int, counter: int, rng: random.Random) -> str:
    """A UUIDv7 of that millisecond (as `kiosk.domain.ids.uuid7` makes, but in the past)."""
    h = f"{epoch_ms:012x}7{counter & 0xFFF:03x}{rng.getrandbits(62) | (1 << 63):016x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def build_history(path: Path, info: OfficeInfo, today: dt.datetime, past_tickets: int, *,
                  per_day: int = 1000, pending: bool = False, seed: int = 5) -> int:
    """Write `past_tickets` tickets (and their events and audit) over the days before `today`
    into a new office database at `path`; returns how many outbox events it holds."""
    office = Office.open_path(path, info, FixedClock(today))
    services = [(s.code, s.prefix) for s in office.services()]
    office.close()
    rng = random.Random(seed)
    days = -(-past_tickets // per_day)
    first = today.date() - dt.timedelta(days=days)
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")  # a new file: nothing to roll back to
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -400000")
    conn.execute("BEGIN")
    state = "pending" if pending else "acked"
    prev_hash, made, events = GENESIS, 0, 0
    for d in range(days):
        date = first + dt.timedelta(days=d)
        day = date.isoformat()
        epoch_s = int(dt.datetime.combine(date, dt.time(0), dt.UTC).timestamp())
        count = min(per_day, past_tickets - made)
        numbers = dict.fromkeys((code for code, _ in services), 0)
        tickets, outbox, audit = [], [], []
        for i in range(count):
            code, prefix = services[rng.randrange(len(services))]
            numbers[code] += 1
            number = numbers[code]
            issued_s = DAY_START_UTC_S + i * OPEN_S / count
            called_s = issued_s + rng.uniform(60, 1800)
            started_s, finished_s = called_s + 30, called_s + 30 + rng.uniform(120, 900)
            issued, called = _iso(day, issued_s), _iso(day, called_s)
            started, finished = _iso(day, started_s), _iso(day, finished_s)
            ms = (epoch_s + int(issued_s)) * 1000 + i % 1000
            ticket_id = _uuid7(ms, i, rng)
            label = format_label(prefix, number)
            absent = rng.random() < 0.03
            status = "no_show" if absent else "done"
            counter = str(1 + rng.randrange(4))
            priority = "none" if rng.random() < 0.9 else "elderly"
            token = secrets.token_urlsafe(12)
            tickets.append((ticket_id, code, code, day, number, label, priority, status, "ar", issued, issued, called,
                            None if absent else started, None if absent else finished, counter,
                            f"clerk{counter}", token))
            # The payloads as `ticket_payload` and the simulator write them (plain ASCII: no json.dumps
            # needed, which would be a third of the time here).
            issued_event = (f'{{"business_date":"{day}","called_at":null,"clerk":null,"counter":null,'
                            f'"issued_at":"{issued}","label":"{label}","language":"ar","number":{number},'
                            f'"office_code":"{info.code}","priority":"{priority}","public_token":"{token}",'
                            f'"queue_service":"{code}","service_code":"{code}","status":"waiting",'
                            f'"ticket_id":"{ticket_id}"}}')
            finished_event = (f'{{"at":"{finished}","counter":"{counter}","office_code":"{info.code}",'
                              f'"ticket_id":"{ticket_id}"}}')
            outbox.append((_uuid7(ms, i, rng), "ticket.issued", issued, issued_event, state,
                           None if pending else finished))
            outbox.append((_uuid7(ms + 1, i, rng), "ticket.no_show" if absent else "ticket.finished", finished,
                           finished_event, state, None if pending else finished))
            data = f'{{"at":"{finished}","by":"clerk{counter}","ticket_id":"{ticket_id}"}}'
            body = (f'["{finished}","staff-{counter}","clerk{counter}","ticket.finished",{data}]')
            digest = hashlib.sha256((prev_hash + body).encode()).hexdigest()
            audit.append((finished, f"staff-{counter}", f"clerk{counter}", "ticket.finished", data, prev_hash, digest))
            prev_hash = digest
        conn.executemany(
            "INSERT INTO tickets (id, service_code, queue_service, business_date, number, label, priority, status,"
            " language, issued_at, queued_at, called_at, started_at, finished_at, counter, clerk, public_token)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", tickets)
        conn.executemany("INSERT INTO outbox (event_id, type, occurred_at, payload, state, acked_at)"
                         " VALUES (?, ?, ?, ?, ?, ?)", outbox)
        conn.executemany("INSERT INTO audit (at, staff_id, staff_name, action, data, prev_hash, hash)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?)", audit)
        made += count
        events += len(outbox)
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode = WAL")  # as the office keeps it
    conn.close()
    # Written without a sync: flush it now, or the first commit measured would wait for
    # gigabytes to reach the disk (its fsync takes the whole file's dirty pages along).
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return events
