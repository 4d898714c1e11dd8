"""Receipt printers, named by a URL, that take ready ESC/POS bytes.

    png:DIR                  default; writes each receipt as a PNG of what a printer would print
    file:PATH                appends the raw ESC/POS bytes to a file or device (/dev/usb/lp0)
    usb:VID:PID              USB printer, ids in hex (usb:04b8:0202); through pyusb and libusb
    network:HOST[:PORT]      raw TCP printer, port 9100 by default
    serial:DEVICE[:BAUD]     serial printer (serial:/dev/ttyS0:19200), 9600 baud by default; through pyserial

(URL parsing: `printer_url`; what is missing for a printer to work: `diagnosis`.)

`send` answers how far the receipt is known to have gone (`Delivery`):

    PRINTED   the printer confirmed: asked after the job with the ESC/POS real-time status
              request (DLE EOT n, see `printer_status`), it said online, cover closed,
              paper in. The png printer's image is its paper.
    SENT      handed over, not confirmed: the printer did not answer within the status
              timeout (a stalled or one-way printer), its profile has no real-time status,
              or the link cannot carry an answer (file printers; USB printers are not asked yet).

Errors:

    PrinterUrlError(ValueError)   the URL is malformed: says which URL and the accepted forms
    PrinterError(Exception)       a send failed; `.reason` is a PrinterErrorReason
        OFFLINE     cannot reach the printer (unplugged, switched off, no route), or it says offline
        PAPER_OUT   the printer says its roll is empty (asked before and after the job)
        COVER_OPEN  the printer says its cover is open
        ERROR       anything else (missing driver library, no permission, unwritable folder, …)

The reason is what the UI tells the citizen, in their language; `.detail` is for the log.

Thread: a printer is used by one thread at a time (the spool's worker). Each `send`
opens the connection and closes it again, so a printer that was unplugged or switched
off works again as soon as it is back, with no reconnect logic.
"""
from __future__ import annotations

import abc
import datetime as dt
import enum
import os
import re
import tempfile
from pathlib import Path

from escpos.capabilities import BaseProfile
from escpos.exceptions import DeviceNotFoundError
from escpos.printer import File, Network, Serial, Usb

from kiosk.printing.escpos_encode import decode_raster, profile_width, resolve_profile
from kiosk.printing.printer_status import (
    PrinterStatus,
    SerialLink,
    SocketLink,
    StatusLink,
    answers_drawn_by,
    query_status,
    supports_realtime_status,
)
from kiosk.printing.printer_url import (  # noqa: F401  (part of this module's interface)
    DEFAULT_STATUS_TIMEOUT_S,
    URL_FORMS,
    PrinterUrl,
    PrinterUrlError,
    parse_printer_url,
)
from sync.private_files import make_private_dir, open_private


class Delivery(str, enum.Enum):
    PRINTED = "printed"
    SENT = "sent"


class PrinterErrorReason(str, enum.Enum):
    OFFLINE = "offline"
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    ERROR = "error"


class PrinterError(Exception):
    """A receipt could not be printed; `reason` says why in a way the UI can translate."""

    def __init__(self, reason: PrinterErrorReason, detail: str = ""):
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)


class Printer(abc.ABC):
    """Where receipt bytes go. `send` returns a Delivery or raises PrinterError;
    `last_note` then says in a few words what the printer confirmed (for the log and print-test)."""

    last_note: str = ""

    def __init__(self, url: str):
        self.url = url

    @abc.abstractmethod
    def send(self, data: bytes, label: str = "receipt") -> Delivery:
        """Print `data` (complete ESC/POS bytes); `label` names the job (ticket label)."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.url}>"


class PngPrinter(Printer):
    """Writes `<timestamp>-<label>.png` in a folder: the paper decoded back from the bytes."""

    def __init__(self, url: str, folder: Path, width_dots: int):
        super().__init__(url)
        self.folder = folder
        self.width_dots = width_dots

    def send(self, data: bytes, label: str = "receipt") -> Delivery:
        try:
            image = decode_raster(data, self.width_dots)
        except ValueError as error:
            raise PrinterError(PrinterErrorReason.ERROR, f"cannot read the receipt bytes: {error}") from error
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S.%fZ")
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
        self.last_note = f"image written to {target}"
        return Delivery.PRINTED  # the image is the paper


class _AppendFile(File):
    """python-escpos' File printer opens with "wb"; receipts are appended, not overwritten."""

    def open(self, raise_not_found: bool = True) -> None:
        if self._device:
            self.close()
        try:
            self.device = open_private(self.devfile, "ab")  # a plain file made here is 0600; a device keeps its mode
        except OSError as error:
            self.device = None  # type: ignore[assignment]  # python-escpos' own close() sets None too
            raise DeviceNotFoundError(f"cannot open {self.devfile}: {error}") from error


class EscposPrinter(Printer):
    """Any python-escpos connection: opened for each job, sent the bytes, closed.

    A network or serial printer whose profile has real-time status is asked before the
    job (paper out or cover open: nothing is sent) and after it (the confirmation). The
    answer must come within `status_timeout_s`. A printer that stayed silent is not asked
    again for that job, nor before the next one (its receipts are not held back by the
    wait), only after it: once it answers again, it is asked before jobs again.
    """

    def __init__(self, url: str, parsed: PrinterUrl, profile: BaseProfile, connect_timeout_s: float = 5.0,
                 status_timeout_s: float = DEFAULT_STATUS_TIMEOUT_S):
        super().__init__(url)
        self.parsed = parsed
        self.profile = profile
        self.connect_timeout_s = connect_timeout_s
        self.status_timeout_s = status_timeout_s
        self._silent = False  # the last status request went unanswered

    def _connection(self):
        parsed = self.parsed
        # Checked before building the connection: python-escpos' Usb object raises from
        # its destructor when pyusb is missing.
        if parsed.kind == "usb" and not Usb.is_usable():
            raise PrinterError(PrinterErrorReason.ERROR, "USB printing needs the pyusb module, which is not "
                                                         "installed: reinstall maktab (it depends on pyusb)")
        if parsed.kind == "serial" and not Serial.is_usable():
            raise PrinterError(PrinterErrorReason.ERROR, "serial printing needs the pyserial module, which is not "
                                                         "installed: reinstall maktab (it depends on pyserial)")
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

    def send(self, data: bytes, label: str = "receipt") -> Delivery:
        try:
            connection = self._connection()
        except RuntimeError as error:  # python-escpos: the driver library (pyusb, pyserial) is missing
            raise PrinterError(PrinterErrorReason.ERROR, str(error)) from error
        try:
            connection.open()
            link = self._status_link(connection)
            # A printer silent last time is not asked before the job: its receipt goes at once.
            asks_before = link is not None and not self._silent
            before = query_status(link, 0, self.status_timeout_s) if link is not None and not self._silent else None
            if before is not None:
                self._refuse_if_not_ready(before, "before the job")
            connection._raw(data)
            if self.parsed.kind == "file":
                connection.flush()
            if link is None or (asks_before and before is None):
                self._silent = link is not None
                self.last_note = ("the printer did not answer the status request (DLE EOT) within "
                                  f"{self.status_timeout_s:g} s" if link else
                                  f"{self.parsed.kind} printers are not asked for their status")
                return Delivery.SENT
            after = query_status(link, answers_drawn_by(data), self.status_timeout_s)
            self._silent = after is None
            if after is None:
                self.last_note = f"the printer took the job but did not confirm it within {self.status_timeout_s:g} s"
                return Delivery.SENT
            self._refuse_if_not_ready(after, "after the job")
            self.last_note = f"the printer confirmed: {after.describe()}"
            return Delivery.PRINTED
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

    def _status_link(self, connection) -> StatusLink | None:
        """Where to ask for the status: network and serial links answer; a file or device
        file is one-way, and USB printers are not asked yet."""
        if not supports_realtime_status(self.profile):
            return None
        if self.parsed.kind == "network":
            return SocketLink(connection.device)
        if self.parsed.kind == "serial":
            return SerialLink(connection.device)
        return None

    def _refuse_if_not_ready(self, status: PrinterStatus, when: str) -> None:
        if status.ready:
            return
        detail = f"{self.url}: {status.describe()} ({when})"
        if status.paper_out:
            raise PrinterError(PrinterErrorReason.PAPER_OUT, detail)
        if status.cover_open:
            raise PrinterError(PrinterErrorReason.COVER_OPEN, detail)
        if status.error:
            raise PrinterError(PrinterErrorReason.ERROR, detail)
        raise PrinterError(PrinterErrorReason.OFFLINE, detail)


def open_printer(url: str, profile: BaseProfile | str | None = None, width_dots: int | None = None,
                 status_timeout_s: float = DEFAULT_STATUS_TIMEOUT_S) -> Printer:
    """The printer a URL names. Nothing is opened yet: connection problems show at `send`.

    `profile` is a python-escpos profile or its name. The png printer reproduces paper
    `width_dots` wide (default: the profile's width, else 576). `status_timeout_s` is how
    long a network printer may take to answer a status request. Raises PrinterUrlError
    for a malformed URL.
    """
    parsed = parse_printer_url(url)
    profile = resolve_profile(profile)
    if parsed.kind == "png":
        assert parsed.path is not None  # parse_printer_url refuses "png:" without a folder
        return PngPrinter(url, Path(parsed.path).expanduser(), width_dots or profile_width(profile) or 576)
    return EscposPrinter(url, parsed, profile, status_timeout_s=status_timeout_s)
