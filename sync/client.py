"""The office's sync client: enroll, push the outbox, pull central updates.

One `SyncClient` talks to one central server for one enrolled device (`SyncState`).
It is plain blocking code (requests + urllib3, through `sync.transport`); the kiosk runs
it on `SyncLoop`'s daemon thread, the technician through `maktab-sync`. Not shared
between threads.

Events are marked acked only from the server's per-event results (stored/duplicate),
parked with their reason when rejected, and left pending otherwise. An answer that is
not the protocol's (a Wi-Fi login page answering 200, JSON of another shape) is
`UnexpectedAnswer`: nothing is marked acked. With an `office_status` callable (given by the
kiosk: version, printer, help requests, services) the client adds the office's status report
to its pushes (see `_report`). The errors are in `sync.errors`; a caller
waits between failed rounds with `sync.backoff.Backoff`; the USB export is
`sync.export`.
"""
from __future__ import annotations

import json
import logging
import secrets
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import requests

from sync import device_key
from sync import protocol as P
from sync.errors import ConfigError, Refused, SyncError, UnexpectedAnswer
from sync.export import DEFAULT_BATCH_BYTES, DEFAULT_BATCH_EVENTS, export_batch_file, signing_public_key
from sync.ports import APPLIED, KEPT_LOCAL, NullSink, OutboxEventLike, OutboxPort, UpdatesSink
from sync.results import PullResult, PushResult
from sync.state import SyncState
from sync.status_report import REPORT_EVERY_S, OfficeStatusSource, StatusReporter
from sync.transport import DEFAULT_TIMEOUT, Timeout, check_server_url, fetch_health, json_answer, make_session, send

log = logging.getLogger(__name__)

SAVE_EVERY_S = 5.0  # at most this long between sync.json writes while batches succeed


# ---------------------------------------------------------------------------- client


class SyncClient:
    """Talks to the central server for one enrolled device."""

    def __init__(self, state: SyncState, outbox: OutboxPort | None = None, sink: UpdatesSink | None = None, *,
                 session: requests.Session | None = None, timeout: Timeout = DEFAULT_TIMEOUT,
                 batch_events: int = DEFAULT_BATCH_EVENTS, batch_bytes: int = DEFAULT_BATCH_BYTES,
                 compress: bool = True, send_hashes: bool = False, pull_limit: int = P.DEFAULT_PULL_LIMIT,
                 office_status: OfficeStatusSource | None = None, report_every_s: float = REPORT_EVERY_S):
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
        self.reporter = None if office_status is None else StatusReporter(office_status, report_every_s)
        self._backlog: int | None = None  # pending events, counted once per push round, then kept by hand

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ enrolment

    @classmethod
    def enroll(cls, state: SyncState, server_url: str, code: str, device_name: str, *,
               ca_bundle: str | None = None, allow_http: bool = False,
               timeout: Timeout = DEFAULT_TIMEOUT) -> P.EnrollResponse:
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
            health = fetch_health(session, base, timeout, consequence="The enrolment code was not sent.")
            body, headers = P.encode_json_body(request.to_dict(), compress=False)
            resp = send(session, "POST", base + P.ENROLL_PATH, timeout, data=body, headers=headers,
                         consequence="If the code is refused when you try again, ask for a new one.")
            enrolled = P.parse_enroll_response(json_answer(resp, (201, 200), "enroll"))
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
            health = fetch_health(self.session, self.base_url, self.timeout)
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
        body, headers = P.encode_json_body({"public_key": signing_public_key(self.state)}, compress=False)
        resp = send(self.session, "POST", self.base_url + P.DEVICE_KEY_PATH, self.timeout, data=body,
                     headers=self._headers({**headers, "Accept": "application/json"}))
        json_answer(resp, (200, 201), "signing key registration")
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

    def _event_dict(self, ev: OutboxEventLike) -> dict[str, Any]:
        d = {"seq": ev.seq, "id": ev.event_id, "type": ev.type, "occurred_at": ev.occurred_at,
             "payload": ev.payload}
        if self.send_hashes:
            d["hash"] = P.event_hash(ev.type, ev.occurred_at, ev.payload)
        return d

    def push_batch(self, events: Sequence[OutboxEventLike]) -> PushResult:
        """Send these outbox events as one batch (with the office's status report when one is
        due) and record the server's answer in the outbox."""
        outbox = self._required_outbox("push")
        seqs = [ev.seq for ev in events]
        batch_id = f"b-{secrets.token_hex(8)}"
        backlog, report = 0, None
        if self.reporter is not None:
            backlog = max(0, (outbox.stats().pending if self._backlog is None else self._backlog) - len(events))
            report = self.reporter.due(backlog)
        body: dict[str, Any] = {"protocol": P.PROTOCOL_VERSION, "device_id": self.state.device_id,
                                "batch_id": batch_id, "events": [self._event_dict(ev) for ev in events]}
        if report is not None:
            body["office_status"] = report.to_dict()
        data, headers = P.encode_json_body(body, compress=self.compress)
        started = time.time()
        try:
            resp = self._post(P.BATCHES_PATH, data, headers)
            try:
                answer = P.parse_push_response(json_answer(resp, (200,), "push"))
            except P.ProtocolError as exc:
                raise UnexpectedAnswer(f"the answer to a push is not a Maktab acknowledgement ({exc.message}); "
                                       "a Wi-Fi login page or a proxy may be in the way. Nothing was marked "
                                       "as sent.") from None
            if answer.batch_id != batch_id:
                raise UnexpectedAnswer(f"the server acknowledged batch {answer.batch_id!r}, not {batch_id!r}: "
                                       "a caching proxy may be in the way. Nothing was marked as sent.")
        except Refused as exc:
            if self.reporter is not None and report is not None and exc.status == 422 \
                    and "office_status" in exc.message:
                self.reporter.refused(exc.message)  # a server stricter about reports: the events matter more
                return self.push_batch(events)
            outbox.record_failure(seqs, exc.message[:500])
            self._failed(exc)
            raise
        except SyncError as exc:
            outbox.record_failure(seqs, exc.message[:500])
            self._failed(exc)
            raise
        self._backlog = backlog
        if self.reporter is not None and report is not None:
            self.reporter.accepted(report)
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
                outbox.mark_rejected(r.seq, reason)
                result.rejected += 1
                result.rejections.append((r.seq, reason))
                log.warning("event seq %s rejected by the server: %s", r.seq, reason)
        if acked:
            outbox.mark_acked(acked, answer.server_time)
        missing = sent - set(acked) - {s for s, _ in result.rejections}
        if missing:  # the answer left some out: they stay pending and go again
            outbox.record_failure(sorted(missing), "the server's answer did not mention this event")
        self._succeeded(answer.server_time, (started + time.time()) / 2)
        return result

    def push(self, *, max_batches: int | None = None,
             progress: Callable[[PushResult, int], None] | None = None) -> PushResult:
        """Push batches until nothing is pending (or `max_batches`). Raises on the first failure.

        `progress(total_so_far, still_pending)` is called after each batch; `still_pending`
        counts down the events pending when the push began (events queued meanwhile go too,
        uncounted).
        """
        outbox = self._required_outbox("push")
        total = PushResult()
        previous: list[int] | None = None
        # Counted once: each accepted batch takes its events off by hand (a count per batch
        # would read the whole rest of the backlog per batch: quadratic in a long backlog).
        counted = outbox.stats().pending if self.reporter is not None or progress else 0
        self._backlog = counted if self.reporter is not None else None
        while max_batches is None or total.batches < max_batches:
            events = outbox.pending_batch(self.batch_events, self.batch_bytes)
            if not events:
                break
            seqs = [e.seq for e in events]
            if seqs == previous:
                break  # the last answer settled none of these: do not spin on them in this round
            previous = seqs
            total.add(self._push_fitting(events))
            if progress:
                progress(total, max(0, counted - total.acked - total.rejected))
        if not total.batches and self.reporter is not None and self.reporter.due(self._backlog or 0) is not None:
            total.add(self.push_batch([]))  # nothing to send, but the office's state changed (or is old)
        self._backlog = None
        if total.batches:
            self.state.save()
        self._register_signing_key_quietly()
        return total

    def _push_fitting(self, events: Sequence[OutboxEventLike]) -> PushResult:
        """push_batch, halving the batch while the server says it is too large; an event that
        cannot be sent at all (too large alone, or not JSON) is parked locally, never retried
        forever: it must not hold back the events behind it."""
        outbox = self._required_outbox("push")
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
                outbox.mark_rejected(ev.seq, reason)
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
                outbox.mark_rejected(events[0].seq, reason)
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
                resp = send(self.session, "GET", self.base_url + P.UPDATES_PATH, self.timeout,
                             params={"cursor": result.cursor, "limit": self.pull_limit},
                             headers=self._headers({"Accept": "application/json"}))
                try:
                    page = P.parse_pull_response(json_answer(resp, (200,), "pull"))
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
                # Every page carries the server's setting; the last one is the current value.
                self.sink.public_url_received(page.public_url)
                self._register_signing_key_quietly()
                return result

    # ------------------------------------------------------------------ export (USB)

    def export_batch_file(self, path: Path | str, *, max_events: int | None = None,
                          progress: Callable[[int], None] | None = None) -> int:
        """Write pending events as a signed batch file; returns how many. Marks nothing acked:
        the events are acknowledged later, when a push is answered `duplicate` for them."""
        return export_batch_file(self._required_outbox("export"), self.state, path, batch_events=self.batch_events,
                                 batch_bytes=self.batch_bytes, max_events=max_events, progress=progress,
                                 send_hashes=True)

    # ------------------------------------------------------------------ internals

    def _required_outbox(self, action: str) -> OutboxPort:
        assert self.outbox is not None, f"SyncClient needs an outbox to {action}"
        return self.outbox

    def _post(self, path: str, data: bytes, headers: dict[str, str]) -> requests.Response:
        self.bytes_sent += len(data)
        self.requests_sent += 1
        return send(self.session, "POST", self.base_url + path, self.timeout, data=data,
                     headers=self._headers({**headers, "Accept": "application/json"}))

    def _succeeded(self, server_time: str, local_mid: float, *, save: bool = False) -> None:
        now = P.utc_now_iso()
        changes: dict[str, Any] = {"last_success_at": now, "last_attempt_at": now, "last_error": None,
                                   "server_clock_offset_s": _offset(server_time, local_mid)}
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


__all__ = ["PullResult", "PushResult", "SyncClient"]
