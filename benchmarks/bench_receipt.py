"""tap_to_bytes_p95_ms and receipt_bytes: from the citizen's taps to ESC/POS bytes ready.

A real citizen window (offscreen) on a real database: each round taps a service tile,
then "no priority" (the tap that issues the ticket); the clock stops when the receipt
has been drawn and encoded and its bytes are handed to the print spool. The printer is
a `file:` printer, so nothing physical is timed. Budgets (DESIGN §9): p95 ≤ 60 ms,
receipt ≤ 24 KB.
"""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from benchmarks.common import Figure, at_most, percentile


def run(quick: bool) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtTest import QTest

    from kiosk.config import load_settings
    from kiosk.domain.tickets import Priority
    from kiosk.office import Office
    from kiosk.ui.app import build_citizen_window, ensure_application

    ensure_application()
    rounds = 60 if quick else 300
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(data_dir=tmp, environ={})
        office = Office.open(settings)
        window = build_citizen_window(office, settings, printer_url=f"file:{Path(tmp) / 'printer.bin'}")
        window.resize(1280, 800)
        window.show()
        spool = window.printer.spool
        submitted: list[tuple[float, int]] = []
        original_submit = spool.submit

        def timed_submit(data, label="receipt", job_id=None):
            submitted.append((time.perf_counter(), len(data)))
            return original_submit(data, label, job_id=job_id)

        spool.submit = timed_submit
        codes = [s.code for s in office.services()]
        samples, sizes = [], []
        languages = ["ar", "fr", "kab", "en"]
        for i in range(rounds):
            window.set_language(languages[i % 4])
            window.show_screen(window.service_screen)
            QCoreApplication.processEvents()
            tile = window.service_screen.tiles[codes[i % len(codes)]]
            no_priority = window.priority_screen.buttons[Priority.NONE]
            count = len(submitted)
            began = time.perf_counter()
            QTest.mouseClick(tile, Qt.MouseButton.LeftButton)
            QTest.mouseClick(no_priority, Qt.MouseButton.LeftButton)
            deadline = began + 5
            while len(submitted) == count and time.perf_counter() < deadline:
                QCoreApplication.processEvents()
                time.sleep(0.0002)
            if len(submitted) == count:
                raise RuntimeError("the receipt never reached the spool")
            done, size = submitted[-1]
            if i >= 5:  # the first receipts warm fonts and caches
                samples.append((done - began) * 1000)
                sizes.append(size)
        window.shutdown()
        window.close()
        office.close()
    return [
        Figure("tap_to_bytes_p50_ms", percentile(samples, 50), "ms"),
        at_most("tap_to_bytes_p95_ms", percentile(samples, 95), "ms", 60),
        at_most("receipt_bytes", max(sizes), "bytes", 24 * 1024),
    ]
