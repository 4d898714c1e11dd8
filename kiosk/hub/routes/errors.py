"""Every refusal of the LAN API in the house format `{"error": {"code", "message", …}}`,
installed on the app in one place (`install_error_handlers`).

    OfficeError, PairingError   the Office's (or pairing's) code → its status (kiosk/hub/refusals.py),
                                with `problems` / `retry_after_s` when the error carries them
    ApiError                    the hub's own refusals (device token, device kind, unknown service…)
    StoreError                  its status from the same table: 507 full disk, 503 damaged or unreadable
    HTTPException               an unknown path or method, a body that is not JSON: 404/405/400
    RequestValidationError      a body or query that does not match the OpenAPI description: 422
    anything else               500 `hub_error`, the details in the hub's log

Thread use: the server's event loop (exception handlers are async).
"""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from kiosk.hub.pairing import PairingError
from kiosk.hub.refusals import ApiError, error_response, office_error_details, status_of
from kiosk.office import OfficeError, StoreError

log = logging.getLogger(__name__)

_HTTP_CODES = {404: "not_found", 405: "method_not_allowed"}


async def _coded_error(request: Request, exc: OfficeError | PairingError) -> JSONResponse:
    return error_response(status_of(exc), exc.code, str(exc), **office_error_details(exc))


async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
    return error_response(exc.status, exc.code, exc.message)


async def _store_error(request: Request, exc: StoreError) -> JSONResponse:
    log.error("hub: %s %s: %s", request.method, request.url.path, exc.message)
    return error_response(status_of(exc), exc.code, exc.message)


async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    # A body that is not UTF-8 JSON, an unknown path or method: the house format too, never {"detail"}.
    return error_response(exc.status_code, _HTTP_CODES.get(exc.status_code, "bad_request"), str(exc.detail))


async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors())
    return error_response(422, "bad_request", problems or "malformed request")


async def _internal_error(request: Request, exc: Exception) -> JSONResponse:
    log.exception("hub: %s %s failed", request.method, request.url.path)
    return error_response(500, "hub_error", "the hub failed to answer; the technician will find details in its log")


def install_error_handlers(app: FastAPI) -> None:
    # FastAPI's decorator form, called plainly: it keeps each handler's own exception type.
    app.exception_handler(OfficeError)(_coded_error)
    app.exception_handler(PairingError)(_coded_error)
    app.exception_handler(ApiError)(_api_error)
    app.exception_handler(StoreError)(_store_error)
    app.exception_handler(StarletteHTTPException)(_http_error)
    app.exception_handler(RequestValidationError)(_validation_error)
    app.exception_handler(Exception)(_internal_error)
