"""startup_s, bare_qt_startup_s, startup_ratio: cold start to the citizen's first screen,
against a bare PySide6 window started the same way in the same run (DESIGN §9: ≤ 3×).

Each start is a fresh Python process (offscreen platform) running the real `maktab`
command on an existing office database; the time runs from just before the process is
spawned to the first turn of the event loop after the window is shown (the kiosk
prints it when MAKTAB_STARTUP_PROBE holds the spawn time). The median is reported.
"""
from __future__ import annotations

import compileall
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Figure, at_most, median

REPO = Path(__file__).resolve().parents[1]

_BARE = """
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
w = QLabel("Maktab"); w.resize(1280, 800); w.show()
QTimer.singleShot(0, lambda: (print(time.time() - t0, flush=True), app.quit()))
app.exec()
"""

_KIOSK = """
import sys
from kiosk.cli import main
sys.exit(main(["--data-dir", sys.argv[2]]))
"""


def _start(script: str, *args: str) -> float:
    t0 = time.time()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MAKTAB_STARTUP_PROBE": repr(t0)}
    out = subprocess.run([sys.executable, "-c", script, repr(t0), *args], capture_output=True, text=True,
                         env=env, timeout=120)
    if out.returncode != 0:
        raise RuntimeError(f"start-up probe failed: {out.stderr[-2000:]}")
    return float(out.stdout.strip().splitlines()[-1])


def run(quick: bool) -> list[Figure]:
    # An installed kiosk starts from bytecode (pip compiles at install; `make setup` too).
    compileall.compile_dir(str(REPO / "kiosk"), quiet=1, workers=0)
    compileall.compile_dir(str(REPO / "sync"), quiet=1, workers=0)
    rounds = 3 if quick else 7
    with tempfile.TemporaryDirectory() as data_dir:
        _start(_KIOSK, data_dir)  # first run creates the database: not a cold start of a running office
        bare, kiosk = [], []
        for _ in range(rounds):  # interleaved, so both see the same machine load
            bare.append(_start(_BARE))
            kiosk.append(_start(_KIOSK, data_dir))
    startup, baseline = median(kiosk), median(bare)
    return [
        Figure("startup_s", startup, "s"),
        Figure("bare_qt_startup_s", baseline, "s"),
        at_most("startup_ratio", startup / baseline, "×", 3),
    ]
