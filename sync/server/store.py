"""What the central server does, without HTTP: store batches, serve updates, import batch
files; enrolment and devices are `store.devices` (sync/server/devices.py).

`ServerStore` is used by the FastAPI app (from its worker threads) and by the
`maktab-server` CLI. Every method is one database transaction; nothing is acknowledged
before its transaction has committed.

Concurrency: several processes may share one PostgreSQL database. Events are inserted
with `INSERT … ON CONFLICT DO NOTHING RETURNING seq`, so two requests carrying the same
event store it once; whatever was not inserted is read back and classified as duplicate
(same hash) or conflict (different hash). Rows of `updates` are numbered under an
advisory lock, so a reader never sees cursor N+1 committed before N (it would skip N).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import logging
import re
import secrets
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, or_, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from sync import batch_file as BF
from sync import protocol as P
from sync.server import db as D
from sync.server.devices import Device, DeviceRegistry, require_office
from sync.server.errors import Refused

log = logging.getLogger(__name__)

# Same rules as the office's catalogue file (kiosk/domain/catalogue.py), which sync/ may not import.
SERVICE_CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,15}$")
SERVICE_MAX_MINUTES = 240
SERVICE_MAX_NAME = 120


@dataclasses.dataclass(frozen=True)
class ImportResult:
    device_id: str
    batch_id: str
    stored: int
    duplicate: int
    rejected: int
    response: P.PushResponse


class ServerStore:
    def __init__(self, db_url: str, engine: Engine | None = None, migrate: bool = True):
        self.db_url = db_url
        self.engine = engine or D.make_engine(db_url)
        self.dialect = self.engine.dialect.name
        if migrate:
            D.migrate(self.engine)
        self.devices = DeviceRegistry(self.engine, self._read)

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------------ helpers

    def _read(self):
        return self.engine.connect().execution_options(readonly=True)

    def _insert(self, table):
        return (postgresql.insert if self.dialect == "postgresql" else sqlite.insert)(table)

    def _add_update(self, conn: Connection, kind: str, data: Mapping[str, Any], office_code: str | None) -> P.Update:
        if self.dialect == "postgresql":
            # Held to commit: cursors become visible in the order they were given out.
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": D.UPDATES_LOCK_KEY})
        at = P.utc_now_iso()
        cursor = conn.execute(
            D.updates.insert().values(office_code=office_code, kind=kind,
                                      data=P.canonical_json(data).decode("utf-8"), at=at)
            .returning(D.updates.c.cursor)
        ).scalar_one()
        return P.Update(cursor, kind, dict(data), at)

    # ------------------------------------------------------------------ offices and enrolment

    def add_office(self, code: str, name: str) -> None:
        P.validate_office_code(code)
        if not name.strip():
            raise Refused("the office needs a name (e.g. --name 'APC Bab El Oued')", "invalid_request", 422)
        with self.engine.begin() as conn:
            done = conn.execute(self._insert(D.offices).values(code=code, name=name.strip(),
                                                               created_at=P.utc_now_iso())
                                .on_conflict_do_nothing()).rowcount
            if not done:
                conn.execute(update(D.offices).where(D.offices.c.code == code).values(name=name.strip()))

    def offices(self) -> list[dict[str, str]]:
        with self._read() as conn:
            rows = conn.execute(select(D.offices.c.code, D.offices.c.name).order_by(D.offices.c.code))
            return [dict(r._mapping) for r in rows]

    # Enrolment and device tokens live in `self.devices` (sync/server/devices.py); these
    # names stay here because the app, the CLI and many tests call them on the store.

    def new_enroll_code(self, office_code: str, ttl_hours: float = 72) -> tuple[str, str]:
        return self.devices.new_enroll_code(office_code, ttl_hours)

    def enroll(self, code: str, device_name: str, **options: Any) -> P.EnrollResponse:
        return self.devices.enroll(code, device_name, **options)

    def device_for_token(self, token: str) -> Device | None:
        return self.devices.for_token(token)

    # ------------------------------------------------------------------ push

    def store_batch(self, device: Device, push: P.PushRequest) -> P.PushResponse:
        """Store a batch idempotently, in one transaction; the answer says what happened to each event."""
        if push.device_id != device.id:
            raise Refused(f"this token belongs to device {device.id}, not {push.device_id}: a device can push "
                          "only its own events. Re-enroll the office device if it was copied.", "forbidden", 403)
        now = P.utc_now_iso()
        results: dict[int, P.EventResult] = {}  # position in batch → result
        first_by_seq: dict[int, P.Event] = {}
        to_insert: list[tuple[int, P.Event]] = []
        for pos, raw in enumerate(push.events):
            try:
                ev = P.validate_event(raw)
            except P.ProtocolError as exc:
                results[pos] = P.EventResult(P.event_seq_of(raw), P.REJECTED, exc.message)
                continue
            earlier = first_by_seq.get(ev.seq)
            if earlier is not None:  # the same seq twice in one batch
                results[pos] = (P.EventResult(ev.seq, P.DUPLICATE) if earlier.hash == ev.hash
                                else P.EventResult(ev.seq, P.REJECTED, P.CONFLICT_REASON))
                continue
            first_by_seq[ev.seq] = ev
            to_insert.append((pos, ev))
        # Insert in seq order: two transactions carrying overlapping batches then lock rows in
        # the same order and wait for each other instead of deadlocking (PostgreSQL).
        to_insert.sort(key=lambda item: item[1].seq)

        with self.engine.begin() as conn:
            inserted: set[int] = set()
            if to_insert:
                rows = [{"device_id": device.id, "seq": ev.seq, "event_id": ev.id, "type": ev.type,
                         "occurred_at": ev.occurred_at, "payload": ev.payload_json, "hash": ev.hash,
                         "office_code": device.office_code, "batch_id": push.batch_id, "received_at": now}
                        for _, ev in to_insert]
                stmt = (self._insert(D.events).on_conflict_do_nothing(index_elements=["device_id", "seq"])
                        .returning(D.events.c.seq))
                inserted = set(conn.execute(stmt, rows).scalars())
                leftover = [ev.seq for _, ev in to_insert if ev.seq not in inserted]
                stored_hash: dict[int, str] = {}
                for chunk in _chunks(leftover, 500):
                    stored_hash.update(conn.execute(
                        select(D.events.c.seq, D.events.c.hash)
                        .where(D.events.c.device_id == device.id, D.events.c.seq.in_(chunk))).all())
                for pos, ev in to_insert:
                    if ev.seq in inserted:
                        results[pos] = P.EventResult(ev.seq, P.STORED)
                    elif stored_hash.get(ev.seq) == ev.hash:
                        results[pos] = P.EventResult(ev.seq, P.DUPLICATE)
                    else:
                        results[pos] = P.EventResult(ev.seq, P.REJECTED, P.CONFLICT_REASON)
                for _, ev in to_insert:
                    if ev.seq in inserted and ev.type.startswith("concern."):
                        self._project_concern(conn, device.office_code, ev)
            acked = self._advance_ack(conn, device.id)
            conn.execute(update(D.devices).where(D.devices.c.id == device.id).values(last_seen_at=now))
        ordered = [results[pos] for pos in range(len(push.events))]
        return P.PushResponse(push.batch_id, ordered, acked, P.utc_now_iso())

    def _advance_ack(self, conn: Connection, device_id: str) -> int:
        """Move devices.acked_through over the run of stored seqs that follows it (never backwards)."""
        current = conn.execute(select(D.devices.c.acked_through).where(D.devices.c.id == device_id)).scalar_one()
        n = current
        if n == 0:
            lowest = conn.execute(select(func.min(D.events.c.seq)).where(D.events.c.device_id == device_id)).scalar()
            if lowest is None:
                return 0
            n = lowest - 1
        step = 5000
        while True:
            seqs = conn.execute(
                select(D.events.c.seq).where(D.events.c.device_id == device_id, D.events.c.seq > n)
                .order_by(D.events.c.seq).limit(step)).scalars().all()
            gap = False
            for s in seqs:
                if s != n + 1:
                    gap = True
                    break
                n = s
            if gap or len(seqs) < step:
                break
        if n > current:
            conn.execute(update(D.devices)
                         .where(D.devices.c.id == device_id, D.devices.c.acked_through < n)
                         .values(acked_through=n))
        return max(n, current)

    def _project_concern(self, conn: Connection, office_code: str, ev: P.Event) -> None:
        """Keep the concerns table current from the office's concern events (best effort: the
        event itself is stored whatever its payload holds)."""
        p = ev.payload
        code = p.get("code")
        if not isinstance(code, str) or not code:
            log.warning("event %s/%s: %s without a code, concerns not updated", ev.id, ev.seq, ev.type)
            return
        if ev.type == P.CONCERN_REGISTERED:
            registered_at = _str(p.get("registered_at")) or ev.occurred_at
            values = {"office_code": office_code, "code": code, "concern_id": _str(p.get("concern_id")),
                      "category": _str(p.get("category")), "status": _str(p.get("status")) or "received",
                      "text": _str(p.get("text")),
                      "language": _str(p.get("language")), "registered_at": registered_at,
                      "updated_at": registered_at}
            stmt = self._insert(D.concerns).values(**values)
            # A status change may have arrived first (another device): keep its status.
            conn.execute(stmt.on_conflict_do_update(
                index_elements=["office_code", "code"],
                set_={"concern_id": stmt.excluded.concern_id, "category": stmt.excluded.category,
                      "text": stmt.excluded.text, "language": stmt.excluded.language,
                      "registered_at": stmt.excluded.registered_at}))
        elif ev.type == P.CONCERN_STATUS_CHANGED:
            status = _str(p.get("status"))
            if not status:
                return
            at = _str(p.get("at")) or ev.occurred_at
            values = {"status": status, "updated_at": at}
            if "public_answer" in p:
                values["public_answer"] = _str(p.get("public_answer"))
            if "reason" in p:
                values["reason"] = _str(p.get("reason"))
            stmt = self._insert(D.concerns).values(office_code=office_code, code=code, **values)
            # Last writer wins by time: an old office event does not undo a newer central answer.
            conn.execute(stmt.on_conflict_do_update(
                index_elements=["office_code", "code"], set_=values,
                where=D.concerns.c.updated_at <= at))
        elif ev.type == P.CONCERN_PURGED:
            self._purge_contact(conn, office_code, code)

    def _purge_contact(self, conn: Connection, office_code: str, code: str) -> None:
        """The office purged the citizen's contact details after retention (law 18-07): remove
        them from the stored concern.registered payload too. The stored hash is kept, so a
        late retry of the original event is still recognised as a duplicate."""
        e = D.events.c
        needle = '"code":' + json.dumps(code, ensure_ascii=False)  # payloads are canonical JSON
        rows = conn.execute(
            select(e.device_id, e.seq, e.payload)
            .where(e.office_code == office_code, e.type == P.CONCERN_REGISTERED,
                   e.payload.contains(needle, autoescape=True))).all()
        for device_id, seq, payload_text in rows:
            payload = json.loads(payload_text)
            if payload.get("code") != code or "contact" not in payload:
                continue
            del payload["contact"]
            payload["contact_purged"] = True
            conn.execute(update(D.events).where(e.device_id == device_id, e.seq == seq)
                         .values(payload=P.canonical_json(payload).decode("utf-8")))

    # ------------------------------------------------------------------ pull

    def pull(self, device: Device, cursor: int, limit: int) -> P.PullResponse:
        u = D.updates.c
        now = P.utc_now()
        stale = P.format_time(now - dt.timedelta(minutes=1))
        if device.last_seen_at is None or device.last_seen_at < stale:  # a write at most once a minute
            with self.engine.begin() as conn:
                conn.execute(update(D.devices).where(D.devices.c.id == device.id)
                             .values(last_seen_at=P.format_time(now)))
        with self._read() as conn:
            rows = conn.execute(
                select(u.cursor, u.kind, u.data, u.at)
                .where(u.cursor > cursor, or_(u.office_code == device.office_code, u.office_code.is_(None)))
                .order_by(u.cursor).limit(limit + 1)).all()
        more = len(rows) > limit
        items = [P.Update(r.cursor, r.kind, json.loads(r.data), r.at) for r in rows[:limit]]
        return P.PullResponse(items, items[-1].cursor if items else cursor, more, P.utc_now_iso())

    # ------------------------------------------------------------------ central operator

    def publish(self, kind: str, data: Mapping[str, Any], office_code: str | None) -> P.Update:
        """Add an update for one office (or all, with None) to pull."""
        if kind not in P.UPDATE_KINDS:
            raise Refused(f"update kind {kind!r} is unknown; use one of {', '.join(P.UPDATE_KINDS)}",
                          "invalid_request", 422)
        with self.engine.begin() as conn:
            if office_code is not None:
                require_office(conn, office_code)
            return self._add_update(conn, kind, data, office_code)

    def announce(self, texts: Mapping[str, str], office_code: str | None) -> P.Update:
        texts = {lang: t.strip() for lang, t in texts.items() if t and t.strip()}
        if not texts:
            raise Refused("the announcement has no text: give TEXT or --ar/--fr/--kab/--en", "invalid_request", 422)
        unknown = set(texts) - set(P.ANNOUNCEMENT_LANGUAGES) - {"default"}
        if unknown:
            raise Refused(f"unknown language(s) {sorted(unknown)}", "invalid_request", 422)
        data = {"id": f"ann-{secrets.token_hex(6)}", "texts": texts}
        return self.publish(P.UPDATE_ANNOUNCEMENT, data, office_code)

    def set_catalogue_service(self, code: str, office_code: str | None, *, active: bool | None = None,
                              minutes: float | None = None, names: Mapping[str, str] | None = None) -> P.Update:
        """Queue a `catalogue.service` update {code, active?, minutes?, names?} with only the given fields.

        The server does not know each office's catalogue: an office ignores a code it lacks.
        """
        if not isinstance(code, str) or not SERVICE_CODE_RE.match(code):
            raise Refused(f"service code {code!r} is not valid: capital letters, digits and '-' (at most 16), "
                          "as in the office's catalogue.toml", "invalid_request", 422)
        data: dict[str, Any] = {"code": code}
        if active is not None:
            data["active"] = bool(active)
        if minutes is not None:
            if isinstance(minutes, bool) or not 0 < minutes <= SERVICE_MAX_MINUTES:
                raise Refused(f"--minutes must be more than 0 and at most {SERVICE_MAX_MINUTES}, got {minutes:g}",
                              "invalid_request", 422)
            data["minutes"] = int(minutes) if float(minutes).is_integer() else float(minutes)
        if names:
            unknown = sorted(set(names) - set(P.ANNOUNCEMENT_LANGUAGES))
            if unknown:
                raise Refused(f"unknown language(s) {unknown}; use {', '.join(P.ANNOUNCEMENT_LANGUAGES)}",
                              "invalid_request", 422)
            clean = {lang: (text or "").strip() for lang, text in names.items()}
            bad = sorted(lang for lang, text in clean.items() if not text or len(text) > SERVICE_MAX_NAME)
            if bad:
                raise Refused(f"the name in {', '.join(bad)} must be 1 to {SERVICE_MAX_NAME} characters",
                              "invalid_request", 422)
            data["names"] = clean
        if len(data) == 1:
            raise Refused(f"nothing to change for service {code}: give --active, --minutes or a --name-LANG",
                          "invalid_request", 422)
        return self.publish(P.UPDATE_CATALOGUE_SERVICE, data, office_code)

    def answer_concern(self, code: str, status: str, answer: str | None = None, reason: str | None = None,
                       office_code: str | None = None) -> P.Update:
        """Record a central decision on a concern and queue a `concern.status` update for its office."""
        allowed = ("answered", "in_progress", "closed", "rejected")
        if status not in allowed:
            raise Refused(f"status {status!r} is not one of {', '.join(allowed)}", "invalid_request", 422)
        if status == "rejected" and not reason:
            raise Refused("a rejected concern needs --reason (shown to the citizen)", "invalid_request", 422)
        c = D.concerns.c
        now = P.utc_now_iso()
        with self.engine.begin() as conn:
            where = [c.code == code] + ([c.office_code == office_code] if office_code else [])
            found = conn.execute(select(c.office_code).where(*where)).scalars().all()
            if not found:
                raise Refused(f"no concern with code {code!r}" + (f" in office {office_code}" if office_code else "")
                              + " has reached the server; check the code on the citizen's receipt, or wait "
                              "until the office has synced.", "not_found", 404)
            if len(found) > 1:
                raise Refused(f"concern code {code!r} exists in offices {', '.join(found)}; add --office",
                              "invalid_request", 422)
            office = found[0]
            values: dict[str, Any] = {"status": status, "updated_at": now}
            if answer is not None:
                values["public_answer"] = answer
            if reason is not None:
                values["reason"] = reason
            conn.execute(update(D.concerns).where(c.office_code == office, c.code == code).values(**values))
            data = {"code": code, "status": status, "at": now, "by": "central"}
            if answer is not None:
                data["public_answer"] = answer
            if reason is not None:
                data["reason"] = reason
            return self._add_update(conn, P.UPDATE_CONCERN_STATUS, data, office)

    def concern(self, code: str, office_code: str | None = None) -> dict[str, Any] | None:
        c = D.concerns.c
        with self._read() as conn:
            where = [c.code == code] + ([c.office_code == office_code] if office_code else [])
            row = conn.execute(select(D.concerns).where(*where)).first()
        return dict(row._mapping) if row else None

    # ------------------------------------------------------------------ batch files

    def import_batch_file(self, path: str | Path) -> list[ImportResult]:
        """Import a technician's signed batch file with the same idempotent storage as a push.

        The whole file is checked first (complete, one export of one known device of its
        office, every record signed with that device's registered Ed25519 key), so a cut,
        altered or foreign file stores nothing.
        """
        path = Path(path)
        raw = path.read_bytes()
        try:
            text_ = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise Refused(f"{path.name} is not a text batch file (not UTF-8); export it again", "bad_json",
                          400) from None
        batch_file = BF.read_batch_file(text_)
        device = self.devices.get(batch_file.device_id)
        if device is None:
            raise Refused(f"batch file is for device {batch_file.device_id}, which this server does not know; "
                          "was it exported for another server?", "forbidden", 403)
        if device.revoked_at is not None:
            raise Refused(f"batch file is from device {device.id}, revoked on {device.revoked_at}: its files are "
                          "no longer accepted. Enrol the device again, then export again.", "revoked", 403)
        if device.public_key is None:
            raise Refused(f"device {device.id} has no signing key on this server yet (it was enrolled before "
                          "batch files were signed with device keys), so its file cannot be checked. At the "
                          "office, connect once (maktab-sync push) or enrol again, then export again.",
                          "forbidden", 403)
        batch_file.verify(device.public_key)
        if device.office_code != batch_file.office_code:
            raise Refused(f"batch file says office {batch_file.office_code} but device {device.id} belongs to "
                          f"{device.office_code}", "forbidden", 403)
        digest = hashlib.sha256(raw).hexdigest()
        results = []
        for push in batch_file.pushes:
            resp = self.store_batch(device, push)
            counts = {s: sum(1 for r in resp.results if r.status == s) for s in P.EVENT_STATUSES}
            with self.engine.begin() as conn:
                conn.execute(D.import_log.insert().values(
                    file_name=path.name, file_sha256=digest, device_id=device.id, batch_id=push.batch_id,
                    imported_at=P.utc_now_iso(), stored=counts[P.STORED], duplicate=counts[P.DUPLICATE],
                    rejected=counts[P.REJECTED]))
            results.append(ImportResult(device.id, push.batch_id, counts[P.STORED], counts[P.DUPLICATE],
                                        counts[P.REJECTED], resp))
        return results

    # ------------------------------------------------------------------ inspection

    def count_events(self, device_id: str | None = None) -> int:
        with self._read() as conn:
            q = select(func.count()).select_from(D.events)
            if device_id:
                q = q.where(D.events.c.device_id == device_id)
            return conn.execute(q).scalar_one()


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _chunks(items: list, n: int) -> Iterable[list]:
    for i in range(0, len(items), n):
        yield items[i:i + n]
