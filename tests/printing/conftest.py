"""Fixtures for the printing tests: receipts in every language and a fake network printer.

The fake printer is a real TCP server on 127.0.0.1 that speaks the part of ESC/POS a
receipt printer needs here: it answers real-time status queries (DLE EOT 4, paper
sensor) and stores the bytes of each job. Its `mode` says how it behaves:
"ok", "paper_out" (answers "roll end" and prints nothing) or "hang_up" (closes every
connection at once, like a printer rebooting).
"""
from __future__ import annotations

import datetime as dt
import socket
import threading

import pytest

from kiosk.printing.receipt import TicketReceipt

SERVICE_NAMES = {
    "ar": "استخراج شهادة الميلاد",
    "fr": "Extrait d’acte de naissance",
    "kab": "Agbur n tlalit — ɛ ɣ č ḍ ẓ ṛ",
    "en": "Birth certificate extract",
}
QR_PAYLOAD = "maktab:t:01JD5XKQ7R3N8V2W4Y6Z0A1B2C"


def make_receipt(language: str, **changes) -> TicketReceipt:
    fields = dict(
        office_name="بلدية تيزي وزو" if language == "ar" else "Commune de Tizi Ouzou",
        service_name=SERVICE_NAMES[language],
        service_name_ar=SERVICE_NAMES["ar"],
        ticket_label="A-042",
        people_ahead=7,
        estimated_wait_min=21,
        issued_at_local=dt.datetime(2026, 11, 25, 9, 41),
        language=language,
        qr_payload=QR_PAYLOAD,
    )
    fields.update(changes)
    return TicketReceipt(**fields)


@pytest.fixture
def receipt_factory(qapp):
    """make_receipt, with the QApplication that text rendering needs."""
    return make_receipt


DLE_EOT = b"\x10\x04"
STATUS_OK = 0x12  # DLE EOT 4 answer: fixed bits only, paper present
STATUS_PAPER_OUT = 0x72  # fixed bits + roll end (bits 5 and 6)


class FakeNetworkPrinter:
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

    def _handle(self, connection: socket.socket) -> None:
        with connection:
            if self.mode == "hang_up":
                return
            connection.settimeout(2.0)
            received = b""
            while True:
                # Real-time status queries come first; everything after them is the job.
                if received.startswith(DLE_EOT) and len(received) >= 3:
                    with self._lock:
                        self.status_queries += 1
                    status = STATUS_PAPER_OUT if self.mode == "paper_out" else STATUS_OK
                    connection.sendall(bytes([status]))
                    received = received[3:]
                    continue
                try:
                    chunk = connection.recv(65536)
                except OSError:
                    break
                if not chunk:
                    break
                received += chunk
            if received and self.mode == "ok":
                with self._lock:
                    self.jobs.append(received)
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


@pytest.fixture
def fake_printer():
    printer = FakeNetworkPrinter()
    yield printer
    printer.close()
