"""Start the hall display (`maktab display`): the board, its office, its voice.

    run_display(settings)                         # local office, or the paired hub's
    build_display_board(office, settings, ...)    # tests, screenshots, benchmarks

Thread use: GUI thread (the one that calls `run_display`).
"""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt

from kiosk.config import Settings
from kiosk.i18n import use_tamazight_script
from kiosk.office import OfficePort
from kiosk.ui.app import ensure_application
from kiosk.ui.bridge import OfficeBridge
from kiosk.ui.clock import SYSTEM_UI_CLOCK, UiClock
from kiosk.ui.display.announcer import Announcer
from kiosk.ui.display.backends import describe_backends, detect_chime
from kiosk.ui.display.board import DisplayBoard
from kiosk.ui.speech.engines import detect_speech_engine

log = logging.getLogger(__name__)

WINDOW_SIZE = (1280, 720)


def build_display_board(office: OfficePort, settings: Settings, *, language: str | None = None,
                        announcer: Announcer | None = None, refresh_s: float = 30.0,
                        clock: UiClock = SYSTEM_UI_CLOCK) -> DisplayBoard:
    """The board on `office` (local `Office` or `RemoteOffice`), not yet shown or started.

    `announcer=None` gives a silent board (tests, screenshots); `run_display` passes one
    with the engines installed on this machine. The board owns its bridge and announcer.
    `clock` runs its timers (tests pass a `ManualUiClock`).
    """
    ensure_application()
    use_tamazight_script(settings.kiosk.tamazight_script)
    bridge = OfficeBridge(office)
    board = DisplayBoard(office, bridge, language=language or settings.kiosk.default_language,
                         announcer=announcer, refresh_s=refresh_s, clock=clock)
    bridge.setParent(board)
    if announcer is not None:
        announcer.setParent(board)
    board.setWindowTitle("Maktab")
    board.resize(*WINDOW_SIZE)
    return board


def system_announcer() -> Announcer:
    """An announcer with the chime player and speech engines found on this machine."""
    log.info("display sound: %s", describe_backends())
    return Announcer(engine=detect_speech_engine(), chime=detect_chime())


def run_display(settings: Settings, office: OfficePort | None = None, fullscreen: bool = True) -> int:
    """Run the hall display until its window is closed; returns the exit code.

    Without `office`, uses the local office or the paired hub's (`hub.url` in the
    settings). A hub that is down at start is not fatal: the board shows its
    "reconnecting" badge and fills in when the hub answers.
    """
    app = ensure_application()
    own_office = office is None
    if office is None:
        from kiosk.hub.connect import connect

        office = connect(settings)
    board = build_display_board(office, settings, announcer=system_announcer())
    try:
        if fullscreen:
            board.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
            board.setCursor(Qt.CursorShape.BlankCursor)  # a TV: no pointer over the numbers
            board.showFullScreen()
        else:
            board.show()
        board.start()
        log.info("hall display started (%s)", "fullscreen" if fullscreen else "windowed")
        return app.exec()
    finally:
        board.shutdown()
        if own_office:
            office.close()
