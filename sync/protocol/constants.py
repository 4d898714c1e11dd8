"""Protocol v1's fixed words and numbers: version, paths, limits, statuses, update kinds, error codes.

Part of `sync.protocol` (import it from there). Constants only; any thread.
"""
from __future__ import annotations

from typing import Literal

# ---------------------------------------------------------------------------- version

PROTOCOL_VERSION = 1
SERVICE_NAME = "maktab-server"  # `service` field of /api/v1/health, tells us from a captive portal

# ---------------------------------------------------------------------------- paths

ENROLL_PATH = "/api/v1/devices/enroll"
DEVICE_KEY_PATH = "/api/v1/devices/key"  # POST: register the batch-file signing key of an enrolled device
BATCHES_PATH = "/api/v1/sync/batches"
UPDATES_PATH = "/api/v1/sync/updates"  # GET ?cursor=N&limit=M
HEALTH_PATH = "/api/v1/health"
SNAPSHOT_PATH = "/api/v1/snapshot"  # POST: the office's live queue snapshot (sync/protocol/snapshot.py)

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
#: The citizen's rating of a concern's answer, from the public concern page (issue [4/7]).
UPDATE_CONCERN_RATING = "concern.rating"
UPDATE_KINDS = (UPDATE_ANNOUNCEMENT, UPDATE_CATALOGUE_SERVICE, UPDATE_CONCERN_STATUS, UPDATE_CONCERN_RATING)

#: Event families offices send today. The server accepts any well-formed `family.action`
#: type (it checks the envelope only), so a new kind of office event never gets stuck.
EVENT_FAMILIES = ("ticket", "concern", "staff", "audit", "counter", "announcement", "help", "service")
TICKET_EVENT_TYPES = (
    "ticket.issued", "ticket.called", "ticket.recalled", "ticket.started", "ticket.finished",
    "ticket.no_show", "ticket.transferred", "ticket.cancelled",
)
CONCERN_REGISTERED = "concern.registered"
CONCERN_STATUS_CHANGED = "concern.status_changed"
CONCERN_PURGED = "concern.purged"
CONCERN_STATUSES = ("received", "in_progress", "answered", "closed", "rejected")
#: How a concern reached the office (`concern.registered` `channel`): a kiosk, or a clerk
#: for the citizen at the counter, on the phone, by letter or e-mail; "web" is the central
#: server's own. Absent (offices that predate it) means CONCERN_CHANNEL_DEFAULT.
CONCERN_CHANNELS = ("kiosk", "counter", "phone", "letter", "email", "web")
CONCERN_CHANNEL_DEFAULT = "kiosk"
MAX_CHANNEL_CHARS = 16
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
