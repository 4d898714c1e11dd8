"""What the benchmarks read of processes from /proc, and how they start clients together.

CPU time is the figure a shared machine does not distort much: a process's user + system
time counts only what it ran, whatever else waited for the cores.
"""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

_TICK_S = 1 / os.sysconf("SC_CLK_TCK")
T = TypeVar("T")


def _stat_fields(pid: int) -> list[str]:
    # The command name (field 2) may hold spaces and parentheses: split after its last ")".
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def parent_pid(pid: int) -> int:
    return int(_stat_fields(pid)[1])


def process_cpu_s(pid: int, *, waited_children: bool = False) -> float:
    """User + system CPU seconds of a process (all its threads); with `waited_children`, also
    those of the children it has waited for (cutime, cstime: backends that have ended)."""
    fields = _stat_fields(pid)
    last = 15 if waited_children else 13  # utime, stime[, cutime, cstime]: stat fields 14–17
    return sum(int(f) for f in fields[11:last]) * _TICK_S


def process_tree_cpu_s(pid: int) -> float:
    """CPU seconds of a process and every live descendant (uvicorn's workers, a hub's children)."""
    total = 0.0
    stack = [pid]
    while stack:
        each = stack.pop()
        try:
            total += process_cpu_s(each)
            for task in Path(f"/proc/{each}/task").iterdir():
                stack.extend(int(child) for child in (task / "children").read_text().split())
        except FileNotFoundError:  # ended meanwhile
            continue
    return total


def rss_mb() -> float:
    """This process's resident memory, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def all_at_once(items: Iterable[T], work: Callable[[T], None]) -> float:
    """Run `work(item)` for every item on its own thread, all released together; the seconds
    from that start to the last end. The first error of any thread is raised."""
    items = list(items)
    errors: list[BaseException] = []
    barrier = threading.Barrier(len(items) + 1)

    def one(item: T) -> None:
        barrier.wait()
        try:
            work(item)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=one, args=(item,)) for item in items]
    for thread in threads:
        thread.start()
    barrier.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    if errors:
        raise errors[0]
    return elapsed
