"""Fake receipt printers that speak ESC/POS real-time status: one on 127.0.0.1 (raw TCP,
port 9100 style) and one behind a pseudo-terminal (a serial printer), for the printing
tests and the kiosk's screens (`tests/ui/test_printer_confirmation.py`)."""
from __future__ import annotations

import os
import select
import socket
import threading

# Status timeouts for tests: a printer that answers does so at once, so a long bound costs
# nothing and keeps a loaded machine from turning "printed" into "sent, not confirmed";
# a silent printer is waited for briefly.
ANSWERED = 30.0
SILENT = 0.3

DLE_EOT = b"\x10\x04"
CLIENT_QUERY = DLE_EOT + b"\x01" + DLE_EOT + b"\x02" + DLE_EOT + b"\x04"  # what the kiosk asks, in this order

# One answer byte per DLE EOT n (Epson ESC/POS), per printer condition. Every answer has
# bits 1 and 4 set (0x12); n=1 bit 3 offline; n=2 bit 2 cover open, bit 5 stopped at
# paper end; n=4 bits 5-6 roll end.
ANSWERS = {
    "ok": {1: 0x12, 2: 0x12, 3: 0x12, 4: 0x12},
    "paper_out": {1: 0x1A, 2: 0x32, 3: 0x12, 4: 0x72},
    "cover_open": {1: 0x1A, 2: 0x16, 3: 0x12, 4: 0x12},
}


class StatusResponder:
    """The printer's side of one byte stream: answers each `DLE EOT n` as it arrives
    (according to `printer.mode`) and keeps everything for `job()`."""

    def __init__(self, printer) -> None:
        self._printer = printer
        self._received = bytearray()
        self._scanned = 0  # requests starting before this offset have been answered

    def feed(self, chunk: bytes) -> bytes:
        """The answer bytes this chunk draws."""
        received = self._received
        received += chunk
        answers = bytearray()
        while True:
            at = received.find(DLE_EOT, self._scanned)
            if at < 0:
                self._scanned = max(self._scanned, len(received) - 1)
                break
            if at + 2 >= len(received):
                self._scanned = at  # the request's last byte is still on its way
                break
            n = received[at + 2]
            self._scanned = at + (3 if 1 <= n <= 4 else 1)
            if 1 <= n <= 4 and self._printer.mode != "silent":
                self._printer.count_query()
                answers.append(ANSWERS[self._condition(_has_job(received[:at]))][n])
        return bytes(answers)

    def _condition(self, received_job_bytes: bool) -> str:
        if self._printer.mode == "runs_out":
            return "paper_out" if received_job_bytes else "ok"
        return self._printer.mode

    def began_with_query(self) -> bool:
        return bytes(self._received).startswith(CLIENT_QUERY)

    def job(self) -> bytes:
        """What was printed: the stream without the kiosk's status queries before and after."""
        job = bytes(self._received)
        while job.startswith(CLIENT_QUERY):
            job = job[len(CLIENT_QUERY):]
        while job.endswith(CLIENT_QUERY):
            job = job[: -len(CLIENT_QUERY)]
        return job


class FakeNetworkPrinter:
    """A raw-TCP receipt printer on 127.0.0.1 that answers ESC/POS real-time status
    requests the way an Epson-compatible printer does: it answers every `DLE EOT n` it
    meets in the byte stream, at once, with one status byte.

    `mode`:
        ok          online, paper in; prints every job
        paper_out   says roll end (and offline); prints nothing
        cover_open  says cover open (and offline); prints nothing
        runs_out    has paper when asked before a job, runs out while printing it
        silent      accepts and prints, never answers a status request (a stalled or one-way printer)
        hang_up     closes every connection at once, like a printer rebooting
    `jobs` holds what each connection printed, without the kiosk's own status queries.
    """

    def __init__(self) -> None:
        self.mode = "ok"
        self.jobs: list[bytes] = []
        self.asked_first: list[bool] = []  # per connection: did the kiosk ask for the status before the job?
        self.status_queries = 0
        self.connections = 0
        self._lock = threading.Condition()
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.2)
        self.port = self._server.getsockname()[1]
        self.url = f"network:127.0.0.1:{self.port}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="fake-printer", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._server.accept()
            except OSError:
                continue
            with self._lock:
                self.connections += 1
            threading.Thread(target=self._handle, args=(connection,), daemon=True).start()

    def _handle(self, connection: socket.socket) -> None:
        with connection:
            if self.mode == "hang_up":
                return
            connection.settimeout(2.0)
            responder = StatusResponder(self)
            while True:
                try:
                    chunk = connection.recv(65536)
                except OSError:
                    break
                if not chunk:
                    break
                answers = responder.feed(chunk)
                if answers:
                    connection.sendall(answers)
            with self._lock:
                self.asked_first.append(responder.began_with_query())
            job = responder.job()
            if job and self.mode in ("ok", "silent"):
                with self._lock:
                    self.jobs.append(job)
                    self._lock.notify_all()

    def count_query(self) -> None:
        with self._lock:
            self.status_queries += 1

    def wait_for_jobs(self, count: int, timeout: float = 5.0) -> list[bytes]:
        """The jobs received, once there are `count` of them (the client may close first)."""
        with self._lock:
            self._lock.wait_for(lambda: len(self.jobs) >= count, timeout)
            return list(self.jobs)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self._server.close()


def _has_job(head: bytes | bytearray) -> bool:
    """Whether bytes other than the kiosk's leading status queries came in."""
    head = bytes(head)
    while head.startswith(CLIENT_QUERY):
        head = head[len(CLIENT_QUERY):]
    return bool(head) and not CLIENT_QUERY.startswith(head)


class FakeSerialPrinter:
    """A serial receipt printer at the other end of a pseudo-terminal: `url` is
    `serial:/dev/pts/N`. Same `mode`s as FakeNetworkPrinter (but hang_up); a serial line
    has no jobs, so `printed()` is everything received without the status queries."""

    def __init__(self) -> None:
        self.mode = "ok"
        self.status_queries = 0
        self._lock = threading.Condition()
        self._master, self._slave = os.openpty()
        self.url = f"serial:{os.ttyname(self._slave)}:19200"
        self._responder = StatusResponder(self)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="fake-serial-printer", daemon=True)
        self._thread.start()

    def count_query(self) -> None:
        with self._lock:
            self.status_queries += 1

    def _serve(self) -> None:
        while not self._stop.is_set():
            ready, _, _ = select.select([self._master], [], [], 0.1)
            if not ready:
                continue
            try:
                chunk = os.read(self._master, 65536)
            except OSError:
                return
            with self._lock:
                answers = self._responder.feed(chunk)
                self._lock.notify_all()
            if answers:
                os.write(self._master, answers)

    def wait_printed(self, expected: bytes, timeout: float = 5.0) -> bytes:
        """What was printed, once it is `expected` (or the timeout passed)."""
        with self._lock:
            self._lock.wait_for(lambda: self._printed() == expected, timeout)
            return self._printed()

    def _printed(self) -> bytes:
        return self._responder.job() if self.mode in ("ok", "silent") else b""

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        os.close(self._master)
        os.close(self._slave)
