"""The QR codes a citizen scans with a phone, end to end: the office has the central server's
public address, the kiosk prints through the real spool to a network printer on 127.0.0.1,
and the QR code read back from the printer's bytes (tests/printing/escpos_raster.py) is the
page's address — for a local office and for a kiosk that is a LAN client of its hub. The
ticket's token is in the receipt and the central event, never on the LAN's event stream.
Without the address, receipts stay as before; the follow-up screen takes either scan."""
from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from kiosk.domain.concerns import ConcernDraft
from kiosk.domain.tickets import Priority
from kiosk.hub.client import RemoteOffice
from kiosk.hub.connect import pair
from kiosk.hub.running import HubServer
from kiosk.printing.printers import open_printer
from kiosk.printing.spool import PrintSpool
from kiosk.ui.app import build_citizen_window, ensure_application
from kiosk.ui.bridge import PrintBridge
from kiosk.ui.citizen.concerns.receipt_printer import ConcernReceiptPrinter
from kiosk.ui.worker import Worker
from tests.printing.escpos_raster import decode_qr_from_escpos
from tests.printing.fake_printer import ANSWERED, FakeNetworkPrinter
from tests.ui.test_citizen_flow import choose_language, take_ticket
from tests.ui.test_concern_flow import (
    build_flow,
    choose_category,
    send,
    text_to_review_anonymously,
    type_on_keyboard,
)

URL = "https://maktab.commune-tizi-ouzou.example.dz/citoyens/page/1"  # 60 characters
FAST = {"timeout": (1.0, 3.0), "retries": 1, "backoff": 0.05, "reconnect_max_s": 0.3}


@pytest.fixture
def printer():
    fake = FakeNetworkPrinter()
    yield fake
    fake.close()


def kiosk_window(qtbot, office_port, settings, printer):
    ensure_application()
    printing = dataclasses.replace(settings.printer, status_timeout_s=ANSWERED)
    window = build_citizen_window(office_port, dataclasses.replace(settings, printer=printing), printer.url)
    qtbot.addWidget(window)
    window.tap_guard_ms = 0
    window.show()
    qtbot.waitExposed(window)
    return window


def ticket_issued_payload(office, ticket_id: str) -> dict:
    return next(e.payload for e in office.outbox.list(limit=1000)
                if e.type == "ticket.issued" and e.payload["ticket_id"] == ticket_id)


def test_the_ticket_receipt_opens_the_live_ticket_page(qtbot, office, settings, printer):
    office.set_public_url(URL)
    heard = []
    office.subscribe(lambda event: heard.append(event) if event.kind == "ticket.issued" else None)
    window = kiosk_window(qtbot, office, settings, printer)
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    issued = take_ticket(qtbot, window, office.services()[0].code, Priority.NONE)
    qtbot.waitUntil(lambda: window.ticket_screen.print_state == "printed", timeout=10000)
    token = issued.public_token
    assert token and len(token) == 16
    (job,) = printer.wait_for_jobs(1)
    assert decode_qr_from_escpos(job) == [f"{URL}/t/{token}"]
    assert window.ticket_screen.qr_payload == f"{URL}/t/{token}"  # the screen shows the same code
    assert ticket_issued_payload(office, issued.ticket.id)["public_token"] == token  # for the central server
    assert [e.data["ticket_id"] for e in heard] == [issued.ticket.id]
    assert "public_token" not in heard[0].data and token not in repr(heard[0].data)  # not for the LAN
    assert token not in repr(office.ticket(issued.ticket.id))
    window.shutdown()


def test_without_a_public_url_the_ticket_receipt_is_as_before(qtbot, office, settings, printer):
    window = kiosk_window(qtbot, office, settings, printer)
    choose_language(qtbot, window, "ar", "أخذ تذكرة")
    issued = take_ticket(qtbot, window, office.services()[0].code, Priority.NONE)
    (job,) = printer.wait_for_jobs(1)
    ticket = issued.ticket
    assert decode_qr_from_escpos(job) == [f"MAKTAB:T:{office.info.code}:{ticket.id}:{ticket.label}"]
    assert issued.public_token  # the token exists all the same: the central page works once the address is set
    window.shutdown()


def test_a_new_public_url_reaches_the_open_kiosk(qtbot, office, settings, printer):
    window = kiosk_window(qtbot, office, settings, printer)
    assert window.model.public_url() is None
    office.set_public_url(URL)  # a pull brought it: the model reads the office again
    qtbot.waitUntil(lambda: window.model.public_url() == URL)
    office.set_public_url(None)
    qtbot.waitUntil(lambda: window.model.public_url() is None)
    window.shutdown()


# ---------------------------------------------------------------------------- over the LAN


@pytest.fixture
def hub(office):
    server = HubServer(office, "127.0.0.1", 0, heartbeat_s=1.0).start()
    yield server
    server.stop()


def paired(hub, folder, name: str, kind: str) -> RemoteOffice:
    return pair(hub.url, hub.pairing.new_pairing_code().code, name, kind, folder, **FAST)


def test_a_lan_kiosk_prints_the_token_the_desks_never_hear(qtbot, office, settings, printer, hub, tmp_path):
    kiosk_pc = paired(hub, tmp_path / "kiosk-pc", "Borne 2", "kiosk")
    desk_pc = paired(hub, tmp_path / "desk-pc", "Guichet 1", "desk")
    desk_heard = []
    stop_listening = desk_pc.subscribe(lambda event: desk_heard.append(event))
    try:
        assert kiosk_pc.public_url() is None
        office.set_public_url(URL)
        assert kiosk_pc.public_url() == URL
        window = kiosk_window(qtbot, kiosk_pc, settings, printer)
        qtbot.waitUntil(lambda: window.model.public_url() == URL)
        choose_language(qtbot, window, "kab", "Ddem tikit")
        issued = take_ticket(qtbot, window, office.services()[0].code, Priority.NONE)
        (job,) = printer.wait_for_jobs(1)
        token = issued.public_token
        assert token and decode_qr_from_escpos(job) == [f"{URL}/t/{token}"]
        assert ticket_issued_payload(office, issued.ticket.id)["public_token"] == token
        qtbot.waitUntil(lambda: any(e.kind == "ticket.issued" for e in desk_heard), timeout=10000)
        assert token not in repr([e.data for e in desk_heard])
        assert token not in repr(desk_pc.waiting_tickets()) and token not in repr(desk_pc.ticket(issued.ticket.id))
        window.shutdown()
    finally:
        stop_listening()
        kiosk_pc.close()
        desk_pc.close()


# ---------------------------------------------------------------------------- concerns


def register_and_print_a_concern(qtbot, office, settings, printer) -> tuple[str, bytes, str]:
    """A citizen registers a concern in French at the kiosk, anonymously; the receipt goes through the
    real spool to `printer`. (tracking code, the printer's bytes, the confirmation screen's QR text)."""
    bridge = PrintBridge()
    spool = PrintSpool(open_printer(printer.url, status_timeout_s=ANSWERED), bridge.on_status)
    worker = Worker()
    receipts = ConcernReceiptPrinter(office, spool, worker, status_source=bridge.status)
    try:
        flow = build_flow(qtbot, office, settings, receipts, print_status=receipts.status_changed)
        flow.start_register("fr")
        choose_category(qtbot, flow, "roads")
        type_on_keyboard(qtbot, flow.text_screen.keyboard, "nid de poule rue 5")
        text_to_review_anonymously(qtbot, flow)
        send(qtbot, flow)
        qtbot.waitUntil(lambda: flow.confirmation_screen.print_state == "printed", timeout=10000)
        (job,) = printer.wait_for_jobs(1)
        return flow.confirmation_screen.code_label.text(), job, flow.confirmation_screen.qr_payload
    finally:
        worker.wait_for_done(5000)
        spool.close(timeout_s=2.0)


def test_the_concern_receipt_opens_the_concern_page(qtbot, office, settings, printer):
    office.set_public_url(URL)
    code, job, on_screen = register_and_print_a_concern(qtbot, office, settings, printer)
    assert decode_qr_from_escpos(job) == [f"{URL}/c/{code}"]
    assert on_screen == f"{URL}/c/{code}"


@pytest.mark.parametrize("scanned", [f"{URL}/c/{{code}}", "MAKTAB:C:{code}"])
def test_the_follow_up_screen_takes_either_scan(qtbot, office, settings, scanned):
    code = office.register_concern(ConcernDraft("lighting", "Le lampadaire de la rue 3 est cassé", "fr")).code
    flow = build_flow(qtbot, office, settings)
    flow.start_follow_up("fr")
    screen = flow.followup_screen
    qtbot.keyClicks(screen.code_edit, scanned.format(code=code))  # a hand scanner types, then Enter
    qtbot.keyClick(screen.code_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.result.isVisible())
    assert screen.code_edit.text() == code
