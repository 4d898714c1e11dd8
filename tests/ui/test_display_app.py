"""`run_display`: the hall display starts on an office, reads it, and stops cleanly."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.config import Settings
from kiosk.ui.display.app import run_display
from kiosk.ui.display.board import DisplayBoard


def test_run_display_shows_the_office_and_exits_when_closed(qtbot, qapp, office, tmp_path):
    office.issue_ticket("EC-N12")
    seen = {}

    def look_and_close():
        board = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DisplayBoard) and w.isVisible())
        seen["waiting"] = board.waiting.shown()
        seen["office"] = board.office_label.full_text
        seen["announcer"] = board.announcer is not None
        board.close()

    def when_read():
        board = next((w for w in QApplication.topLevelWidgets() if isinstance(w, DisplayBoard) and w.isVisible()), None)
        if board is None or not board.snapshot.services:
            QTimer.singleShot(50, when_read)
            return
        look_and_close()

    QTimer.singleShot(50, when_read)
    QTimer.singleShot(10_000, qapp.quit)  # a safety net: never hang the suite
    assert run_display(Settings(data_dir=tmp_path), office=office, fullscreen=False) == 0
    assert seen == {"waiting": {"EC-N12": 1}, "office": "APC Test", "announcer": True}
    office.waiting_counts()  # the office was not closed: it belongs to the caller
