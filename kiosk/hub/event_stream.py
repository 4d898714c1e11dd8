"""The hub's live updates as read by a LAN client: one thread on `/lan/v1/events`.

    HubEventStream(base_url, headers, answer, forget, …)
        .subscribe(listener) → unsubscribe   starts the thread with the first listener
        .online                              is the stream connected (None before the first try)
        .close()                             stops the thread

Listeners get each `OfficeEvent` the hub sends, plus two of the client's own:
`hub.connection {"online": bool}` (when lost, also `"reason"`: "hub_unreachable" or the
hub's refusal such as "bad_device_token") and `hub.resync {}` when events may have been
missed. Before an event reaches the listeners, `forget(kind)` lets the client drop what
the event made stale (its catalogue, or everything after a resync). The thread
reconnects by itself with `Last-Event-ID`, waiting as `sync.backoff.Backoff` says (from
a quarter second up to `reconnect_max_s`, jittered), so a short drop is replayed instead
of resynced.

Thread use: listeners are called on the stream's own thread. Qt-free.
"""
from __future__ import annotations

import codecs
import contextlib
import json
import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any

import requests

from kiosk.hub.codec import API_PREFIX
from kiosk.office import OfficeError, OfficeEvent, StoreError
from sync.backoff import Backoff

log = logging.getLogger(__name__)

Listener = Callable[[OfficeEvent], None]
CONNECTION = "hub.connection"
RESYNC = "hub.resync"
COMMENT = ":"


class StreamNotOpen(Exception):
    """The hub answered the event request, but not with an event stream."""


class HubEventStream:
    def __init__(self, base_url: str, headers: dict[str, str], answer: Callable[[requests.Response], Any],
                 forget: Callable[[str], None], *, connect_timeout: float, heartbeat_s: float,
                 reconnect_max_s: float):
        self.base_url = base_url
        self._url = base_url + API_PREFIX + "/events"
        self._headers = headers
        self._answer = answer  # raises the hub's refusal for an answer that is not a stream
        self._forget = forget
        self._connect_timeout = connect_timeout
        self._heartbeat_s = heartbeat_s
        self._reconnect_max_s = reconnect_max_s
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._response: requests.Response | None = None
        self._online: bool | None = None
        self._last_event_id: str | None = None

    @property
    def online(self) -> bool | None:
        return self._online

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)
            if self._thread is None:
                self._stop.clear()
                self._thread = threading.Thread(target=self._read_events, name="maktab-hub-events", daemon=True)
                self._thread.start()

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def _emit(self, event: OfficeEvent) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(event)
            except Exception:  # one broken screen must not stop the others' updates
                log.exception("hub event listener failed on %s", event.kind)

    def _set_online(self, online: bool, reason: str = "") -> None:
        if self._online is not online:
            self._online = online
            log.info("hub %s is %s %s", self.base_url, "reachable" if online else "unreachable", reason)
            data: dict[str, Any] = {"online": online}
            if not online:
                data["reason"] = reason or "hub_unreachable"  # or the hub's refusal, e.g. bad_device_token
            self._emit(OfficeEvent(CONNECTION, data))

    def _read_events(self) -> None:  # the events thread
        # Jitter of a fifth: desks cut off together do not all reconnect in the same instant.
        backoff = Backoff(base=0.25, cap=self._reconnect_max_s, jitter=0.2)
        http = requests.Session()  # its own: never shares a connection with actions
        while not self._stop.is_set():
            reason = ""
            refused = False
            headers = dict(self._headers, Accept="text/event-stream")
            if self._last_event_id:
                headers["Last-Event-ID"] = self._last_event_id
            try:
                with http.get(self._url, headers=headers, stream=True,
                              timeout=(self._connect_timeout, self._heartbeat_s * 3)) as response:
                    if response.status_code != 200 or \
                            not response.headers.get("content-type", "").startswith("text/event-stream"):
                        self._answer(response)  # raises the hub's refusal (e.g. a revoked device)
                        raise StreamNotOpen("the event stream did not open")
                    self._response = response
                    for kind, event_id, data in parse_sse(response):
                        # Online from the first line the hub streams: by then it has registered this
                        # stream, so every event committed from now on will reach the listeners.
                        self._set_online(True)
                        backoff.reset()
                        if event_id:
                            self._last_event_id = event_id
                        if kind in ("hello", COMMENT):
                            continue
                        self._forget(kind)
                        self._emit(OfficeEvent(RESYNC, {}) if kind == "resync" else OfficeEvent(kind, data))
            except StreamNotOpen as exc:
                log.info("hub event stream: %s", exc)
            except (OfficeError, StoreError) as exc:  # StoreError: the hub's own database failed (503/507)
                if getattr(exc, "code", "") == "hub_unreachable":
                    log.info("hub event stream: %s", exc)
                else:
                    log.warning("hub event stream refused: %s (%s)", exc, exc.code)
                    reason = exc.code
                    refused = True  # e.g. a revoked device: do not hammer the hub
            except (requests.RequestException, ValueError, OSError, AttributeError) as exc:
                # AttributeError: the response was closed under us by close()
                if not self._stop.is_set():
                    log.info("hub event stream lost: %s", exc)
            finally:
                self._response = None
            if self._stop.is_set():
                break
            self._set_online(False, reason)
            self._stop.wait(backoff.next_delay(at_cap=refused))
        http.close()

    def close(self) -> None:
        """Stop the event thread (waking it if it is blocked in a read)."""
        self._stop.set()
        response = self._response
        if response is not None:
            # Wakes the events thread blocked in a read (urllib3 ≥ 2.3); either may fail on a dying socket.
            with contextlib.suppress(Exception):
                response.raw.shutdown()
            with contextlib.suppress(Exception):
                response.close()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(5)


def parse_sse(response: requests.Response) -> Iterator[tuple[str, str | None, dict[str, Any]]]:
    """(event, id, data) for each event of a text/event-stream body, and (COMMENT, None, {}) per comment."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    buffer = ""
    kind: str = "message"
    event_id: str | None = None
    data_lines: list[str] = []
    for chunk in response.iter_content(chunk_size=None):
        buffer += decoder.decode(chunk)
        *lines, buffer = buffer.split("\n")
        for line in lines:
            line = line.rstrip("\r")
            if not line:
                if data_lines:
                    yield kind, event_id, json.loads("\n".join(data_lines))
                kind, event_id, data_lines = "message", None, []
            elif line.startswith(":"):
                yield COMMENT, None, {}  # "connected" or a heartbeat: the stream is alive
            else:
                field, _, value = line.partition(":")
                value = value[1:] if value.startswith(" ") else value
                if field == "event":
                    kind = value
                elif field == "id":
                    event_id = value
                elif field == "data":
                    data_lines.append(value)
