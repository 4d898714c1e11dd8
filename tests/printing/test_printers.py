"""Printer URLs, the png and file printers, and a network printer over real TCP."""
from __future__ import annotations

import socket

import pytest
import zxingcpp
from PIL import Image

from kiosk.printing import ticket_receipt_bytes
from kiosk.printing.printer_status import PrinterStatus, parse_status
from kiosk.printing.printers import (
    Delivery,
    PngPrinter,
    PrinterError,
    PrinterErrorReason,
    PrinterUrl,
    PrinterUrlError,
    open_printer,
    parse_printer_url,
)
from tests.printing.fake_printer import ANSWERED, SILENT


@pytest.mark.parametrize(
    "url, expected",
    [
        ("png:/var/lib/maktab/receipts", PrinterUrl("png", path="/var/lib/maktab/receipts")),
        ("file:/dev/usb/lp0", PrinterUrl("file", path="/dev/usb/lp0")),
        ("usb:04b8:0202", PrinterUrl("usb", vendor_id=0x04B8, product_id=0x0202)),
        ("usb:0x0416:0x5011", PrinterUrl("usb", vendor_id=0x0416, product_id=0x5011)),
        ("network:192.168.1.50", PrinterUrl("network", host="192.168.1.50", port=9100)),
        ("network:printer.local:9101", PrinterUrl("network", host="printer.local", port=9101)),
        ("network:[fe80::1]:9100", PrinterUrl("network", host="fe80::1", port=9100)),
        ("serial:/dev/ttyS0", PrinterUrl("serial", path="/dev/ttyS0", baud=9600)),
        ("serial:/dev/ttyUSB0:19200", PrinterUrl("serial", path="/dev/ttyUSB0", baud=19200)),
        ("NETWORK:10.0.0.7:9100", PrinterUrl("network", host="10.0.0.7", port=9100)),
    ],
)
def test_good_urls(url, expected):
    assert parse_printer_url(url) == expected


@pytest.mark.parametrize(
    "url, problem",
    [
        ("/dev/usb/lp0", "missing the kind"),
        ("lpt:1", "unknown printer kind 'lpt'"),
        ("png:", "needs a folder"),
        ("usb:04b8", "vendor and a product id"),
        ("usb:04b8:zz02", "vendor and a product id"),
        ("usb:0:0202", "cannot be 0"),
        ("network:", "host name"),
        ("network:printer:http", "port must be a whole number"),
        ("network:printer:70000", "port must be a whole number"),
        ("network:bad host:9100", "host name"),
        ("serial:", "needs a device"),
        ("serial:/dev/ttyS0:10", "baud rate"),
        # Addresses written the way other software writes them: refused with Maktab's form.
        ("192.168.1.50:9100", "for a network printer write network:192.168.1.50:9100"),
        ("printer.local", "for a network printer write network:printer.local"),
        ("tcp://192.168.1.50:9100", "write a network printer as network:192.168.1.50:9100"),
        ("socket://10.0.0.7:9100/", "write a network printer as network:10.0.0.7:9100"),
        ("network://10.0.0.7:9100", "write network:10.0.0.7:9100"),
        ("/dev/ttyUSB0", "for this device write serial:/dev/ttyUSB0"),
    ],
)
def test_bad_urls_name_the_url_and_the_accepted_forms(url, problem):
    with pytest.raises(PrinterUrlError) as caught:
        parse_printer_url(url)
    message = str(caught.value)
    assert problem in message and repr(url) in message
    assert "network:HOST[:PORT]" in message and caught.value.url == url


def test_png_printer_writes_what_the_printer_would_print(receipt_factory, tmp_path):
    receipt = receipt_factory("ar")
    printer = open_printer(f"png:{tmp_path / 'receipts'}")
    assert isinstance(printer, PngPrinter)
    printer.send(ticket_receipt_bytes(receipt), label="A-042")
    printer.send(ticket_receipt_bytes(receipt), label="A-042")
    files = sorted((tmp_path / "receipts").iterdir())
    assert len(files) == 2 and all(f.name.endswith("-A-042.png") for f in files)
    with Image.open(files[0]) as image:
        assert image.width == 576
        assert [code.text for code in zxingcpp.read_barcodes(image)] == [receipt.qr_payload]


def test_png_printer_reports_an_unwritable_folder(receipt_factory, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    with pytest.raises(PrinterError) as caught:
        open_printer(f"png:{blocker}").send(ticket_receipt_bytes(receipt_factory("fr")), "A-001")
    assert caught.value.reason is PrinterErrorReason.ERROR


def test_file_printer_appends(tmp_path):
    target = tmp_path / "lp0"
    target.write_bytes(b"before")
    printer = open_printer(f"file:{target}")
    # A file or device cannot answer a status request: the bytes are sent, not confirmed.
    assert printer.send(b"\x1b@one") is Delivery.SENT
    assert printer.send(b"\x1b@two") is Delivery.SENT
    assert target.read_bytes() == b"before\x1b@one\x1b@two"


def test_file_printer_missing_device_is_offline(tmp_path):
    with pytest.raises(PrinterError) as caught:
        open_printer(f"file:{tmp_path / 'no-such-dir' / 'lp0'}").send(b"\x1b@")
    assert caught.value.reason is PrinterErrorReason.OFFLINE


def test_network_printer_is_printed_only_when_it_confirms(fake_printer):
    printer = open_printer(fake_printer.url, status_timeout_s=ANSWERED)
    assert printer.send(b"\x1b@hello\x1dVB\x00", "A-001") is Delivery.PRINTED
    assert fake_printer.wait_for_jobs(1) == [b"\x1b@hello\x1dVB\x00"]
    assert fake_printer.status_queries == 6  # DLE EOT 1, 2, 4 before the job and after it
    assert printer.last_note == "the printer confirmed: online"


def test_a_silent_network_printer_is_sent_not_confirmed(fake_printer):
    fake_printer.mode = "silent"  # takes the bytes, never answers a status request
    printer = open_printer(fake_printer.url, status_timeout_s=SILENT)
    assert printer.send(b"\x1b@hello", "A-001") is Delivery.SENT
    assert fake_printer.wait_for_jobs(1) == [b"\x1b@hello"]
    assert "did not answer the status request" in printer.last_note


def test_a_printer_silent_once_gets_the_next_receipt_at_once_and_is_asked_again_once_it_answers(fake_printer):
    fake_printer.mode = "silent"
    printer = open_printer(fake_printer.url, status_timeout_s=SILENT)
    assert printer.send(b"\x1b@one") is Delivery.SENT
    assert printer.send(b"\x1b@two") is Delivery.SENT  # not held back by a status wait first
    fake_printer.mode = "ok"
    printer.status_timeout_s = ANSWERED
    assert printer.send(b"\x1b@three") is Delivery.PRINTED  # asked after the job: it answers again
    assert printer.send(b"\x1b@four") is Delivery.PRINTED
    assert fake_printer.wait_for_jobs(4) == [b"\x1b@one", b"\x1b@two", b"\x1b@three", b"\x1b@four"]
    assert fake_printer.asked_first == [True, False, False, True]


@pytest.mark.parametrize("mode, reason, when", [
    ("paper_out", PrinterErrorReason.PAPER_OUT, "before the job"),
    ("cover_open", PrinterErrorReason.COVER_OPEN, "before the job"),
    ("runs_out", PrinterErrorReason.PAPER_OUT, "after the job"),
])
def test_network_printer_that_says_it_cannot_print(fake_printer, mode, reason, when):
    fake_printer.mode = mode
    with pytest.raises(PrinterError) as caught:
        open_printer(fake_printer.url, status_timeout_s=ANSWERED).send(b"\x1b@hello")
    assert caught.value.reason is reason and when in caught.value.detail
    assert fake_printer.jobs == []


def test_status_requests_inside_the_job_do_not_confuse_the_confirmation(fake_printer):
    # Raster data may hold the bytes of DLE EOT n; the printer answers those too.
    job = b"\x1b@\x1dv0\x00\x03\x00\x01\x00\x10\x04\x02\x10\x04\x01"
    assert open_printer(fake_printer.url, status_timeout_s=ANSWERED).send(job) is Delivery.PRINTED
    assert fake_printer.wait_for_jobs(1) == [job]


def test_a_profile_without_realtime_status_is_never_asked(fake_printer):
    printer = open_printer(fake_printer.url, profile="TSP600")  # a Star printer: no DLE EOT
    assert printer.send(b"\x1b@hello") is Delivery.SENT
    assert fake_printer.wait_for_jobs(1) == [b"\x1b@hello"] and fake_printer.status_queries == 0


def test_a_serial_printer_is_asked_too(serial_printer):
    printer = open_printer(serial_printer.url, status_timeout_s=ANSWERED)
    assert printer.send(b"\x1b@A-042\x1dVB\x00") is Delivery.PRINTED
    assert serial_printer.wait_printed(b"\x1b@A-042\x1dVB\x00") == b"\x1b@A-042\x1dVB\x00"
    assert serial_printer.status_queries == 6
    serial_printer.mode = "paper_out"
    with pytest.raises(PrinterError) as caught:
        printer.send(b"\x1b@A-043")
    assert caught.value.reason is PrinterErrorReason.PAPER_OUT


def test_a_silent_serial_printer_is_sent_not_confirmed(serial_printer):
    serial_printer.mode = "silent"  # a one-way cable, or a printer that does not speak DLE EOT
    printer = open_printer(serial_printer.url, status_timeout_s=SILENT)
    assert printer.send(b"\x1b@A-044") is Delivery.SENT
    assert serial_printer.wait_printed(b"\x1b@A-044") == b"\x1b@A-044"


@pytest.mark.parametrize("answer, expected", [
    (b"\x12\x12\x12", PrinterStatus(True, False, False, False, False)),
    (b"\x12\x12\x1e", PrinterStatus(True, False, False, True, False)),  # paper near end: still ready
    (b"\x1a\x32\x72", PrinterStatus(False, False, True, False, False)),
    (b"\x1a\x16\x12", PrinterStatus(False, True, False, False, False)),
    (b"\x12\x52\x12", PrinterStatus(True, False, False, False, True)),
    (b"\x12\x12", None),  # too short
    (b"\x12HP", None),  # not status bytes
])
def test_status_answers_are_read_by_their_bits(answer, expected):
    assert parse_status(answer) == expected


def test_network_printer_hanging_up_is_offline(fake_printer):
    fake_printer.mode = "hang_up"
    with pytest.raises(PrinterError) as caught:
        open_printer(fake_printer.url, status_timeout_s=ANSWERED).send(b"\x1b@hello")
    assert caught.value.reason is PrinterErrorReason.OFFLINE


def test_network_printer_not_listening_is_offline():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(PrinterError) as caught:
        open_printer(f"network:127.0.0.1:{port}").send(b"\x1b@")
    assert caught.value.reason is PrinterErrorReason.OFFLINE


@pytest.mark.parametrize("url", ["usb:04b8:0202", "serial:/dev/ttyMAKTAB-missing"])
def test_usb_and_serial_fail_as_printer_errors(url):
    # No such printer is plugged in here (with or without libusb on the machine).
    with pytest.raises(PrinterError) as caught:
        open_printer(url).send(b"\x1b@")
    assert caught.value.reason in (PrinterErrorReason.ERROR, PrinterErrorReason.OFFLINE)


def test_print_test_writes_a_sample_receipt(qapp, tmp_path):
    from kiosk.config import PrinterSettings, Settings
    from kiosk.printing.sample import print_sample_receipt

    settings = Settings(data_dir=tmp_path, printer=PrinterSettings(profile="default", width_dots=384))
    result = print_sample_receipt(settings, language="kab")
    assert result.delivery is Delivery.PRINTED  # the image is the paper
    with Image.open(result.where) as image:
        assert image.width == 384  # 58 mm paper, from the settings
        assert [code.text for code in zxingcpp.read_barcodes(image)] == ["maktab:print-test:DEMO"]
    with pytest.raises(PrinterUrlError):
        print_sample_receipt(settings, "lpt:1")
