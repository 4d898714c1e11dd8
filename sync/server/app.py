"""The central server's HTTP face: a FastAPI app over `ServerStore`.

`create_app(db_url)` builds the app; uvicorn serves it (see `maktab-server serve`).
Endpoints are `async` only to read request bodies as a stream under a size limit; the
database work runs in Starlette's thread pool. An ordinary push or pull of a device this
process already knows is answered in front of the framework, with the routes' own answer
functions (sync/server/fast_sync.py); everything else reaches the routes below. Every answer is JSON carrying
`server_time` (and uvicorn adds a `Date` header); every error is
`{"error": {"code", "message"}, "server_time"}` — never an HTML page. The back office's
pages (sync/server/web/, mounted by `mount_web`) answer HTML on every path outside `/api/`.
"""
from __future__ import annotations

import logging
import os
from collections import Counter
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware

from sync import protocol as P
from sync.asgi_shortcut import bearer_token
from sync.server.fast_sync import GZIP_MINIMUM_SIZE, JSON_HEADERS, FastSync, pull_answer, push_answer
from sync.server.openapi import DEVICE_KEY_BODY, ENROLL_BODY, PULL_QUERY, PUSH_BODY, SNAPSHOT_BODY, refusals
from sync.server.store import Device, Refused, ServerStore

log = logging.getLogger(__name__)

PUBLIC_URL_ENV = "MAKTAB_PUBLIC_URL"


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    body: dict[str, Any] = dict(P.error_body(code, message))
    body["server_time"] = P.utc_now_iso()
    return JSONResponse(body, status_code=status, headers={**JSON_HEADERS, **(headers or {})})


def _ok(body: Mapping[str, object], status: int = 200) -> JSONResponse:
    return JSONResponse(body, status_code=status, headers=JSON_HEADERS)


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it is known to exceed `limit`."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.strip().isdigit():
            raise P.ProtocolError("Content-Length is not a number", "invalid_request", 400)
        if int(declared) > limit:
            raise P.PayloadTooLarge(f"request body is {int(declared)} bytes; at most {limit} are allowed. "
                                    "Send smaller batches.")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise P.PayloadTooLarge(f"request body is over {limit} bytes; send smaller batches")
        chunks.append(chunk)
    return b"".join(chunks)


def create_app(db_url: str, store: ServerStore | None = None) -> FastAPI:
    """The server app over the database at `db_url` (migrated on creation)."""
    store = store or ServerStore(db_url)
    app = FastAPI(
        title="Maktab central server",
        version=f"protocol {P.PROTOCOL_VERSION}",
        description="Receives batches of events from citizen offices and serves central updates. "
                    "See docs/sync-protocol.md.",
        # FastAPI's /docs and /redoc pages load Swagger UI and ReDoc from a CDN, which municipal
        # networks often cannot reach; the description itself stays at /openapi.json.
        docs_url=None, redoc_url=None,
    )
    app.state.store = store
    # Push answers (one result per event) and pull pages compress well; requests inflates them.
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MINIMUM_SIZE)
    # Outermost: an ordinary push or pull of a known device is answered here, with the routes'
    # own answer functions, without the framework's per-request work (sync/server/fast_sync.py).
    app.state.fast_sync_counts = Counter()  # requests the fast path answered, by kind
    app.add_middleware(FastSync, store=store, counts=app.state.fast_sync_counts)

    # ---------------------------------------------------------------- errors

    @app.exception_handler(P.ProtocolError)
    async def _protocol_error(_request: Request, exc: P.ProtocolError):
        return _error(exc.http_status, exc.code, exc.message)

    @app.exception_handler(Refused)
    async def _refused(_request: Request, exc: Refused):
        headers = {"WWW-Authenticate": "Bearer"} if exc.http_status == 401 else None
        return _error(exc.http_status, exc.code, exc.message, headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return _error(422, "invalid_request", f"{where}: {first.get('msg', 'invalid value')}")

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "invalid_request")
        return _error(exc.status_code, code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(OperationalError)
    async def _database_unavailable(request: Request, exc: OperationalError):
        # Database down, locked for too long, or a deadlock victim: nothing was applied.
        log.warning("database unavailable on %s %s: %s", request.method, request.url.path,
                    str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        return _error(503, "unavailable", "the server's database is busy or unreachable; nothing was stored. "
                                          "Retry after the delay in Retry-After.", {"Retry-After": "5"})

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return _error(500, "internal", "the server had an unexpected problem; the request was not applied. "
                                       "Retry later; if it persists, give the server log to the administrator.")

    # ---------------------------------------------------------------- auth

    def _token(request: Request) -> str:
        token = bearer_token(request.headers.get("authorization", ""))
        if token is None:
            raise Refused("no device token: send 'Authorization: Bearer <token>'. Enroll the device first "
                          "(maktab-sync enroll).", "unauthorized", 401)
        return token

    async def _device(request: Request) -> Device:
        # Refused 401 says whether the token is unknown (or replaced) or its device revoked.
        return await run_in_threadpool(store.devices.authenticate, _token(request))

    async def _cached_device(request: Request) -> Device:
        """The device from the verified-device cache, for the paths that check it again inside
        their own transaction (push, pull): no database lookup of its own."""
        token = _token(request)
        device = store.devices.cached(token)
        if device is None:
            device = await run_in_threadpool(store.devices.authenticate_and_cache, token)
        return device

    # ---------------------------------------------------------------- endpoints

    @app.get(P.HEALTH_PATH, summary="Is this a Maktab server, and what time is it there?", responses=refusals())
    async def health():
        return _ok({"status": "ok", "service": P.SERVICE_NAME, "protocol": P.PROTOCOL_VERSION,
                    "server_time": P.utc_now_iso()})

    @app.post(P.ENROLL_PATH, summary="Exchange a one-time code for a device token", status_code=201,
              responses=refusals(400, 403, 413, 415, 422), openapi_extra=ENROLL_BODY)
    async def enroll(request: Request):
        body = P.decode_json_body(await _read_body(request, P.MAX_ENROLL_BODY_BYTES),
                                  request.headers.get("content-encoding"), P.MAX_ENROLL_BODY_BYTES)
        req = P.parse_enroll_request(body)
        resp = await run_in_threadpool(store.enroll, req.code, req.device_name, public_key=req.public_key,
                                       previous_device_id=req.previous_device_id)
        return _ok(resp.to_dict(), 201)

    @app.post(P.BATCHES_PATH, summary="Push a batch of office events (gzip JSON)",
              responses=refusals(400, 401, 403, 413, 415, 422), openapi_extra=PUSH_BODY)
    async def push_batch(request: Request):
        device = await _cached_device(request)
        raw = await _read_body(request, P.MAX_BODY_BYTES)
        return _ok(await run_in_threadpool(push_answer, store, device, raw, request.headers.get("content-encoding")))

    @app.get(P.UPDATES_PATH, summary="Pull central updates after a cursor", responses=refusals(400, 401, 422),
             openapi_extra=PULL_QUERY)
    async def pull_updates(request: Request):
        device = await _cached_device(request)
        return _ok(await run_in_threadpool(pull_answer, store, device, request.query_params.get("cursor"),
                                           request.query_params.get("limit")))

    @app.post(P.DEVICE_KEY_PATH, summary="Register the batch-file signing key of a device enrolled without one",
              responses=refusals(400, 401, 409, 413, 415, 422), openapi_extra=DEVICE_KEY_BODY)
    async def register_device_key(request: Request):
        device = await _device(request)
        body = P.decode_json_body(await _read_body(request, P.MAX_ENROLL_BODY_BYTES),
                                  request.headers.get("content-encoding"), P.MAX_ENROLL_BODY_BYTES)
        if not isinstance(body, dict):
            raise P.ProtocolError("the body must be a JSON object: {\"public_key\": \"<64 hex>\"}")
        public_key = P.validate_public_key(body.get("public_key"), "body.public_key")
        new = await run_in_threadpool(store.devices.register_key, device, public_key)
        return _ok({"device_id": device.id, "public_key": public_key, "server_time": P.utc_now_iso()},
                   201 if new else 200)

    @app.post(P.SNAPSHOT_PATH, summary="Replace the office's live queue snapshot (gzip JSON; the newest wins)",
              responses=refusals(400, 401, 403, 413, 415), openapi_extra=SNAPSHOT_BODY)
    async def post_snapshot(request: Request):
        device = await _device(request)
        raw = await _read_body(request, P.MAX_SNAPSHOT_BYTES)
        snapshot = P.parse_snapshot(P.decode_json_body(raw, request.headers.get("content-encoding"),
                                                       P.MAX_SNAPSHOT_BYTES))
        stored = await run_in_threadpool(store.live.save_snapshot, device, snapshot)
        # An older snapshot than the one kept is no error: the office has nothing to retry.
        return _ok({"stored": stored, "server_time": P.utc_now_iso()})

    from sync.server.web import mount_web

    mount_web(app, store)  # the back office's pages, under / (sync/server/web/)
    return app


def public_url_from_env() -> str | None:
    """$MAKTAB_PUBLIC_URL checked and normalised (None when unset or blank); ProtocolError
    naming the variable when it is not an absolute http(s) address without query."""
    value = os.environ.get(PUBLIC_URL_ENV, "").strip()
    return P.check_public_url(value, f"${PUBLIC_URL_ENV}") if value else None


def app_from_env() -> FastAPI:
    """uvicorn factory for `--workers N`: the database URL comes from MAKTAB_SERVER_DB, the
    citizens' pages' address from MAKTAB_PUBLIC_URL (`serve --public-url` sets both)."""
    from sync.server.db import default_db_url

    db_url = os.environ.get("MAKTAB_SERVER_DB") or default_db_url()
    return create_app(db_url, ServerStore(db_url, public_url=public_url_from_env()))
