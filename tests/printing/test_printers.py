"""Printer URLs, the png and file printers, and a network printer over real TCP."""
from __future__ import annotations

import socket

import pytest
import zxingcpp
from PIL import Image

from kiosk.printing import ticket_receipt_bytes
from kiosk.printing.printers import (
    PngPrinter,
    PrinterError,
    PrinterErrorReason,
    PrinterUrl,
    PrinterUrlError,
    open_printer,
    parse_printer_url,
)


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
    printer.send(b"\x1b@one")
    printer.send(b"\x1b@two")
    assert target.read_bytes() == b"before\x1b@one\x1b@two"


def test_file_printer_missing_device_is_offline(tmp_path):
    with pytest.raises(PrinterError) as caught:
        open_printer(f"file:{tmp_path / 'no-such-dir' / 'lp0'}").send(b"\x1b@")
    assert caught.value.reason is PrinterErrorReason.OFFLINE


def test_network_printer_sends_after_asking_for_paper(fake_printer):
    printer = open_printer(fake_printer.url)
    printer.send(b"\x1b@hello\x1dVB\x00", "A-001")
    assert fake_printer.wait_for_jobs(1) == [b"\x1b@hello\x1dVB\x00"]
    assert fake_printer.status_queries == 1


def test_network_printer_paper_out(fake_printer):
    fake_printer.mode = "paper_out"
    with pytest.raises(PrinterError) as caught:
        open_printer(fake_printer.url).send(b"\x1b@hello")
    assert caught.value.reason is PrinterErrorReason.PAPER_OUT
    assert fake_printer.jobs == []


def test_network_printer_hanging_up_is_offline(fake_printer):
    fake_printer.mode = "hang_up"
    with pytest.raises(PrinterError) as caught:
        open_printer(fake_printer.url).send(b"\x1b@hello")
    assert caught.value.reason is PrinterErrorReason.OFFLINE


def test_network_printer_not_listening_is_offline():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(PrinterError) as caught:
        open_printer(f"network:127.0.0.1:{port}").send(b"\x1b@")
    assert caught.value.reason is PrinterErrorReason.OFFLINE


@pytest.mark.parametrize("url", ["usb:04b8:0202", "serial:/dev/ttyS0"])
def test_usb_and_serial_fail_as_printer_errors(url):
    # pyusb / pyserial are optional; with or without them no device exists here.
    with pytest.raises(PrinterError) as caught:
        open_printer(url).send(b"\x1b@")
    assert caught.value.reason in (PrinterErrorReason.ERROR, PrinterErrorReason.OFFLINE)


def test_print_test_writes_a_sample_receipt(qapp, tmp_path):
    from kiosk.config import PrinterSettings, Settings
    from kiosk.printing.sample import print_sample_receipt

    settings = Settings(data_dir=tmp_path, printer=PrinterSettings(profile="default", width_dots=384))
    where = print_sample_receipt(settings, language="kab")
    with Image.open(where) as image:
        assert image.width == 384  # 58 mm paper, from the settings
        assert [code.text for code in zxingcpp.read_barcodes(image)] == ["maktab:print-test:DEMO"]
    with pytest.raises(PrinterUrlError):
        print_sample_receipt(settings, "lpt:1")
