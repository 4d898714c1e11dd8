"""How the hub refuses: the Office's error codes as HTTP statuses, in the house format
`{"error": {"code", "message", …}}` (docs/lan-api.md lists them; kiosk/hub/bodies.py
declares them in the OpenAPI). Qt-free.
"""
from __future__ import annotations

from typing import Any

from fastapi.responses import JSONResponse

from kiosk.hub import codec
from kiosk.hub.pairing import PairingError
from kiosk.office import OfficeError

# Office error code → HTTP status (anything else: 400).
STATUS = {
    "not_logged_in": 401, "bad_device_token": 401, "forbidden": 403, "device_forbidden": 403,
    "bad_pairing_code": 403, "pairing_throttled": 429, "locked": 423, "unknown_ticket": 404, "unknown_service": 404, "unknown_staff": 404,
    "bad_state": 409, "counter_closed": 409, "service_closed": 409, "bad_transfer": 409, "daily_limit": 409,
    "code_unknown": 404, "bad_transition": 409, "sync_not_enrolled": 409, "lookup_throttled": 429,
    "action_id_reused": 409,
}


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
