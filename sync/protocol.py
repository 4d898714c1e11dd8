"""The office ↔ central-server sync protocol, version 1: the one module both sides share.

Qt-free and server-free: the central server (`sync.server`) and the office's sync
client both import this module and nothing of each other. It holds the wire shapes
(TypedDicts for JSON bodies, frozen dataclasses for validated values), the limits, the
content hash of an event and gzip helpers with a decompression-bomb guard. The signed
batch file a technician carries on a USB stick is in `sync.batch_file`.

Every function here is pure and thread-safe; nothing does I/O.

Exceptions::

    ProtocolError              a body or value that breaks the protocol (HTTP 400/422)
    ├── PayloadTooLarge        over a size or count limit (HTTP 413)
    ├── UnsupportedProtocol    a `protocol` version this side does not speak (HTTP 400)
    └── BadSignature           a batch file its device did not sign (refused; see sync.batch_file)

`ProtocolError.message` is written for the technician reading it on a kiosk screen or a
server console: it says what is wrong and what to do; `code` is a stable
machine-readable word (see ERROR_CODES).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import hashlib
import json
import re
import secrets
import zlib
from collections.abc import Iterable, Mapping
from typing import Any, Literal, NotRequired, TypedDict

# ---------------------------------------------------------------------------- version

PROTOCOL_VERSION = 1
SERVICE_NAME = "maktab-server"  # `service` field of /api/v1/health, tells us from a captive portal

# ---------------------------------------------------------------------------- paths

ENROLL_PATH = "/api/v1/devices/enroll"
DEVICE_KEY_PATH = "/api/v1/devices/key"  # POST: register the batch-file signing key of an enrolled device
BATCHES_PATH = "/api/v1/sync/batches"
UPDATES_PATH = "/api/v1/sync/updates"  # GET ?cursor=N&limit=M
HEALTH_PATH = "/api/v1/health"

# ---------------------------------------------------------------------------- limits

MAX_BATCH_EVENTS = 500
MAX_BATCH_BYTES = 1024 * 1024  # a push body once decompressed
MAX_BODY_BYTES = 1024 * 1024  # a request body as sent on the wire (gzip or not)
MAX_PAYLOAD_BYTES = 64 * 1024  # one event's payload, as canonical JSON
MAX_ENROLL_BODY_BYTES = 16 * 1024
DEFAULT_PULL_LIMIT = 200
MAX_PULL_LIMIT = 1000
MAX_ID_LENGTH = 64  # device_id, batch_id, event id
MAX_SEQ = 2**63 - 1

# ---------------------------------------------------------------------------- vocabulary

STORED = "stored"
DUPLICATE = "duplicate"
REJECTED = "rejected"
EVENT_STATUSES = (STORED, DUPLICATE, REJECTED)
EventStatus = Literal["stored", "duplicate", "rejected"]

CONFLICT_REASON = "conflict: seq already stored with different content"

UPDATE_ANNOUNCEMENT = "announcement"
UPDATE_CATALOGUE_SERVICE = "catalogue.service"
UPDATE_CONCERN_STATUS = "concern.status"
UPDATE_KINDS = (UPDATE_ANNOUNCEMENT, UPDATE_CATALOGUE_SERVICE, UPDATE_CONCERN_STATUS)

#: Event families offices send today. The server accepts any well-formed `family.action`
#: type (it checks the envelope only), so a new kind of office event never gets stuck.
EVENT_FAMILIES = ("ticket", "concern", "staff", "audit", "counter", "announcement")
TICKET_EVENT_TYPES = (
    "ticket.issued", "ticket.called", "ticket.recalled", "ticket.started", "ticket.finished",
    "ticket.no_show", "ticket.transferred", "ticket.cancelled",
)
CONCERN_REGISTERED = "concern.registered"
CONCERN_STATUS_CHANGED = "concern.status_changed"
CONCERN_PURGED = "concern.purged"
CONCERN_STATUSES = ("received", "in_progress", "answered", "closed", "rejected")
ANNOUNCEMENT_LANGUAGES = ("ar", "fr", "kab", "en")

#: Stable `error.code` values of error bodies.
ERROR_CODES = (
    "bad_json",  # body is not JSON (or not UTF-8)
    "bad_gzip",  # Content-Encoding: gzip but the body does not inflate
    "too_large",  # over MAX_BODY_BYTES / MAX_BATCH_BYTES / MAX_BATCH_EVENTS
    "unsupported_protocol",  # `protocol` is not PROTOCOL_VERSION
    "invalid_request",  # JSON but not the expected shape
    "unsupported_media_type",  # Content-Encoding other than gzip/identity
    "unauthorized",  # no token or unknown token (401)
    "revoked",  # the device was revoked by the central operator (401): enrol again
    "key_exists",  # the device already has another signing key (409): enrol again to replace it
    "forbidden",  # token valid but not for this device / office (403)
    "invalid_code",  # enroll code unknown, used or expired
    "not_found",
    "rate_limited",  # 429, honour Retry-After
    "unavailable",  # 503, honour Retry-After
    "internal",  # 500, retry later
)

_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]*$")
_TYPE_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
_OFFICE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$")
_HEX_RE = re.compile(r"^[0-9A-Fa-f]+$")

# ---------------------------------------------------------------------------- errors


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


# ---------------------------------------------------------------------------- JSON shapes


class EventDict(TypedDict):
    seq: int
    id: str
    type: str
    occurred_at: str
    payload: dict[str, Any]
    hash: NotRequired[str]  # sha256 hex of canonical (type, occurred_at, payload); see event_hash


class PushRequestDict(TypedDict):
    protocol: int
    device_id: str
    batch_id: str
    events: list[EventDict]


class EventResultDict(TypedDict):
    seq: int | None  # None only when the event had no usable seq
    status: EventStatus
    reason: NotRequired[str]


class PushResponseDict(TypedDict):
    protocol: int
    batch_id: str
    results: list[EventResultDict]
    acked_through: int
    server_time: str


class UpdateDict(TypedDict):
    cursor: int
    kind: str
    data: dict[str, Any]
    at: str


class PullResponseDict(TypedDict):
    protocol: int
    updates: list[UpdateDict]
    cursor: int
    more: bool
    server_time: str


class EnrollRequestDict(TypedDict):
    code: str
    device_name: str
    public_key: NotRequired[str]  # hex Ed25519 key that will sign this device's batch files
    previous_device_id: NotRequired[str]  # enrolling again: keep this id, retire its old token


class EnrollResponseDict(TypedDict):
    device_id: str
    office_code: str
    office_name: str
    token: str
    server_time: str
    public_key: NotRequired[str]  # echoed when the server stored it


class HealthDict(TypedDict):
    status: str
    service: str
    protocol: int
    server_time: str


class ErrorDetail(TypedDict):
    code: str
    message: str


class ErrorBody(TypedDict):
    error: ErrorDetail


# ---------------------------------------------------------------------------- canonical form


def canonical_json(obj: Any) -> bytes:
    """The one byte form both sides hash and sign: sorted keys, no spaces, UTF-8, no NaN."""
    try:
        return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                          allow_nan=False).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise ProtocolError(f"value cannot be written as canonical JSON: {exc}") from exc


def event_hash(type: str, occurred_at: str, payload: Mapping[str, Any]) -> str:
    """sha256 hex of canonical_json({"type", "occurred_at", "payload"}): an event's content."""
    return hashlib.sha256(
        canonical_json({"type": type, "occurred_at": occurred_at, "payload": payload})
    ).hexdigest()


# ---------------------------------------------------------------------------- time


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def format_time(when: dt.datetime) -> str:
    """UTC ISO-8601 with milliseconds and a Z: `2026-11-25T05:11:41.123Z`."""
    if when.tzinfo is None:
        raise ValueError("naive datetime: give a timezone-aware time")
    return when.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def utc_now_iso() -> str:
    return format_time(utc_now())


def parse_time(text: Any, field: str = "time") -> dt.datetime:
    """An ISO-8601 time with a timezone (Z or ±hh:mm), as an aware datetime."""
    if not isinstance(text, str) or not text:
        raise ProtocolError(f"{field} must be an ISO-8601 time string, got {type(text).__name__}")
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise ProtocolError(f"{field} {text[:40]!r} is not an ISO-8601 time such as 2026-01-31T09:15:00Z") from None
    if when.tzinfo is None:
        raise ProtocolError(f"{field} {text[:40]!r} has no timezone; send UTC with a trailing Z")
    return when


# ---------------------------------------------------------------------------- values


@dataclasses.dataclass(frozen=True)
class Event:
    seq: int
    id: str
    type: str
    occurred_at: str
    payload: dict[str, Any]
    hash: str

    @classmethod
    def create(cls, seq: int, id: str, type: str, occurred_at: str, payload: dict[str, Any]) -> Event:
        return cls(seq, id, type, occurred_at, payload, event_hash(type, occurred_at, payload))

    def to_dict(self) -> EventDict:
        return {"seq": self.seq, "id": self.id, "type": self.type, "occurred_at": self.occurred_at,
                "payload": self.payload, "hash": self.hash}

    @property
    def payload_json(self) -> str:
        return canonical_json(self.payload).decode("utf-8")


@dataclasses.dataclass(frozen=True)
class PushRequest:
    """A push batch whose envelope is valid. `events` are still raw: validate each with
    `validate_event` so that one bad event is rejected alone and the others stored."""

    device_id: str
    batch_id: str
    events: list[Any]
    protocol: int = PROTOCOL_VERSION

    def to_dict(self) -> PushRequestDict:
        return {"protocol": self.protocol, "device_id": self.device_id, "batch_id": self.batch_id,
                "events": [e.to_dict() if isinstance(e, Event) else e for e in self.events]}


@dataclasses.dataclass(frozen=True)
class EventResult:
    seq: int | None
    status: str
    reason: str | None = None

    def to_dict(self) -> EventResultDict:
        out: EventResultDict = {"seq": self.seq, "status": self.status}  # type: ignore[typeddict-item]
        if self.reason is not None:
            out["reason"] = self.reason
        return out


@dataclasses.dataclass(frozen=True)
class PushResponse:
    batch_id: str
    results: list[EventResult]
    acked_through: int
    server_time: str
    protocol: int = PROTOCOL_VERSION

    def to_dict(self) -> PushResponseDict:
        return {"protocol": self.protocol, "batch_id": self.batch_id,
                "results": [r.to_dict() for r in self.results],
                "acked_through": self.acked_through, "server_time": self.server_time}

    def seqs_with(self, *statuses: str) -> list[int]:
        """Seqs whose result is one of `statuses` (e.g. STORED, DUPLICATE: safe to mark acked)."""
        return [r.seq for r in self.results if r.status in statuses and r.seq is not None]


@dataclasses.dataclass(frozen=True)
class Update:
    cursor: int
    kind: str
    data: dict[str, Any]
    at: str

    def to_dict(self) -> UpdateDict:
        return {"cursor": self.cursor, "kind": self.kind, "data": self.data, "at": self.at}


@dataclasses.dataclass(frozen=True)
class PullResponse:
    updates: list[Update]
    cursor: int
    more: bool
    server_time: str
    protocol: int = PROTOCOL_VERSION

    def to_dict(self) -> PullResponseDict:
        return {"protocol": self.protocol, "updates": [u.to_dict() for u in self.updates],
                "cursor": self.cursor, "more": self.more, "server_time": self.server_time}


@dataclasses.dataclass(frozen=True)
class EnrollRequest:
    code: str  # normalized (see normalize_enroll_code)
    device_name: str
    public_key: str | None = None
    previous_device_id: str | None = None

    def to_dict(self) -> EnrollRequestDict:
        out: EnrollRequestDict = {"code": self.code, "device_name": self.device_name}
        if self.public_key:
            out["public_key"] = self.public_key
        if self.previous_device_id:
            out["previous_device_id"] = self.previous_device_id
        return out


@dataclasses.dataclass(frozen=True)
class EnrollResponse:
    device_id: str
    office_code: str
    office_name: str
    token: str
    server_time: str
    public_key: str | None = None

    def to_dict(self) -> EnrollResponseDict:
        out = dataclasses.asdict(self)
        if out["public_key"] is None:
            del out["public_key"]
        return out  # type: ignore[return-value]


@dataclasses.dataclass(frozen=True)
class Health:
    status: str
    service: str
    protocol: int
    server_time: str

    def to_dict(self) -> HealthDict:
        return dataclasses.asdict(self)  # type: ignore[return-value]


# ---------------------------------------------------------------------------- validation helpers


def _need_mapping(obj: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(obj, Mapping):
        raise ProtocolError(f"{what} must be a JSON object, got {_json_type(obj)}")
    return obj


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


def _need_str(obj: Mapping[str, Any], key: str, what: str, max_len: int = 1000, pattern: re.Pattern | None = None,
              optional: bool = False) -> str | None:
    value = obj.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value:
        raise ProtocolError(f"{what}.{key} must be a non-empty string, got {_json_type(value)}")
    if len(value) > max_len:
        raise ProtocolError(f"{what}.{key} is {len(value)} characters long; at most {max_len} are allowed")
    if pattern is not None and not pattern.match(value):
        raise ProtocolError(f"{what}.{key} {value[:40]!r} has characters that are not allowed "
                            "(letters, digits, '.', '_', ':', '-' only)")
    return value


def _need_int(obj: Mapping[str, Any], key: str, what: str, minimum: int = 0, maximum: int = MAX_SEQ) -> int:
    value = obj.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ProtocolError(f"{what}.{key} must be an integer, got {_json_type(value)}")
    if not minimum <= value <= maximum:
        raise ProtocolError(f"{what}.{key} = {value} is out of range {minimum}..{maximum}")
    return value


def check_protocol(obj: Mapping[str, Any]) -> None:
    got = obj.get("protocol")
    if isinstance(got, bool) or got != PROTOCOL_VERSION:
        raise UnsupportedProtocol(got)


def validate_office_code(code: Any) -> str:
    if not isinstance(code, str) or not _OFFICE_RE.match(code):
        raise ProtocolError(f"office code {code!r} is not valid: use 1-32 letters, digits, '_' or '-' "
                            "(e.g. ALG-16001)")
    return code


def event_seq_of(raw: Any) -> int | None:
    """The seq of a raw event if it has a usable one (to answer about a malformed event)."""
    if isinstance(raw, Mapping):
        seq = raw.get("seq")
        if isinstance(seq, int) and not isinstance(seq, bool) and 1 <= seq <= MAX_SEQ:
            return seq
    return None


def validate_event(raw: Any) -> Event:
    """One event's envelope → Event, or ProtocolError whose message is the rejection reason.

    The payload's inner fields are not checked (the office knows its events); it must be a
    JSON object of at most MAX_PAYLOAD_BYTES. A missing `hash` is computed; a `hash` that
    does not match the content is refused (the event was damaged on the way).
    """
    ev = _need_mapping(raw, "event")
    seq = _need_int(ev, "seq", "event", minimum=1)
    event_id = _need_str(ev, "id", "event", MAX_ID_LENGTH, _ID_RE)
    type_ = _need_str(ev, "type", "event", 64)
    if not _TYPE_RE.match(type_):
        raise ProtocolError(f"event.type {type_!r} is not of the form family.action (e.g. ticket.issued)")
    occurred_at = _need_str(ev, "occurred_at", "event", 64)
    parse_time(occurred_at, "event.occurred_at")
    payload = ev.get("payload")
    if not isinstance(payload, Mapping):
        raise ProtocolError(f"event.payload must be a JSON object, got {_json_type(payload)}")
    payload = dict(payload)
    size = len(canonical_json(payload))
    if size > MAX_PAYLOAD_BYTES:
        raise ProtocolError(f"event.payload is {size} bytes; at most {MAX_PAYLOAD_BYTES} are allowed")
    computed = event_hash(type_, occurred_at, payload)
    given = ev.get("hash")
    if given is not None:
        if not isinstance(given, str) or given.lower() != computed:
            raise ProtocolError("event.hash does not match sha256 of canonical {type, occurred_at, payload}: "
                                "the event was altered or hashed differently")
    return Event(seq, event_id, type_, occurred_at, payload, computed)


def parse_push_request(obj: Any, *, max_events: int = MAX_BATCH_EVENTS) -> PushRequest:
    """Validate a push body's envelope (not its events: see validate_event)."""
    body = _need_mapping(obj, "push body")
    check_protocol(body)
    device_id = _need_str(body, "device_id", "push body", MAX_ID_LENGTH, _ID_RE)
    batch_id = _need_str(body, "batch_id", "push body", MAX_ID_LENGTH, _ID_RE)
    events = body.get("events")
    if not isinstance(events, list):
        raise ProtocolError(f"push body.events must be an array, got {_json_type(events)}")
    if len(events) > max_events:
        raise PayloadTooLarge(f"batch has {len(events)} events; at most {max_events} per batch. "
                              "Send smaller batches.")
    return PushRequest(device_id, batch_id, list(events))


def make_push_request(device_id: str, batch_id: str, events: Iterable[Event]) -> PushRequestDict:
    return PushRequest(device_id, batch_id, list(events)).to_dict()


def parse_push_response(obj: Any) -> PushResponse:
    """Check the server's push answer. Anything else (an HTML login page…) raises ProtocolError."""
    body = _need_mapping(obj, "push answer")
    check_protocol(body)
    batch_id = _need_str(body, "batch_id", "push answer", MAX_ID_LENGTH)
    raw_results = body.get("results")
    if not isinstance(raw_results, list):
        raise ProtocolError("push answer.results must be an array")
    results = []
    for raw in raw_results:
        r = _need_mapping(raw, "push answer result")
        status = r.get("status")
        if status not in EVENT_STATUSES:
            raise ProtocolError(f"push answer result status {status!r} is not one of {EVENT_STATUSES}")
        seq = r.get("seq")
        if seq is not None and (isinstance(seq, bool) or not isinstance(seq, int)):
            raise ProtocolError("push answer result seq must be an integer or null")
        reason = r.get("reason")
        results.append(EventResult(seq, status, reason if isinstance(reason, str) else None))
    acked = _need_int(body, "acked_through", "push answer", minimum=0)
    server_time = _need_str(body, "server_time", "push answer", 64)
    parse_time(server_time, "push answer.server_time")
    return PushResponse(batch_id, results, acked, server_time)


def parse_pull_response(obj: Any) -> PullResponse:
    body = _need_mapping(obj, "pull answer")
    check_protocol(body)
    raw_updates = body.get("updates")
    if not isinstance(raw_updates, list):
        raise ProtocolError("pull answer.updates must be an array")
    updates = []
    for raw in raw_updates:
        u = _need_mapping(raw, "update")
        data = u.get("data")
        if not isinstance(data, Mapping):
            raise ProtocolError("update.data must be a JSON object")
        updates.append(Update(_need_int(u, "cursor", "update", minimum=1), _need_str(u, "kind", "update", 64),
                              dict(data), _need_str(u, "at", "update", 64)))
    cursor = _need_int(body, "cursor", "pull answer", minimum=0)
    more = body.get("more")
    if not isinstance(more, bool):
        raise ProtocolError("pull answer.more must be true or false")
    server_time = _need_str(body, "server_time", "pull answer", 64)
    return PullResponse(updates, cursor, more, server_time)


def parse_pull_query(cursor: Any, limit: Any) -> tuple[int, int]:
    """?cursor=&limit= → (cursor, limit) with limit clamped to 1..MAX_PULL_LIMIT."""
    try:
        c = 0 if cursor in (None, "") else int(cursor)
        n = DEFAULT_PULL_LIMIT if limit in (None, "") else int(limit)
    except (TypeError, ValueError):
        raise ProtocolError("cursor and limit must be whole numbers (e.g. ?cursor=0&limit=200)") from None
    if c < 0 or c > MAX_SEQ:
        raise ProtocolError(f"cursor {c} is out of range; start with cursor=0")
    return c, max(1, min(n, MAX_PULL_LIMIT))


def parse_enroll_request(obj: Any) -> EnrollRequest:
    body = _need_mapping(obj, "enroll body")
    code = _need_str(body, "code", "enroll body", 64)
    name = _need_str(body, "device_name", "enroll body", 100).strip()
    if not name:
        raise ProtocolError("enroll body.device_name is blank; name the device (e.g. 'kiosk hall')")
    public_key = None if body.get("public_key") is None else validate_public_key(body["public_key"],
                                                                                  "enroll body.public_key")
    previous = _need_str(body, "previous_device_id", "enroll body", MAX_ID_LENGTH, _ID_RE, optional=True)
    return EnrollRequest(normalize_enroll_code(code), name, public_key, previous)


def validate_public_key(value: Any, what: str = "public_key") -> str:
    """An Ed25519 public key as 64 lowercase hex characters (see sync.device_key), or ProtocolError."""
    if not isinstance(value, str) or len(value) != 64 or not _HEX_RE.match(value):
        raise ProtocolError(f"{what} must be an Ed25519 public key: 64 hexadecimal characters")
    return value.lower()


def parse_enroll_response(obj: Any) -> EnrollResponse:
    body = _need_mapping(obj, "enroll answer")
    return EnrollResponse(
        _need_str(body, "device_id", "enroll answer", MAX_ID_LENGTH),
        _need_str(body, "office_code", "enroll answer", 32),
        _need_str(body, "office_name", "enroll answer", 200),
        _need_str(body, "token", "enroll answer", 200),
        _need_str(body, "server_time", "enroll answer", 64),
        _need_str(body, "public_key", "enroll answer", 64, optional=True),
    )


def parse_health(obj: Any) -> Health:
    """Check /api/v1/health: a Wi-Fi login page answering 200 is not our server."""
    body = _need_mapping(obj, "health answer")
    if body.get("service") != SERVICE_NAME:
        raise ProtocolError("the address answered, but it is not a Maktab server (a Wi-Fi login page or "
                            "proxy?). Check the server URL and the network's captive portal.",
                            "not_maktab_server")
    check_protocol(body)
    server_time = _need_str(body, "server_time", "health answer", 64)
    parse_time(server_time, "health answer.server_time")
    return Health(str(body.get("status", "")), SERVICE_NAME, PROTOCOL_VERSION, server_time)


def error_body(code: str, message: str) -> ErrorBody:
    return {"error": {"code": code, "message": message}}


def parse_error_body(obj: Any) -> ErrorDetail | None:
    """The {error:{code,message}} of an answer, or None if the body is not one."""
    if isinstance(obj, Mapping) and isinstance(obj.get("error"), Mapping):
        err = obj["error"]
        if isinstance(err.get("code"), str) and isinstance(err.get("message"), str):
            return {"code": err["code"], "message": err["message"]}
    return None


# ---------------------------------------------------------------------------- enroll codes and tokens

#: No 0/O, 1/I/L, U: the code is read aloud over the phone and typed by a technician.
ENROLL_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
ENROLL_CODE_GROUPS = 4
ENROLL_CODE_GROUP_LEN = 4


def new_enroll_code() -> str:
    """A one-time code such as `K7QD-3MXA-9PTF-W2HE` (≈78 bits)."""
    chars = [secrets.choice(ENROLL_CODE_ALPHABET) for _ in range(ENROLL_CODE_GROUPS * ENROLL_CODE_GROUP_LEN)]
    groups = ["".join(chars[i:i + ENROLL_CODE_GROUP_LEN]) for i in range(0, len(chars), ENROLL_CODE_GROUP_LEN)]
    return "-".join(groups)


def normalize_enroll_code(code: str) -> str:
    """Upper-case and drop spaces and dashes: `k7qd 3mxa-9ptf w2he` → `K7QD3MXA9PTFW2HE`."""
    return re.sub(r"[\s\-_.]", "", code).upper()


def new_token() -> str:
    """A device bearer token: 256 random bits, URL-safe."""
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """sha256 hex of the token: all the server stores of it (enough to recognise it, not to use it)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------- gzip


def gzip_encode(data: bytes, level: int = 6) -> bytes:
    return gzip.compress(data, compresslevel=level, mtime=0)


def gzip_decode(data: bytes, max_size: int = MAX_BATCH_BYTES) -> bytes:
    """Inflate gzip `data`, refusing (PayloadTooLarge) as soon as more than `max_size` bytes
    would come out: a gzip bomb is detected after inflating at most max_size + 1 bytes."""
    out = bytearray()
    rest = data
    while True:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            chunk = d.decompress(rest, max_size + 1 - len(out))
            out += chunk
            if len(out) > max_size:
                raise PayloadTooLarge(f"body inflates to more than {max_size} bytes; send smaller batches")
            # max_length stopped us early if unconsumed_tail is left over: that is over the limit too.
            if d.unconsumed_tail:
                raise PayloadTooLarge(f"body inflates to more than {max_size} bytes; send smaller batches")
            out += d.flush()
            if len(out) > max_size:
                raise PayloadTooLarge(f"body inflates to more than {max_size} bytes; send smaller batches")
        except zlib.error as exc:
            raise ProtocolError(f"body is not valid gzip ({exc}); send gzip or drop Content-Encoding",
                                "bad_gzip") from None
        if not d.eof:
            raise ProtocolError("gzip body is truncated (connection cut?); send the batch again", "bad_gzip")
        rest = d.unused_data
        if not rest.strip(b"\x00"):  # trailing zero padding is tolerated, as gzip(1) does
            return bytes(out)


def encode_json_body(obj: Any, compress: bool = True) -> tuple[bytes, dict[str, str]]:
    """A JSON request body and its headers (gzip'd by default)."""
    raw = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    headers = {"Content-Type": "application/json"}
    if compress:
        headers["Content-Encoding"] = "gzip"
        return gzip_encode(raw), headers
    return raw, headers


def decode_json_body(body: bytes, content_encoding: str | None = None,
                     max_size: int = MAX_BATCH_BYTES) -> Any:
    """Bytes as received (+ Content-Encoding) → JSON value, with the size guard."""
    encoding = (content_encoding or "identity").strip().lower()
    if encoding == "gzip":
        body = gzip_decode(body, max_size)
    elif encoding not in ("identity", ""):
        raise ProtocolError(f"Content-Encoding {encoding!r} is not supported; use gzip or none",
                            "unsupported_media_type", 415)
    elif len(body) > max_size:
        raise PayloadTooLarge(f"body is {len(body)} bytes; at most {max_size} are allowed")
    try:
        return json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise ProtocolError("body is not UTF-8 text; send JSON encoded as UTF-8", "bad_json") from None
    except json.JSONDecodeError as exc:
        raise ProtocolError(f"body is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}",
                            "bad_json") from None
    except RecursionError:
        raise ProtocolError("body JSON is nested too deeply", "bad_json") from None


__all__ = [name for name in dir() if not name.startswith("_") and name not in {
    "annotations", "dataclasses", "dt", "gzip", "hashlib", "json", "re", "secrets", "zlib",
    "Any", "Iterable", "Literal", "Mapping", "NotRequired", "TypedDict"}]
