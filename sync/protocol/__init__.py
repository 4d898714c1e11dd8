"""The office ↔ central-server sync protocol, version 1: the one module both sides share.

Qt-free and server-free: the central server (`sync.server`) and the office's sync
client both import this module (`from sync import protocol as P`) and nothing of each
other. Its parts, each in its own file, by reason to change:

    constants     version, API paths, limits, statuses, update kinds, error codes
    shapes        the JSON bodies as TypedDicts
    values        validated values as frozen dataclasses; canonical JSON and the event hash; time
    validation    JSON → values, or a ProtocolError saying why not (parse_*, validate_*)
    errors        the ProtocolError tree and the {error:{code,message}} body
    credentials   enrolment codes and device tokens
    codec         request bodies: JSON, gzip, the decompression-bomb guard
    office_status the optional status report an office sends with a push
    public_url    the server's public address for the citizens' pages, checked and normalised
    tracking_codes concern tracking codes and their check character (a namespace:
                  `from sync.protocol import tracking_codes`; the kiosk re-exports it)
    snapshot      the office's live queue snapshot, for the citizen's phone

This module is their one public face: callers import the names from here, never from
the parts (`sync.batch_file` alone also uses validation's field checkers). The signed
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

from sync.protocol.codec import (
    decode_json_body,
    encode_json_body,
    gzip_decode,
    gzip_encode,
)
from sync.protocol.constants import (
    ANNOUNCEMENT_LANGUAGES,
    BATCHES_PATH,
    CONCERN_CHANNEL_DEFAULT,
    CONCERN_CHANNELS,
    CONCERN_PURGED,
    CONCERN_REGISTERED,
    CONCERN_STATUS_CHANGED,
    CONCERN_STATUSES,
    CONFLICT_REASON,
    DEFAULT_PULL_LIMIT,
    DEVICE_KEY_PATH,
    DUPLICATE,
    ENROLL_PATH,
    ERROR_CODES,
    EVENT_FAMILIES,
    EVENT_STATUSES,
    HEALTH_PATH,
    MAX_BATCH_BYTES,
    MAX_BATCH_EVENTS,
    MAX_BODY_BYTES,
    MAX_CHANNEL_CHARS,
    MAX_ENROLL_BODY_BYTES,
    MAX_ID_LENGTH,
    MAX_PAYLOAD_BYTES,
    MAX_PULL_LIMIT,
    MAX_SEQ,
    PROTOCOL_VERSION,
    REJECTED,
    SERVICE_NAME,
    SNAPSHOT_PATH,
    STORED,
    TICKET_EVENT_TYPES,
    UPDATE_ANNOUNCEMENT,
    UPDATE_CATALOGUE_SERVICE,
    UPDATE_CONCERN_RATING,
    UPDATE_CONCERN_STATUS,
    UPDATE_KINDS,
    UPDATES_PATH,
    EventStatus,
)
from sync.protocol.credentials import (
    ENROLL_CODE_ALPHABET,
    ENROLL_CODE_GROUP_LEN,
    ENROLL_CODE_GROUPS,
    new_enroll_code,
    new_token,
    normalize_enroll_code,
    token_hash,
)
from sync.protocol.errors import (
    BadSignature,
    PayloadTooLarge,
    ProtocolError,
    UnsupportedProtocol,
    error_body,
    parse_error_body,
)
from sync.protocol.office_status import (
    MAX_HELP_REQUESTS,
    MAX_REPORTED_BACKLOG,
    MAX_REPORTED_SERVICES,
    PRINTER_STATES,
    SERVICE_CODE_RE,
    SERVICE_MAX_MINUTES,
    SERVICE_MAX_NAME,
    OfficeStatus,
    ReportedService,
    parse_office_status,
)
from sync.protocol.public_url import MAX_PUBLIC_URL_LENGTH, check_public_url
from sync.protocol.shapes import (
    EnrollRequestDict,
    EnrollResponseDict,
    ErrorBody,
    ErrorDetail,
    EventDict,
    EventResultDict,
    HealthDict,
    PullResponseDict,
    PushRequestDict,
    PushResponseDict,
    UpdateDict,
)
from sync.protocol.snapshot import (
    MAX_SNAPSHOT_BYTES,
    MAX_SNAPSHOT_CALLED,
    MAX_SNAPSHOT_WAITING,
    Call,
    QueueState,
    Snapshot,
    parse_snapshot,
)
from sync.protocol.validation import (
    check_protocol,
    event_seq_of,
    make_push_request,
    parse_enroll_request,
    parse_enroll_response,
    parse_health,
    parse_pull_query,
    parse_pull_response,
    parse_push_request,
    parse_push_response,
    validate_event,
    validate_office_code,
    validate_public_key,
)
from sync.protocol.values import (
    EnrollRequest,
    EnrollResponse,
    Event,
    EventResult,
    Health,
    PullResponse,
    PushRequest,
    PushResponse,
    Update,
    canonical_json,
    concern_channel,
    event_hash,
    format_time,
    parse_time,
    utc_now,
    utc_now_iso,
)

__all__ = [
    "ANNOUNCEMENT_LANGUAGES",
    "BATCHES_PATH",
    "CONCERN_CHANNELS",
    "CONCERN_CHANNEL_DEFAULT",
    "CONCERN_PURGED",
    "CONCERN_REGISTERED",
    "CONCERN_STATUSES",
    "CONCERN_STATUS_CHANGED",
    "CONFLICT_REASON",
    "DEFAULT_PULL_LIMIT",
    "DEVICE_KEY_PATH",
    "DUPLICATE",
    "ENROLL_CODE_ALPHABET",
    "ENROLL_CODE_GROUPS",
    "ENROLL_CODE_GROUP_LEN",
    "ENROLL_PATH",
    "ERROR_CODES",
    "EVENT_FAMILIES",
    "EVENT_STATUSES",
    "HEALTH_PATH",
    "MAX_BATCH_BYTES",
    "MAX_BATCH_EVENTS",
    "MAX_BODY_BYTES",
    "MAX_CHANNEL_CHARS",
    "MAX_ENROLL_BODY_BYTES",
    "MAX_HELP_REQUESTS",
    "MAX_ID_LENGTH",
    "MAX_PAYLOAD_BYTES",
    "MAX_PUBLIC_URL_LENGTH",
    "MAX_PULL_LIMIT",
    "MAX_REPORTED_BACKLOG",
    "MAX_REPORTED_SERVICES",
    "MAX_SEQ",
    "MAX_SNAPSHOT_BYTES",
    "MAX_SNAPSHOT_CALLED",
    "MAX_SNAPSHOT_WAITING",
    "PRINTER_STATES",
    "PROTOCOL_VERSION",
    "REJECTED",
    "SERVICE_CODE_RE",
    "SERVICE_MAX_MINUTES",
    "SERVICE_MAX_NAME",
    "SERVICE_NAME",
    "SNAPSHOT_PATH",
    "STORED",
    "TICKET_EVENT_TYPES",
    "UPDATES_PATH",
    "UPDATE_ANNOUNCEMENT",
    "UPDATE_CATALOGUE_SERVICE",
    "UPDATE_CONCERN_RATING",
    "UPDATE_CONCERN_STATUS",
    "UPDATE_KINDS",
    "BadSignature",
    "Call",
    "EnrollRequest",
    "EnrollRequestDict",
    "EnrollResponse",
    "EnrollResponseDict",
    "ErrorBody",
    "ErrorDetail",
    "Event",
    "EventDict",
    "EventResult",
    "EventResultDict",
    "EventStatus",
    "Health",
    "HealthDict",
    "OfficeStatus",
    "PayloadTooLarge",
    "ProtocolError",
    "PullResponse",
    "PullResponseDict",
    "PushRequest",
    "PushRequestDict",
    "PushResponse",
    "PushResponseDict",
    "QueueState",
    "ReportedService",
    "Snapshot",
    "UnsupportedProtocol",
    "Update",
    "UpdateDict",
    "canonical_json",
    "check_protocol",
    "check_public_url",
    "concern_channel",
    "decode_json_body",
    "encode_json_body",
    "error_body",
    "event_hash",
    "event_seq_of",
    "format_time",
    "gzip_decode",
    "gzip_encode",
    "make_push_request",
    "new_enroll_code",
    "new_token",
    "normalize_enroll_code",
    "parse_enroll_request",
    "parse_enroll_response",
    "parse_error_body",
    "parse_health",
    "parse_office_status",
    "parse_pull_query",
    "parse_pull_response",
    "parse_push_request",
    "parse_push_response",
    "parse_snapshot",
    "parse_time",
    "token_hash",
    "utc_now",
    "utc_now_iso",
    "validate_event",
    "validate_office_code",
    "validate_public_key",
]
