"""Start desk mode (`maktab desk`): application, theme, the office (local or the LAN hub), the window.

    run_desk(settings)                       # the command
    build_desk_window(office, settings)      # tests and screenshots

Thread use: GUI thread (the one that calls `run_desk`).
"""
from __future__ import annotations

import logging
import sys

from kiosk.config import Settings
from kiosk.office import Office, OfficeError, OfficePort, StoreError
from kiosk.ui.app import ensure_application
from kiosk.ui.bridge import OfficeBridge
from kiosk.ui.clock import SYSTEM_UI_CLOCK, UiClock
from kiosk.ui.desk.caller import OfficeCaller
from kiosk.ui.desk.texts import DeskTexts
from kiosk.ui.desk.window import RETRY_MS, DeskWindow
from kiosk.ui.office_model import OfficeModel
from kiosk.ui.worker import Worker

log = logging.getLogger(__name__)

WINDOW_SIZE = (1280, 800)
EXIT_OK, EXIT_FAILED = 0, 1


def build_desk_window(office: OfficePort, settings: Settings, *, background: bool | None = None,
                      retry_ms: int = RETRY_MS, clock: UiClock = SYSTEM_UI_CLOCK) -> DeskWindow:
    """The desk window on `office` (an `Office` or the hub's `RemoteOffice`).

    `background` forces office calls through the worker (default: only for a remote
    office). `clock` runs the window's timers (tests pass a `ManualUiClock`). The window
    owns its bridge and stops it when closed; it does not close the office.
    """
    ensure_application()
    bridge = OfficeBridge(office)
    caller = OfficeCaller(office, background=background)
    # The office's name, catalogue and zone, read now (before any window) and then off the GUI thread.
    model = OfficeModel.start(office, caller.worker, bridge, clock=clock, waits=False)
    window = DeskWindow(office, settings, bridge, caller, retry_ms=retry_ms, clock=clock, model=model)
    for part in (bridge, caller, model):
        part.setParent(window)
    window.resize(*WINDOW_SIZE)
    return window


def open_office(settings: Settings):
    """The office for this desk: the paired hub's when `hub.url` is set, else the local database.

    A desk on the hub PC itself should also set `hub.url` (e.g. http://127.0.0.1:8765):
    an office opened on the same file by another process does not hear that process's
    events, so the waiting line would not be live.
    """
    from kiosk.hub.connect import connect  # only desk mode needs the LAN client

    return connect(settings)


def run_desk(settings: Settings, office: OfficePort | None = None) -> int:
    """Run desk mode until its window is closed; returns the exit code (0, or 1 if it cannot start).

    It cannot start when this PC is not paired with the hub, or when the hub does not
    answer and no copy of the office and its catalogue is kept yet; the message says so.
    """
    app = ensure_application()
    own_office = office is None
    try:
        if office is None:
            office = open_office(settings)
        window = build_desk_window(office, settings)
    except OfficeError as exc:
        log.error("desk mode cannot start: %s", exc)
        print(f"maktab desk: {exc}", file=sys.stderr)
        if own_office and office is not None:
            office.close()
        return EXIT_FAILED
    except StoreError as exc:  # this PC's office database is damaged, unreadable or on a full disk
        log.error("desk mode cannot start: %s", exc.message)
        print(f"maktab desk: {exc.message}", file=sys.stderr)
        show_store_failure(exc, settings.kiosk.default_language)
        return EXIT_FAILED
    if isinstance(office, Office):  # this PC's own file: checked off the GUI thread, the banner says if damaged
        Worker(parent=window).submit(office.check_integrity)
    try:
        window.show()
        log.info("desk started for office %s", window.model.info.code)
        return app.exec()
    finally:
        window.shutdown()
        if own_office:
            office.close()


def show_store_failure(exc: StoreError, language: str) -> None:
    """Tell the clerk, in their language, that the office database cannot be used, and why."""
    from PySide6.QtWidgets import QMessageBox

    from kiosk.i18n import install_language

    install_language(language)
    box = QMessageBox(QMessageBox.Icon.Critical, "Maktab", DeskTexts().refusal(exc.code))
    box.setObjectName("desk-store-failure")
    box.setInformativeText(exc.message)
    box.exec()
