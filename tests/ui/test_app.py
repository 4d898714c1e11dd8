"""Starting the kiosk the way the `maktab` command does.

`run_kiosk` runs the application's own event loop until it quits, so it runs in a child
process: a finished event loop must not leak into the other tests' application.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from kiosk.config import Settings
from kiosk.ui.app import ensure_application, run_kiosk
from kiosk.ui.citizen.window import CitizenWindow

app = ensure_application()
seen = []

def look_then_quit():
    for w in QApplication.topLevelWidgets():
        if isinstance(w, CitizenWindow) and w.isVisible():
            seen.append([w.currentWidget() is w.language_screen, list(w.size().toTuple()), w.isFullScreen(),
                         QApplication.layoutDirection().name])
    QApplication.instance().quit()

QTimer.singleShot(0, look_then_quit)
code = run_kiosk(Settings(data_dir=Path(sys.argv[1])), fullscreen=sys.argv[2] == "1")
print(json.dumps({"code": code, "seen": seen}))
"""


def run(tmp_path: Path, fullscreen: bool) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path), "1" if fullscreen else "0"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_run_kiosk_windowed_opens_the_language_screen_in_arabic_and_exits_cleanly(tmp_path):
    result = run(tmp_path, fullscreen=False)
    assert result == {"code": 0, "seen": [[True, [1280, 800], False, "RightToLeft"]]}
    assert (tmp_path / "office.sqlite3").exists()  # the office was opened on the settings' data folder


def test_run_kiosk_fullscreen(tmp_path):
    result = run(tmp_path, fullscreen=True)
    assert result["code"] == 0 and result["seen"][0][0] is True and result["seen"][0][2] is True
