"""call_to_display_ms: a desk calls next → the hall display's board shows it (p95).

Everything real on loopback: the hub (FastAPI + uvicorn) on the office database, a desk
client and a display client (`RemoteOffice`, each paired), and the display board
(offscreen) fed by the hub's server-sent events. The desk calls from its own thread,
as a desk PC would; the clock stops in the board's `call_shown` signal, emitted once
the big call widget holds the new label. Budget (issue 2/4): p95 ≤ 300 ms.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.common import Figure, at_most, percentile


def run(quick: bool) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kiosk.config import load_settings
    from kiosk.hub.connect import pair
    from kiosk.hub.running import HubServer
    from kiosk.office import Office
    from kiosk.ui.display.app import build_display_board
    from kiosk.ui.display.probe import CallShownProbe

    rounds = 30 if quick else 150
    workdir = Path(tempfile.mkdtemp(prefix="maktab-bench-display-"))
    settings = load_settings(data_dir=workdir, environ={})
    office = Office.open(settings)
    hub = HubServer(office, "127.0.0.1", 0).start()
    board = desk = display = None
    try:
        office.add_staff("Amina", "clerk", "4829")
        for _ in range(rounds):
            office.issue_ticket("EC-N12")
        desk = pair(hub.url, hub.pairing.new_pairing_code().code, "Guichet 3", "desk", workdir / "desk")
        display = pair(hub.url, hub.pairing.new_pairing_code().code, "TV", "display", workdir / "tv")
        token = desk.login("Amina", "4829").token
        desk.open_counter(token, "3", ["EC-N12"])
        board = build_display_board(display, settings)
        board.resize(1920, 1080)
        board.show()
        board.start()
        probe = CallShownProbe(board)
        samples = []
        for _ in range(rounds):
            called: dict = {}

            def call(called: dict = called) -> None:  # bound now: each round has its own record
                called["began"] = time.monotonic()
                called["ticket"] = desk.call_next(token, "3")

            caller = threading.Thread(target=call)
            caller.start()
            while "ticket" not in called:  # keep the display's event loop turning meanwhile
                QApplication.processEvents()
                time.sleep(0.0005)
            caller.join()
            label = called["ticket"].label
            shown = probe.wait_for(label, timeout_s=10)
            samples.append((shown - called["began"]) * 1000)
            desk.finish(token, called["ticket"].id)
    finally:
        if board is not None:
            board.shutdown()
        for client in (desk, display):
            if client is not None:
                client.close()
        hub.stop()
        office.close()
        shutil.rmtree(workdir, ignore_errors=True)
    return [
        Figure("call_to_display_p50_ms", percentile(samples, 50), "ms"),
        at_most("call_to_display_ms", percentile(samples, 95), "ms", 300),
    ]
