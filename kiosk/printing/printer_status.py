"""ESC/POS real-time status: asking a receipt printer whether it can print, and reading
the answer.

`STATUS_QUERY` is three real-time requests, each answered with one byte:

    DLE EOT 1  printer status   bit 3: offline
    DLE EOT 2  offline cause    bit 2: cover open; bit 5: stopped at paper end; bit 6: error
    DLE EOT 4  roll paper       bits 2-3: near end; bits 5-6: roll end (no paper)

Every answer byte has bits 1 and 4 set and bits 0 and 7 clear; a byte without that
pattern is not a status answer (a printer that does not speak DLE EOT, or noise).

A printer executes DLE EOT n wherever it meets the three bytes, even inside another
command's data such as a raster image, and answers each one. So after a job, the
answers to the client's own query are the *last* three bytes, after one byte for every
`DLE EOT n` inside the job (`answers_drawn_by`).

Profiles in python-escpos' capability database that speak Star's command set
(`starCommands`) do not answer DLE EOT: they are never asked (`supports_realtime_status`).

`query_status(link, …)` asks over a two-way link: `SocketLink` (network printers) or
`SerialLink` (serial printers, through pyserial).

Thread: the parsing functions, any; `query_status` waits on the caller's thread, at
most its timeout.
"""
from __future__ import annotations

import dataclasses
import re
import socket
import time
from typing import Any, Protocol

from escpos.capabilities import BaseProfile

DLE_EOT = b"\x10\x04"
STATUS_QUERY = DLE_EOT + b"\x01" + DLE_EOT + b"\x02" + DLE_EOT + b"\x04"
ANSWER_BYTES = 3  # one per request in STATUS_QUERY
_FIXED_MASK, _FIXED_BITS = 0x93, 0x12
_ANY_REQUEST = re.compile(rb"\x10\x04[\x01-\x04]")


@dataclasses.dataclass(frozen=True)
class PrinterStatus:
    """What the printer said about itself."""

    online: bool
    cover_open: bool
    paper_out: bool
    paper_near_end: bool
    error: bool

    @property
    def ready(self) -> bool:
        return self.online and not (self.cover_open or self.paper_out or self.error)

    def describe(self) -> str:
        if self.ready:
            return "online" + (", paper near its end" if self.paper_near_end else "")
        problems = [name for name, flag in (("offline", not self.online), ("cover open", self.cover_open),
                                            ("paper out", self.paper_out), ("error", self.error)) if flag]
        return ", ".join(problems)


def is_status_byte(value: int) -> bool:
    return value & _FIXED_MASK == _FIXED_BITS


def parse_status(answer: bytes) -> PrinterStatus | None:
    """The status in the three answer bytes to STATUS_QUERY; None if they are not status answers."""
    if len(answer) != ANSWER_BYTES or not all(is_status_byte(value) for value in answer):
        return None
    printer, cause, paper = answer
    return PrinterStatus(
        online=not printer & 0x08,
        cover_open=bool(cause & 0x04),
        paper_out=bool(paper & 0x60) or bool(cause & 0x20),
        paper_near_end=bool(paper & 0x0C),
        error=bool(cause & 0x40),
    )


def answers_drawn_by(data: bytes) -> int:
    """How many status bytes a printer sends back for the DLE EOT n sequences inside `data`."""
    return len(_ANY_REQUEST.findall(data))


def supports_realtime_status(profile: BaseProfile) -> bool:
    """Whether printers of this python-escpos profile answer DLE EOT (all but Star's)."""
    features = profile.profile_data.get("features", {}) if isinstance(profile.profile_data, dict) else {}
    return not features.get("starCommands", False)


class StatusLink(Protocol):
    """A two-way connection to a printer."""

    def write(self, data: bytes) -> None: ...

    def read(self, size: int, timeout_s: float) -> bytes:
        """Up to `size` bytes; b"" when nothing came within `timeout_s`."""
        ...


class SocketLink:
    """A network printer's TCP connection."""

    def __init__(self, sock: socket.socket):
        self._sock = sock

    def write(self, data: bytes) -> None:
        self._sock.sendall(data)

    def read(self, size: int, timeout_s: float) -> bytes:
        previous = self._sock.gettimeout()
        self._sock.settimeout(timeout_s)
        try:
            chunk = self._sock.recv(size)
        except TimeoutError:  # socket.timeout
            return b""
        finally:
            self._sock.settimeout(previous)
        if not chunk:
            raise ConnectionError("the printer closed the connection")
        return chunk


class SerialLink:
    """A serial printer's port (a pyserial `Serial`, opened by python-escpos)."""

    def __init__(self, port: Any):
        self._port = port

    def write(self, data: bytes) -> None:
        self._port.write(data)
        self._port.flush()

    def read(self, size: int, timeout_s: float) -> bytes:
        previous = self._port.timeout
        self._port.timeout = timeout_s
        try:
            return bytes(self._port.read(size))
        finally:
            self._port.timeout = previous


def query_status(link: StatusLink, answers_before: int, timeout_s: float) -> PrinterStatus | None:
    """Send STATUS_QUERY and read its answer, after the `answers_before` bytes a job's own
    DLE EOT sequences drew. None when the printer stays silent for `timeout_s` or answers
    something that is not a status; ConnectionError when it closes the connection."""
    link.write(STATUS_QUERY)
    wanted = answers_before + ANSWER_BYTES
    answer = b""
    deadline = time.monotonic() + timeout_s
    while len(answer) < wanted:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return None
        chunk = link.read(wanted - len(answer), remaining)
        if not chunk:
            return None
        answer += chunk
    return parse_status(answer[-ANSWER_BYTES:])
