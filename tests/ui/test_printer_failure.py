"""A missing or failing printer never loses the ticket: it is stored, shown with its QR
code, the citizen is told in their language, and the spool keeps retrying."""
from __future__ import annotations

import pytest

from kiosk.domain.tickets import Priority
from tests.ui.test_citizen_flow import choose_language, take_ticket


@pytest.mark.parametrize("target", ["missing-folder", "closed-port"])
def test_failed_printer_keeps_ticket_and_says_so_in_french(qtbot, make_window, office, closed_port, target, ui_clock):
    url = "file:/nonexistent-dir/receipt.bin" if target == "missing-folder" else f"network:127.0.0.1:{closed_port}"
    window = make_window(printer_url=url, ticket_screen_s=5)
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    issued = take_ticket(qtbot, window, office.services()[0].code, Priority.NONE)

    stored = office.ticket(issued.ticket.id)
    assert stored is not None and office.waiting_count(stored.service_code) == 1
    screen = window.ticket_screen
    qtbot.waitUntil(lambda: screen.printer_failed, timeout=10000)
    assert screen.print_state == "failed_retrying"  # the spool will try again
    assert screen.status_label.text() == (
        "L’imprimante ne fonctionne pas. Veuillez photographier ou retenir votre numéro\u00a0: "
        f"\u2066{stored.label}\u2069. Le personnel a été prévenu.")
    assert screen.label_label.isVisible() and screen.label_label.text() == stored.label
    assert screen.qr_label.isVisible() and not screen.qr_label.pixmap().isNull()
    assert screen.status_panel.property("role") == "warning"
    # the ticket stays on screen longer than usual (30 s at least) to photograph the number
    ui_clock.advance(seconds=29.9)
    assert window.currentWidget() is screen
    ui_clock.advance(seconds=0.1)
    assert window.currentWidget() is window.language_screen  # then the next citizen starts afresh


def test_failed_printer_message_in_arabic(qtbot, make_window, office):
    window = make_window(printer_url="file:/nonexistent-dir/receipt.bin")
    choose_language(qtbot, window, "ar", "أخذ تذكرة")
    issued = take_ticket(qtbot, window, office.services()[0].code, Priority.PREGNANCY)
    qtbot.waitUntil(lambda: window.ticket_screen.printer_failed, timeout=10000)
    text = window.ticket_screen.status_label.text()
    assert text.startswith("الطابعة لا تعمل.") and issued.ticket.label in text
    assert office.ticket(issued.ticket.id).priority is Priority.PREGNANCY


def test_unusable_printer_url_still_issues_tickets(qtbot, make_window, office):
    window = make_window(printer_url="carrier-pigeon:somewhere")
    choose_language(qtbot, window, "en", "Take a ticket")
    issued = take_ticket(qtbot, window, office.services()[0].code, Priority.NONE)
    qtbot.waitUntil(lambda: window.ticket_screen.printer_failed, timeout=10000)
    assert "The printer is not working." in window.ticket_screen.status_label.text()
    assert office.ticket(issued.ticket.id) is not None


def test_paper_out_has_its_own_message(qtbot, make_window, office):
    window = make_window()
    choose_language(qtbot, window, "en", "Take a ticket")
    issued = take_ticket(qtbot, window, office.services()[0].code, Priority.NONE)
    # what the spool reports when a network printer answers "roll end"
    window.printer.status_changed.emit(issued.ticket.id, "failed_retrying", "paper_out")
    assert window.ticket_screen.status_label.text().startswith("The printer has no paper.")
