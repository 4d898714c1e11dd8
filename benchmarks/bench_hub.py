"""hub_calls_per_s: desk call-next throughput of the hub over loopback HTTP.

Four desk clients (`RemoteOffice`, each its own paired device, clerk and counter) call
next and finish in a loop, in threads, on a pre-filled queue; every call and every
finish is a durable commit with its outbox event and audit entry on the hub. The
figure counts call-next answers per second (each loop turn also sends a finish).
"""
from __future__ import annotations

import shutil
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.common import Figure, percentile
from kiosk.hub.connect import pair
from kiosk.hub.running import HubServer
from kiosk.office import Office, OfficeInfo

DESKS = 4
PINS = ("4829", "7316", "5170", "6042")


def run(quick: bool) -> list[Figure]:
    tickets = 600 if quick else 3000
    workdir = Path(tempfile.mkdtemp(prefix="maktab-bench-hub-"))
    office = Office.open_path(workdir / "office.sqlite3", OfficeInfo("Bench", "BENCH", "Africa/Algiers"))
    hub = HubServer(office, "127.0.0.1", 0).start()
    desks = []
    try:
        codes = [s.code for s in office.services()]
        for i in range(tickets):
            office.issue_ticket(codes[i % len(codes)])
        tokens = []
        for i in range(DESKS):
            office.add_staff(f"clerk{i + 1}", "clerk", PINS[i])
            desk = pair(hub.url, hub.pairing.new_pairing_code().code, f"Guichet {i + 1}", "desk",
                        workdir / f"desk{i + 1}")
            token = desk.login(f"clerk{i + 1}", PINS[i]).token
            desk.open_counter(token, str(i + 1), codes)
            desks.append(desk)
            tokens.append(token)
        latencies: list[list[float]] = [[] for _ in range(DESKS)]
        barrier = threading.Barrier(DESKS + 1)

        def work(i: int) -> None:
            desk, token, counter = desks[i], tokens[i], str(i + 1)
            barrier.wait()
            while True:
                began = time.perf_counter()
                ticket = desk.call_next(token, counter)
                latencies[i].append((time.perf_counter() - began) * 1000)
                if ticket is None:
                    return
                desk.finish(token, ticket.id)

        threads = [threading.Thread(target=work, args=(i,)) for i in range(DESKS)]
        for thread in threads:
            thread.start()
        barrier.wait()
        began = time.perf_counter()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - began
        calls = sum(len(samples) for samples in latencies)
        (called,) = office._db.execute("SELECT count(*) FROM tickets WHERE status = 'done'").fetchone()
        assert called == tickets, f"{called} of {tickets} tickets served"  # a benchmark of a broken hub means nothing
        every = [ms for samples in latencies for ms in samples]
    finally:
        for desk in desks:
            desk.close()
        hub.stop()
        office.close()
        shutil.rmtree(workdir, ignore_errors=True)
    return [
        Figure("hub_calls_per_s", calls / elapsed, "calls/s"),
        Figure("hub_call_next_p50_ms", percentile(every, 50), "ms"),
        Figure("hub_call_next_p95_ms", percentile(every, 95), "ms"),
    ]
