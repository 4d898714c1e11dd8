"""A fault-injecting HTTP/1.1 proxy on real loopback sockets, for sync tests.

It sits between the sync client and a real server and, per request, does what its
`chooser(method, path)` says (or the next name queued with `queue()`):

  pass                  forward, relay the answer
  drop_request          read the request's head and part of its body, then close (cut while sending)
  drop_response         forward (the server stores the batch), relay half of the answer, close
  forward_then_500      forward (the server stores the batch), answer 500 instead
  status_500            answer 500 without forwarding
  status_503            answer 503 with Retry-After: 1, without forwarding
  status_429            answer 429 with Retry-After: 1, without forwarding
  html_200              answer 200 with a Wi-Fi login page (captive portal), without forwarding
  json_200_wrong        answer 200 with JSON of another shape, without forwarding
  slow                  forward, relay the answer in small pieces with pauses (a slow link)
  duplicate             forward the request twice (a replaying middlebox), relay the first answer

Upstream connections are one per request (`Connection: close`), so every request is
seen whole. Runs its own threads; `close()` stops them.
"""
from __future__ import annotations

import collections
import socket
import threading
import time
from collections.abc import Callable

FAULTS = ("pass", "drop_request", "drop_response", "forward_then_500", "status_500", "status_503", "status_429",
          "html_200", "json_200_wrong", "slow", "duplicate")

_CAPTIVE = (b"<!DOCTYPE html><html><head><title>Wi-Fi login</title></head><body><form action='/login'>"
            b"<input name='voucher'><button>Se connecter</button></form></body></html>")


def _read_head(sock: socket.socket, buf: bytearray) -> bytes | None:
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        buf += chunk
    head, _, rest = bytes(buf).partition(b"\r\n\r\n")
    buf[:] = rest
    return head


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return 0


def _read_exact(sock: socket.socket, buf: bytearray, n: int) -> bytes | None:
    while len(buf) < n:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        buf += chunk
    out = bytes(buf[:n])
    del buf[:n]
    return out


def _response(status: int, reason: str, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}", f"Content-Type: {ctype}", f"Content-Length: {len(body)}",
             "Connection: close"] + [f"{k}: {v}" for k, v in (extra or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


class FaultProxy:
    def __init__(self, upstream_port: int, chooser: Callable[[str, str], str] | None = None,
                 slow_chunk: int = 256, slow_pause_s: float = 0.02):
        self.upstream = ("127.0.0.1", upstream_port)
        self.chooser = chooser or (lambda method, path: "pass")
        self.slow_chunk = slow_chunk
        self.slow_pause_s = slow_pause_s
        self._queued: collections.deque[str] = collections.deque()
        self.log: list[tuple[str, str, str]] = []  # (method, path, fault)
        self._lock = threading.Lock()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self.port = self._sock.getsockname()[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._closing = False
        self._thread = threading.Thread(target=self._accept, daemon=True, name="faultproxy")
        self._thread.start()

    # ------------------------------------------------------------------ control

    def queue(self, *faults: str) -> None:
        """Apply these faults to the next requests, in order (before the chooser)."""
        for f in faults:
            assert f in FAULTS, f
        with self._lock:
            self._queued.extend(faults)

    def faults_seen(self) -> collections.Counter:
        with self._lock:
            return collections.Counter(f for _, _, f in self.log)

    def close(self) -> None:
        self._closing = True
        try:
            self._sock.close()
        except OSError:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # ------------------------------------------------------------------ work

    def _accept(self) -> None:
        while not self._closing:
            try:
                client, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _pick(self, method: str, path: str) -> str:
        with self._lock:
            fault = self._queued.popleft() if self._queued else self.chooser(method, path)
            self.log.append((method, path, fault))
        return fault

    def _serve(self, client: socket.socket) -> None:
        buf = bytearray()
        try:
            while True:
                head = _read_head(client, buf)
                if head is None:
                    return
                request_line = head.split(b"\r\n", 1)[0].decode("latin-1")
                method, path = request_line.split(" ")[:2]
                length = _content_length(head)
                fault = self._pick(method, path)
                if fault == "drop_request":
                    _read_exact(client, buf, length // 2)
                    client.shutdown(socket.SHUT_RDWR)
                    return
                body = _read_exact(client, buf, length)
                if body is None:
                    return
                keep_alive = self._answer(client, fault, head, body)
                if not keep_alive:
                    return
        except OSError:
            return
        finally:
            try:
                client.close()
            except OSError:
                pass

    def _forward(self, head: bytes, body: bytes) -> bytes:
        lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"connection:")]
        request = b"\r\n".join(lines + [b"Connection: close"]) + b"\r\n\r\n" + body
        with socket.create_connection(self.upstream, timeout=30) as up:
            up.sendall(request)
            chunks = []
            while True:
                chunk = up.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        return b"".join(chunks)

    def _answer(self, client: socket.socket, fault: str, head: bytes, body: bytes) -> bool:
        if fault == "status_500":
            client.sendall(_response(500, "Internal Server Error", b"Internal Server Error", "text/plain"))
            return False
        if fault == "status_503":
            client.sendall(_response(503, "Service Unavailable", b"<h1>maintenance</h1>", "text/html",
                                     {"Retry-After": "1"}))
            return False
        if fault == "status_429":
            client.sendall(_response(429, "Too Many Requests",
                                     b'{"error":{"code":"rate_limited","message":"slow down"}}',
                                     "application/json", {"Retry-After": "1"}))
            return False
        if fault == "html_200":
            client.sendall(_response(200, "OK", _CAPTIVE, "text/html; charset=utf-8"))
            return False
        if fault == "json_200_wrong":
            client.sendall(_response(200, "OK", b'{"status":"ok","welcome":"Free Wi-Fi"}', "application/json"))
            return False
        answer = self._forward(head, body)
        if fault == "duplicate":
            self._forward(head, body)
        if fault == "forward_then_500":
            client.sendall(_response(500, "Internal Server Error",
                                     b'{"error":{"code":"internal","message":"proxy failure"}}',
                                     "application/json"))
            return False
        if fault == "drop_response":
            client.sendall(answer[: max(1, len(answer) // 2)])
            client.shutdown(socket.SHUT_RDWR)
            return False
        if fault == "slow":
            for i in range(0, len(answer), self.slow_chunk):
                client.sendall(answer[i:i + self.slow_chunk])
                time.sleep(self.slow_pause_s)
            return False
        client.sendall(answer)
        return False  # the upstream answer says Connection: close
