"""The kiosk and the desk say "printed" only when the network printer confirmed it.

Three fake printers on 127.0.0.1 speak ESC/POS real-time status (DLE EOT n): one answers
"online, paper in", one takes the job and never answers (a stalled printer), one answers
"paper out". The citizen sees, in their language: take your receipt; take it, and if none
came out remember the number; the printer has no paper. A clerk who reprints a concern
receipt at the desk reads the same three answers.
"""
from __future__ import annotations

import dataclasses

import pytest

from kiosk.domain.tickets import Priority
from kiosk.printing.printer_state import PrinterState
from kiosk.printing.printers import open_printer
from kiosk.printing.spool import PrintSpool
from kiosk.ui.app import build_citizen_window, ensure_application
from kiosk.ui.bridge import PrintBridge
from kiosk.ui.citizen.concerns.receipt_printer import ConcernReceiptPrinter
from kiosk.ui.worker import Worker
from tests.printing.fake_printer import ANSWERED, SILENT, FakeNetworkPrinter
from tests.ui.test_citizen_flow import choose_language, take_ticket
from tests.ui.test_concern_flow import (
    build_flow,
    choose_category,
    click,
    send,
    text_to_review_anonymously,
    type_on_keyboard,
)
from tests.ui.test_concern_inbox import concerns, make_inbox, staff  # noqa: F401  (fixtures)


@pytest.fixture
def printer():
    fake = FakeNetworkPrinter()
    yield fake
    fake.close()


@pytest.fixture
def kiosk_window(qtbot, qapp, office, settings, printer):
    """The citizen window printing to the fake printer; it waits for the status answer
    as long as the printer's mode calls for (see ANSWERED and SILENT)."""
    ensure_application()

    def make(printer_state: PrinterState | None = None):
        timeout = SILENT if printer.mode == "silent" else ANSWERED
        printing = dataclasses.replace(settings.printer, status_timeout_s=timeout)
        window = build_citizen_window(office, dataclasses.replace(settings, printer=printing), printer.url,
                                      printer_state=printer_state)
        qtbot.addWidget(window)
        window.tap_guard_ms = 0
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def test_a_confirmed_receipt_says_take_your_receipt(qtbot, kiosk_window, office, printer):
    window = kiosk_window()
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    issued = take_ticket(qtbot, window, office.services()[0].code, Priority.NONE)
    screen = window.ticket_screen
    qtbot.waitUntil(lambda: screen.print_state == "printed", timeout=10000)
    assert screen.status_label.text() == "Veuillez prendre votre ticket imprimé."
    assert screen.status_panel.property("role") == "panel"
    assert len(printer.wait_for_jobs(1)) == 1 and printer.status_queries == 6
    assert office.ticket(issued.ticket.id) is not None


def test_a_stalled_printer_is_sent_not_confirmed_and_the_number_is_shown(qtbot, kiosk_window, office, printer):
    printer.mode = "silent"
    window = kiosk_window()
    choose_language(qtbot, window, "ar", "أخذ تذكرة")
    issued = take_ticket(qtbot, window, office.services()[0].code, Priority.NONE)
    screen = window.ticket_screen
    qtbot.waitUntil(lambda: screen.print_state == "sent_unconfirmed", timeout=10000)
    label = issued.ticket.label
    assert screen.status_label.text() == f"يرجى أخذ الوصل. إن لم يخرج، يرجى حفظ رقمكم: \u2066{label}\u2069."
    assert not screen.printer_failed and screen.status_panel.property("role") == "panel"
    assert len(printer.wait_for_jobs(1)) == 1 and printer.connections == 1  # not printed twice


def test_a_printer_out_of_paper_says_so_and_keeps_the_ticket(qtbot, kiosk_window, office, printer):
    printer.mode = "paper_out"
    window = kiosk_window()
    choose_language(qtbot, window, "en", "Take a ticket")
    issued = take_ticket(qtbot, window, office.services()[0].code, Priority.NONE)
    screen = window.ticket_screen
    qtbot.waitUntil(lambda: screen.printer_failed, timeout=10000)
    assert screen.print_reason == "paper_out"
    assert screen.status_label.text().startswith("The printer has no paper.")
    assert issued.ticket.label in screen.status_label.text()
    assert printer.jobs == [] and office.ticket(issued.ticket.id) is not None


def test_the_office_report_hears_what_the_citizen_hears(qtbot, kiosk_window, office, printer):
    printer.mode = "paper_out"
    printer_state = PrinterState()
    window = kiosk_window(printer_state)
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    take_ticket(qtbot, window, office.services()[0].code, Priority.NONE)
    screen = window.ticket_screen
    qtbot.waitUntil(lambda: screen.printer_failed, timeout=10000)
    assert printer_state.state() == "paper_out"  # the spool told the tracker before the screen
    printer.mode = "ok"  # a new roll: the spool's retry prints the waiting receipt
    qtbot.waitUntil(lambda: screen.print_state == "printed", timeout=10000)
    assert printer_state.state() == "ok"


def test_a_concern_receipt_on_a_stalled_printer_shows_the_code_to_write_down(qtbot, office, settings, printer):
    printer.mode = "silent"
    bridge = PrintBridge()
    spool = PrintSpool(open_printer(printer.url, status_timeout_s=SILENT), bridge.on_status)
    worker = Worker()
    receipts = ConcernReceiptPrinter(office, spool, worker, status_source=bridge.status)
    try:
        flow = build_flow(qtbot, office, settings, receipts, print_status=receipts.status_changed)
        flow.start_register("fr")
        choose_category(qtbot, flow, "water")
        type_on_keyboard(qtbot, flow.text_screen.keyboard, "plus une goutte depuis hier")
        text_to_review_anonymously(qtbot, flow)
        send(qtbot, flow)
        screen = flow.confirmation_screen
        qtbot.waitUntil(lambda: screen.print_state == "sent_unconfirmed", timeout=10000)
        code = screen.code_label.text()
        assert screen.status_label.text() == (
            "Veuillez prendre votre reçu. S’il n’est pas sorti, veuillez noter ou photographier votre code\u00a0: "
            f"\u2066{code}\u2069")
        assert len(printer.wait_for_jobs(1)) == 1
    finally:
        worker.wait_for_done(5000)
        spool.close(timeout_s=2.0)


@pytest.mark.parametrize("mode, said", [
    ("ok", "The receipt was printed."),
    ("silent", "The receipt was sent to the printer, but the printer did not confirm that it printed."),
    ("paper_out", "The printer has no paper. The receipt will print once a roll is put in."),
])
def test_the_desk_says_what_became_of_a_reprinted_receipt(qtbot, office, make_inbox, concerns, printer,  # noqa: F811
                                                         mode, said):
    printer.mode = mode
    bridge = PrintBridge()
    timeout = SILENT if mode == "silent" else ANSWERED
    spool = PrintSpool(open_printer(printer.url, status_timeout_s=timeout), bridge.on_status, backoff_initial_s=30)
    worker = Worker()
    receipts = ConcernReceiptPrinter(office, spool, worker, status_source=bridge.status)
    try:
        inbox = make_inbox("clerk", receipts)
        inbox.open_concern(concerns["anonymous"])
        click(qtbot, inbox.reprint_button)
        assert inbox.error_label.text() == "The receipt is being printed."
        qtbot.waitUntil(lambda: inbox.error_label.text() == said, timeout=10000)
    finally:
        worker.wait_for_done(5000)
        spool.close(timeout_s=2.0)
