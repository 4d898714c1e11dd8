"""Registering a concern: by the citizen at a kiosk, or by a clerk at a desk for a citizen
at the counter, on the phone, by letter or e-mail. One path for both, so both follow the
same rules (kiosk/domain/concerns.py) and give the same receipt; they differ only in the
channels allowed and, for a clerk, the audit entry naming who took the concern.

The concern, its first history entry, its `concern.registered` outbox event (payload in
kiosk/office/concerns.py; `channel` says how it came) and the clerk's audit entry are one
durable transaction. The audit keeps the code and channel, never the citizen's details.

Thread use: any thread; under the office lock (`UnitOfWork.write`).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import sqlite3
from collections.abc import Collection
from typing import Any

from kiosk.domain.clock import to_iso
from kiosk.domain.concerns import (
    Channel,
    Concern,
    ConcernDraft,
    ConcernStatus,
    HistoryKind,
    InvalidConcern,
    RegisteredConcern,
    validate_draft,
)
from kiosk.domain.ids import uuid7
from kiosk.domain.tracking_codes import RandomSource, new_tracking_code, validate
from kiosk.office.errors import NotFound, Unavailable, office_error
from kiosk.office.once import Once, run_once
from kiosk.office.staff import StaffSession
from kiosk.office.unit_of_work import UnitOfWork
from kiosk.store import concerns as concern_rows
from kiosk.store import staff as staff_rows
from kiosk.store.outbox import append_event

log = logging.getLogger(__name__)

_CODE_ATTEMPTS = 8  # one collision is ~1 in 230,000 after 100,000 concerns; eight mean a broken RNG
TAKEN_AUDIT = "concern.taken"  # the audit action of a concern a clerk registered for a citizen


def register(work: UnitOfWork, categories: Collection[str], rng: RandomSource, draft: ConcernDraft, *,
             channels: Collection[Channel], request_id: str | None, device_id: str,
             taken_by: StaffSession | None = None) -> RegisteredConcern:
    """Validate, give a tracking code and store the concern: durable before this returns.

    Raises InvalidInput with the first problem's code (e.g. "text_too_short") and
    `problems` (every `FieldProblem`) when the draft is refused; nothing is stored then.
    With a `request_id`, the same draft sent again gets the first concern back, even
    after a crash (`kiosk/office/once.py`).
    """
    try:
        clean = validate_draft(draft, categories, channels=channels)
    except InvalidConcern as exc:
        raise office_error(exc.code, str(exc), problems=exc.problems) from None
    action = "take_concern" if taken_by else "register_concern"
    once = Once.key(request_id, device_id, action, **dataclasses.asdict(clean))
    with work.write() as conn:
        now = work.clock.now()
        at = to_iso(now)
        outcome = run_once(once, conn, at, lambda: _insert(work, rng, conn, clean, now, taken_by))
        if outcome.fresh is None:
            first = concern_rows.get_by_code(conn, validate(outcome.answer["code"]).text, with_history=True)
            if first is None:  # only if deleted by hand since: say so rather than answer a concern that is not
                raise NotFound("code_unknown", "the concern registered for this request no longer exists")
            return RegisteredConcern(first.code, first)
        concern = outcome.fresh
    work.publish("concern.registered", {
        "concern_id": concern.id, "code": concern.code, "category": concern.category,
        "language": concern.language, "registered_at": at, "status": concern.status.value,
        "has_contact": concern.has_contact, "channel": concern.channel.value,
    })
    return RegisteredConcern(concern.code, concern)


def _insert(work: UnitOfWork, rng: RandomSource, conn: sqlite3.Connection, clean: ConcernDraft, now: dt.datetime,
            taken_by: StaffSession | None) -> tuple[dict[str, Any], Concern]:
    """Store a validated draft under a new tracking code, with its outbox event (and audit entry)."""
    at = to_iso(now)
    contact = clean.contact
    for _ in range(_CODE_ATTEMPTS):
        concern = Concern(
            id=uuid7(), code=new_tracking_code(work.info.code, rng).text, category=clean.category,
            text=clean.text, language=clean.language, place=clean.place,
            contact_name=contact.name if contact else None,
            contact_phone=contact.phone if contact else None,
            consent_at=at if contact else None, status=ConcernStatus.RECEIVED,
            created_at=at, updated_at=at, publish_text=clean.publish_text, channel=clean.channel,
        )
        try:
            concern_rows.insert_concern(conn, concern)
        except concern_rows.DuplicateCode:
            log.warning("tracking code collision, drawing another one")
            continue
        break
    else:
        raise Unavailable("code_exhausted", "could not draw an unused tracking code")
    entry = concern_rows.add_history(conn, concern.id, at=at, kind=HistoryKind.STATUS,
                                     status=ConcernStatus.RECEIVED, by_staff=taken_by.name if taken_by else None,
                                     public=True)
    payload: dict[str, Any] = {
        "concern_id": concern.id, "code": concern.code, "category": concern.category,
        "text": concern.text, "language": concern.language, "place": concern.place,
        "registered_at": at, "status": concern.status.value, "office_code": work.info.code,
        "publish_text": concern.publish_text,  # the central server publishes the text only when true
        "channel": concern.channel.value,  # absent from older offices' events: "kiosk"
    }
    if contact:
        payload["contact"] = {"name": contact.name, "phone": contact.phone}
    append_event(conn, "concern.registered", now, payload)
    if taken_by is not None:
        staff_rows.append_audit(conn, at, taken_by.staff_id, taken_by.name, TAKEN_AUDIT,
                                {"code": concern.code, "channel": concern.channel.value})
    return {"code": concern.code}, dataclasses.replace(concern, history=(entry,))
