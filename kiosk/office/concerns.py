"""Concerns at the office: register at the kiosk, follow up by code, handle at the desk,
take the central office's answers, and purge contact details after the retention period.

Each change is validated before anything is written, then made in one durable
transaction together with its outbox event; listeners hear of it after the commit.
Listener events never carry contact details (desk screens ask `get_concern` for them).

Outbox events (payloads are JSON objects):
  concern.registered     {concern_id, code, category, text, language, place, contact?,
                          registered_at, status, office_code, publish_text, channel}
                          contact = {name, phone} only when the citizen consented;
                          made by kiosk/office/concern_registration.py
  concern.note_added     {concern_id, code, kind, text, public, by, at, office_code}
  concern.status_changed {concern_id, code, status, previous_status, reason?, by?, at, office_code}
  concern.purged         {concern_id, code, at, office_code}

Updates pulled from the central server (`apply_central_concern_update`) are not sent
back, so they make no outbox event.

`ConcernsService` is the office's concerns part, built around the shared `UnitOfWork`;
it reads the concern categories from the catalogue part.

Thread use: any thread; everything runs under the office lock.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import secrets
import sqlite3
from typing import Any

from kiosk.domain.clock import from_iso, to_iso
from kiosk.domain.concern_filter import ConcernFilter
from kiosk.domain.concerns import (
    CLERK_CHANNELS,
    Channel,
    Concern,
    ConcernDraft,
    ConcernError,
    ConcernStatus,
    HistoryEntry,
    HistoryKind,
    PublicConcernView,
    RegisteredConcern,
    check_transition,
    clean_line,
    clean_note,
    public_view,
)
from kiosk.domain.tracking_codes import (
    FollowUpThrottle,
    ParsedCode,
    RandomSource,
    TrackingCodeError,
    validate,
)
from kiosk.office.catalogue_updates import CatalogueService
from kiosk.office.concern_registration import register
from kiosk.office.errors import NotFound, Throttled, office_error
from kiosk.office.once import Once, run_once
from kiosk.office.staff import StaffSession
from kiosk.office.unit_of_work import UnitOfWork
from kiosk.store import concerns as concern_rows
from kiosk.store.outbox import append_event

log = logging.getLogger(__name__)


def _staff_name(staff: StaffSession | str | None) -> str | None:
    """A staff member's name from a `StaffSession` or a plain name."""
    name = staff.name if isinstance(staff, StaffSession) else staff
    return clean_line(name, field="staff", max_chars=80) if name else None


def _without_contact(concern: Concern) -> Concern:
    return dataclasses.replace(concern, contact_name=None, contact_phone=None)


class ConcernsService:
    """Concerns: registered at kiosks, looked up by code, handled at desks, answered centrally."""

    def __init__(self, work: UnitOfWork, catalogue: CatalogueService):
        self._work = work
        self._catalogue = catalogue
        self.rng: RandomSource = secrets  # tests draw codes from a seeded random.Random
        self._follow_up_throttle = FollowUpThrottle(work.clock)

    # ---- the citizen at the kiosk ----------------------------------------------------

    def register_concern(self, draft: ConcernDraft, *, request_id: str | None = None,
                         device_id: str = "") -> RegisteredConcern:
        """A citizen's concern from a kiosk (channel "kiosk"): see kiosk/office/concern_registration.py."""
        return register(self._work, self._categories(), self.rng, draft,
                        channels=(Channel.KIOSK,), request_id=request_id, device_id=device_id)

    def take_concern(self, staff: StaffSession, draft: ConcernDraft, *, request_id: str | None = None,
                     device_id: str = "") -> RegisteredConcern:
        """A concern a clerk registers for a citizen (`draft.channel` among `CLERK_CHANNELS`),
        audited under the clerk's name; the caller checked the clerk's session."""
        return register(self._work, self._categories(), self.rng, draft,
                        channels=CLERK_CHANNELS, request_id=request_id, device_id=device_id, taken_by=staff)

    def _categories(self) -> list[str]:
        return [c.code for c in self._catalogue.current.concern_categories]

    def concern_public_view(self, code_text: str) -> PublicConcernView:
        """What the citizen holding the code may see. Raises OfficeError:
        "lookup_throttled" (with `retry_after_s`), "code_format", "code_check", "code_unknown".

        Wrong codes (a bad check symbol, or no such concern) slow the next lookups down,
        so codes cannot be found by trying (`FollowUpThrottle`).
        """
        with self._work.lock:
            throttle = self._follow_up_throttle
            wait = throttle.retry_after()
            if wait > 0:
                raise Throttled("lookup_throttled", f"too many wrong codes: try again in {wait:.0f} s",
                                retry_after_s=wait)
            try:
                parsed = validate(code_text)
            except TrackingCodeError as exc:
                if exc.kind == "check":
                    throttle.record_failure()
                raise office_error(f"code_{exc.kind}", str(exc)) from None
            concern = concern_rows.get_by_code(self._work.db.conn, parsed.text)
            if concern is None:
                throttle.record_failure()
                raise NotFound("code_unknown", f"no concern with code {parsed.text} in this office")
        return public_view(concern)

    def follow_up_retry_after(self) -> float:
        """Seconds before the kiosk may look up another code (0.0: now)."""
        with self._work.lock:
            return self._follow_up_throttle.retry_after()

    # ---- staff at the desk --------------------------------------------------------------

    def list_concerns(self, filters: ConcernFilter | None = None, *, can_see_contact: bool = False) -> list[Concern]:
        """Concerns matching `filters`, oldest first, without history."""
        with self._work.read() as conn:
            found = concern_rows.list_concerns(conn, filters or ConcernFilter(), self._work.clock.now())
        return found if can_see_contact else [_without_contact(c) for c in found]

    def get_concern(self, code: str, can_see_contact: bool = False) -> Concern:
        """One concern with its whole history; contact details only if `can_see_contact`."""
        parsed = self._parse_code(code)
        with self._work.read() as conn:
            concern = concern_rows.get_by_code(conn, parsed.text)
        if concern is None:
            raise NotFound("code_unknown", f"no concern with code {parsed.text}")
        return concern if can_see_contact else _without_contact(concern)

    def add_concern_note(self, code: str, text: str, public: bool, staff: StaffSession | str | None = None,
                         action_id: str | None = None, *, device_id: str = "") -> HistoryEntry:
        """An internal note (staff only) or, with `public`, an answer the citizen will see
        (once per `action_id`: a desk retrying after a lost answer adds it once)."""
        parsed = self._parse_code(code)
        try:
            text = clean_note(text)
            by = _staff_name(staff)
        except ConcernError as exc:
            raise office_error(exc.code, str(exc)) from None
        kind = HistoryKind.PUBLIC_ANSWER if public else HistoryKind.INTERNAL_NOTE
        once = Once.key(action_id, device_id, "add_concern_note", code=parsed.text, text=text, public=bool(public))
        with self._work.write() as conn:
            now = self._work.clock.now()
            at = to_iso(now)
            concern = self._existing(conn, parsed)

            def add() -> tuple[dict[str, Any], HistoryEntry]:
                entry = concern_rows.add_history(conn, concern.id, at=at, kind=kind, text=text, by_staff=by,
                                                 public=public)
                concern_rows.touch(conn, concern.id, at)
                append_event(conn, "concern.note_added", now, {
                    "concern_id": concern.id, "code": concern.code, "kind": kind.value, "text": text,
                    "public": bool(public), "by": by, "at": at, "office_code": self._work.info.code,
                })
                return {"history_id": entry.id}, entry

            outcome = run_once(once, conn, at, add)
            if outcome.fresh is None:
                first = outcome.answer["history_id"]
                return next(e for e in concern_rows.history_of(conn, concern.id) if e.id == first)
            entry = outcome.fresh
        self._work.publish("concern.note_added", {"concern_id": concern.id, "code": concern.code,
                                                  "kind": kind.value, "public": bool(public), "at": at})
        return entry

    def change_concern_status(self, code: str, status: ConcernStatus | str, reason: str | None = None,
                              staff: StaffSession | str | None = None, action_id: str | None = None, *,
                              device_id: str = "") -> Concern:
        """Move a concern on (see `TRANSITIONS`); the reason is shown to the citizen.

        A rejection needs a reason; "answered" needs the answer, as `reason` or as an
        earlier public answer. Raises Conflict "bad_transition", InvalidInput "reason_required",
        "answer_required", "bad_status", and the code errors. Once per `action_id`, as notes.
        """
        parsed = self._parse_code(code)
        try:
            new = ConcernStatus(status)
        except ValueError:
            raise office_error("bad_status", f"no concern status {status!r}") from None
        try:
            by = _staff_name(staff)
        except ConcernError as exc:
            raise office_error(exc.code, str(exc)) from None
        once = Once.key(action_id, device_id, "change_concern_status", code=parsed.text, status=new.value,
                        reason=reason)
        with self._work.write() as conn:
            now = self._work.clock.now()
            at = to_iso(now)
            concern = self._existing(conn, parsed)

            def change() -> tuple[dict[str, Any], Concern]:
                try:
                    answered = concern_rows.has_public_answer(conn, concern.id)
                    why = check_transition(concern.status, new, reason, answered)
                except ConcernError as exc:
                    raise office_error(exc.code, str(exc)) from None
                concern_rows.set_status(conn, concern.id, new, at)
                concern_rows.add_history(conn, concern.id, at=at, kind=HistoryKind.STATUS, status=new, text=why,
                                         by_staff=by, public=True)
                payload: dict[str, Any] = {
                    "concern_id": concern.id, "code": concern.code, "status": new.value,
                    "previous_status": concern.status.value, "at": at, "office_code": self._work.info.code,
                }
                if why:
                    payload["reason"] = why
                if by:
                    payload["by"] = by
                append_event(conn, "concern.status_changed", now, payload)
                return {"status": new.value}, self._existing(conn, parsed, with_history=True)

            outcome = run_once(once, conn, at, change)
            updated = outcome.fresh
            if updated is None:
                return _without_contact(self._existing(conn, parsed, with_history=True))
        self._work.publish("concern.status_changed", {"concern_id": concern.id, "code": concern.code,
                                                      "status": new.value, "previous_status": concern.status.value,
                                                      "at": at})
        return _without_contact(updated)

    # ---- the central server --------------------------------------------------------------

    def apply_central_concern_update(self, code: str, status: ConcernStatus | str | None = None,
                                     public_answer: str | None = None, at: dt.datetime | str | None = None,
                                     reason: str | None = None) -> str:
        """Take a status change or answer made at the central office (from a sync pull).

        `reason` is the public text of the status change, kept with it in the history (the
        citizen's own comment when they reopened the concern from its public page).

        Returns "applied", "kept_local" or "unknown" (no such concern here: ignored).
        A local change not yet sent wins over the central status: the central office
        will see it when it arrives and may answer again. The central public answer is
        still recorded then: it adds to the history, it overwrites nothing. Repeating
        the same update changes nothing, so a re-pulled page is harmless.
        """
        try:
            parsed = validate(code)
            new = ConcernStatus(status) if status else None
            answer = clean_note(public_answer) if public_answer and public_answer.strip() else None
            why = clean_note(reason) if reason and reason.strip() else None
        except TrackingCodeError as exc:
            raise office_error(f"code_{exc.kind}", str(exc)) from None
        except ConcernError as exc:
            raise office_error(exc.code, str(exc)) from None
        except ValueError:
            raise office_error("bad_status", f"no concern status {status!r}") from None
        with self._work.lock:
            when = to_iso(self._work.clock.now() if at is None else from_iso(at) if isinstance(at, str) else at)
            with self._work.write() as conn:
                concern = concern_rows.get_by_code(conn, parsed.text, with_history=False)
                if concern is None:
                    log.info("central update for unknown concern %s ignored", parsed.text)
                    return "unknown"
                local_pending = self._work.outbox.has_pending_for("concern.", "code", concern.code)
                changed = False
                if answer and not concern_rows.has_history_entry(conn, concern.id, HistoryKind.PUBLIC_ANSWER,
                                                                 when, answer):
                    concern_rows.add_history(conn, concern.id, at=when, kind=HistoryKind.PUBLIC_ANSWER, text=answer,
                                             by_staff=None, public=True)
                    changed = True
                if new and new is not concern.status and not local_pending:
                    concern_rows.set_status(conn, concern.id, new, when)
                    concern_rows.add_history(conn, concern.id, at=when, kind=HistoryKind.STATUS, status=new,
                                             text=why, public=True)
                    changed = True
                if changed:
                    concern_rows.touch(conn, concern.id, when)
            current = new if (new and not local_pending) else concern.status
        result = "kept_local" if local_pending and new and new is not concern.status else "applied"
        if changed:
            self._work.publish("concern.updated", {"concern_id": concern.id, "code": concern.code,
                                           "status": current.value, "source": "central", "at": when})
        return result

    def purge_personal_data(self, retention_days: int) -> int:
        """Empty the contact details of concerns unchanged for `retention_days` whose events
        the central server has all acknowledged; returns how many were purged."""
        if isinstance(retention_days, bool) or not isinstance(retention_days, int) or retention_days < 0:
            raise office_error("bad_retention", f"retention must be a whole number of days ≥ 0, "
                                                 f"got {retention_days!r}")
        purged: list[dict[str, Any]] = []
        now = self._work.clock.now()
        at = to_iso(now)
        cutoff = to_iso(now - dt.timedelta(days=retention_days))
        while True:
            # one transaction per batch, and the lock let go in between: tickets keep
            # being issued while a long backlog is purged
            with self._work.write() as conn:
                batch = concern_rows.purgeable(conn, cutoff)
                concern_rows.scrub_outbox_contacts(conn, [code for _, code in batch])
                for concern_id, code in batch:
                    concern_rows.purge_personal_fields(conn, concern_id, at)
                    concern_rows.add_history(conn, concern_id, at=at, kind=HistoryKind.PURGE, public=False)
                    event = {"concern_id": concern_id, "code": code, "at": at, "office_code": self._work.info.code}
                    append_event(conn, "concern.purged", now, event)
                    purged.append(event)
            if not batch:
                break
        for event in purged:
            self._work.publish("concern.purged", event)
        return len(purged)

    # ---- helpers ----------------------------------------------------------------------------

    def _parse_code(self, code: str) -> ParsedCode:
        try:
            return validate(code)
        except TrackingCodeError as exc:
            raise office_error(f"code_{exc.kind}", str(exc)) from None

    def _existing(self, conn: sqlite3.Connection, parsed: ParsedCode, *, with_history: bool = False) -> Concern:
        concern = concern_rows.get_by_code(conn, parsed.text, with_history=with_history)
        if concern is None:
            raise NotFound("code_unknown", f"no concern with code {parsed.text}")
        return concern
