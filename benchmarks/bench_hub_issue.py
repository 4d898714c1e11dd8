"""hub_issue_*: ticket issue over the LAN API, the hub in its own process.

The headless hub (`python -m kiosk.hub serve`, as an office runs it) starts on a fresh
database; 1, 2 and then 4 paired kiosks, each its own process with one keep-alive HTTP
connection on loopback, issue tickets as fast as the answers come back (each with its
own request_id, as the kiosk sends them). The hub's CPU is read from /proc/<pid>/stat
around the burst, so the clients' own CPU is not counted in `hub_cpu_ms_per_ticket`.

`hub_commit_floor_ms` is what one durable commit costs on this disk with the hub's own
pragmas (WAL, synchronous=FULL): a bare transaction inserting one row in a fresh file.
No request can be answered faster than the commit that makes its ticket durable.

After each run the database is checked: as many tickets as answers, and each service's
numbers unique and gap-free (1..n). The machine is shared: the load average is a figure.
"""
from __future__ import annotations

import http.client
import json
import multiprocessing
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from pathlib import Path

from benchmarks.common import Figure, at_least, at_most, median, percentile
from benchmarks.proc_stats import process_cpu_s
from kiosk.hub.pairing import Pairing

REPO = Path(__file__).resolve().parents[1]
API = "/lan/v1"
CLIENT_COUNTS = (1, 2, 4)


def commit_floor_ms(folder: Path, commits: int = 200) -> float:
    """The median ms of one durable one-row transaction with the hub's pragmas, in a fresh file."""
    conn = sqlite3.connect(folder / "floor.sqlite3", isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
        samples = []
        for i in range(commits):
            began = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO t (v) VALUES (?)", (f"row {i}",))
            conn.execute("COMMIT")
            samples.append((time.perf_counter() - began) * 1000)
    finally:
        conn.close()
    return median(samples)


class Hub:
    """The headless hub in its own process, on a fresh data folder."""

    def __init__(self, folder: Path):
        self.folder = folder
        with socket_free() as port:
            self.port = port
        config = folder / "maktab.toml"
        config.write_text(f'[office]\ncode = "BENCH"\n[hub]\nhost = "127.0.0.1"\nport = {self.port}\n',
                          encoding="utf-8")
        self.database = folder / "office.sqlite3"
        self._command = [sys.executable, "-m", "kiosk.hub", "--config", str(config), "--data-dir", str(folder),
                         "serve", "--no-code"]
        self.process: subprocess.Popen | None = None

    def kiosk_tokens(self, count: int) -> list[str]:
        """`count` kiosks paired with this hub (before it starts, as a technician would have)."""
        pairing = Pairing.open(self.database)
        try:
            return [pairing.pair(pairing.new_pairing_code().code, f"Borne {i + 1}", "kiosk")[1]
                    for i in range(count)]
        finally:
            pairing.close()

    def start(self) -> Hub:
        with (self.folder / "hub.log").open("ab") as log:
            self.process = subprocess.Popen(self._command, cwd=REPO, stdout=log, stderr=log)
        deadline = time.monotonic() + 30
        while True:
            assert self.process.poll() is None, (self.folder / "hub.log").read_text(errors="replace")
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=1)
                conn.request("GET", f"{API}/health")
                if conn.getresponse().status == 200:
                    conn.close()
                    return self
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the hub did not start: see " + str(self.folder / "hub.log"))
            time.sleep(0.05)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(15)


class socket_free:
    """A free loopback port (closed again before the hub binds it)."""

    def __enter__(self) -> int:
        import socket

        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        port: int = self._sock.getsockname()[1]
        return port

    def __exit__(self, *exc) -> None:
        self._sock.close()


def _post(conn: http.client.HTTPConnection, token: str, body: dict) -> dict:
    conn.request("POST", f"{API}/tickets", body=json.dumps(body),
                 headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    response = conn.getresponse()
    data = json.loads(response.read())
    if response.status != 200:
        raise RuntimeError(f"the hub refused a ticket: {response.status} {data}")
    return data


def kiosk(port: int, token: str, services: list[str], tickets: int, start_at: float, client: int
          ) -> tuple[list[float], list[tuple[str, str, int]], float]:
    """One kiosk: `tickets` issues back to back on one keep-alive connection, from `start_at`.

    Returns the latencies (ms), (ticket id, service, number) of every answer, and when it ended."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    warm = _post(conn, token, {"service_code": services[0], "request_id": f"warm-{client}"})["ticket"]
    latencies: list[float] = []
    answered = [(warm["id"], warm["service_code"], warm["number"])]  # connected, the route warmed
    while time.time() < start_at:
        time.sleep(0.001)
    for i in range(tickets):
        began = time.perf_counter()
        data = _post(conn, token, {"service_code": services[(i + client) % len(services)], "language": "fr",
                                   "request_id": str(uuid.uuid4())})
        latencies.append((time.perf_counter() - began) * 1000)
        ticket = data["ticket"]
        answered.append((ticket["id"], ticket["service_code"], ticket["number"]))
    conn.close()
    return latencies, answered, time.time()


def check_database(database: Path, answered: list[tuple[str, str, int]]) -> None:
    """As many tickets as answers; each service's numbers unique and gap-free; every answer in it."""
    conn = sqlite3.connect(database)
    try:
        rows = conn.execute("SELECT id, service_code, number FROM tickets").fetchall()
    finally:
        conn.close()
    assert len(rows) == len(answered), f"{len(rows)} tickets for {len(answered)} answers"
    assert {r[0] for r in rows} == {a[0] for a in answered}, "the answered tickets are not the stored ones"
    numbers: dict[str, list[int]] = defaultdict(list)
    for _, service, number in rows:
        numbers[service].append(number)
    for service, issued in numbers.items():
        assert sorted(issued) == list(range(1, len(issued) + 1)), f"service {service}: numbers not 1..n"


def run_clients(clients: int, tickets: int, workdir: Path) -> dict[str, float]:
    """One run on a fresh hub: throughput, latencies and the hub's CPU per ticket."""
    folder = workdir / f"{clients}-clients"
    folder.mkdir()
    hub = Hub(folder)
    tokens = hub.kiosk_tokens(clients)
    hub.start()
    try:
        conn = http.client.HTTPConnection("127.0.0.1", hub.port, timeout=10)
        conn.request("GET", f"{API}/catalogue", headers={"Authorization": f"Bearer {tokens[0]}"})
        services = [s["code"] for s in json.loads(conn.getresponse().read())["services"] if s["active"]]
        conn.close()
        assert hub.process is not None
        per_client = tickets // clients
        start_at = time.time() + 1.0  # every kiosk connected and warmed by then
        context = multiprocessing.get_context("fork")
        with context.Pool(clients) as pool:
            pending = [pool.apply_async(kiosk, (hub.port, tokens[i], services, per_client, start_at, i))
                       for i in range(clients)]
            while time.time() < start_at:
                time.sleep(0.0005)
            cpu_before = process_cpu_s(hub.process.pid)
            results = [p.get(600) for p in pending]
            cpu_after = process_cpu_s(hub.process.pid)
        ended = max(r[2] for r in results)
        hub.stop()
        answered = [a for r in results for a in r[1]]
        check_database(hub.database, answered)
        latencies = [ms for r in results for ms in r[0]]
        issued = per_client * clients
        return {"per_s": issued / (ended - start_at), "p50": percentile(latencies, 50),
                "p99": percentile(latencies, 99), "cpu_ms": (cpu_after - cpu_before) * 1000 / issued}
    finally:
        hub.stop()


def run(quick: bool) -> list[Figure]:
    tickets = 400 if quick else 2000
    workdir = Path(tempfile.mkdtemp(prefix="maktab-bench-hub-issue-"))
    try:
        load = os.getloadavg()[0]  # before the runs: what the other programs on this machine add
        floor = commit_floor_ms(workdir)
        runs = {n: run_clients(n, tickets, workdir) for n in CLIENT_COUNTS}
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return [
        Figure("hub_issue_tickets_per_s_1_client", runs[1]["per_s"], "tickets/s"),
        at_least("hub_issue_tickets_per_s_2_clients", runs[2]["per_s"], "tickets/s", 1000),
        Figure("hub_issue_tickets_per_s_4_clients", runs[4]["per_s"], "tickets/s"),
        at_most("hub_issue_p50_ms_2_clients", runs[2]["p50"], "ms", 2.5),
        Figure("hub_issue_p99_ms_2_clients", runs[2]["p99"], "ms"),
        at_most("hub_cpu_ms_per_ticket", runs[2]["cpu_ms"], "ms", 0.8),
        Figure("hub_cpu_ms_per_ticket_1_client", runs[1]["cpu_ms"], "ms"),
        Figure("hub_cpu_ms_per_ticket_4_clients", runs[4]["cpu_ms"], "ms"),
        Figure("hub_commit_floor_ms", floor, "ms"),
        Figure("hub_issue_load_average", load, ""),
    ]
