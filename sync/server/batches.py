"""Storing what offices send: push batches, idempotently, and the technician's signed batch files.

    BatchStore(engine, devices)
        .store(device, push)           one push batch, in one transaction → the per-event answer
        .import_file(path)             a signed USB batch file, checked whole, then stored batch by batch

Built by `ServerStore` (`store.batches`); called from the app's worker threads or the
`maktab-server` CLI. Nothing is acknowledged before its transaction has committed.

Concurrency: several processes may share one PostgreSQL database. A device's pushes are
serialised and its stored seqs read before inserting (sync/server/event_ingest.py), so two
requests carrying the same event store it once; an event already stored is a duplicate
(same hash) or a conflict (different hash).
"""
from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import Engine, and_, bindparam, case, select, update
from sqlalchemy.engine import Connection

from sync import batch_file as BF
from sync import protocol as P
from sync.server import db as D
from sync.server.concerns import project_concern
from sync.server.devices import Device, DeviceRegistry
from sync.server.errors import Refused
from sync.server.event_ingest import store_new_events
from sync.server.figures.ingest import project_figures_batch
from sync.server.office_reports import save_report
from sync.server.public_tickets import PublicTicketLedger

ACK_STEP = 5000  # stored seqs read at a time while moving a device's acknowledgement mark

# Built once: the push path's own statements cost no SQLAlchemy construction per push.
_d, _e = D.devices.c, D.events.c
#: The device's mark and the stored seqs after it, in one round trip (one row of NULL seq: none).
_ACK_RUN = (select(_d.acked_through, _e.seq)
            .select_from(D.devices.outerjoin(D.events, and_(_e.device_id == _d.id, _e.seq > _d.acked_through)))
            .where(_d.id == bindparam("device_id")).order_by(_e.seq).limit(ACK_STEP))
_ACK_MORE = (select(_e.seq).where(_e.device_id == bindparam("device_id"), _e.seq > bindparam("after"))
             .order_by(_e.seq).limit(ACK_STEP))
#: Seen now, acknowledged through :acked unless a concurrent push of the device already moved the
#: mark further (the CASE reads the row as it is now), as long as the device may still push.
_ACKNOWLEDGE = (update(D.devices)
                .where(_d.id == bindparam("device_id"), _d.token_hash == bindparam("token"),
                       _d.revoked_at.is_(None))
                .values(last_seen_at=bindparam("now"),
                        acked_through=case((_d.acked_through < bindparam("acked"), bindparam("acked")),
                                           else_=_d.acked_through))
                .returning(_d.acked_through))


@dataclasses.dataclass(frozen=True)
class ImportResult:
    device_id: str
    batch_id: str
    stored: int
    duplicate: int
    rejected: int
    response: P.PushResponse


class BatchStore:
    def __init__(self, engine: Engine, devices: DeviceRegistry,
                 project_concern: Callable[[Connection, str, P.Event], None] = project_concern,
                 public_tickets: PublicTicketLedger | None = None):
        self.engine = engine
        self.devices = devices
        self.project_concern = project_concern  # the store's, which tells its first-answer hook
        self.public_tickets = public_tickets or PublicTicketLedger()  # tickets a citizen may follow (/t/…)

    def store(self, device: Device, push: P.PushRequest) -> P.PushResponse:
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
        # In seq order: the stored seqs are then read back with one range scan.
        to_insert.sort(key=lambda item: item[1].seq)

        with self.engine.begin() as conn:
            inserted: set[int] = set()
            if to_insert:
                inserted, stored_hash = store_new_events(conn, device.id, device.office_code, push.batch_id, now,
                                                         [ev for _, ev in to_insert])
                for pos, ev in to_insert:
                    if ev.seq in inserted:
                        results[pos] = P.EventResult(ev.seq, P.STORED)
                    elif stored_hash.get(ev.seq) == ev.hash:
                        results[pos] = P.EventResult(ev.seq, P.DUPLICATE)
                    else:
                        results[pos] = P.EventResult(ev.seq, P.REJECTED, P.CONFLICT_REASON)
                for _, ev in to_insert:
                    if ev.seq in inserted and ev.type.startswith("concern."):
                        self.project_concern(conn, device.office_code, ev)
                new_events = [ev for _, ev in to_insert if ev.seq in inserted]
                project_figures_batch(conn, device.office_code, new_events)
                self.public_tickets.record(conn, device.office_code, new_events)
            if push.office_status is not None:
                save_report(conn, device.office_code, device.id, push.office_status)
            acked = self._acknowledge(conn, device, now)
        ordered = [results[pos] for pos in range(len(push.events))]
        return P.PushResponse(push.batch_id, ordered, acked, P.utc_now_iso())

    def _acknowledge(self, conn: Connection, device: Device, now: str) -> int:
        """Move devices.acked_through over the run of stored seqs that follows it (never backwards),
        note the device as seen, and check that it may still push: revoked or re-enrolled since it
        was cached, the whole transaction is undone (Refused 401). Two statements in all."""
        run = D.execute_built(conn, _ACK_RUN, {"device_id": device.id}).all()
        current = run[0].acked_through if run else 0
        n = current
        seqs: Sequence[int] = [r.seq for r in run if r.seq is not None]
        if n == 0 and seqs:
            n = seqs[0] - 1  # a device whose first pushed event is not seq 1
        while True:
            gap = False
            for s in seqs:
                if s != n + 1:
                    gap = True
                    break
                n = s
            if gap or len(seqs) < ACK_STEP:
                break
            seqs = conn.execute(_ACK_MORE, {"device_id": device.id, "after": n}).scalars().all()
        acked = D.execute_built(conn, _ACKNOWLEDGE, {"device_id": device.id, "token": device.token_hash,
                                                 "now": now, "acked": n}).scalar()
        if acked is None:
            raise self.devices.stale_refusal(conn, device)
        return acked

    def import_file(self, path: str | Path) -> list[ImportResult]:
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
            resp = self.store(device, push)
            counts = {s: sum(1 for r in resp.results if r.status == s) for s in P.EVENT_STATUSES}
            with self.engine.begin() as conn:
                conn.execute(D.import_log.insert().values(
                    file_name=path.name, file_sha256=digest, device_id=device.id, batch_id=push.batch_id,
                    imported_at=P.utc_now_iso(), stored=counts[P.STORED], duplicate=counts[P.DUPLICATE],
                    rejected=counts[P.REJECTED]))
            results.append(ImportResult(device.id, push.batch_id, counts[P.STORED], counts[P.DUPLICATE],
                                        counts[P.REJECTED], resp))
        return results


__all__ = ["BatchStore", "ImportResult"]
