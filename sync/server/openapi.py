"""What the central server's sync API declares in its OpenAPI description.

The endpoints read their bodies themselves (to bound them and accept gzip), so FastAPI
cannot see their shapes: they are declared here from the protocol (`sync.protocol`),
with every refusal each route may give in the error format
`{"error": {"code", "message"}, "server_time"}`. tests/sync/test_server_openapi_fuzz.py
checks the running server against this description with schemathesis.
"""
from __future__ import annotations

from typing import Any

from sync import protocol as P

_ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {"type": "object", "required": ["code", "message"],
                  "properties": {"code": {"type": "string",
                                          "description": "see ERROR_CODES in sync/protocol/constants.py"},
                                 "message": {"type": "string"}}},
        "server_time": {"type": "string"},
    },
}

_MEANING = {
    400: "`bad_json`, `bad_gzip`, `unsupported_protocol`: the body cannot be read",
    401: "`unauthorized` (no device token, or an unknown one) or `revoked` (enrol the device again)",
    403: "`forbidden` (the token is another device's) or `invalid_code` (enrolment code unknown, used, expired)",
    409: "`key_exists`: this device already has another signing key (enrol again to change it)",
    413: "`too_large`: over the body, batch or event limits",
    415: "`unsupported_media_type`: a Content-Encoding other than gzip",
    422: "`invalid_request`: JSON, but not the shape the protocol asks for",
    503: "`unavailable`: the database is busy or down; nothing was stored (honour Retry-After)",
}


def refusals(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The `responses=` of a route that may refuse with these statuses (503 always: the database)."""
    return {status: {"description": _MEANING[status], "content": {"application/json": {"schema": _ERROR}}}
            for status in sorted({*statuses, 503})}


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    """`openapi_extra=` declaring a JSON request body (also accepted gzip'd: Content-Encoding: gzip)."""
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}


ENROLL_BODY = json_body({
    "type": "object", "required": ["code", "device_name"],
    "properties": {"code": {"type": "string", "maxLength": 64}, "device_name": {"type": "string", "maxLength": 100},
                   "public_key": {"type": "string", "pattern": "^[0-9a-f]{64}$",
                                  "description": "the device's Ed25519 public key (hex), for its batch files"},
                   "previous_device_id": {"type": "string", "maxLength": P.MAX_ID_LENGTH,
                                          "description": "enrolling again: keep this device, retire its old token"}},
})

DEVICE_KEY_BODY = json_body({
    "type": "object", "required": ["public_key"],
    "properties": {"public_key": {"type": "string", "pattern": "^[0-9a-f]{64}$"}},
})

PUSH_BODY = json_body({
    "type": "object", "required": ["protocol", "device_id", "batch_id", "events"],
    "properties": {
        "protocol": {"type": "integer", "enum": [P.PROTOCOL_VERSION]},
        "device_id": {"type": "string", "maxLength": P.MAX_ID_LENGTH},
        "batch_id": {"type": "string", "maxLength": P.MAX_ID_LENGTH},
        "events": {"type": "array", "maxItems": P.MAX_BATCH_EVENTS, "items": {
            "type": "object", "required": ["seq", "id", "type", "occurred_at", "payload"],
            "properties": {
                "seq": {"type": "integer", "minimum": 1, "maximum": P.MAX_SEQ},
                "id": {"type": "string", "maxLength": P.MAX_ID_LENGTH},
                "type": {"type": "string", "examples": ["ticket.issued"]},
                "occurred_at": {"type": "string", "examples": ["2026-09-06T07:30:00.000Z"]},
                "payload": {"type": "object"},
                "hash": {"type": "string"},
            },
        }},
        "office_status": {
            "type": "object", "description": "optional: the office's status report (docs/sync-protocol.md)",
            "required": ["backlog", "version", "printer", "help_requests", "at"],
            "properties": {
                "backlog": {"type": "integer", "minimum": 0, "maximum": P.MAX_REPORTED_BACKLOG},
                "version": {"type": "string", "maxLength": 64, "examples": ["0.9.0"]},
                "printer": {"type": "string", "enum": list(P.PRINTER_STATES)},
                "help_requests": {"type": "integer", "minimum": 0, "maximum": P.MAX_HELP_REQUESTS},
                "at": {"type": "string", "examples": ["2026-09-06T07:30:00.000Z"]},
                "services": {"type": "array", "maxItems": P.MAX_REPORTED_SERVICES, "items": {"type": "object"}},
            },
        },
    },
})

SNAPSHOT_BODY = json_body({
    "type": "object", "required": ["protocol", "device_id", "taken_at", "day", "queues"],
    "description": "the office's live queue snapshot (docs/sync-protocol.md, sync/protocol/snapshot.py); "
                   "a bad field is refused with 400 `invalid_request` naming it",
    "properties": {
        "protocol": {"type": "integer", "enum": [P.PROTOCOL_VERSION]},
        "device_id": {"type": "string", "maxLength": P.MAX_ID_LENGTH},
        "taken_at": {"type": "string", "examples": ["2026-09-06T07:30:00.000Z"]},
        "day": {"type": "string", "examples": ["2026-09-06"]},
        "queues": {"type": "object", "maxProperties": P.MAX_REPORTED_SERVICES, "additionalProperties": {
            "type": "object", "required": ["waiting", "minutes", "counters"],
            "properties": {"waiting": {"type": "array", "maxItems": P.MAX_SNAPSHOT_WAITING,
                                       "items": {"type": "string", "examples": ["EC-012"]}},
                           "minutes": {"type": "number", "minimum": 0, "maximum": P.SERVICE_MAX_MINUTES},
                           "counters": {"type": "integer", "minimum": 0, "maximum": 99}}}},
        "called": {"type": "array", "maxItems": P.MAX_SNAPSHOT_CALLED, "items": {
            "type": "object", "required": ["label", "counter"],
            "properties": {"label": {"type": "string"}, "counter": {"type": "string"}}}},
    },
})

PULL_QUERY = {"parameters": [
    {"name": "cursor", "in": "query", "required": False,
     "schema": {"type": "integer", "minimum": 0, "maximum": P.MAX_SEQ, "default": 0}},
    {"name": "limit", "in": "query", "required": False,
     "schema": {"type": "integer", "minimum": 1, "maximum": P.MAX_PULL_LIMIT, "default": P.DEFAULT_PULL_LIMIT}},
]}
