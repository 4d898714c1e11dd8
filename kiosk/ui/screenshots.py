"""Pictures of every screen in every language, for review and the docs.

    render_citizen_screens(office, settings, "docs/screenshots", languages=["ar", "fr"])
    render_all_screens(settings, "docs/screenshots")   # `maktab screenshots DIR`: citizen, desk, display

Writes `<lang>-<screen>.png` (screens: language, home, services, priority, ticket,
ticket-printer-failed, documents, help, help-on-the-way; and out-of-service) with
`QWidget.grab()`, so it works offscreen (`QT_QPA_PLATFORM=offscreen`). Nothing is written
to the office: the ticket shown is a sample built in memory, and no receipt is printed.

Thread use: GUI thread.
"""
from __future__ import annotations

import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk.config import Settings
from kiosk.domain.catalogue import load_catalogue
from kiosk.domain.tickets import IssuedTicket, Priority, Ticket, TicketStatus, format_label
from kiosk.i18n import install_language
from kiosk.office import Office, OfficeInfo
from kiosk.ui.app import build_citizen_window, ensure_application
from kiosk.ui.citizen.help_panel import HelpStage
from kiosk.ui.citizen.receipt_printer import NullTicketPrinter
from kiosk.ui.citizen.window import CitizenWindow
from kiosk.ui.shots import Look, Shots

SCREENS = ("language", "home", "services", "priority", "ticket", "ticket-printer-failed", "documents", "help",
           "help-on-the-way")
# Home in listening mode, "Take a ticket" heard once (ringed, with "OK"): rendered on request
# (`screens=`), for docs/voice.md and tests/ui/test_voice_listening.py.
LISTENING_SCREENS = ("listening",)


def sample_ticket(office: Office, language: str) -> IssuedTicket:
    """A believable ticket for the first service, not stored anywhere."""
    service = office.services()[0]
    now = office.clock.now()
    ticket = Ticket(
        id="0190b6a2-0000-7000-8000-000000000042", service_code=service.code, queue_service=service.code, number=42,
        label=format_label(service.prefix, 42), business_date=now.date(), priority=Priority.NONE,
        status=TicketStatus.WAITING, language=language, issued_at=now,
    )
    return IssuedTicket(ticket, people_ahead=5, estimated_wait_min=12)


def _settle() -> None:
    """Let queued language-change and layout events run before grabbing."""
    app = QApplication.instance()
    for _ in range(3):
        app.processEvents()


def _show(window: CitizenWindow, screen: str, language: str) -> None:
    window.help_call.panel.hide()
    window.listening.set_on(screen == "listening")
    if screen == "listening":  # listening mode on home, "Take a ticket" heard once: ringed, with "OK"
        window.go_home()
        _settle()
        window.listening.hear(window.home_screen.ticket_button)
    elif screen in ("help", "help-on-the-way"):  # the help panel over the services screen
        window.show_screen(window.service_screen)
        window.help_call.panel.show_stage(HelpStage.ASKED if screen == "help" else HelpStage.COMING)
    elif screen == "language":
        window.show_screen(window.language_screen)
    elif screen == "home":
        window.go_home()
    elif screen == "services":
        window.show_screen(window.service_screen)
    elif screen == "priority":
        window.session.service_code = window.office.services()[0].code
        window.show_screen(window.priority_screen)
    elif screen in ("ticket", "ticket-printer-failed"):
        window.ticket_screen.show_ticket(sample_ticket(window.office, language))
        window.show_screen(window.ticket_screen)
        if screen == "ticket-printer-failed":
            window.ticket_screen.show_print_failure("offline")
    elif screen == "documents":
        window.show_screen(window.documents_screen)
        window.documents_screen.show_service(window.office.services()[0].code)


def render_citizen_screens(office: Office, settings: Settings, out_dir: Path | str | None,
                           languages: Iterable[str] | None = None, size: tuple[int, int] = (1280, 800), *,
                           look: Look | None = None, screens: Sequence[str] = SCREENS) -> list[Path]:
    """Render every citizen screen (or those named in `screens`) in each language to
    `out_dir` (or show each to `look`); returns the files written."""
    shots = Shots(out_dir, look)
    window = build_citizen_window(office, settings, printer=NullTicketPrinter())
    # Exactly this size, as on a kiosk's screen: a screen needing more is cut, not grown.
    window.setFixedSize(*size)
    window.show()
    try:
        for language in languages or settings.kiosk.languages:
            window.set_language(language)
            _settle()
            for screen in screens:
                _show(window, screen, language)
                _settle()
                shots(window, f"{language}-{screen}")
    finally:
        window.close()
        window.deleteLater()
        install_language(settings.kiosk.default_language)
    return shots.written


def render_all_screens(settings: Settings, out_dir: Path | str | None, languages: Iterable[str] | None = None,
                       size: tuple[int, int] = (1280, 800), display_size: tuple[int, int] | None = (1920, 1080), *,
                       look: Look | None = None) -> list[Path]:
    """Citizen, desk and display screens in each language, on a throw-away office.

    Every window is exactly `size` (the display `display_size`; None: `size` too). The
    office is a temporary database with the settings' catalogue and office name, so the
    sample tickets the desk and display screens need never reach the real office.
    """
    from kiosk.ui.citizen.concerns.screenshots import render_concern_screens
    from kiosk.ui.desk.screenshots import render_desk_screens
    from kiosk.ui.display.screenshots import render_display_screens

    ensure_application()
    languages = list(languages) if languages else None
    with tempfile.TemporaryDirectory(prefix="maktab-screenshots-") as scratch:
        info = OfficeInfo(settings.office.name, settings.office.code, settings.office.timezone, settings.training)
        office = Office.open_path(Path(scratch) / "office.sqlite3", info,
                                  catalogue=load_catalogue(settings.kiosk.catalogue),
                                  pin_hash_cost=settings.security.pin_hash_cost)
        try:
            written = render_citizen_screens(office, settings, out_dir, languages, size, look=look)
            written += render_concern_screens(office, settings, out_dir, languages, size, look=look)
            written += render_desk_screens(office, settings, out_dir, languages, size, look=look)
            written += render_display_screens(office, settings, out_dir, languages, display_size or size,
                                              small_size=None if display_size is None else (1280, 720), look=look)
        finally:
            office.close()
    written += render_out_of_service(settings, out_dir, languages, size, look=look)
    return written


def render_out_of_service(settings: Settings, out_dir: Path | str | None, languages: Iterable[str] | None = None,
                          size: tuple[int, int] = (1280, 800), *, look: Look | None = None) -> list[Path]:
    """`<lang>-out-of-service.png`: the page a damaged database (or full disk, or broken
    settings) shows, with a sample of what it tells the technician."""
    from kiosk.office.health import technician_lines
    from kiosk.ui.widgets.out_of_service import OutOfServicePage

    shots = Shots(out_dir, look)
    page = OutOfServicePage(settings.kiosk.languages)
    page.show_problem(technician_lines("database_damaged", f"the office database {settings.database_path} is "
                                                           "damaged (database disk image is malformed)"))
    page.setFixedSize(*size)
    page.show()
    try:
        for language in languages or settings.kiosk.languages:
            install_language(language)
            _settle()
            shots(page, f"{language}-out-of-service")
    finally:
        page.close()
        page.deleteLater()
        install_language(settings.kiosk.default_language)
    return shots.written
