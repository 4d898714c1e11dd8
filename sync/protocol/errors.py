"""Protocol errors and the `{error: {code, message}}` body that carries them.

Part of `sync.protocol` (import it from there); the tree is drawn in its docstring. Pure; any thread.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sync.protocol.constants import PROTOCOL_VERSION
from sync.protocol.shapes import ErrorBody, ErrorDetail


class ProtocolError(ValueError):
    """A body or value that breaks the protocol; `message` says what to do about it."""

    http_status = 400

    def __init__(self, message: str, code: str = "invalid_request", http_status: int | None = None):
        super().__init__(message)
        self.message = message
        self.code = code
        if http_status is not None:
            self.http_status = http_status
        elif code == "invalid_request" and type(self) is ProtocolError:
            self.http_status = 422  # JSON, but not the shape the protocol asks for

    def to_body(self) -> ErrorBody:
        return error_body(self.code, self.message)


class PayloadTooLarge(ProtocolError):
    def __init__(self, message: str, code: str = "too_large"):
        super().__init__(message, code, 413)


class UnsupportedProtocol(ProtocolError):
    def __init__(self, got: Any):
        super().__init__(
            f"protocol version {got!r} is not supported; this side speaks version {PROTOCOL_VERSION}. "
            "Update the kiosk software or the central server so both use the same version.",
            "unsupported_protocol",
        )


class BadSignature(ProtocolError):
    def __init__(self, message: str):
        super().__init__(message, "bad_signature", 422)


def error_body(code: str, message: str) -> ErrorBody:
    return {"error": {"code": code, "message": message}}


def parse_error_body(obj: Any) -> ErrorDetail | None:
    """The {error:{code,message}} of an answer, or None if the body is not one."""
    if isinstance(obj, Mapping) and isinstance(obj.get("error"), Mapping):
        err = obj["error"]
        if isinstance(err.get("code"), str) and isinstance(err.get("message"), str):
            return {"code": err["code"], "message": err["message"]}
    return None
