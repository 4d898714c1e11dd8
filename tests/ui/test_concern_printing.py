"""Concern receipts from the kiosk: rendered off the UI thread, through the real spool, to
the png printer; the paper's QR code reads back as the code, and the phone is masked.
Also: the concern printer shares the ticket printer's spool."""
from __future__ import annotations

import zxingcpp
from PIL import Image

from kiosk.domain.concerns import ConcernDraft, Contact
from kiosk.printing.printers import open_printer
from kiosk.printing.spool import PrintSpool
from kiosk.ui.app import build_citizen_window
from kiosk.ui.bridge import PrintBridge
from kiosk.ui.citizen.concerns.receipt_printer import ConcernReceiptPrinter, concern_printer_for
from kiosk.ui.worker import Worker
from tests.ui.test_concern_flow import build_flow, choose_category, click, send, type_on_keyboard

# Only QR codes: a line of large text can read as a 1D barcode now and then (a random code
# once decoded as "0808"), and the receipt carries one QR code and nothing else to scan.
QR = zxingcpp.BarcodeFormat.QRCode


def test_receipt_printed_through_the_spool_reads_back(qtbot, office, settings, tmp_path):
    bridge = PrintBridge()
    spool = PrintSpool(open_printer(f"png:{tmp_path / 'paper'}"), bridge.on_status)
    worker = Worker()
    printer = ConcernReceiptPrinter(office, spool, worker, status_source=bridge.status)
    try:
        flow = build_flow(qtbot, office, settings, printer, print_status=printer.status_changed)
        flow.start_register("ar")
        choose_category(qtbot, flow, "water")
        type_on_keyboard(qtbot, flow.text_screen.keyboard, "لا يوجد ماء منذ يومين")
        click(qtbot, flow.text_screen.next_button)
        click(qtbot, flow.place_screen.skip_button)
        click(qtbot, flow.consent_screen.agree_button)
        flow.contact_screen.phone_edit.setText("0771 22 33 44")
        click(qtbot, flow.contact_screen.next_button)
        send(qtbot, flow)
        screen = flow.confirmation_screen
        qtbot.waitUntil(lambda: screen.print_state == "printed", timeout=10000)
        assert screen.status_label.text() == "يرجى أخذ الوصل."
        code = screen.code_label.text()
        pages = list((tmp_path / "paper").glob("*.png"))
        assert len(pages) == 1
        paper = Image.open(pages[0])
        assert [c.text for c in zxingcpp.read_barcodes(paper, formats=QR)] == [f"MAKTAB:C:{code}"]
    finally:
        worker.wait_for_done(5000)
        spool.close(timeout_s=2.0)


def test_concern_printer_shares_the_ticket_spool(qtbot, office, settings, tmp_path):
    window = build_citizen_window(office, settings, f"png:{tmp_path / 'paper'}")
    qtbot.addWidget(window)
    printer = concern_printer_for(window.printer, office, settings)
    registered = office.register_concern(ConcernDraft("roads", "Nid de poule rue 5 depuis un mois", "fr",
                                                      contact=Contact(None, "0551234567"), consent=True))
    states = []
    printer.status_changed.connect(lambda job, state, reason: states.append((job, state)))
    printer(registered, "fr")
    qtbot.waitUntil(lambda: (registered.concern.id, "printed") in states, timeout=10000)
    paper = Image.open(next((tmp_path / "paper").glob("*.png")))
    assert [c.text for c in zxingcpp.read_barcodes(paper, formats=QR)] == [f"MAKTAB:C:{registered.code}"]
    window.shutdown()


def test_no_concern_printer_without_a_spool(office, settings):
    from kiosk.ui.citizen.receipt_printer import NullTicketPrinter

    assert concern_printer_for(NullTicketPrinter(), office, settings) is None
