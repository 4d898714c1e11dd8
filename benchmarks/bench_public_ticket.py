"""The live ticket page and the snapshots that feed it (issue [4/7]).

  snapshot_bytes_per_office_hour   ≤ 200,000: a busy office's day (600 tickets, the kiosk's own
                                   simulation through the `Office` facade: arrivals with a morning
                                   peak, four clerks calling, serving, recalling) with the real
                                   snapshot builder (kiosk/live_snapshot.py) and the real sender
                                   (sync/snapshot_sender.py) on the simulation's clock, posting to a
                                   real server on loopback; the busiest hour's bytes on the wire
                                   (requests and answers, headers included)
  snapshot_sends_peak_hour         how many snapshots that hour took
  public_page_bytes                ≤ 30,000: the larger first visit of /t/{token} and of an answered
                                   /c/{code} (public_page_bytes_ticket, _concern): the page, app.css,
                                   public.css and ticket.js as transferred (gzip), headers included
  public_page_p95_ms               ≤ 50: `maktab-server serve` (one worker, as production's
                                   default) on PostgreSQL, 200 concurrent phones on loopback: 150
                                   each opening its ticket's page then polling its live part, ten
                                   times faster than the page does (every 1 s instead of 10 s),
                                   while the office's queue moves as often (a new snapshot every
                                   second); 50 reloading their answered concern's page /c/{code}
                                   every second; p95 of all the request times (~200 requests a
                                   second); public_page_concern_p95_ms: the concern pages' alone
  public_page_p50_ms, public_page_requests_per_s

Runs in the benchmark's main thread; the phones are asyncio connections (plain HTTP/1.1
keep-alive, the standard library's streams: no client library's overhead in the figure).
Skips the page figures with a note when PostgreSQL cannot be reached ($MAKTAB_TEST_PG_URL).
"""
from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import secrets
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

from benchmarks.common import Figure, at_most, median, percentile

PG_URL = os.environ.get("MAKTAB_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
DB_NAME = "maktab_bench_public"
PHONES = 200
CONCERN_PHONES = 50  # of the 200: following a concern; the others follow a ticket
POLL_EVERY_S = 1.0
OFFICE_TICKETS = 600


# ---------------------------------------------------------------------------- snapshots


def snapshot_figures(tickets: int = OFFICE_TICKETS) -> list[Figure]:
    from benchmarks.common import BENCH_OFFICE
    from kiosk.domain.clock import FixedClock
    from kiosk.live_snapshot import QUEUE_EVENT_PREFIXES, snapshot_source
    from kiosk.office import Office
    from kiosk.simulation import simulate
    from sync.client import SyncClient
    from sync.snapshot_sender import SnapshotSender
    from sync.state import SyncState

    with contextlib.ExitStack() as stack:
        folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="maktab-bench-snap-"))
        from tests.web.live_server import running_server

        # The snapshot count does not depend on how the server runs: the browser tests' own starter.
        server = stack.enter_context(running_server(f"sqlite:///{Path(folder) / 'central.sqlite3'}",
                                                    Path(folder) / "server.log"))
        base, store = server.base_url, server.store
        # The office's day ends at closing time (16:30 in Algiers): the simulation runs it all.
        clock = FixedClock(dt.datetime(2026, 9, 7, 15, 30, tzinfo=dt.UTC))
        office = Office.open_path(Path(folder) / "office.sqlite3", BENCH_OFFICE, clock)
        store.add_office(BENCH_OFFICE.code, BENCH_OFFICE.name)
        code, _ = store.new_enroll_code(BENCH_OFFICE.code)
        state = SyncState.load(Path(folder) / "data")
        SyncClient.enroll(state, base, code, "hub")

        def seconds() -> float:
            return clock.now().timestamp()

        sender = SnapshotSender(lambda: state, snapshot_source(office), clock=seconds)
        per_hour: dict[int, list[int]] = defaultdict(lambda: [0, 0])  # hour → [bytes, sends]
        next_look = [None]  # when the sender asked to look again (simulated seconds)

        def look() -> None:
            before_bytes, before_sent = sender.wire_bytes, sender.sent
            delay = sender.tick()
            hour = clock.now().astimezone(office.zone).hour
            per_hour[hour][0] += sender.wire_bytes - before_bytes
            per_hour[hour][1] += sender.sent - before_sent
            next_look[0] = None if delay is None else seconds() + delay

        def on_event(event) -> None:
            if next_look[0] is None and event.kind != "ticket.issued":
                return  # the simulated clerks open their counters at the end of the day's clock, then it starts over
            # The looks the sender's thread would have made since the last event (keep-alives, the
            # end of a 10 s interval) see the office as it is now; then the change itself wakes it.
            now = clock.now()
            while next_look[0] is not None and next_look[0] < now.timestamp():
                clock.set(dt.datetime.fromtimestamp(next_look[0], dt.UTC))
                look()
                clock.set(now)
            if event.kind.startswith(QUEUE_EVENT_PREFIXES):
                look()

        office.subscribe(on_event)
        simulate(office, tickets_per_day=tickets, days=1, include_today=True, seed=12)
        office.close()
    busiest = max(per_hour, key=lambda h: per_hour[h][0])
    peak_bytes, peak_sends = per_hour[busiest]
    print(f"  snapshots: {sender.sent} sent over the day, {sender.wire_bytes} bytes on the wire; busiest hour "
          f"{busiest}:00 with {peak_sends} snapshots", file=sys.stderr)
    return [at_most("snapshot_bytes_per_office_hour", peak_bytes, "bytes", 200_000),
            Figure("snapshot_sends_peak_hour", peak_sends, "snapshots")]


# ---------------------------------------------------------------------------- the page under load


def _fresh_pg_database() -> str | None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine.url import make_url

    admin_url = make_url(PG_URL)
    try:
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{DB_NAME}"'))
        admin.dispose()
    except Exception as exc:
        print(f"  public page figures skipped: PostgreSQL not reachable ({type(exc).__name__})", file=sys.stderr)
        return None
    return admin_url.set(database=DB_NAME).render_as_string(hide_password=False)


class BusyOffice:
    """An office with `count` followable tickets (issued through a push, as offices do) whose
    queue moves: `advance()` sends the next snapshot (one more citizen called)."""

    def __init__(self, db_url: str, count: int):
        from sync import protocol as P
        from sync.server.store import ServerStore

        self.store = ServerStore(db_url)
        self.store.add_office("BENCH-T", "Bench tickets")
        code, _ = self.store.new_enroll_code("BENCH-T")
        device = self.store.device_for_token(self.store.enroll(code, "hub").token)
        assert device is not None
        self.device = device
        now = P.utc_now()
        self.day = now.date().isoformat()
        self.tokens = [secrets.token_urlsafe(12) for _ in range(count)]  # as the QR codes carry them
        self.labels = [f"A-{n:03d}" for n in range(1, count + 1)]
        events = [P.Event.create(n, f"ev-{n}", "ticket.issued", P.format_time(now), {
            "ticket_id": f"t-{n}", "service_code": "EC-N12", "queue_service": "EC-N12", "number": n,
            "label": label, "business_date": self.day, "issued_at": P.format_time(now), "public_token": token})
            for n, (label, token) in enumerate(zip(self.labels, self.tokens, strict=True), start=1)]
        self.store.store_batch(device, P.parse_push_request(P.make_push_request(device.id, "b-bench", events)))
        self.called = 0
        self.advance()
        self.concern_codes = self._answered_concerns(CONCERN_PHONES, now)

    def _answered_concerns(self, count: int, now) -> list[str]:
        """`count` concerns registered at the kiosk (a push) and answered, as citizens open them."""
        import random

        from sync import protocol as P
        from sync.protocol.tracking_codes import new_tracking_code
        from sync.server.staff import COMMAND_LINE

        draw = random.Random(4)
        codes = [new_tracking_code("BENCH", draw).text for _ in range(count)]
        at = P.format_time(now - dt.timedelta(days=3))
        events = [P.Event.create(len(self.labels) + n, f"ev-c{n}", P.CONCERN_REGISTERED, at, {
            "concern_id": f"c-{n}", "code": code, "category": "roads", "text": "Un trou devant l'école",
            "language": "ar", "registered_at": at, "status": "received", "office_code": "BENCH-T"})
            for n, code in enumerate(codes, start=1)]
        self.store.store_batch(self.device, P.parse_push_request(
            P.make_push_request(self.device.id, "b-bench-concerns", events)))
        for code in codes:
            self.store.concerns.answer(COMMAND_LINE, "BENCH-T", code, "أصلحت الطريق يوم الأحد، شكرا على تنبيهكم.")
        return codes

    def advance(self) -> None:
        from sync import protocol as P

        called = self.labels[self.called:self.called + 4]  # four counters
        self.store.live.save_snapshot(self.device, P.parse_snapshot({
            "protocol": 1, "device_id": self.device.id, "taken_at": P.utc_now_iso(), "day": self.day,
            "queues": {"EC-N12": {"waiting": self.labels[self.called + 4:], "minutes": 6.0, "counters": 4}},
            "called": [{"label": label, "counter": str(i + 1)} for i, label in enumerate(called)]}))
        self.called += 1

    def keep_moving(self, every_s: float, stop: threading.Event) -> None:
        while not stop.wait(every_s):
            self.advance()


async def _get(reader, writer, path: str, port: int) -> tuple[int, int]:
    """One keep-alive GET; (status, bytes received)."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept-Encoding: gzip\r\n"
                 "Accept-Language: ar\r\n\r\n".encode("ascii"))
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    body = await reader.readexactly(length) if length else b""
    return status, len(head) + len(body)


async def _phone(port: int, paths: list[str], rounds: int, samples: list[float], start: asyncio.Event) -> None:
    """One phone: its first address once, then the second one every POLL_EVERY_S."""
    await start.wait()
    await asyncio.sleep(secrets.randbelow(1000) / 1000 * POLL_EVERY_S)  # phones do not poll in step
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for n in range(rounds):
            path = paths[min(n, len(paths) - 1)]
            began = time.perf_counter()
            status, _ = await _get(reader, writer, path, port)
            samples.append((time.perf_counter() - began) * 1000)
            if status != 200:
                raise RuntimeError(f"GET {path} answered {status}")
            await asyncio.sleep(POLL_EVERY_S)
    finally:
        writer.close()


async def _load(port: int, phones: list[list[str]], rounds: int) -> tuple[list[list[float]], float]:
    """Every phone at once; each phone's request times, and the requests per second."""
    samples: list[list[float]] = [[] for _ in phones]
    start = asyncio.Event()
    tasks = [asyncio.create_task(_phone(port, paths, rounds, mine, start)) for paths, mine in zip(phones, samples)]
    began = time.perf_counter()
    start.set()
    await asyncio.gather(*tasks)
    return samples, sum(map(len, samples)) / (time.perf_counter() - began)


def _ticket_phone(token: str) -> list[str]:
    return [f"/t/{token}", f"/t/{token}/live?lang=ar"]


def _concern_phone(code: str) -> list[str]:
    return [f"/c/{code}"]


def first_visit_bytes(base_url: str, path: str) -> int:
    """The page and what it loads (fonts aside, which a browser keeps), as transferred with gzip."""
    import re

    import requests

    def transferred(url: str) -> tuple[int, str]:
        r = requests.get(url, headers={"Accept-Encoding": "gzip"}, stream=True, timeout=30)
        raw = r.raw.read(decode_content=False)
        head = len(f"HTTP/1.1 {r.status_code} OK\r\n") + sum(len(k) + len(v) + 4 for k, v in r.headers.items())
        text = ""
        if "text/html" in r.headers.get("content-type", ""):
            import gzip

            text = (gzip.decompress(raw) if r.headers.get("content-encoding") == "gzip" else raw).decode("utf-8")
        return head + len(raw), text

    total, html = transferred(base_url + path)
    for asset in re.findall(r'(?:href|src)="(/static/[^"]+\.(?:css|js))"', html):
        total += transferred(base_url + asset)[0]
    return total


def page_figures(quick: bool) -> list[Figure]:
    from benchmarks.web_pages import served

    db_url = _fresh_pg_database()
    if db_url is None:
        return []
    from sync.server.db import make_engine, migrate

    engine = make_engine(db_url)
    migrate(engine)
    engine.dispose()
    office = BusyOffice(db_url, PHONES - CONCERN_PHONES)
    tokens = office.tokens
    phones = [*map(_ticket_phone, tokens), *map(_concern_phone, office.concern_codes)]
    rounds = 6 if quick else 20
    stop = threading.Event()
    # The queue moves as often as the phones poll (both ten times the real rate), so about
    # every poll finds a new state to render, as a real phone's every-10-s poll mostly does.
    mover = threading.Thread(target=office.keep_moving, args=(POLL_EVERY_S, stop), daemon=True)
    try:
        with served(db_url) as base_url:
            port = int(base_url.rsplit(":", 1)[1])
            page_bytes = first_visit_bytes(base_url, f"/t/{tokens[0]}")
            concern_bytes = first_visit_bytes(base_url, f"/c/{office.concern_codes[0]}")
            asyncio.run(_load(port, phones[:10] + phones[-10:], 2))  # warm: templates compiled, the pool filled
            mover.start()
            per_phone, rate = asyncio.run(_load(port, phones, rounds))
    finally:
        stop.set()
        if mover.is_alive():
            mover.join(10)
        office.store.close()
    samples = [ms for mine in per_phone for ms in mine]
    concern_samples = [ms for mine in per_phone[len(tokens):] for ms in mine]
    return [at_most("public_page_p95_ms", percentile(samples, 95), "ms", 50),
            Figure("public_page_p50_ms", median(samples), "ms"),
            Figure("public_page_concern_p95_ms", percentile(concern_samples, 95), "ms"),
            Figure("public_page_requests_per_s", rate, "req/s"),
            at_most("public_page_bytes", max(page_bytes, concern_bytes), "bytes", 30_000),
            Figure("public_page_bytes_ticket", page_bytes, "bytes"),
            Figure("public_page_bytes_concern", concern_bytes, "bytes")]


def run(quick: bool = False) -> list[Figure]:
    return [*snapshot_figures(), *page_figures(quick)]


__all__ = ["run"]
