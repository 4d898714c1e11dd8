"""rss_after_tickets_mb and rss_growth_mb: memory of the kiosk after many tickets through the UI.

A real citizen window (offscreen) on a real database prints through a `file:` printer;
each round taps a service and "no priority", waits for the receipt bytes, and lets the
ticket screen go home. Resident memory is read from /proc after a warm-up and at the
end (DESIGN §9: ≤ 200 MB after 5,000 tickets, no growth trend). The growth figure is
the slope over the second half of the run, scaled to 1,000 tickets.
"""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from benchmarks.common import Figure, at_most
from benchmarks.proc_stats import rss_mb


def run(quick: bool) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtTest import QTest

    from kiosk.config import load_settings
    from kiosk.domain.tickets import Priority
    from kiosk.office import Office
    from kiosk.ui.app import build_citizen_window, ensure_application

    ensure_application()
    tickets = 1000 if quick else 5000
    samples: list[tuple[int, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(data_dir=tmp, environ={})
        office = Office.open(settings)
        window = build_citizen_window(office, settings, printer_url=f"file:{Path(tmp) / 'printer.bin'}")
        window.resize(1280, 800)
        window.show()
        spool = window.printer.spool
        printed = []
        original_submit = spool.submit

        def counting_submit(data, label="receipt", job_id=None):
            printed.append(len(data))
            return original_submit(data, label, job_id=job_id)

        spool.submit = counting_submit
        codes = [s.code for s in office.services()]
        for i in range(tickets):
            window.show_screen(window.service_screen)
            QCoreApplication.processEvents()
            QTest.mouseClick(window.service_screen.tiles[codes[i % len(codes)]], Qt.MouseButton.LeftButton)
            QTest.mouseClick(window.priority_screen.buttons[Priority.NONE], Qt.MouseButton.LeftButton)
            deadline = time.monotonic() + 5
            while len(printed) <= i and time.monotonic() < deadline:
                QCoreApplication.processEvents()
                time.sleep(0.0002)
            window.go_home()
            if i % 250 == 249:
                samples.append((i + 1, rss_mb()))
        window.shutdown()
        window.close()
        office.close()
    half = samples[len(samples) // 2:]
    (n0, r0), (n1, r1) = half[0], half[-1]
    growth_per_1000 = (r1 - r0) / max(n1 - n0, 1) * 1000
    return [
        at_most("rss_after_tickets_mb", samples[-1][1], "MB", 200),
        Figure("rss_tickets", samples[-1][0], "tickets"),
        Figure("rss_growth_mb_per_1000", growth_per_1000, "MB"),
    ]
