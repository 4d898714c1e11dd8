"""Sends the office's live snapshot to the central server, for the citizens' phones.

    SnapshotSender(credentials, source, subscribe=None, clock=time.monotonic, …)
        .start() / .stop(timeout)     its own daemon thread
        .wake()                       something changed at the office: look again soon
        .tick() → seconds | None      one decision (send or not); the thread calls it, tests too

`source` is a callable the kiosk gives (kiosk/office_snapshot.py; `sync` never imports
`kiosk`): it answers the snapshot as a dict (sync/protocol/snapshot.py), which is checked
with the protocol's own `parse_snapshot` before it is sent. `credentials` answers the
current `SyncState` (the sync loop's, so a new enrolment is used at once).

When it sends:
- only when the snapshot changed (its content; `taken_at` aside), and at most once every
  `min_interval_s` (10 s): changes in between are sent together, once the interval is over;
- and, unchanged, every `keepalive_s` (30 s), so the server knows the office is still
  there: the ticket page says "offline since HH:MM" after a minute of silence, and a
  quiet office must not look offline.

It never delays or blocks event sync: its own thread and its own HTTP session (short
timeouts, no urllib3 retries of its own: the next change or keep-alive is the retry); it
never touches the outbox. A failure is logged at info and waits for the next tick; a
refusal of the device (401/403) waits for a new enrolment rather than asking again.

`sent`, `bytes_sent` (request bodies) and `wire_bytes` (requests and answers, headers
included; TLS aside) count what the snapshots cost, for the benchmark.

Thread use: `tick` on the sender's thread (or a test's); `wake` from any thread (the
office's listeners).
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

import requests

from sync import protocol as P
from sync.errors import SyncError, Unauthorized
from sync.state import SyncState
from sync.transport import check_server_url, json_answer, send

log = logging.getLogger(__name__)

MIN_INTERVAL_S = 10.0
KEEPALIVE_S = 30.0
TIMEOUT = (3.0, 5.0)  # (connect, read): a snapshot is worth nothing once it is late

SnapshotSource = Callable[[], Mapping[str, Any]]
Subscribe = Callable[[Callable[[], None]], Callable[[], None]]


def _session() -> requests.Session:
    session = requests.Session()
    session.trust_env = False  # as the sync client: no surprise proxies on a kiosk
    # Only the headers that matter: a busy office sends up to ~190 snapshots an hour, and requests'
    # defaults (Accept, Accept-Encoding, Connection) would cost it 14 kB of that hour's budget.
    session.headers.clear()
    session.headers["User-Agent"] = "maktab-snapshot/1"
    return session


class SnapshotSender:
    def __init__(self, credentials: Callable[[], SyncState], source: SnapshotSource, *,
                 subscribe: Subscribe | None = None, clock: Callable[[], float] = time.monotonic,
                 min_interval_s: float = MIN_INTERVAL_S, keepalive_s: float = KEEPALIVE_S,
                 timeout: tuple[float, float] = TIMEOUT, session: requests.Session | None = None):
        self.credentials = credentials
        self.source = source
        self.clock = clock
        self.min_interval_s = min_interval_s
        self.keepalive_s = keepalive_s
        self.timeout = timeout
        self.session = session or _session()
        self._subscribe = subscribe
        self._unsubscribe: Callable[[], None] | None = None
        self._woken = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_content: bytes | None = None  # what the server holds, as far as we know
        self._last_try: float | None = None  # clock() of the last attempt, sent or not
        self._refused_token: str | None = None  # the token the server refused: wait for another one
        self.sent = 0
        self.bytes_sent = 0  # request bodies as sent (gzip)
        self.wire_bytes = 0  # bodies and request lines and headers

    # ------------------------------------------------------------------ thread

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stopping.clear()
        if self._subscribe is not None and self._unsubscribe is None:
            self._unsubscribe = self._subscribe(self.wake)
        self._thread = threading.Thread(target=self._run, name="maktab-snapshots", daemon=True)
        self._thread.start()

    def stop(self, timeout: float | None = 5.0) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._stopping.set()
        self._woken.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self.session.close()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wake(self) -> None:
        self._woken.set()

    def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                delay = self.tick()
            except Exception:  # never let the thread die: the next change tries again
                log.exception("snapshot sender: unexpected problem")
                delay = self.keepalive_s
            self._woken.wait(delay)
            self._woken.clear()

    # ------------------------------------------------------------------ one decision

    def tick(self) -> float | None:
        """Send the snapshot if it is due; the seconds until the next look (None: until woken)."""
        state = self.credentials()
        if not state.enrolled or state.token == self._refused_token:
            return self.keepalive_s  # look again now and then: an enrolment arrives by the file
        now = self.clock()
        since = None if self._last_try is None else now - self._last_try
        if since is not None and since < self.min_interval_s:
            return self.min_interval_s - since  # whatever changed goes together, once the interval is over
        try:
            snapshot = P.parse_snapshot({"protocol": P.PROTOCOL_VERSION, "device_id": state.device_id,
                                         **self.source()})
        except Exception as exc:  # the kiosk's callable or its values: no snapshot this time
            log.info("no live snapshot this time: %s", getattr(exc, "message", exc))
            return self.keepalive_s
        body = snapshot.to_dict()
        content = P.canonical_json({k: v for k, v in body.items() if k != "taken_at"})
        if content == self._last_content and since is not None and since < self.keepalive_s:
            return self.keepalive_s - since
        self._last_try = now
        if not self._post(state, body):
            return self.min_interval_s  # the link may be back soon: try again then
        self._last_content = content
        return self.keepalive_s

    def _post(self, state: SyncState, body: dict[str, Any]) -> bool:
        data, headers = P.encode_json_body(body, compress=True)
        headers = {**headers, "Authorization": f"Bearer {state.token}"}
        try:
            url = check_server_url(state.server_url, state.allow_http) + P.SNAPSHOT_PATH
            self.session.verify = state.ca_bundle or True
            resp = send(self.session, "POST", url, self.timeout, data=data, headers=headers,
                        consequence="The next snapshot will be sent at the next change.")
            self._count(resp, data)
            json_answer(resp, (200,), "snapshot")
        except Unauthorized as exc:
            self._refused_token = state.token
            log.info("the server refused this device's snapshots (%s); waiting for a new enrolment", exc.message)
            return False
        except SyncError as exc:
            log.info("live snapshot not sent: %s", exc.message)
            return False
        self.sent += 1
        return True

    def _count(self, resp: requests.Response, data: bytes) -> None:
        request = resp.request
        head = len(f"{request.method} {request.path_url} HTTP/1.1\r\n") + sum(
            len(k) + len(str(v)) + 4 for k, v in request.headers.items()) + 2
        answer = len(f"HTTP/1.1 {resp.status_code} OK\r\n") + sum(
            len(k) + len(str(v)) + 4 for k, v in resp.headers.items()) + 2 + len(resp.content)
        self.bytes_sent += len(data)
        self.wire_bytes += len(data) + head + answer


__all__ = ["KEEPALIVE_S", "MIN_INTERVAL_S", "SnapshotSender"]
