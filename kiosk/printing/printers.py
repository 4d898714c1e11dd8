"""Receipt printers, named by a URL, that take ready ESC/POS bytes.

    png:DIR                  default; writes each receipt as a PNG of what a printer would print
    file:PATH                appends the raw ESC/POS bytes to a file or device (/dev/usb/lp0)
    usb:VID:PID              USB printer, ids in hex (usb:04b8:0202); needs pyusb
    network:HOST[:PORT]      raw TCP printer, port 9100 by default
    serial:DEVICE[:BAUD]     serial printer (serial:/dev/ttyS0:19200), 9600 baud by default; needs pyserial

Errors:

    PrinterUrlError(ValueError)   the URL is malformed: says which URL and the accepted forms
    PrinterError(Exception)       a send failed; `.reason` is a PrinterErrorReason
        OFFLINE     cannot reach the printer (unplugged, switched off, no route)
        PAPER_OUT   the printer says its roll is empty (network printers are asked first)
        ERROR       anything else (missing driver library, unwritable folder, …)

The reason is what the UI tells the citizen, in their language; `.detail` is for the log.

Thread: a printer is used by one thread at a time (the spool's worker). Each `send`
opens the connection and closes it again, so a printer that was unplugged or switched
off works again as soon as it is back, with no reconnect logic.
"""
from __future__ import annotations

import abc
import dataclasses
import datetime as dt
import enum
import os
import re
import socket
import tempfile
from pathlib import Path

from escpos.capabilities import BaseProfile
from escpos.exceptions import DeviceNotFoundError
from escpos.printer import File, Network, Serial, Usb

from sync.private_files import make_private_dir, open_private
from kiosk.printing.escpos_encode import decode_raster, profile_width, resolve_profile

URL_FORMS = (
    "png:DIR",
    "file:PATH",
    "usb:VID:PID (hex)",
    "network:HOST[:PORT]",
    "serial:DEVICE[:BAUD]",
)
DEFAULT_NETWORK_PORT = 9100
DEFAULT_BAUD = 9600
DLE_EOT_PAPER = b"\x10\x04\x04"  # real-time status, paper roll sensor (DLE EOT 4)
_PAPER_END = 0x60  # bits 5 and 6 of the DLE EOT 4 answer: roll end detected


class PrinterUrlError(ValueError):
    """A printer URL that cannot be understood."""

    def __init__(self, url: str, problem: str):
        self.url = url
        super().__init__(f"printer URL {url!r}: {problem}; expected one of: {', '.join(URL_FORMS)}")


class PrinterErrorReason(str, enum.Enum):
    OFFLINE = "offline"
    PAPER_OUT = "paper_out"
    ERROR = "error"


class PrinterError(Exception):
    """A receipt could not be printed; `reason` says why in a way the UI can translate."""

    def __init__(self, reason: PrinterErrorReason, detail: str = ""):
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)


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


def parse_printer_url(url: str) -> PrinterUrl:
    """Check a printer URL and split it into its parts; raises PrinterUrlError."""
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


def _number(url: str, text: str, what: str, low: int, high: int) -> int:
    if not text.isdigit() or not low <= int(text) <= high:
        raise PrinterUrlError(url, f"{what} must be a whole number from {low} to {high}, not {text!r}")
    return int(text)


class Printer(abc.ABC):
    """Where receipt bytes go. `send` either prints or raises PrinterError."""

    def __init__(self, url: str):
        self.url = url

    @abc.abstractmethod
    def send(self, data: bytes, label: str = "receipt") -> None:
        """Print `data` (complete ESC/POS bytes); `label` names the job (ticket label)."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.url}>"


class PngPrinter(Printer):
    """Writes `<timestamp>-<label>.png` in a folder: the paper decoded back from the bytes."""

    def __init__(self, url: str, folder: Path, width_dots: int):
        super().__init__(url)
        self.folder = folder
        self.width_dots = width_dots

    def send(self, data: bytes, label: str = "receipt") -> None:
        try:
            image = decode_raster(data, self.width_dots)
        except ValueError as error:
            raise PrinterError(PrinterErrorReason.ERROR, f"cannot read the receipt bytes: {error}") from error
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S.%fZ")
        safe_label = re.sub(r"[^A-Za-z0-9_-]+", "_", label)[:40] or "receipt"
        try:
            make_private_dir(self.folder)  # receipts carry names and codes: 0700, and mkstemp's files are 0600
            # Written beside its final name, then renamed: a viewer never sees half a PNG.
            handle, temporary = tempfile.mkstemp(prefix=".", suffix=".png.part", dir=self.folder)
            try:
                with os.fdopen(handle, "wb") as stream:
                    image.save(stream, format="PNG")
                target = self.folder / f"{stamp}-{safe_label}.png"
                os.replace(temporary, target)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError as error:
            raise PrinterError(PrinterErrorReason.ERROR, f"cannot write into {self.folder}: {error}") from error
        self.last_path = target


class _AppendFile(File):
    """python-escpos' File printer opens with "wb"; receipts are appended, not overwritten."""

    def open(self, raise_not_found: bool = True) -> None:
        if self._device:
            self.close()
        try:
            self.device = open_private(self.devfile, "ab")  # a plain file made here is 0600; a device keeps its mode
        except OSError as error:
            self.device = None
            raise DeviceNotFoundError(f"cannot open {self.devfile}: {error}") from error


class EscposPrinter(Printer):
    """Any python-escpos connection: opened for each job, sent the bytes, closed."""

    def __init__(self, url: str, parsed: PrinterUrl, profile: BaseProfile, connect_timeout_s: float = 5.0):
        super().__init__(url)
        self.parsed = parsed
        self.profile = profile
        self.connect_timeout_s = connect_timeout_s

    def _connection(self):
        parsed = self.parsed
        # Checked before building the connection: python-escpos' Usb object raises from
        # its destructor when pyusb is missing.
        if parsed.kind == "usb" and not Usb.is_usable():
            raise PrinterError(PrinterErrorReason.ERROR, "USB printing needs the pyusb package, which is not installed")
        if parsed.kind == "serial" and not Serial.is_usable():
            raise PrinterError(PrinterErrorReason.ERROR, "serial printing needs the pyserial package, which is not installed")
        if parsed.kind == "file":
            connection = _AppendFile(parsed.path)
        elif parsed.kind == "usb":
            connection = Usb(parsed.vendor_id, parsed.product_id, timeout=int(self.connect_timeout_s * 1000))
        elif parsed.kind == "network":
            connection = Network(parsed.host, parsed.port, timeout=self.connect_timeout_s)
        else:
            connection = Serial(parsed.path, baudrate=parsed.baud, timeout=self.connect_timeout_s)
        connection.profile = self.profile  # as in encode_image: the constructors reject profile objects
        return connection

    def send(self, data: bytes, label: str = "receipt") -> None:
        try:
            connection = self._connection()
        except RuntimeError as error:  # python-escpos: the driver library (pyusb, pyserial) is missing
            raise PrinterError(PrinterErrorReason.ERROR, str(error)) from error
        try:
            connection.open()
            if self.parsed.kind == "network":
                self._check_paper(connection)
            connection._raw(data)
            if self.parsed.kind == "file":
                connection.flush()
        except PrinterError:
            raise
        except RuntimeError as error:
            raise PrinterError(PrinterErrorReason.ERROR, str(error)) from error
        except (DeviceNotFoundError, OSError) as error:
            raise PrinterError(PrinterErrorReason.OFFLINE, f"{self.url}: {error}") from error
        except Exception as error:  # usb.core.USBError, serial.SerialException, …: the link failed
            raise PrinterError(PrinterErrorReason.OFFLINE, f"{self.url}: {type(error).__name__}: {error}") from error
        finally:
            try:
                connection.close()
            except Exception:  # closing a dead link must not hide why it died
                pass

    def _check_paper(self, connection: Network, timeout_s: float = 0.5) -> None:
        """Ask the paper sensor (DLE EOT 4). A printer that does not answer is trusted."""
        device: socket.socket = connection.device
        device.sendall(DLE_EOT_PAPER)
        device.settimeout(timeout_s)
        try:
            answer = device.recv(1)
        except socket.timeout:
            return
        finally:
            device.settimeout(self.connect_timeout_s)
        if not answer:
            raise PrinterError(PrinterErrorReason.OFFLINE, f"{self.url}: the printer closed the connection")
        if answer[0] & _PAPER_END == _PAPER_END:
            raise PrinterError(PrinterErrorReason.PAPER_OUT, f"{self.url}: paper roll end (status 0x{answer[0]:02x})")


def open_printer(url: str, profile: BaseProfile | str | None = None, width_dots: int | None = None) -> Printer:
    """The printer a URL names. Nothing is opened yet: connection problems show at `send`.

    `profile` is a python-escpos profile or its name. The png printer reproduces paper
    `width_dots` wide (default: the profile's width, else 576). Raises PrinterUrlError
    for a malformed URL.
    """
    parsed = parse_printer_url(url)
    profile = resolve_profile(profile)
    if parsed.kind == "png":
        return PngPrinter(url, Path(parsed.path).expanduser(), width_dots or profile_width(profile) or 576)
    return EscposPrinter(url, parsed, profile)
