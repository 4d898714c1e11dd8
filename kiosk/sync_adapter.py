"""The office as the sync client sees it: its outbox, and a sink for central updates.

`office_ports(office)` gives `sync.ports.SyncPorts` for `sync.loop.SyncLoop`, from the
office's unit of work (kiosk/office/unit_of_work.py). The sync thread shares the
office's single SQLite connection, so every outbox call goes through the office lock
(`LockedOutbox`): a push never slips its writes into a transaction the kiosk thread has
open. Outbox events written by another process on the same database are noticed through
`outside_commits` (SQLite's data_version).

Central updates (`OfficeUpdatesSink.apply`), on the sync thread:
  announcement       → office.set_announcement(None, texts, source="central"), unless a
                       local announcement is still waiting to be sent
  concern.status     → office.apply_central_concern_update(...) (it keeps local unsent
                       changes itself)
  catalogue.service  → office.apply_catalogue_update(data): an unknown service code or a
                       bad value is logged and ignored (kiosk/office/catalogue_updates.py)

The office's status report (`office_status_source(office)`, sent with pushes; see
sync/status_report.py): the software version, the printer state when the caller knows it
(the hub alone does not: "unknown"), open help requests (0: the kiosk has no help button
yet, issue 13 brings it) and the office's catalogue; the sync client adds the backlog.

Thread use: the sync thread (and `maktab-sync` on the main thread).
"""
from __future__ import annotations

import datetime as dt
import importlib.metadata
import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Protocol

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.concerns import ConcernStatus
from kiosk.office import Office, OfficeError, OfficeInfo
from kiosk.office.unit_of_work import UnitOfWork
from kiosk.store.outbox import OutboxEvent, OutboxStats, SqliteOutbox
from sync import protocol as P
from sync.ports import APPLIED, IGNORED, KEPT_LOCAL, SyncPorts

log = logging.getLogger(__name__)


class LockedOutbox:
    """An outbox whose every call holds `lock` (the office's RLock)."""

    def __init__(self, outbox: SqliteOutbox, lock: threading.RLock):
        self._outbox = outbox
        self._lock = lock

    def pending_batch(self, max_events: int, max_bytes: int) -> list[OutboxEvent]:
        with self._lock:
            return self._outbox.pending_batch(max_events, max_bytes)

    def mark_acked(self, seqs: Iterable[int], acked_at: str) -> None:
        with self._lock:
            self._outbox.mark_acked(seqs, acked_at)

    def mark_rejected(self, seq: int, reason: str) -> None:
        with self._lock:
            self._outbox.mark_rejected(seq, reason)

    def record_failure(self, seqs: Iterable[int], error: str) -> None:
        with self._lock:
            self._outbox.record_failure(seqs, error)

    def retry_rejected(self) -> int:
        with self._lock:
            return self._outbox.retry_rejected()

    def get(self, seq: int) -> OutboxEvent | None:
        with self._lock:
            return self._outbox.get(seq)

    def list(self, state: str | None = None, limit: int = 100, after_seq: int = 0) -> list[OutboxEvent]:
        with self._lock:
            return self._outbox.list(state, limit, after_seq)

    def has_pending_for(self, type_prefix: str, key: str, value: str) -> bool:
        with self._lock:
            return self._outbox.has_pending_for(type_prefix, key, value)

    def stats(self) -> OutboxStats:
        with self._lock:
            return self._outbox.stats()


class PendingCheck(Protocol):
    def has_pending_for(self, type_prefix: str, key: str, value: str) -> bool: ...


class CentralUpdatesTarget(Protocol):
    """What of the local office central updates change (`Office` is one)."""

    @property
    def info(self) -> OfficeInfo: ...
    @property
    def outbox(self) -> SqliteOutbox: ...
    def set_announcement(self, token: str | None, texts: dict[str, str], source: str = "desk") -> None: ...
    def apply_catalogue_update(self, data: Mapping[str, Any], source: str = "central") -> str: ...
    def set_public_url(self, public_url: str | None) -> bool: ...
    def apply_central_concern_update(self, code: str, status: ConcernStatus | str | None = None,
                                     public_answer: str | None = None,
                                     at: dt.datetime | str | None = None, reason: str | None = None) -> str: ...


class OfficeUpdatesSink:
    """Applies pulled central updates to an `Office` (sync.ports.UpdatesSink)."""

    def __init__(self, office: CentralUpdatesTarget, outbox: PendingCheck | None = None):
        self.office = office
        self.outbox: PendingCheck = outbox or office.outbox

    def apply(self, update: P.Update) -> str:
        handler = {
            P.UPDATE_ANNOUNCEMENT: self._announcement,
            P.UPDATE_CONCERN_STATUS: self._concern,
            P.UPDATE_CATALOGUE_SERVICE: self._catalogue_service,
            P.UPDATE_CONCERN_RATING: self._concern_rating,
        }.get(update.kind)
        if handler is None:
            log.warning("central update %s of kind %r is not supported by this office yet: skipped",
                        update.cursor, update.kind)
            return IGNORED
        try:
            return handler(update)
        except (OfficeError, ValueError, KeyError, TypeError) as exc:
            # A storage failure is not caught: the database is unwritable, stop here and pull again later.
            log.warning("central update %s (%s) not applied: %s", update.cursor, update.kind, exc)
            return IGNORED

    def public_url_received(self, public_url: str | None) -> None:
        if self.office.set_public_url(public_url):
            log.info("the central server's public address is now %s", public_url or "unset")

    def _announcement(self, update: P.Update) -> str:
        texts = update.data.get("texts")
        if not isinstance(texts, dict):
            return IGNORED
        if self.outbox.has_pending_for("announcement.", "office_code", self.office.info.code):
            # A supervisor's announcement has not reached the server yet: it is the newer intent.
            return KEPT_LOCAL
        if "default" in texts:
            texts = {**dict.fromkeys(P.ANNOUNCEMENT_LANGUAGES, texts["default"]), **texts}
        self.office.set_announcement(None, {k: str(v) for k, v in texts.items() if k != "default"},
                                     source="central")
        return APPLIED

    def _catalogue_service(self, update: P.Update) -> str:
        return APPLIED if self.office.apply_catalogue_update(update.data) == "applied" else IGNORED

    def _concern_rating(self, update: P.Update) -> str:
        """The citizen's rating of an answer: the central figures keep it; the office has no
        screen that shows ratings, so it is acknowledged and not stored here."""
        return IGNORED

    def _concern(self, update: P.Update) -> str:
        data = update.data
        code = data.get("code")
        if not isinstance(code, str):
            return IGNORED
        answer = data.get("public_answer")
        if answer is None and data.get("status") == "rejected" and isinstance(data.get("reason"), str):
            answer = data["reason"]  # the central reason is what the citizen is told
        # The citizen reopened it from the public page: their comment goes with the status.
        reason = data.get("reason") if data.get("by") == "citizen" and isinstance(data.get("reason"), str) else None
        outcome = self.office.apply_central_concern_update(code, data.get("status"), answer,
                                                           data.get("at") or update.at, reason=reason)
        return {"applied": APPLIED, "kept_local": KEPT_LOCAL}.get(outcome, IGNORED)


def outside_commits(work: UnitOfWork) -> Callable[[], bool]:
    """A check that answers True when another process (e.g. `maktab simulate`, a second
    tool on the same database) has committed since the last call and events are pending.

    SQLite's `PRAGMA data_version` changes only for other connections' commits, and costs
    no I/O when nothing changed: cheap enough to ask every few seconds.
    """
    seen: list[int | None] = [None]

    def changed() -> bool:
        with work.lock:
            (version,) = work.db.execute("PRAGMA data_version").fetchone()
            if version == seen[0]:
                return False
            first = seen[0] is None
            seen[0] = version
            return not first and bool(work.outbox.pending_batch(1, 1 << 30))

    changed()  # the starting point: what is pending now is pushed by the loop's first round anyway
    return changed


def software_version() -> str:
    try:
        return importlib.metadata.version("maktab")
    except importlib.metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


class CatalogueHolder(Protocol):
    @property
    def catalogue(self) -> Catalogue: ...


def office_status_source(office: CatalogueHolder, printer_state: Callable[[], str] | None = None,
                         help_requests: Callable[[], int] | None = None) -> Callable[[], dict[str, Any]]:
    """The callable the sync client asks for the office's status report (sync.ports.SyncPorts.office_status).

    `printer_state` answers ok|paper_out|offline|error|unknown when the caller has a printer;
    `help_requests` the open "call for help" requests (kiosk/office/help.py; `office_ports`
    passes the office's own count).
    """
    version = software_version()

    def status() -> dict[str, Any]:
        services = [{"code": s.code, "active": s.active, "minutes": s.typical_minutes,
                     # The report carries the four languages the server knows, within its name limit.
                     "names": {lang: name[:P.SERVICE_MAX_NAME] for lang, name in s.names.items()
                               if lang in P.ANNOUNCEMENT_LANGUAGES and name}}
                    for s in office.catalogue.services]
        return {"version": version, "printer": printer_state() if printer_state else "unknown",
                "help_requests": help_requests() if help_requests else 0, "services": services}

    return status


def office_ports(office: Office, *, printer_state: Callable[[], str] | None = None) -> SyncPorts:
    """SyncPorts for an Office: locked outbox, update sink, and wake-up on every committed
    change — but not on sync's own status events, which would wake the loop forever —
    and on outbox events committed by other processes; and the office's status report."""
    work = office.work
    outbox = LockedOutbox(work.outbox, work.lock)

    def subscribe(wake: Callable[[], None]) -> Callable[[], None]:
        return work.subscribe(lambda event: None if event.kind.startswith("sync.") else wake())

    return SyncPorts(outbox=outbox, sink=OfficeUpdatesSink(office, outbox), subscribe=subscribe,
                     changed_elsewhere=outside_commits(work),
                     office_status=office_status_source(office, printer_state,
                                                        lambda: len(office.open_help_requests())))


__all__ = ["LockedOutbox", "OfficeUpdatesSink", "office_ports", "office_status_source", "outside_commits",
           "software_version"]
