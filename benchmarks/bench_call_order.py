"""call_next_ms / waiting_list_ms / issue_ms under "one priority ticket after N regular ones".

A busy morning: every service at `priority_after = 3`, 5,000 tickets waiting (one in seven
a priority ticket; 1,500 with --quick) across the catalogue's lines, then a counter serving
three lines calls and finishes 300 citizens (150 with --quick). The rule reads the day's calls and the heads
of each line (kiosk/office/desk.py); strict priority (N = 0) keeps its one-query order.
"""
from __future__ import annotations

import dataclasses
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.common import BENCH_OFFICE, BENCH_START, Figure, at_most, percentile
from kiosk.domain.catalogue import load_catalogue
from kiosk.domain.clock import FixedClock
from kiosk.domain.tickets import Priority
from kiosk.office import Office


def run(quick: bool) -> list[Figure]:
    catalogue = load_catalogue()
    catalogue = dataclasses.replace(catalogue, services=tuple(dataclasses.replace(s, priority_after=3)
                                                              for s in catalogue.services))
    workdir = Path(tempfile.mkdtemp(prefix="maktab-bench-"))
    clock = FixedClock(BENCH_START)
    office = Office.open_path(workdir / "office.sqlite3", BENCH_OFFICE, clock, catalogue, pin_hash_cost="test")
    try:
        codes = [s.code for s in office.services()]
        issued = []
        for i in range(1500 if quick else 5000):
            clock.advance(seconds=2)
            began = time.perf_counter()
            office.issue_ticket(codes[i % len(codes)], Priority.ELDERLY if i % 7 == 0 else Priority.NONE)
            issued.append((time.perf_counter() - began) * 1000)
        office.add_staff("Bench", "clerk", "4829")
        token = office.login("Bench", "4829").token
        office.open_counter(token, "1", codes[:3])
        calls = []
        # The counter's three lines hold 3/19 of the tickets: some 790 of 5,000, 236 of 1,500.
        for _ in range(150 if quick else 300):
            began = time.perf_counter()
            ticket = office.call_next(token, "1")
            calls.append((time.perf_counter() - began) * 1000)
            assert ticket is not None
            office.finish(token, ticket.id)
        lists = []
        for _ in range(20):
            began = time.perf_counter()
            office.waiting_tickets(codes, 200)
            lists.append((time.perf_counter() - began) * 1000)
    finally:
        office.close()
        shutil.rmtree(workdir, ignore_errors=True)
    return [
        at_most("ruled_issue_ticket_p50_ms", percentile(issued, 50), "ms", 10),
        at_most("ruled_call_next_p50_ms", percentile(calls, 50), "ms", 10),
        at_most("ruled_call_next_p99_ms", percentile(calls, 99), "ms", 30),
        at_most("ruled_waiting_list_200_p50_ms", percentile(lists, 50), "ms", 100),
    ]
