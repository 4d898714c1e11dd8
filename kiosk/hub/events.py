"""Office events → Server-Sent Events for every connected desk and display.

`EventBroker.publish` is the Office listener: it runs on whatever thread committed the
change (a request's, before its answer), numbers the event, keeps it in a small ring
buffer and hands it to the connected streams' asyncio queues on their event loop, with
one `call_soon_threadsafe` per loop (one in the hub), however many desks and displays listen.

Event ids are `<boot>-<n>`: `boot` is random per hub run and `n` increases by one per
event. A client that reconnects with `Last-Event-ID` gets the events it missed from the
ring buffer; if the id is from another run of the hub (a restart) or older than the
buffer, it gets a `resync` event instead and reloads its snapshot; when the hub has
just restarted and still holds every event of its new run, those follow the `resync`
(they may already be in the reloaded snapshot: apply them by ticket id). A fresh connection
first receives a `hello` event carrying the current id, so even a client that has seen
no event yet can resume later. A comment line every `heartbeat_s` lets both sides
notice a dead connection.
"""
from __future__ import annotations

import asyncio
import collections
import json
import logging
import secrets
import threading
from collections.abc import AsyncIterator
from typing import Any

from kiosk.office import OfficeEvent

log = logging.getLogger(__name__)

RING_SIZE = 1024
HEARTBEAT_S = 10.0
QUEUE_LIMIT = 5000  # a client this far behind is cut off; it reconnects and resumes or resyncs

_CLOSE = object()


def sse(kind: str, data: dict[str, Any], event_id: str | None = None) -> str:
    lines = [f"event: {kind}"]
    if event_id is not None:
        lines.append(f"id: {event_id}")
    lines.append("data: " + json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str))
    return "\n".join(lines) + "\n\n"


class _Subscriber:
    def __init__(self, loop: asyncio.AbstractEventLoop):
        self.loop = loop
        self.queue: asyncio.Queue = asyncio.Queue()

    def deliver(self, item) -> None:  # on its loop
        if item is not _CLOSE and self.queue.qsize() >= QUEUE_LIMIT:
            self.queue.put_nowait(_CLOSE)
        else:
            self.queue.put_nowait(item)

    def put(self, item) -> None:  # any thread
        _hand_over(self.loop, [self], item)


def _hand_over(loop: asyncio.AbstractEventLoop, subscribers: list[_Subscriber], item) -> None:
    """Give `item` to these subscribers of `loop`, from any thread: one wake-up of the loop for
    all of them (a wake-up per stream made the committing request pay once per desk and display)."""
    def deliver_all() -> None:
        for subscriber in subscribers:
            subscriber.deliver(item)

    try:
        loop.call_soon_threadsafe(deliver_all)
    except RuntimeError:  # the loop is closed: the hub is stopping
        pass


class EventBroker:
    def __init__(self, heartbeat_s: float = HEARTBEAT_S, ring_size: int = RING_SIZE):
        self.boot = secrets.token_hex(4)
        self.heartbeat_s = heartbeat_s
        self._lock = threading.Lock()
        self._n = 0
        self._ring: collections.deque[tuple[int, str]] = collections.deque(maxlen=ring_size)  # (n, sse text)
        self._subscribers: set[_Subscriber] = set()
        self._closed = False

    @property
    def last_id(self) -> str:
        return f"{self.boot}-{self._n}"

    def publish(self, event: OfficeEvent) -> None:
        """The Office listener: called after each commit, on the committing thread."""
        with self._lock:
            self._n += 1
            text = sse(event.kind, event.data, f"{self.boot}-{self._n}")
            self._ring.append((self._n, text))
            by_loop: dict[asyncio.AbstractEventLoop, list[_Subscriber]] = {}
            for subscriber in self._subscribers:
                by_loop.setdefault(subscriber.loop, []).append(subscriber)
            for loop, subscribers in by_loop.items():
                _hand_over(loop, subscribers, text)

    def _resume_from(self, last_event_id: str | None) -> list[str] | None:
        """Texts the client missed since `last_event_id`; None if that cannot be known (call under lock)."""
        boot, _, n_text = (last_event_id or "").strip().rpartition("-")
        if boot != self.boot or not n_text.isdigit():
            return None
        n = int(n_text)
        oldest = self._ring[0][0] if self._ring else self._n + 1
        if not oldest - 1 <= n <= self._n:
            return None
        return [text for m, text in self._ring if m > n]

    async def stream(self, last_event_id: str | None) -> AsyncIterator[str]:
        """One client's event stream (runs on the server's event loop until the client goes)."""
        subscriber = _Subscriber(asyncio.get_running_loop())
        with self._lock:
            if self._closed:
                return
            if last_event_id is None:
                first = [sse("hello", {"boot": self.boot}, self.last_id)]
            else:
                missed = self._resume_from(last_event_id)
                if missed is None:
                    first = [sse("resync", {"boot": self.boot}, self.last_id)]
                    if self._ring and self._ring[0][0] == 1:
                        # This run's whole history is at hand (the hub restarted a moment ago): replay it
                        # after the resync, so a call made while the display reconnected is still announced.
                        first += [text for _, text in self._ring]
                else:
                    first = missed
            self._subscribers.add(subscriber)
        try:
            yield ": connected\n\n"
            for text in first:
                yield text
            while True:
                try:
                    item = await asyncio.wait_for(subscriber.queue.get(), timeout=self.heartbeat_s)
                except TimeoutError:
                    yield ": ping\n\n"
                    continue
                if item is _CLOSE:
                    return
                yield item
        finally:
            with self._lock:
                self._subscribers.discard(subscriber)

    def connected(self) -> int:
        with self._lock:
            return len(self._subscribers)

    def close(self) -> None:
        """End every stream (the hub is stopping): clients see the end and reconnect later."""
        with self._lock:
            self._closed = True
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            subscriber.put(_CLOSE)
