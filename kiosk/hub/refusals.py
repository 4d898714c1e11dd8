"""How the hub refuses: the office's errors as HTTP statuses, in the house format
`{"error": {"code", "message", …}}` (docs/lan-api.md lists them; kiosk/hub/bodies.py
declares them in the OpenAPI). Qt-free.

One table, keyed by the class of refusal (kiosk/office/errors.py): the hub answers a
refusal with `status_of(exc)`, and `RemoteOffice` turns the code (or, for a code it does
not know, the status) back into the same class, so `except NotFound` works for a local
and a remote office alike. The storage failures are in the same table (507 disk full:
nothing was saved, the same request may succeed once space is freed; 503 damaged or
unreadable: only the technician can mend it), and `failure_from` rebuilds them.
"""
from __future__ import annotations

from typing import Any

from fastapi.responses import JSONResponse

from kiosk.hub import codec
from kiosk.hub.pairing import PairingError
from kiosk.office.errors import (
    KIND_OF_CODE,
    BadLogin,
    Conflict,
    DiskFull,
    InvalidInput,
    Locked,
    NotAllowed,
    NotFound,
    NotLoggedIn,
    OfficeError,
    StoreError,
    Throttled,
    Unavailable,
    kind_of,
)

# The class of refusal → HTTP status. A class not listed answers as its nearest listed base.
STATUS_OF_KIND: dict[type[OfficeError], int] = {
    OfficeError: 400,
    InvalidInput: 400,
    NotFound: 404,
    Conflict: 409,
    NotAllowed: 403,
    NotLoggedIn: 401,
    BadLogin: 400,  # a wrong name or PIN is a bad request, not a missing session (docs/lan-api.md)
    Locked: 423,
    Unavailable: 409,  # e.g. service_closed: the office is up, the service is not (never 503: clients retry those)
    Throttled: 429,
}

# The office's storage failures (a second root, kiosk/office/errors.py) → HTTP status.
STATUS_OF_FAILURE: dict[type[StoreError], int] = {StoreError: 503, DiskFull: 507}

# The way back for `RemoteOffice`: a status whose code it does not know → the class to raise.
KIND_OF_STATUS: dict[int, type[OfficeError]] = {404: NotFound, 409: Conflict, 401: NotLoggedIn, 403: NotAllowed,
                                                423: Locked, 429: Throttled}


def status_of_kind(kind: type[OfficeError]) -> int:
    for cls in kind.__mro__:
        if cls in STATUS_OF_KIND:
            return STATUS_OF_KIND[cls]
    return 400


def status_of(exc: OfficeError | PairingError | StoreError) -> int:
    """The HTTP status of a refusal or a storage failure. A plain `OfficeError(code, …)` (or a
    pairing refusal) answers as the class its code belongs to."""
    if isinstance(exc, StoreError):
        return next(STATUS_OF_FAILURE[cls] for cls in type(exc).__mro__ if cls in STATUS_OF_FAILURE)
    kind = type(exc) if isinstance(exc, OfficeError) and type(exc) is not OfficeError else kind_of(exc.code)
    return status_of_kind(kind)


def kind_for_answer(code: str, status: int) -> type[OfficeError]:
    """The class `RemoteOffice` raises for the hub's refusal `code` with HTTP `status`."""
    kind = kind_of(code)
    if kind is InvalidInput and status != 400:  # a code this client does not know: the status says the kind
        return KIND_OF_STATUS.get(status, OfficeError)
    return kind


# Code → status, derived from the table (for callers that only have a code; unknown codes: 400).
STATUS: dict[str, int] = {code: status_of_kind(kind) for code, kind in KIND_OF_CODE.items()}


class ApiError(Exception):
    def __init__(self, code: str, message: str, status: int | None = None):
        super().__init__(message)
        self.code, self.message, self.status = code, message, status or STATUS.get(code, 400)


def error_response(status: int, code: str, message: str, **details: Any) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message, **details}}, status_code=status)


def office_error_details(exc: OfficeError | PairingError) -> dict[str, Any]:
    """What an OfficeError carries besides its code: the draft's problems, the lookup wait."""
    details: dict[str, Any] = {}
    problems = getattr(exc, "problems", None)
    if problems:
        details["problems"] = [codec.problem_json(p) for p in problems]
    retry_after = getattr(exc, "retry_after_s", None)
    if retry_after is not None:
        # Only in the body: a Retry-After header would make the client's urllib3 wait and retry by itself.
        details["retry_after_s"] = round(float(retry_after), 1)
    return details
