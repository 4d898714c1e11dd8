"""`run_desk`, as `maktab desk` calls it (in a child process: it runs the application's
event loop to the end, which a test must not do to the shared QApplication)."""
from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import textwrap

from kiosk.config import HubSettings
from kiosk.ui.desk.app import run_desk

CHILD = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from kiosk.config import Settings
    from kiosk.office import Office
    from kiosk.ui.app import ensure_application
    from kiosk.ui.desk.app import run_desk
    from kiosk.ui.desk.window import DeskWindow

    data = Path(sys.argv[1])
    office = Office.open_path(data / "o.sqlite3")
    seen = {}

    def look_then_close():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, DeskWindow) and w.isVisible()]
        seen["windows"] = len(windows)
        seen["login"] = all(w.stack.currentWidget() is w.login_screen for w in windows)
        seen["title"] = windows[0].windowTitle() if windows else ""
        for window in windows:
            window.close()  # the last window closed ends the application

    ensure_application()
    QTimer.singleShot(300, look_then_close)
    seen["exit"] = run_desk(Settings(data_dir=data), office)
    print(json.dumps(seen))
""")


def test_run_desk_shows_the_log_in_screen_until_closed(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path)], capture_output=True, text=True, env=env,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"windows": 1, "login": True, "title": seen["title"], "exit": 0}
    assert seen["title"].startswith("Bureau du citoyen")


def test_run_desk_on_an_unpaired_pc_says_what_to_do(qapp, settings, capsys):
    remote = dataclasses.replace(settings, hub=HubSettings(url="http://127.0.0.1:9"))
    assert run_desk(remote) == 1
    err = capsys.readouterr().err
    assert "not paired" in err and "pair" in err
