"""Printer URLs: checked and split into parts, with no printer library loaded.

    png:DIR                  default; writes each receipt as a PNG of what a printer would print
    file:PATH                appends the raw ESC/POS bytes to a file or device (/dev/usb/lp0)
    usb:VID:PID              USB printer, ids in hex (usb:04b8:0202)
    network:HOST[:PORT]      raw TCP printer, port 9100 by default
    serial:DEVICE[:BAUD]     serial printer (serial:/dev/ttyS0:19200), 9600 baud by default

The settings check (`kiosk.config`) and the printer factory (`printers.open_printer`)
both parse with `parse_printer_url`, so a URL the kiosk cannot print to stops start-up
with the accepted forms, instead of a kiosk that silently never prints. A URL written
the way other software writes it (`192.168.1.50:9100`, `tcp://…`, `/dev/usb/lp0`) is
refused with the form Maktab expects for it.

Thread: any (pure functions).
"""
from __future__ import annotations

import dataclasses
import re

URL_FORMS = (
    "png:DIR",
    "file:PATH",
    "usb:VID:PID (hex)",
    "network:HOST[:PORT]",
    "serial:DEVICE[:BAUD]",
)
KINDS = ("png", "file", "usb", "network", "serial")
DEFAULT_NETWORK_PORT = 9100
DEFAULT_BAUD = 9600
# How long a printer may take to answer its status request (a printer answers DLE EOT at
# once; a loaded kiosk PC may take a moment to read it). The settings' printer.status_timeout_s.
DEFAULT_STATUS_TIMEOUT_S = 2.0


class PrinterUrlError(ValueError):
    """A printer URL that cannot be understood."""

    def __init__(self, url: str, problem: str):
        self.url = url
        self.problem = problem
        super().__init__(f"printer URL {url!r}: {problem}; expected one of: {', '.join(URL_FORMS)}")


@dataclasses.dataclass(frozen=True)
class PrinterUrl:
    """A parsed printer URL. Only the fields of its kind are set."""

    kind: str  # "png", "file", "usb", "network" or "serial"
    path: str | None = None  # png, file, serial device
    host: str | None = None
    port: int | None = None
    vendor_id: int | None = None
    product_id: int | None = None
    baud: int | None = None


_HEX_ID = re.compile(r"(?:0x)?[0-9a-fA-F]{1,4}")
_HOST = re.compile(r"[A-Za-z0-9.\-]+|\[[0-9A-Fa-f:.]+\]")
_OTHER_SCHEMES = re.compile(r"(?:tcp|socket|raw|ip|jetdirect)://(?P<rest>.*)", re.IGNORECASE)


def parse_printer_url(url: str) -> PrinterUrl:
    """Check a printer URL and split it into its parts; raises PrinterUrlError."""
    _refuse_foreign_forms(url)
    kind, sep, rest = url.partition(":")
    if not sep:
        raise PrinterUrlError(url, "missing the kind of printer before ':'")
    kind = kind.strip().lower()
    if kind in ("png", "file"):
        if not rest:
            raise PrinterUrlError(url, f"{kind}: needs a {'folder' if kind == 'png' else 'file'} path")
        return PrinterUrl(kind, path=rest)
    if kind == "usb":
        parts = rest.split(":")
        if len(parts) != 2 or not all(_HEX_ID.fullmatch(part) for part in parts):
            raise PrinterUrlError(url, "usb: needs a vendor and a product id in hex, like usb:04b8:0202")
        vendor, product = (int(part, 16) for part in parts)
        if vendor == 0 or product == 0:
            raise PrinterUrlError(url, "usb: vendor and product ids cannot be 0")
        return PrinterUrl(kind, vendor_id=vendor, product_id=product)
    if kind == "network":
        if rest.startswith("//"):
            raise PrinterUrlError(url, f"network: takes no '//'; write network:{rest[2:]}")
        host, port = rest, DEFAULT_NETWORK_PORT
        if rest.count(":") == 1 or (rest.startswith("[") and "]:" in rest):
            host, _, port_text = rest.rpartition(":")
            port = _number(url, port_text, "port", 1, 65535)
        if not host or not _HOST.fullmatch(host):
            raise PrinterUrlError(url, "network: needs a host name or address, like network:192.168.1.50:9100")
        return PrinterUrl(kind, host=host.strip("[]"), port=port)
    if kind == "serial":
        device, baud = rest, DEFAULT_BAUD
        head, _, tail = rest.rpartition(":")
        if head and tail.isdigit():
            device, baud = head, _number(url, tail, "baud rate", 50, 4_000_000)
        if not device:
            raise PrinterUrlError(url, "serial: needs a device, like serial:/dev/ttyS0:19200")
        return PrinterUrl(kind, path=device, baud=baud)
    raise PrinterUrlError(url, f"unknown printer kind {kind!r}")


def _refuse_foreign_forms(url: str) -> None:
    """Addresses written without Maktab's kind (a bare host and port, CUPS-style schemes,
    a device path) name a real printer: say which form to write instead."""
    text = url.strip()
    foreign = _OTHER_SCHEMES.fullmatch(text)
    if foreign:
        address = foreign.group("rest").rstrip("/")
        raise PrinterUrlError(url, f"write a network printer as network:{address}")
    head, _, tail = text.partition(":")
    port_like = tail.isdigit() and len(tail) >= 3
    if head.lower() not in KINDS and _HOST.fullmatch(head) and (not tail or tail.isdigit()) and (
            "." in head or port_like):
        # 192.168.1.50:9100, printer.local, printer:9100: a host, maybe with a port.
        raise PrinterUrlError(url, f"no kind of printer given; for a network printer write network:{text}")
    if text.startswith("/dev/") and ":" not in text:
        kind = "serial" if re.match(r"/dev/tty", text) else "file"
        raise PrinterUrlError(url, f"missing the kind of printer before ':'; for this device write {kind}:{text}")


def _number(url: str, text: str, what: str, low: int, high: int) -> int:
    if not text.isdigit() or not low <= int(text) <= high:
        raise PrinterUrlError(url, f"{what} must be a whole number from {low} to {high}, not {text!r}")
    return int(text)
