"""The receipts' QR codes with the central server's public address, read back from the very
bytes a network printer receives (tests/printing/escpos_raster.py, zxing-cpp): the address
fits and scans on 80 and 58 mm paper even at its longest, and without it receipts are as before."""
from __future__ import annotations

import pytest

from kiosk.domain.ids import public_token
from kiosk.domain.languages import LANGUAGES
from kiosk.domain.qr_payloads import concern_qr_payload, ticket_qr_payload
from kiosk.domain.tracking_codes import new_tracking_code
from kiosk.printing import ticket_receipt_bytes
from kiosk.printing.concern_receipt import concern_receipt_bytes, layout_concern_receipt
from kiosk.printing.printers import open_printer
from kiosk.printing.qr_matrix import qr_modules
from kiosk.printing.receipt import layout_ticket_receipt
from kiosk.printing.spool import PrintSpool
from sync.protocol import MAX_PUBLIC_URL_LENGTH
from tests.printing.escpos_raster import decode_qr_from_escpos, paper_from_escpos
from tests.printing.fake_printer import ANSWERED
from tests.printing.test_concern_receipt import make_receipt as make_concern_receipt

BUDGET = 24 * 1024  # DESIGN §9
URL_60 = "https://maktab.commune-tizi-ouzou.example.dz/citoyens/page/1"  # 60 characters
LONGEST = "https://" + "m" * (MAX_PUBLIC_URL_LENGTH - len("https://.dz")) + ".dz"
MIN_MODULE_DOTS = 4  # 0.5 mm at 203 dpi: what a phone camera reads at arm's length


def module_dots(payload: str, span_height: int) -> float:
    return span_height / (len(qr_modules(payload, "M")) + 8)


def test_the_sixty_character_address_is_what_the_brief_measures():
    assert len(URL_60) == 60 and len(LONGEST) == MAX_PUBLIC_URL_LENGTH


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("url", [URL_60, LONGEST])
def test_ticket_receipt_carries_the_live_ticket_page(receipt_factory, language, url):
    token = public_token()
    payload = ticket_qr_payload("TST", "01J", "A-042", url, token)
    assert payload == f"{url}/t/{token}" and len(token) == 16
    receipt = receipt_factory(language, qr_payload=payload)
    rendered = layout_ticket_receipt(receipt)
    assert module_dots(payload, rendered.qr_span.height) >= MIN_MODULE_DOTS
    data = ticket_receipt_bytes(receipt, "TM-T20II")
    assert len(data) <= BUDGET
    assert decode_qr_from_escpos(data) == [payload]


@pytest.mark.parametrize("url", [URL_60, LONGEST])
def test_on_58_mm_paper_too(receipt_factory, url):
    payload = ticket_qr_payload("TST", "01J", "A-042", url, public_token())
    data = ticket_receipt_bytes(receipt_factory("ar", qr_payload=payload), "default", width_dots=384)
    assert decode_qr_from_escpos(data, 384) == [payload]
    assert paper_from_escpos(data, 384).width == 384


@pytest.mark.parametrize("url", [URL_60, LONGEST])
def test_concern_receipt_carries_the_concern_page(qapp, url):
    code = new_tracking_code("TZO").text
    receipt = make_concern_receipt("kab", code=code, public_url=url)
    assert receipt.qr_payload == f"{url}/c/{code}"
    rendered = layout_concern_receipt(receipt)
    assert module_dots(receipt.qr_payload, rendered.qr_span.height) >= MIN_MODULE_DOTS
    for width in (576, 384):
        data = concern_receipt_bytes(receipt, width_dots=width)
        assert len(data) <= BUDGET
        assert decode_qr_from_escpos(data, width) == [f"{url}/c/{code}"]


def test_without_a_public_url_receipts_are_as_before(receipt_factory):
    assert ticket_qr_payload("TST", "01J", "A-042", None, public_token()) == "MAKTAB:T:TST:01J:A-042"
    assert ticket_qr_payload("TST", "01J", "A-042", URL_60, None) == "MAKTAB:T:TST:01J:A-042"  # an older hub
    assert concern_qr_payload("TZO-7K3Q-9XA4") == "MAKTAB:C:TZO-7K3Q-9XA4"
    receipt = make_concern_receipt("fr")
    assert decode_qr_from_escpos(concern_receipt_bytes(receipt)) == [f"MAKTAB:C:{receipt.code}"]


def test_read_back_from_what_the_network_printer_received(receipt_factory, fake_printer):
    """The real path: the spool, the TCP printer driver and its status queries around the job."""
    payload = ticket_qr_payload("TST", "01J", "A-042", URL_60, public_token())
    data = ticket_receipt_bytes(receipt_factory("ar", qr_payload=payload), "TM-T20II")
    states = []
    spool = PrintSpool(open_printer(fake_printer.url, status_timeout_s=ANSWERED),
                       lambda job, state, reason=None: states.append(state))
    try:
        spool.submit(data, "A-042", job_id="t1")
        (job,) = fake_printer.wait_for_jobs(1)
    finally:
        spool.close(timeout_s=2.0)
    assert decode_qr_from_escpos(job) == [payload]


def test_the_helper_refuses_bytes_that_are_not_a_receipt():
    with pytest.raises(ValueError):
        decode_qr_from_escpos(b"\x1b@\x1bt\x10hello")
    assert decode_qr_from_escpos(b"\x1b@\x1dVB\x00") == []  # a blank receipt: no code
