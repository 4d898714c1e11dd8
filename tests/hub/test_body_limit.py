"""Bounded bodies on the LAN: a body over the hub's limit is refused with 413 before it is
read whole, whether it declares its length or streams in chunks."""
from __future__ import annotations

import json
import select
import socket

import pytest
import requests
from hub_helpers import HubProcess

from kiosk.hub.running import HubServer

MiB = 1024 * 1024
CHUNK = b"x" * (64 * 1024)


def read_answer(sock: socket.socket) -> tuple[int, dict]:
    """The HTTP status and JSON body of the hub's answer, read by its Content-Length."""
    sock.settimeout(10)
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(65536)
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    length = int(next(line.split(":", 1)[1] for line in lines if line.lower().startswith("content-length:")))
    while len(body) < length:
        body += sock.recv(65536)
    return int(lines[0].split(" ", 2)[1]), json.loads(body)


def stream_until_answered(host: str, port: int, path: str, limit_bytes: int) -> tuple[int, dict, int]:
    """POST a chunked body of up to `limit_bytes` without Content-Length, stopping as soon as
    the hub answers; returns (status, body, bytes sent)."""
    sock = socket.create_connection((host, port), timeout=10)
    try:
        sock.sendall(f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
                     "Transfer-Encoding: chunked\r\n\r\n".encode())
        sent = 0
        while sent < limit_bytes:
            readable, writable, _ = select.select([sock], [sock], [], 10)
            if readable or not writable:
                break  # the hub answered (or stopped reading): stop sending
            sock.sendall(b"%x\r\n%s\r\n" % (len(CHUNK), CHUNK))
            sent += len(CHUNK)
        status, body = read_answer(sock)
        return status, body, sent
    finally:
        sock.close()


@pytest.fixture
def small_hub(office):
    server = HubServer(office, "127.0.0.1", 0, heartbeat_s=1.0, max_body_bytes=4096).start()
    yield server
    server.stop()


def test_a_300_mib_streamed_pair_body_is_refused_after_the_first_mebibyte(hub):
    status, body, sent = stream_until_answered("127.0.0.1", hub.port, "/lan/v1/pair", 300 * MiB)
    assert status == 413
    assert body["error"]["code"] == "body_too_large" and "hub.max_body_bytes" in body["error"]["message"]
    # What the hub did not read stayed in socket buffers: far from the 300 MiB offered.
    assert sent < 32 * MiB


def test_a_declared_length_over_the_limit_is_refused_before_any_byte_is_read(hub):
    with socket.create_connection(("127.0.0.1", hub.port), timeout=10) as sock:
        sock.sendall(f"POST /lan/v1/pair HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n"
                     f"Content-Length: {300 * MiB}\r\n\r\n".encode())
        status, body = read_answer(sock)
    assert status == 413 and body["error"]["code"] == "body_too_large"


def test_the_limit_is_the_hubs_setting_and_bodies_under_it_are_served(small_hub, office):
    url = f"{small_hub.url}/lan/v1/pair"
    under = requests.post(url, json={"code": "000000", "name": "Guichet 3"}, timeout=5)
    assert under.status_code == 403 and under.json()["error"]["code"] == "bad_pairing_code"
    over = requests.post(url, json={"code": "000000", "name": "x" * 5000}, timeout=5)
    assert over.status_code == 413 and over.json()["error"]["code"] == "body_too_large"
    status, _, sent = stream_until_answered("127.0.0.1", small_hub.port, "/lan/v1/tickets", 50 * MiB)
    assert status == 413 and sent < 32 * MiB


def test_the_headless_hub_takes_its_limit_from_the_settings_file(tmp_path):
    hub = HubProcess(tmp_path, "max_body_bytes = 2048\n").start()
    try:
        small = requests.post(f"{hub.url}/pair", json={"code": "000000", "name": "Guichet 3"}, timeout=5)
        big = requests.post(f"{hub.url}/pair", json={"code": "000000", "name": "x" * 3000}, timeout=5)
    finally:
        hub.stop()
    assert small.status_code == 403 and big.status_code == 413
    assert "at most 2048 bytes" in big.json()["error"]["message"]
