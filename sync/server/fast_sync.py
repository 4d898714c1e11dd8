"""The offices' two busiest requests, push (`POST /api/v1/sync/batches`) and pull
(`GET /api/v1/sync/updates`), answered without the web framework's per-request machinery
when they are ordinary ones (ASGI middleware, outermost of the app's own).

A small push cost the server about 2–3 ms of CPU, of which a good part was Starlette's and
FastAPI's routing, dependency solving and exception-middleware layers around the endpoint
(docs/performance.md, "Central server: small pushes"). This middleware takes the request
when everything about it is ordinary:

  - a bearer token this process has already verified (`DeviceRegistry.cached`; the push's
    and pull's own statements check it again, so a revocation is still seen at once);
  - for a push: a declared `Content-Length` within `MAX_BODY_BYTES`, the whole body read;

and then answers with the same functions as the routes (`push_answer`, `pull_answer`, both
in one hop to the thread pool, the JSON rendered there too), with the routes' headers and
the app's gzip rule. Whatever goes wrong after that — a malformed body, a refused or revoked
device, a database that is down — is answered by the app's own exception handler for it, so
it reads exactly as the route's answer would.

Anything else — no or an unknown token, a chunked or oversized body, a disconnect — goes to
the app untouched, the body read so far handed on as it came: the routes stay the one
description of the endpoints (and of the OpenAPI document).

`counts` tells how many requests each path answered ("push", "pull"): the tests use it to
know which path answered. (The hub's `kiosk/hub/fast_issue.py` is the same idea for its
ticket request; both are built of `sync/asgi_shortcut.py`.)

Thread use: the server's event loop; the database work in the middleware's own threads.
"""
from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from starlette.datastructures import QueryParams
from starlette.middleware.gzip import GZipMiddleware
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from sync import protocol as P
from sync.asgi_shortcut import app_answer_to, authorization_of, bearer_token, declared_length_within, read_body, replay
from sync.server.db import POOL_SIZE
from sync.server.devices import Device
from sync.server.store import ServerStore

#: Headers of every JSON answer of the server (sync/server/app.py's `_ok` and `_error`).
JSON_HEADERS = {"Cache-Control": "no-store"}
#: Answers at least this long are gzip-compressed when the client accepts it (the app's rule).
GZIP_MINIMUM_SIZE = 1024


def push_answer(store: ServerStore, device: Device, raw: bytes, content_encoding: str | None) -> Mapping[str, object]:
    """A push body as received → stored → the answer's JSON body (the route's and the fast path's)."""
    push = P.parse_push_request(P.decode_json_body(raw, content_encoding, P.MAX_BATCH_BYTES))
    return store.store_batch(device, push).to_dict()


def pull_answer(store: ServerStore, device: Device, cursor: str | None, limit: str | None) -> Mapping[str, object]:
    """A pull's query → the answer's JSON body (the route's and the fast path's)."""
    after, count = P.parse_pull_query(cursor, limit)
    return store.pull(device, after, count).to_dict()


def render_json(body: Any) -> bytes:
    """JSON as Starlette's JSONResponse renders it (compact, UTF-8)."""
    return json.dumps(body, ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":")).encode("utf-8")


class FastSync:
    def __init__(self, app: ASGIApp, store: ServerStore, counts: Counter[str]):
        self.app = app
        self.store = store
        self.counts = counts
        self.gzip = GZipMiddleware(self._answer_app, minimum_size=GZIP_MINIMUM_SIZE)
        # Its own threads, as many as the database pool keeps connections: a push never waits
        # for a connection nor makes the pool open (and close) one beyond those it keeps.
        self.threads = ThreadPoolExecutor(POOL_SIZE, thread_name_prefix="push-pull")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            path, method = scope["path"], scope["method"]
            if path == P.BATCHES_PATH and method == "POST":
                await self._push(scope, receive, send)
                return
            if path == P.UPDATES_PATH and method == "GET":
                await self._pull(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def _device(self, headers: dict[bytes, bytes]) -> Device | None:
        """The device of an already verified bearer token, or None: the route checks it."""
        token = bearer_token(authorization_of(headers))
        return None if token is None else self.store.devices.cached(token)

    async def _push(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = dict(scope["headers"])
        device = self._device(headers)
        if device is None or not declared_length_within(headers, P.MAX_BODY_BYTES):
            await self.app(scope, receive, send)  # unknown token; chunked or too large: the route's way
            return
        body, messages = await read_body(receive)
        if body is None:  # the client left: the route's way
            await self.app(scope, replay(messages, receive), send)
            return
        encoding = headers.get(b"content-encoding")
        self.counts["push"] += 1
        await self._answer(scope, receive, send, push_answer, self.store, device, body,
                           None if encoding is None else encoding.decode("latin-1"))

    async def _pull(self, scope: Scope, receive: Receive, send: Send) -> None:
        device = self._device(dict(scope["headers"]))
        if device is None:
            await self.app(scope, receive, send)
            return
        query = QueryParams(scope["query_string"])
        self.counts["pull"] += 1
        await self._answer(scope, receive, send, pull_answer, self.store, device, query.get("cursor"),
                           query.get("limit"))

    async def _answer(self, scope: Scope, receive: Receive, send: Send, answer: Any, *args: Any) -> None:
        """`answer(*args)` and its rendering in one thread hop; its exception as the app answers it."""
        try:
            content = await asyncio.get_running_loop().run_in_executor(self.threads, _rendered, answer, args)
            response = Response(content, media_type="application/json", headers=JSON_HEADERS)
        except Exception as exc:
            response = await app_answer_to(scope, exc)
        scope["fast_sync_response"] = response
        await self.gzip(scope, receive, send)

    @staticmethod
    async def _answer_app(scope: Scope, receive: Receive, send: Send) -> None:
        response: Response = scope.pop("fast_sync_response")
        await response(scope, receive, send)


def _rendered(answer: Any, args: tuple[Any, ...]) -> bytes:
    return render_json(answer(*args))


__all__ = ["FastSync", "pull_answer", "push_answer"]
