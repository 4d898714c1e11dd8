"""The office's sync client: enroll, push the outbox, pull central updates, export to USB.

One `SyncClient` talks to one central server for one enrolled device (`SyncState`).
It is plain blocking code (requests + urllib3); the kiosk runs it on `SyncLoop`'s daemon
thread, the technician through `maktab-sync`. Not shared between threads.

What counts as success: only an answer with status 200/201, a JSON content type and the
exact shape of the protocol (`sync.protocol.parse_*`). A Wi-Fi login page answering 200
with HTML, or JSON of another shape, is `UnexpectedAnswer`: nothing is marked acked.
Events are marked acked only from the server's per-event results (stored/duplicate),
parked with their reason when rejected, and left pending otherwise.

Retries: urllib3's `Retry` repeats a request after a connection error or a cut
(safe: a batch is stored idempotently by (device_id, seq); pulls are GETs; enrolment
retries only connection failures, since its one-time code is spent by the first try).
HTTP 429/500/502/503/504 are not retried inside a call: they raise `ServerBusy` with the
server's `Retry-After`, and the caller waits (`Backoff`) — the loop can then stop or be
woken while waiting, instead of sleeping inside urllib3.

Exceptions::

    SyncError                   anything that stopped a sync step; `.message` is for a technician
    ├── ConfigError             not enrolled, or an http:// URL that is not allowed
    ├── ServerUnreachable       connection refused/cut, DNS, timeout            (transient)
    │   └── TLSError            the certificate did not verify                  (fix the CA)
    ├── ServerBusy              429 / 5xx; `.retry_after` seconds if given      (transient)
    ├── UnexpectedAnswer        not the protocol's answer (captive portal…)      (transient)
    └── Refused                 4xx with the server's reason (`.code`, `.status`)
        └── Unauthorized        401/403: token unknown, revoked or for another device
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import ipaddress
import json
import logging
import os
import random
import secrets
import time
import urllib.parse
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from sync import device_key
from sync import protocol as P
from sync.answers import base_of, connection_failure, first_words, short_reason
from sync.batch_file import BatchFileWriter
from sync.ports import APPLIED, KEPT_LOCAL, NullSink, OutboxPort, UpdatesSink
from sync.private_files import open_private
from sync.state import SyncState

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = (5.0, 30.0)  # (connect, read) seconds
DEFAULT_BATCH_EVENTS = P.MAX_BATCH_EVENTS
DEFAULT_BATCH_BYTES = 512 * 1024  # of uncompressed JSON; the server takes up to P.MAX_BATCH_BYTES
USER_AGENT = "maktab-sync/1"
SAVE_EVERY_S = 5.0  # at most this long between sync.json writes while batches succeed


# ---------------------------------------------------------------------------- errors


class SyncError(Exception):
    transient = False

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ConfigError(SyncError):
    pass


class ServerUnreachable(SyncError):
    transient = True


class TLSError(ServerUnreachable):
    transient = False


class ServerBusy(SyncError):
    transient = True

    def __init__(self, message: str, status: int, retry_after: float | None = None):
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class UnexpectedAnswer(SyncError):
    transient = True


class Refused(SyncError):
    def __init__(self, message: str, status: int, code: str = ""):
        super().__init__(message)
        self.status = status
        self.code = code


class Unauthorized(Refused):
    pass


# ---------------------------------------------------------------------------- helpers


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_server_url(url: str, allow_http: bool = False) -> str:
    """The URL without a trailing slash; ConfigError unless https (or http to loopback / allowed)."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"server URL {url!r} is not valid: give it as https://HOST[:PORT]")
    if parts.scheme == "http" and not allow_http and not is_loopback(parts.hostname):
        raise ConfigError(f"server URL {url!r} uses plain http to another machine: the device token would "
                          "travel unencrypted. Use https://, or pass --allow-http if this network is trusted.")
    return url.strip().rstrip("/")


def parse_retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        from email.utils import parsedate_to_datetime

        when = parsedate_to_datetime(value)
        return max(0.0, (when - (now or P.utc_now())).total_seconds())
    except (TypeError, ValueError, IndexError):
        return None


class Backoff:
    """Capped exponential backoff with full jitter; a server's Retry-After wins (up to `retry_after_cap`)."""

    def __init__(self, base: float = 1.0, cap: float = 300.0, retry_after_cap: float = 3600.0,
                 rng: random.Random | None = None):
        self.base = base
        self.cap = cap
        self.retry_after_cap = retry_after_cap
        self.failures = 0
        self._rng = rng or random.Random()

    def reset(self) -> None:
        self.failures = 0

    def next_delay(self, retry_after: float | None = None) -> float:
        self.failures += 1
        ceiling = min(self.cap, self.base * 2 ** min(self.failures - 1, 30))
        delay = self._rng.uniform(ceiling / 2, ceiling)  # "equal jitter": never hammer, never stall
        if retry_after:
            # The server said when: wait that long, plus a little so offices do not return in step.
            wait = min(retry_after, self.retry_after_cap)
            delay = wait + self._rng.uniform(0, min(wait * 0.1, 5.0))
        return delay


def _connection_retry(post_is_safe: bool) -> Retry:
    """urllib3 Retry for connection problems only (status codes are the caller's business)."""
    return Retry(
        total=3, connect=3, read=3 if post_is_safe else 0, status=0, other=0, redirect=0,
        allowed_methods=frozenset({"GET", "HEAD", "POST"}) if post_is_safe else frozenset({"GET", "HEAD"}),
        status_forcelist=(), raise_on_status=False, raise_on_redirect=False,
        backoff_factor=0.2, backoff_max=2.0, backoff_jitter=0.2,
    )


def make_session(ca_bundle: str | None = None, *, post_is_safe: bool = True) -> requests.Session:
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=_connection_retry(post_is_safe), pool_connections=1, pool_maxsize=2)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.verify = ca_bundle or True
    session.trust_env = False  # no surprise proxies from the environment on a kiosk
    session.headers["User-Agent"] = USER_AGENT
    return session


# ---------------------------------------------------------------------------- results


@dataclasses.dataclass
class PushResult:
    """What one or more pushed batches did."""

    batches: int = 0
    sent: int = 0
    stored: int = 0
    duplicate: int = 0
    rejected: int = 0
    bytes_sent: int = 0
    acked_through: int = 0
    rejections: list[tuple[int, str]] = dataclasses.field(default_factory=list)

    @property
    def acked(self) -> int:
        return self.stored + self.duplicate

    def add(self, other: PushResult) -> None:
        for f in ("batches", "sent", "stored", "duplicate", "rejected", "bytes_sent"):
            setattr(self, f, getattr(self, f) + getattr(other, f))
        self.acked_through = max(self.acked_through, other.acked_through)
        self.rejections.extend(other.rejections)


@dataclasses.dataclass
class PullResult:
    pages: int = 0
    applied: int = 0
    kept_local: int = 0
    ignored: int = 0
    cursor: int = 0


# ---------------------------------------------------------------------------- client


class SyncClient:
    """Talks to the central server for one enrolled device."""

    def __init__(self, state: SyncState, outbox: OutboxPort | None = None, sink: UpdatesSink | None = None, *,
                 session: requests.Session | None = None, timeout: tuple[float, float] = DEFAULT_TIMEOUT,
                 batch_events: int = DEFAULT_BATCH_EVENTS, batch_bytes: int = DEFAULT_BATCH_BYTES,
                 compress: bool = True, send_hashes: bool = False, pull_limit: int = P.DEFAULT_PULL_LIMIT):
        if not state.enrolled:
            raise ConfigError("this office device is not enrolled: run maktab-sync enroll --server URL --code CODE")
        self.state = state
        self.base_url = check_server_url(state.server_url, state.allow_http)
        self.outbox = outbox
        self.sink = sink or NullSink()
        self.session = session or make_session(state.ca_bundle)
        self.timeout = timeout
        self.batch_events = max(1, min(batch_events, P.MAX_BATCH_EVENTS))
        self.batch_bytes = max(1024, min(batch_bytes, P.MAX_BATCH_BYTES))
        self.compress = compress
        # The server recomputes the hash; sending it costs ~35 gzip'd bytes per event and TLS
        # already protects the content on the way.
        self.send_hashes = send_hashes
        self.pull_limit = pull_limit
        #: Request bodies as sent, for the benchmarks and `status`.
        self.bytes_sent = 0
        self.requests_sent = 0
        self._saved_at = 0.0
        self._key_refused = False

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ enrolment

    @classmethod
    def enroll(cls, state: SyncState, server_url: str, code: str, device_name: str, *,
               ca_bundle: str | None = None, allow_http: bool = False,
               timeout: tuple[float, float] = DEFAULT_TIMEOUT) -> P.EnrollResponse:
        """Exchange a one-time code for a device token and save it in `state`, with a new
        batch-file signing key whose public half the server records.

        Enrolling again with the same server sends the current device id: the server keeps it
        (and the events it already holds) and retires the old token."""
        base = check_server_url(server_url, allow_http)
        signing_key = device_key.new_private_key()
        request = P.EnrollRequest(code, device_name, device_key.public_key_of(signing_key),
                                  state.device_id if state.device_id and state.server_url == base else None)
        session = make_session(ca_bundle, post_is_safe=False)
        try:
            # A captive portal or a wrong address must not eat the code: check the server first.
            health = _health(session, base, timeout, consequence="The enrolment code was not sent.")
            body, headers = P.encode_json_body(request.to_dict(), compress=False)
            resp = _send(session, "POST", base + P.ENROLL_PATH, timeout, data=body, headers=headers,
                         consequence="If the code is refused when you try again, ask for a new one.")
            enrolled = P.parse_enroll_response(_json_answer(resp, (201, 200), "enroll"))
        except P.ProtocolError as exc:
            raise UnexpectedAnswer(f"the server's answer to enrolment is not what Maktab expects: {exc.message}") \
                from None
        finally:
            session.close()
        same_device = enrolled.device_id == request.previous_device_id
        state.update(server_url=base, device_id=enrolled.device_id, office_code=enrolled.office_code,
                     office_name=enrolled.office_name, token=enrolled.token, device_name=device_name,
                     ca_bundle=ca_bundle, allow_http=allow_http, enrolled_at=enrolled.server_time,
                     pull_cursor=state.pull_cursor if same_device else 0,
                     last_success_at=enrolled.server_time, last_error=None,
                     server_clock_offset_s=_offset(health.server_time, time.time()),
                     # An older server ignores the key: then push/pull registers it later.
                     signing_key=signing_key, signing_key_registered=enrolled.public_key == request.public_key)
        return enrolled

    # ------------------------------------------------------------------ health

    def health(self) -> P.Health:
        """Is the server there and a Maktab server? Also measures the clock offset."""
        started = time.time()
        try:
            health = _health(self.session, self.base_url, self.timeout)
        except SyncError as exc:
            self._failed(exc)
            raise
        self.state.update(server_clock_offset_s=_offset(health.server_time, (started + time.time()) / 2))
        return health

    # ------------------------------------------------------------------ signing key

    def register_signing_key(self) -> bool:
        """Give a device enrolled before batch-file keys its key pair and register the public half
        with the bearer token. Returns False when nothing was needed.

        The new private key is saved before it is sent, so a lost answer is retried with the
        same key (the server accepts the same key again, and refuses another one)."""
        if self.state.signing_key_registered:
            return False
        self.state.save()  # adopts a key the other process (hub or maktab-sync) may have saved meanwhile
        if self.state.signing_key_registered:
            return False
        if not self.state.signing_key:
            self.state.update(signing_key=device_key.new_private_key())
        body, headers = P.encode_json_body({"public_key": _public_key(self.state)}, compress=False)
        resp = _send(self.session, "POST", self.base_url + P.DEVICE_KEY_PATH, self.timeout, data=body,
                     headers=self._headers({**headers, "Accept": "application/json"}))
        _json_answer(resp, (200, 201), "signing key registration")
        self.state.update(signing_key_registered=True)
        log.info("registered this device's batch-file signing key with the server")
        return True

    def _register_signing_key_quietly(self) -> None:
        """After a successful exchange: register the key if needed; a failure (an older server,
        a key conflict) must not fail the sync that worked. `maktab-sync export` says what to do."""
        if self.state.signing_key_registered or self._key_refused:
            return
        try:
            self.register_signing_key()
        except SyncError as exc:
            # A refusal (an older server without the endpoint, another key already there) will not
            # change by asking again at every sync: once per client is enough to log it.
            self._key_refused = isinstance(exc, Refused)
            log.warning("could not register this device's batch-file signing key: %s", exc.message)

    # ------------------------------------------------------------------ push

    def _headers(self, extra: dict[str, str]) -> dict[str, str]:
        return {**extra, "Authorization": f"Bearer {self.state.token}"}

    def _event_dict(self, ev: Any) -> dict[str, Any]:
        d = {"seq": ev.seq, "id": ev.event_id, "type": ev.type, "occurred_at": ev.occurred_at,
             "payload": ev.payload}
        if self.send_hashes:
            d["hash"] = P.event_hash(ev.type, ev.occurred_at, ev.payload)
        return d

    def push_batch(self, events: list[Any]) -> PushResult:
        """Send these outbox events as one batch and record the server's answer in the outbox."""
        assert self.outbox is not None, "SyncClient needs an outbox to push"
        seqs = [ev.seq for ev in events]
        batch_id = f"b-{secrets.token_hex(8)}"
        body = {"protocol": P.PROTOCOL_VERSION, "device_id": self.state.device_id, "batch_id": batch_id,
                "events": [self._event_dict(ev) for ev in events]}
        data, headers = P.encode_json_body(body, compress=self.compress)
        started = time.time()
        try:
            resp = self._post(P.BATCHES_PATH, data, headers)
            try:
                answer = P.parse_push_response(_json_answer(resp, (200,), "push"))
            except P.ProtocolError as exc:
                raise UnexpectedAnswer(f"the answer to a push is not a Maktab acknowledgement ({exc.message}); "
                                       "a Wi-Fi login page or a proxy may be in the way. Nothing was marked "
                                       "as sent.") from None
            if answer.batch_id != batch_id:
                raise UnexpectedAnswer(f"the server acknowledged batch {answer.batch_id!r}, not {batch_id!r}: "
                                       "a caching proxy may be in the way. Nothing was marked as sent.")
        except SyncError as exc:
            self.outbox.record_failure(seqs, exc.message[:500])
            self._failed(exc)
            raise
        result = PushResult(batches=1, sent=len(events), bytes_sent=len(data), acked_through=answer.acked_through)
        sent = set(seqs)
        acked: list[int] = []
        for r in answer.results:
            if r.seq is None or r.seq not in sent:
                continue  # not one of ours: never acknowledge what we did not send
            if r.status in (P.STORED, P.DUPLICATE):
                acked.append(r.seq)
                if r.status == P.STORED:
                    result.stored += 1
                else:
                    result.duplicate += 1
            else:
                reason = r.reason or "rejected by the server (no reason given)"
                self.outbox.mark_rejected(r.seq, reason)
                result.rejected += 1
                result.rejections.append((r.seq, reason))
                log.warning("event seq %s rejected by the server: %s", r.seq, reason)
        if acked:
            self.outbox.mark_acked(acked, answer.server_time)
        missing = sent - set(acked) - {s for s, _ in result.rejections}
        if missing:  # the answer left some out: they stay pending and go again
            self.outbox.record_failure(sorted(missing), "the server's answer did not mention this event")
        self._succeeded(answer.server_time, (started + time.time()) / 2)
        return result

    def push(self, *, max_batches: int | None = None,
             progress: Callable[[PushResult, int], None] | None = None) -> PushResult:
        """Push batches until nothing is pending (or `max_batches`). Raises on the first failure.

        `progress(total_so_far, still_pending)` is called after each batch.
        """
        assert self.outbox is not None, "SyncClient needs an outbox to push"
        total = PushResult()
        previous: list[int] | None = None
        while max_batches is None or total.batches < max_batches:
            events = self.outbox.pending_batch(self.batch_events, self.batch_bytes)
            if not events:
                break
            seqs = [e.seq for e in events]
            if seqs == previous:
                break  # the last answer settled none of these: do not spin on them in this round
            previous = seqs
            total.add(self._push_fitting(events))
            if progress:
                progress(total, self.outbox.stats().pending)
        if total.batches:
            self.state.save()
        self._register_signing_key_quietly()
        return total

    def _push_fitting(self, events: list[Any]) -> PushResult:
        """push_batch, halving the batch while the server says it is too large; an event that
        cannot be sent at all (too large alone, or not JSON) is parked locally, never retried
        forever: it must not hold back the events behind it."""
        result = PushResult()
        try:
            result.add(self.push_batch(events))
            return result
        except ValueError:  # a payload that JSON cannot write (NaN): find it, park it, send the rest
            bad = [ev for ev in events if not _encodable(ev.payload)]
            if not bad:
                raise
            reason = "payload cannot be written as JSON (NaN or infinity?); fix the event, then retry-rejected"
            for ev in bad:
                self.outbox.mark_rejected(ev.seq, reason)  # type: ignore[union-attr]
                result.rejected += 1
                result.rejections.append((ev.seq, reason))
            rest = [ev for ev in events if ev not in bad]
            if rest:
                result.add(self._push_fitting(rest))
            return result
        except Refused as exc:
            if exc.status != 413:
                raise
            if len(events) == 1:
                reason = f"too large for the server even alone: {exc.message}"
                self.outbox.mark_rejected(events[0].seq, reason)  # type: ignore[union-attr]
                result.rejected += 1
                result.rejections.append((events[0].seq, reason))
                return result
        self.batch_events = max(1, len(events) // 2)
        log.info("server refused a batch of %d events as too large; trying %d", len(events), self.batch_events)
        half = len(events) // 2
        result.add(self._push_fitting(events[:half]))
        result.add(self._push_fitting(events[half:]))
        return result

    # ------------------------------------------------------------------ pull

    def pull(self, *, progress: Callable[[PullResult], None] | None = None) -> PullResult:
        """Fetch central updates after the saved cursor and hand each to the sink, page by page."""
        result = PullResult(cursor=self.state.pull_cursor)
        while True:
            started = time.time()
            try:
                resp = _send(self.session, "GET", self.base_url + P.UPDATES_PATH, self.timeout,
                             params={"cursor": result.cursor, "limit": self.pull_limit},
                             headers=self._headers({"Accept": "application/json"}))
                try:
                    page = P.parse_pull_response(_json_answer(resp, (200,), "pull"))
                except P.ProtocolError as exc:
                    raise UnexpectedAnswer(f"the answer to a pull is not Maktab updates ({exc.message}); a Wi-Fi "
                                           "login page or a proxy may be in the way.") from None
            except SyncError as exc:
                self._failed(exc)
                raise
            result.pages += 1
            for update in page.updates:
                if update.cursor <= result.cursor:
                    continue  # already applied (an overlapping page)
                outcome = self.sink.apply(update)
                if outcome == APPLIED:
                    result.applied += 1
                elif outcome == KEPT_LOCAL:
                    result.kept_local += 1
                else:
                    result.ignored += 1
                result.cursor = update.cursor
                self.state.pull_cursor = update.cursor
            if page.cursor > result.cursor and not page.updates:
                result.cursor = page.cursor
            self.state.pull_cursor = result.cursor
            self._succeeded(page.server_time, (started + time.time()) / 2, save=True)
            if progress:
                progress(result)
            if not page.more or not page.updates:
                self._register_signing_key_quietly()
                return result

    # ------------------------------------------------------------------ export (USB)

    def export_batch_file(self, path: Path | str, *, max_events: int | None = None,
                          progress: Callable[[int], None] | None = None) -> int:
        """Write pending events as a signed batch file; returns how many. Marks nothing acked:
        the events are acknowledged later, when a push is answered `duplicate` for them."""
        assert self.outbox is not None, "SyncClient needs an outbox to export"
        return export_batch_file(self.outbox, self.state, path, batch_events=self.batch_events,
                                 batch_bytes=self.batch_bytes, max_events=max_events, progress=progress,
                                 send_hashes=True)

    # ------------------------------------------------------------------ internals

    def _post(self, path: str, data: bytes, headers: dict[str, str]) -> requests.Response:
        self.bytes_sent += len(data)
        self.requests_sent += 1
        return _send(self.session, "POST", self.base_url + path, self.timeout, data=data,
                     headers=self._headers({**headers, "Accept": "application/json"}))

    def _succeeded(self, server_time: str, local_mid: float, *, save: bool = False) -> None:
        now = P.utc_now_iso()
        changes = dict(last_success_at=now, last_attempt_at=now, last_error=None,
                       server_clock_offset_s=_offset(server_time, local_mid))
        # sync.json is fsync'd on every save: during a long push, save at most every few seconds
        # (and at the end), but at once when an error is cleared, so the desk stops showing it.
        if save or self.state.last_error is not None or time.monotonic() - self._saved_at > SAVE_EVERY_S:
            self.state.update(**changes)
            self._saved_at = time.monotonic()
        else:
            for key, value in changes.items():
                setattr(self.state, key, value)

    def _failed(self, exc: SyncError) -> None:
        try:
            self.state.update(last_attempt_at=P.utc_now_iso(), last_error=exc.message[:500])
        except Exception:
            log.exception("could not record the sync error in sync.json")


# ---------------------------------------------------------------------------- export


def export_batch_file(outbox: OutboxPort, state: SyncState, path: Path | str, *,
                      batch_events: int = DEFAULT_BATCH_EVENTS, batch_bytes: int = DEFAULT_BATCH_BYTES,
                      max_events: int | None = None, progress: Callable[[int], None] | None = None,
                      send_hashes: bool = True) -> int:
    """Pending events → a signed batch file (JSON lines, one push body per line).

    Works offline. Written to a temporary name then renamed, so a pulled USB stick never
    holds half a file under the final name. Pending events stay pending.
    """
    if not state.enrolled:
        raise ConfigError("this office device is not enrolled: a batch file is signed with the device's key. "
                          "Run maktab-sync enroll first.")
    _public_key(state)  # a missing or damaged key is said before anything is written
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    count = 0
    after = 0
    with open_private(tmp, "w", encoding="utf-8") as f:  # citizens' contact details: 0600
        writer = BatchFileWriter(f, state.device_id, state.office_code, state.signing_key)
        while max_events is None or count < max_events:
            # list() pages by seq, so a big backlog streams out without being held in memory.
            events = [e for e in outbox.list("pending", batch_events, after)]
            if max_events is not None:
                events = events[: max_events - count]
            if not events:
                break
            after = events[-1].seq
            chunk: list[Any] = []
            size = 0
            for ev in events:
                size += len(json.dumps(ev.payload, ensure_ascii=False)) + 120
                if chunk and size > batch_bytes:
                    _write_record(writer, state, chunk, send_hashes)
                    chunk, size = [], 0
                chunk.append(ev)
            if chunk:
                _write_record(writer, state, chunk, send_hashes)
            count += len(events)
            if progress:
                progress(count)
        writer.finish()
        f.flush()
        os.fsync(f.fileno())
    tmp.replace(path)
    return count


def _write_record(writer: BatchFileWriter, state: SyncState, events: list[Any], send_hashes: bool) -> None:
    evs = [P.Event.create(e.seq, e.event_id, e.type, e.occurred_at, e.payload) for e in events]
    batch = P.make_push_request(state.device_id, f"f-{secrets.token_hex(8)}", evs)
    if not send_hashes:
        for ev in batch["events"]:
            ev.pop("hash", None)
    writer.add(batch)


def _public_key(state: SyncState) -> str:
    """The public half of the device's signing key, or ConfigError saying how to get one."""
    if not state.signing_key:
        raise ConfigError("this device has no batch-file signing key yet (it was enrolled before signed files). "
                          "Connect it once (maktab-sync push) or enrol it again, then export.")
    try:
        return device_key.public_key_of(state.signing_key)
    except ValueError:
        raise ConfigError(f"the signing key in {state.path or 'sync.json'} is damaged; enrol this device again "
                          "(maktab-sync enroll --force --server URL --code CODE).") from None


# ---------------------------------------------------------------------------- HTTP plumbing


QUEUED = "Events stay safely queued."


def _send(session: requests.Session, method: str, url: str, timeout, *, consequence: str = QUEUED,
          **kwargs) -> requests.Response:
    """One request; a network failure becomes a SyncError saying what was tried, what happened, what to do,
    and `consequence` (what it means for the office's data)."""
    base = base_of(url)
    try:
        return session.request(method, url, timeout=timeout, allow_redirects=False, **kwargs)
    except requests.exceptions.SSLError as exc:
        raise TLSError(f"the TLS certificate of {base} did not verify ({short_reason(exc)}). Check the server address, "
                       "the date and time of this machine, or configure the private CA with --ca-bundle.") from None
    except requests.exceptions.Timeout as exc:
        raise ServerUnreachable(f"the server at {base} did not answer in time ({short_reason(exc)}); the network may be "
                                f"slow or down, or a firewall drops the connection. {consequence}") from None
    except requests.exceptions.ConnectionError as exc:
        what, advice = connection_failure(exc, url)
        raise ServerUnreachable(f"cannot reach the server at {base}: {what}. {advice} {consequence}") from None
    except (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError) as exc:
        # Cut while the answer's body arrived (urllib3 retries only up to the headers): the
        # server may have stored the batch; sending it again is answered "duplicate".
        raise ServerUnreachable(f"the connection to {base} was cut while the server's answer arrived "
                                f"({short_reason(exc)}); it will be sent again, safely.") from None
    except requests.exceptions.RequestException as exc:
        raise ServerUnreachable(f"the request to {base} failed ({short_reason(exc)}). {consequence}") from None


def _json_answer(resp: requests.Response, ok: Iterable[int], what: str) -> Any:
    """The JSON of a successful answer, or the right SyncError for this status and body."""
    status = resp.status_code
    ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
    is_json = ctype == "application/json" or ctype.endswith("+json")
    body: Any = None
    if is_json:
        try:
            body = resp.json()
        except ValueError:
            body = None
    if status in ok:
        if not is_json or body is None:
            words = first_words(resp)
            raise UnexpectedAnswer(f"{resp.url} answered the {what} with status {status} and "
                                   f"{ctype or 'no content type'}{' ' + words if words else ''}, not the server's "
                                   "JSON: a Wi-Fi login page (captive portal) or a proxy is probably in the way, "
                                   "or this is not the Maktab server's address. Open a browser on this network, "
                                   "or check the server URL.")
        return body
    err = P.parse_error_body(body)
    words = "" if err else first_words(resp)
    reason = err["message"] if err else f"HTTP {status} {resp.reason or ''}".strip() + (f" {words}" if words else "")
    code = err["code"] if err else ""
    if status == 429 or status >= 500:
        raise ServerBusy(f"the server is busy or failing ({status}): {reason}", status,
                         parse_retry_after(resp.headers.get("retry-after")))
    if status in (401, 403) and code not in ("invalid_code",):
        raise Unauthorized(f"the server refused this device ({status}): {reason}", status, code)
    if not err and 300 <= status < 400:
        raise UnexpectedAnswer(f"the {what} request to {resp.url} was redirected ({status} to "
                               f"{resp.headers.get('location', '?')}): a captive portal or a wrong server URL.")
    raise Refused(f"the server refused the {what} ({status}): {reason}", status, code)


def _health(session: requests.Session, base: str, timeout, consequence: str = QUEUED) -> P.Health:
    """The server's health answer, or an error that says when `base` is not a Maktab server at all."""
    url = base + P.HEALTH_PATH
    resp = _send(session, "GET", url, timeout, headers={"Accept": "application/json"}, consequence=consequence)
    try:
        return P.parse_health(_json_answer(resp, (200,), "health check"))
    except Refused as exc:  # a 404 or the like: some web server, or a Maktab server under another path
        words = first_words(resp)
        raise Refused(f"no Maktab server answers at {base}: {url} answered {resp.status_code} "
                      f"{resp.reason or ''}{' ' + words if words else ''}. Check the server URL: give the address "
                      "maktab-server listens on, e.g. https://maktab.example.dz or http://127.0.0.1:8443, without "
                      "/api/…", exc.status, exc.code) from None
    except P.ProtocolError as exc:
        raise UnexpectedAnswer(f"{url} answered JSON that is not a Maktab server's health ({exc.message}). "
                               "Check the server URL.") from None


def _encodable(payload: Any) -> bool:
    try:
        json.dumps(payload, allow_nan=False)
        return True
    except (TypeError, ValueError):
        return False


def _offset(server_time: str, local_epoch: float) -> float | None:
    try:
        return round(P.parse_time(server_time).timestamp() - local_epoch, 3)
    except P.ProtocolError:
        return None


__all__ = [
    "Backoff",
    "ConfigError",
    "PullResult",
    "PushResult",
    "Refused",
    "ServerBusy",
    "ServerUnreachable",
    "SyncClient",
    "SyncError",
    "TLSError",
    "Unauthorized",
    "UnexpectedAnswer",
    "check_server_url",
    "export_batch_file",
    "is_loopback",
    "make_session",
    "parse_retry_after",
]
