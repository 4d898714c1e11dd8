"""Start the citizen kiosk: application, fonts, theme, language, office, printer, window.

    run_kiosk(settings, fullscreen=True)         # the `maktab` command
    build_citizen_window(office, settings, ...)  # tests and screenshots

Thread use: GUI thread (the one that calls `run_kiosk`).
"""
from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.config import Settings
from kiosk.domain.languages import LANGUAGES
from kiosk.i18n import install_language, use_tamazight_script
from kiosk.office import Office, OfficePort, StoreError
from kiosk.office.health import technician_lines
from kiosk.printing.printer_state import PrinterState
from kiosk.ui import theme
from kiosk.ui.bridge import OfficeBridge
from kiosk.ui.citizen.kiosk_lock import KioskLock
from kiosk.ui.citizen.receipt_printer import TicketPrinter, open_ticket_printer
from kiosk.ui.citizen.window import CitizenWindow
from kiosk.ui.clock import SYSTEM_UI_CLOCK, UiClock
from kiosk.ui.office_model import OfficeModel
from kiosk.ui.speech.speaker import Speaker, open_speaker
from kiosk.ui.widgets.out_of_service import OutOfServicePage
from kiosk.ui.worker import Worker

log = logging.getLogger(__name__)

WINDOW_SIZE = (1280, 800)


def ensure_application() -> QApplication:
    """The QApplication (created if needed), with bundled fonts and the kiosk theme."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    if not app.property("maktab-prepared"):
        app.setApplicationName("Maktab")
        app.setApplicationDisplayName("Maktab")
        theme.load_fonts()
        theme.apply_theme(app)
        app.setProperty("maktab-prepared", True)
    return app


def build_citizen_window(office: OfficePort, settings: Settings, printer_url: str | None = None, *,
                         printer: TicketPrinter | None = None, worker: Worker | None = None,
                         clock: UiClock = SYSTEM_UI_CLOCK,
                         printer_state: PrinterState | None = None, speaker: Speaker | None = None) -> CitizenWindow:
    """The citizen window on `office`, printing to `printer_url` (default: the settings').

    Pass `printer` to use a ready-made one (e.g. `NullTicketPrinter` for screenshots),
    `worker` for the printer's background work, `clock` to run the window's timers by
    hand (tests: a `ManualUiClock`), `printer_state` to hear how the printer's jobs go
    (the office's status report; not used with a ready-made `printer`), `speaker` for the
    voice guide (`open_speaker(settings.voice)` in the kiosk; none: silent). The screens
    reach the office only through an `OfficeModel` with its own worker
    (kiosk/ui/office_model.py); its first snapshot (office info and catalogue) is read
    here, before the window exists.
    The window owns the printer, the model and the office bridge and stops them when
    closed; it does not close the office.
    """
    ensure_application()
    use_tamazight_script(settings.kiosk.tamazight_script)  # screens and receipts alike
    install_language(settings.kiosk.default_language)
    bridge = OfficeBridge(office)
    model = OfficeModel.start(office, Worker(), bridge, clock=clock)
    if printer is None:
        printer = open_ticket_printer(model, settings, printer_url or settings.printer_url,
                                      worker=worker or Worker(), printer_state=printer_state)
    window = CitizenWindow(model, settings, printer, bridge, clock=clock, speaker=speaker)
    bridge.setParent(window)
    model.setParent(window)
    model.worker.setParent(window)
    printer.setParent(window)
    window.setWindowTitle(model.info.name)
    window.resize(*WINDOW_SIZE)
    return window


def run_kiosk(settings: Settings, *, fullscreen: bool = False, office: Office | None = None) -> int:
    """Run the citizen kiosk until its window is closed; returns the exit code.

    With `[hub] url` empty (one machine, the default) this process is the office hub:
    it opens the database, serves the LAN API for desks and displays, and runs the
    sync loop towards the central server when the office is enrolled. With a hub URL
    it is a client of that hub, like a desk.
    """
    app = ensure_application()
    use_tamazight_script(settings.kiosk.tamazight_script)  # the out-of-service page too
    own_office = office is None
    if office is None and not settings.hub.url:
        try:
            office = Office.open(settings)  # this PC is the hub (the LAN client is not even imported)
        except StoreError as exc:  # the citizen is sent to reception; the technician reads why
            return run_out_of_service(technician_lines(exc.code, exc.message), settings.kiosk.languages,
                                      settings.kiosk.default_language, fullscreen=fullscreen)
    elif office is None:
        from kiosk.hub.connect import connect

        office = connect(settings)
    # The kiosk's printer is the office's: the sync loop reports its condition to the central server.
    printer_state = PrinterState()
    window = build_citizen_window(office, settings, printer_state=printer_state, speaker=open_speaker(settings.voice))
    if isinstance(office, Office) and office.problem is not None:  # met while opening: this PC's own file
        window.show_out_of_service(office.problem)
    services: list = []
    starter = None
    try:
        if fullscreen:
            KioskLock(window, window.model)  # no way out but a staff gesture and a supervisor PIN
            window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
            window.showFullScreen()
        else:
            window.show()
        log.info("citizen kiosk started for office %s (%s)", window.model.info.code,
                 "fullscreen" if fullscreen else "windowed")
        probe = os.environ.get("MAKTAB_STARTUP_PROBE")
        if probe:  # benchmarks/bench_startup.py: seconds from that epoch time to the first screen
            QTimer.singleShot(0, lambda: (print(time.time() - float(probe), flush=True), app.quit()))
        elif not settings.hub.url:
            # The LAN hub and sync start behind the first screen, off the GUI thread.
            starter = threading.Thread(
                target=lambda: services.extend(_start_hub_services(office, settings, printer_state)),
                name="hub-start", daemon=True)
            starter.start()
        # Once the first screen is up: the printer path, so the first citizen's receipt is quick.
        QTimer.singleShot(500, window.printer.warm_up)
        return app.exec()
    finally:
        window.shutdown()
        if starter is not None:
            starter.join(timeout=10)
        for stop in reversed(services):
            stop()
        if own_office:
            office.close()


def build_out_of_service_window(technician: Sequence[str], languages: Sequence[str] = LANGUAGES,
                                language: str = "ar") -> OutOfServicePage:
    """The out-of-service page as the kiosk's only window (the office could not even start)."""
    ensure_application()
    install_language(language)
    page = OutOfServicePage(languages)
    page.show_problem(technician)
    page.setWindowTitle("Maktab")
    page.resize(*WINDOW_SIZE)
    return page


def run_out_of_service(technician: Sequence[str], languages: Sequence[str] = LANGUAGES, language: str = "ar", *,
                       fullscreen: bool = False) -> int:
    """Show only the out-of-service page until it is closed (a staff member stops the kiosk).

    Returns 1: the kiosk did not do its job, and a supervisor script sees it.
    """
    app = ensure_application()
    page = build_out_of_service_window(technician, languages, language)
    if fullscreen:
        page.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        page.showFullScreen()
    else:
        page.show()
    log.error("kiosk out of service: %s", " / ".join(technician))
    if os.environ.get("MAKTAB_STARTUP_PROBE"):  # as run_kiosk: the first screen is up, stop (tests, benchmarks)
        QTimer.singleShot(0, app.quit)
    app.exec()
    return 1


def _start_hub_services(office: Office, settings: Settings, printer_state: PrinterState | None = None) -> list:
    """The in-process hub (LAN API) and the sync loop; returns their stop functions.

    `printer_state` is the kiosk printer's condition: the sync loop's status report
    carries it, and a change wakes the loop so the central server hears it soon.

    Neither is needed to serve citizens: if the hub's port is taken or the office is
    not enrolled, the kiosk still runs and the log says why. Once the hub listens, the
    database file is checked (SQLite's quick check, on its own connection): a damaged
    file puts the screens out of service before a citizen meets the damage, and the
    desks hear it through the hub.
    """
    stops: list[Callable[[], object]] = []
    try:
        from kiosk.hub.running import HubServer

        hub = HubServer(office, settings.hub.host, settings.hub.port,
                        max_body_bytes=settings.hub.max_body_bytes).start()
        stops.append(hub.stop)
        log.info("office hub listening on %s:%s", settings.hub.host, settings.hub.port)
    except OSError as exc:
        log.error("office hub not started (desks and displays cannot connect): port %s: %s",
                  settings.hub.port, exc)
    office.check_integrity()
    from kiosk.retention import RetentionPurger

    stops.append(RetentionPurger(office, settings.privacy.retention_days).start().stop)
    from kiosk.hub.sync_runner import start_sync_loop, stop_sync_loop

    loop = start_sync_loop(office, settings, printer_state=printer_state.state if printer_state else None)
    if loop is not None:
        stops.append(lambda: stop_sync_loop(office))  # also tells the desks it stopped
        if printer_state is not None:
            stops.append(printer_state.subscribe(loop.wake))
    return stops
