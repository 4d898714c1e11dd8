"""Pictures of the desk screens in every language, for review and the docs.

    render_desk_screens(office, settings, "docs/screenshots", ["ar", "fr"], (1280, 800))

Writes `<lang>-desk-<screen>.png` for the screens login, open-counter, main (a called
priority ticket and a waiting line; the sync indicator shows a sample "offline, 37
waiting" status, its longest line), help-alert (the main screen with a kiosk's call for
help above it), transfer (the dialog over the main screen) and
concerns (the inbox with a sample concern open), supervisor-floor, supervisor-services
and supervisor-tools (the supervisor console: the lines with one past its target and one
closed at its daily limit, one service's settings, then the report and training tab).

Unlike the citizen screenshots this drives a real desk, so it writes to `office`: it
adds a staff member "Demo" if missing, opens counter 1, issues and calls sample
tickets, registers a sample concern and a call for help (answered at once). Give it a scratch office
(`Office.open_path(tmp/'demo.sqlite3')`).

Thread use: GUI thread.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

from kiosk.config import Settings
from kiosk.domain.concerns import ConcernDraft
from kiosk.domain.service_controls import ServiceControl
from kiosk.domain.tickets import Priority
from kiosk.ui.desk.app import build_desk_window
from kiosk.ui.shots import Look, Shots

SCREENS = ("login", "open-counter", "main", "help-alert", "transfer", "concerns", "supervisor-floor",
           "supervisor-services", "supervisor-tools")
# what a desk shows when the hub cannot reach the central server since 09:10 (Algiers)
SAMPLE_SYNC_STATUS = {"enrolled": True, "online": False, "pending": 37, "rejected": 0,
                      "last_success_at": "2026-09-06T08:10:00.000Z", "last_error": "connection refused",
                      "label": "offline", "next_attempt_in_s": 30.0, "running": True}
DEMO_NAME, DEMO_PIN, DEMO_COUNTER = "Demo", "4829", "1"
SUPERVISOR_NAME, SUPERVISOR_PIN = "Samira", "5930"


def _settle() -> None:
    app = QApplication.instance()
    for _ in range(4):
        app.processEvents()


def _prepare(office) -> list[str]:
    """Staff, and two services with a line in which a priority ticket waits."""
    if not any(member["name"] == DEMO_NAME for member in office.list_staff()):
        office.add_staff(DEMO_NAME, "clerk", DEMO_PIN)
    services = [s.code for s in office.services()[:2]]
    return services


def _fill_line(office, services: list[str]) -> None:
    """A line of a few plain tickets, and a priority ticket so the call shows its badge."""
    if len(office.waiting_tickets(services)) < 4:
        for index in range(5):
            office.issue_ticket(services[index % len(services)], Priority.NONE, "ar")
    office.issue_ticket(services[-1], Priority.ELDERLY, "fr")


def _sample_concern(office) -> str:
    """One concern in the inbox (registered once), so the screenshot shows a concern open."""
    found = office.list_concerns()
    if found:
        return found[0].code
    category = office.catalogue.concern_categories[0].code
    draft = ConcernDraft(category, "L'éclairage public de la rue des Oliviers est en panne depuis deux semaines.",
                         "fr", place="Rue des Oliviers")
    return office.register_concern(draft).code


def _supervisor_console(window, office, shots: Shots, language: str) -> None:
    """The console as a supervisor sees it: a line past its target, one at its daily limit."""
    if not any(member["name"] == SUPERVISOR_NAME for member in office.list_staff()):
        office.add_staff(SUPERVISOR_NAME, "supervisor", SUPERVISOR_PIN)
    window.log_out()
    _settle()
    window.log_in(SUPERVISOR_NAME, SUPERVISOR_PIN)
    token = window.token
    services = [s.code for s in office.services()]
    office.set_service_control(token, ServiceControl(services[0], target_minutes=5))
    limited = ServiceControl(services[2], daily_limit=1)
    office.set_service_control(token, limited)
    if not office.service_levels()[2].issued_today:
        office.issue_ticket(services[2])
    window.supervisor_route.show()
    _settle()
    shots(window, f"{language}-desk-supervisor-floor")
    page = window.supervisor_page
    page.tabs.setCurrentWidget(page.services)
    page.services.select(services[2])
    _settle()
    shots(window, f"{language}-desk-supervisor-services")
    page.tabs.setCurrentWidget(page.tools)
    _settle()
    shots(window, f"{language}-desk-supervisor-tools")
    page.tabs.setCurrentWidget(page.floor)
    window.supervisor_route.back()
    _settle()


def render_desk_screens(office, settings: Settings, out_dir: Path | str | None,
                        languages: Iterable[str] | None = None, size: tuple[int, int] = (1280, 800), *,
                        look: Look | None = None) -> list[Path]:
    """Render the desk screens in each language to `out_dir` (or show each to `look`);
    returns the files written."""
    shots = Shots(out_dir, look)
    services = _prepare(office)
    window = build_desk_window(office, settings, background=False)
    window.setFixedSize(*size)  # exactly this size: a screen needing more is cut, not grown
    window.show()

    try:
        for language in languages or settings.kiosk.languages:
            window.set_language(language)
            if window.session is not None:
                window.log_out()
            _settle()
            window.login_screen.name_edit.setText(DEMO_NAME)
            _settle()
            shots(window, f"{language}-desk-login")

            window.log_in(DEMO_NAME, DEMO_PIN)
            window.counter_screen.prefill(DEMO_COUNTER, services)
            _settle()
            shots(window, f"{language}-desk-open-counter")

            window.open_counter(DEMO_COUNTER, services)
            _fill_line(office, services)
            window.do_action("call_next")  # the priority ticket comes first
            _settle()
            window.refresh()
            window.sync_indicator.show_status(SAMPLE_SYNC_STATUS)
            _settle()
            shots(window, f"{language}-desk-main")

            asked = office.ask_for_help("Borne entrée", device_id="demo-kiosk")
            _settle()
            shots(window, f"{language}-desk-help-alert")
            office.acknowledge_help(window.token, asked.id)
            _settle()

            window.open_transfer()
            dialog = window.transfer_dialog
            dialog.list.setCurrentRow(2)
            _settle()
            if shots.look is not None:
                shots.look(dialog, f"{language}-desk-transfer")
            else:
                picture = window.grab()
                painter = QPainter(picture)
                painter.drawPixmap(QPoint((picture.width() - dialog.width()) // 2,
                                          (picture.height() - dialog.height()) // 2), dialog.grab())
                painter.end()
                shots(window, f"{language}-desk-transfer", picture)
            dialog.reject()
            _settle()
            window.do_action("finish")
            window.close_counter()
            _settle()

            code = _sample_concern(office)
            window.show_concerns()
            window.concerns_inbox.open_concern(code)
            _settle()
            shots(window, f"{language}-desk-concerns")
            window.back_from_concerns()
            _settle()
            _supervisor_console(window, office, shots, language)
    finally:
        if window.session:
            window.log_out()
        window.close()
        window.deleteLater()
        _settle()
    return shots.written
