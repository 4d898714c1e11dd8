"""A fake network receipt printer on 127.0.0.1 that speaks ESC/POS real-time status,
for the printing tests and the kiosk's screens (`tests/ui/test_printer_confirmation.py`)."""
from __future__ import annotations

import socket
import threading

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

    def _condition(self, received_job_bytes: bool) -> str:
        if self.mode == "runs_out":
            return "paper_out" if received_job_bytes else "ok"
        return self.mode

    def _handle(self, connection: socket.socket) -> None:
        with connection:
            if self.mode == "hang_up":
                return
            connection.settimeout(2.0)
            received = bytearray()
            scanned = 0  # requests starting before this offset have been answered
            while True:
                try:
                    chunk = connection.recv(65536)
                except OSError:
                    break
                if not chunk:
                    break
                received += chunk
                while True:
                    at = received.find(DLE_EOT, scanned)
                    if at < 0:
                        scanned = max(scanned, len(received) - 1)
                        break
                    if at + 2 >= len(received):
                        scanned = at  # the request's last byte is still on its way
                        break
                    n = received[at + 2]
                    scanned = at + (3 if 1 <= n <= 4 else 1)
                    if 1 <= n <= 4 and self.mode != "silent":
                        with self._lock:
                            self.status_queries += 1
                        connection.sendall(bytes([ANSWERS[self._condition(_has_job(received[:at]))][n]]))
            job = bytes(received)
            while job.startswith(CLIENT_QUERY):
                job = job[len(CLIENT_QUERY):]
            while job.endswith(CLIENT_QUERY):
                job = job[: -len(CLIENT_QUERY)]
            if job and self.mode in ("ok", "silent"):
                with self._lock:
                    self.jobs.append(job)
                    self._lock.notify_all()

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
