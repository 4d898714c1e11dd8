"""kiosk_remote_gui_stall_ms: the longest the citizen kiosk's GUI thread is held, whatever
holds it, while a scripted citizen walks through every screen against a remote hub
(budget 50 ms, issue 10 and DESIGN.md §9), once with the hub up and once with it down.

Everything real on loopback: the hub (FastAPI + uvicorn) on its own office database in a
process of its own (`RemoteHub`, as on the hub PC), the kiosk's `RemoteOffice` (paired as
a kiosk, the LAN client's own retries and timeouts) and the citizen window (offscreen,
software rendering), walked by `benchmarks/citizen_walk.py`. A 2 ms `QTimer` heartbeat
turns with the GUI thread's event loop; its largest gap is the longest turn of the event
loop — handling a tap, building, laying out and painting a screen, an office call — and
the figure. The tap that led to it is printed with it, to name the cause.

`kiosk_remote_office_call_stall_ms` keeps the narrower figure of DESIGN.md §9 ("never
blocked more than 50 ms by an office call"): the office is wrapped (`GuiThreadCalls`) so
that every call made on the GUI thread is timed, and the figure is the largest time spent
in office calls within one turn.

One walk first, unmeasured, builds every screen. With the hub down the walk expects the
refusals a citizen should see (no ticket, the concern not sent, the lookup failing); the
hub is stopped after the measured walks with it up, and the kiosk has seen it go (its
banner is up) before the walks with it down.
"""
from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.citizen_walk import GuiThreadCalls
from benchmarks.common import Figure, at_most

HEARTBEAT_MS = 2
BUDGET_MS = 50


class Heartbeat:
    """A fast timer on the GUI thread: the largest gap between beats (and the tap of the walk
    that came just before it), and the largest time spent in office calls between two beats
    (`calls.block_s`, reset at each beat)."""

    def __init__(self, calls: GuiThreadCalls) -> None:
        from PySide6.QtCore import QTimer

        self._calls = calls
        self._timer = QTimer()
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._beat)
        self._last = 0.0
        self.largest_gap_ms = 0.0
        self.largest_gap_after = ""
        self.largest_block_ms = 0.0

    def start(self) -> None:
        self.largest_gap_ms = self.largest_block_ms = 0.0
        self.largest_gap_after = ""
        self._calls.block_s = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> Turns:
        self._beat()
        self._timer.stop()
        return Turns(self.largest_gap_ms, self.largest_gap_after, self.largest_block_ms)

    def _beat(self) -> None:
        from benchmarks.citizen_walk import WALK_LOG

        now = time.perf_counter()
        gap_ms = (now - self._last) * 1000
        if gap_ms > self.largest_gap_ms:
            self.largest_gap_ms, self.largest_gap_after = gap_ms, WALK_LOG.last_tap
        self.largest_block_ms = max(self.largest_block_ms, self._calls.block_s * 1000)
        self._calls.block_s = 0.0
        self._last = now


@dataclasses.dataclass(frozen=True)
class Turns:
    """What one measured walk held the GUI thread for."""

    longest_ms: float  # the event loop's longest turn, whatever held it
    longest_after: str  # the walk's last tap before it ("" before the first tap)
    office_calls_ms: float  # the most time spent in office calls within one turn

    @staticmethod
    def worst(walks: list[Turns]) -> Turns:
        longest = max(walks, key=lambda turns: turns.longest_ms)
        return Turns(longest.longest_ms, longest.longest_after, max(turns.office_calls_ms for turns in walks))


class RemoteHub:
    """The hub in a Python process of its own, as on the hub PC: in the kiosk's process its
    server threads would take the GIL from the GUI thread, a cost a kiosk with `--hub`
    does not pay. `stop()` ends it, as a hub PC switched off."""

    def __init__(self, data_dir: Path) -> None:
        self._process = subprocess.Popen([sys.executable, "-m", "benchmarks.bench_gui_stall", "--serve-hub",
                                          str(data_dir)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                         cwd=Path(__file__).resolve().parent.parent)
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError(f"the hub process ended at start (exit {self._process.wait()})")
        started = json.loads(line)
        self.url: str = started["url"]
        self.pairing_code: str = started["pairing_code"]
        self.concern_code: str = started["concern_code"]

    def stop(self) -> None:
        if self._process.poll() is None:
            assert self._process.stdin is not None
            self._process.stdin.close()  # the hub process's cue to stop
            try:
                self._process.wait(15)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()


def serve_hub(data_dir: Path) -> None:
    """The hub process of `RemoteHub`: a fresh office with one concern to follow, its LAN API
    on a free port; prints {url, pairing_code, concern_code} as one JSON line, then serves
    until its standard input closes."""
    from kiosk.config import load_settings
    from kiosk.domain.concerns import ConcernDraft
    from kiosk.hub.running import HubServer
    from kiosk.office import Office

    office = Office.open(load_settings(data_dir=data_dir, environ={}))
    hub = HubServer(office, "127.0.0.1", 0, heartbeat_s=1.0).start()
    try:
        concern = office.register_concern(ConcernDraft(category=office.catalogue.concern_categories[0].code,
                                                       text="La rue est sombre depuis deux semaines.",
                                                       language="fr"))
        print(json.dumps({"url": hub.url, "pairing_code": hub.pairing.new_pairing_code().code,
                          "concern_code": concern.code}), flush=True)
        sys.stdin.read()
    finally:
        hub.stop()
        office.close()


def run(quick: bool) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from benchmarks.citizen_walk import WalkError, wait_until, walk
    from kiosk.config import load_settings
    from kiosk.hub.connect import pair
    from kiosk.ui.app import build_citizen_window

    workdir = Path(tempfile.mkdtemp(prefix="maktab-bench-stall-"))
    settings = load_settings(data_dir=workdir, environ={})
    hub = RemoteHub(workdir / "hub-pc")
    kiosk = window = None
    try:
        code = hub.concern_code
        kiosk = pair(hub.url, hub.pairing_code, "Borne 2", "kiosk", workdir / "kiosk-pc", reconnect_max_s=0.5)
        calls = GuiThreadCalls(kiosk)
        heartbeat = Heartbeat(calls)
        window = build_citizen_window(calls, settings, f"file:{workdir / 'printer.bin'}")
        window.tap_guard_ms = 0
        window.resize(1280, 800)
        window.show()
        walk(window, hub_up=True, concern_code=code)  # builds every screen: not measured
        calls.start()
        up: list[Turns] = []
        for _ in range(1 if quick else 3):
            heartbeat.start()
            walk(window, hub_up=True, concern_code=code)
            up.append(heartbeat.stop())
        hub.stop()
        banner = getattr(window, "hub_banner", None)  # main before issue 10 has none: the walk still runs
        if banner is not None:
            wait_until(banner.isVisible, "the kiosk to see the hub go")
        down: list[Turns] = []
        stuck = 0
        for _ in range(1 if quick else 3):
            heartbeat.start()
            try:
                walk(window, hub_up=False, concern_code=code)
            except WalkError as exc:  # a kiosk whose screens break on a lost hub: measured up to there
                print(f"  the walk with the hub down broke: {exc}", file=sys.stderr)
                stuck += 1
                window.idle_timeout()  # the citizen walks away; the next one starts from the language screen
            down.append(heartbeat.stop())
    finally:
        if window is not None:
            window.shutdown()
            window.close()
        if kiosk is not None:
            kiosk.close()
        hub.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    up_worst, down_worst = Turns.worst(up), Turns.worst(down)
    for label, worst in (("up", up_worst), ("down", down_worst)):
        print(f"  hub {label}: longest GUI-thread turn {worst.longest_ms:.1f} ms, after tapping "
              f"{worst.longest_after or '(nothing yet)'!r}", file=sys.stderr)
    return [
        at_most("kiosk_remote_gui_stall_ms", max(up_worst.longest_ms, down_worst.longest_ms), "ms", BUDGET_MS),
        at_most("kiosk_remote_gui_stall_hub_up_ms", up_worst.longest_ms, "ms", BUDGET_MS),
        at_most("kiosk_remote_gui_stall_hub_down_ms", down_worst.longest_ms, "ms", BUDGET_MS),
        at_most("kiosk_remote_office_call_stall_ms", max(up_worst.office_calls_ms, down_worst.office_calls_ms), "ms",
                BUDGET_MS),
        Figure("kiosk_gui_thread_office_calls", len(calls.calls), "calls"),
        Figure("kiosk_remote_walks_broken_hub_down", stuck, "walks"),
    ]

if __name__ == "__main__":
    if sys.argv[1:2] != ["--serve-hub"] or len(sys.argv) != 3:
        sys.exit("usage: python -m benchmarks.bench_gui_stall --serve-hub DATA_DIR  (RemoteHub's process)")
    serve_hub(Path(sys.argv[2]))
