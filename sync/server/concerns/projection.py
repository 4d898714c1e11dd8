"""Office concern events → the central `concerns` table and each concern's history.

    project_concern(conn, office, event, on_first_answer=…)   called in the push's transaction
    mark_answered(conn, office, code, at, on_first_answer)      the one place a first answer is noticed

Events can arrive late, out of order (several devices, a USB import) and twice: a status
is last-writer-wins by its time, history rows are keyed by the event's id, and the due
date is set when the registration arrives, whatever came before it. Times are stored
normalised (`P.format_time`) so that text order is time order. Any thread.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from sync import protocol as P
from sync.server import db as D
from sync.server.concerns import deadlines, history, rules

log = logging.getLogger(__name__)

CONCERN_NOTE_ADDED = "concern.note_added"

#: Told once per concern, in the transaction that first makes it both registered and
#: answered: (conn, office_code, category, registered_at, answered_at, due_at).
FirstAnswerHook = Callable[[Connection, str, str | None, str, str, str | None], None]


def no_first_answer_hook(conn: Connection, office_code: str, category: str | None, registered_at: str,
                         answered_at: str, due_at: str | None) -> None:
    """The default: nobody is listening."""


def project_concern(conn: Connection, office_code: str, ev: P.Event,
                    on_first_answer: FirstAnswerHook = no_first_answer_hook) -> None:
    """Keep the concerns table current from the office's concern events (best effort: the
    event itself is stored whatever its payload holds)."""
    p = ev.payload
    code = p.get("code")
    if not isinstance(code, str) or not code:
        log.warning("event %s/%s: %s without a code, concerns not updated", ev.id, ev.seq, ev.type)
        return
    at = _time(p.get("at")) or _time(ev.occurred_at) or P.utc_now_iso()
    if ev.type == P.CONCERN_REGISTERED:
        _registered(conn, office_code, code, ev, on_first_answer)
    elif ev.type == P.CONCERN_STATUS_CHANGED:
        status = _str(p.get("status"))
        if not status:
            return
        _status_changed(conn, office_code, code, status, at, p)
        history.add(conn, office_code, code, at=at, actor=history.OFFICE, public=True,
                    kind=rules.history_kind(_str(p.get("previous_status")), status),
                    status=status, reason=_str(p.get("reason")), source_event=ev.id)
        if status == rules.ANSWERED:
            mark_answered(conn, office_code, code, at, on_first_answer)
    elif ev.type == CONCERN_NOTE_ADDED:
        text = _str(p.get("text"))
        public = p.get("public") is True
        history.add(conn, office_code, code, at=at, actor=history.OFFICE, public=public,
                    kind=history.ANSWER if public else history.NOTE, body=text, source_event=ev.id)
        if public and text:
            c = D.concerns.c
            conn.execute(update(D.concerns).where(c.office_code == office_code, c.code == code, c.updated_at <= at)
                         .values(public_answer=text, updated_at=at))
    elif ev.type == P.CONCERN_PURGED:
        _purge_contact(conn, office_code, code)


def mark_answered(conn: Connection, office_code: str, code: str, at: str, on_first_answer: FirstAnswerHook) -> None:
    """Record the first answer's time; tell the hook once the concern is registered too."""
    c = D.concerns.c
    first = conn.execute(update(D.concerns).where(c.office_code == office_code, c.code == code,
                                                  c.answered_at.is_(None)).values(answered_at=at)).rowcount
    if first:
        _tell_first_answer(conn, office_code, code, on_first_answer)


def _tell_first_answer(conn: Connection, office_code: str, code: str, on_first_answer: FirstAnswerHook) -> None:
    c = D.concerns.c
    row = conn.execute(select(c.category, c.registered_at, c.answered_at, c.due_at)
                       .where(c.office_code == office_code, c.code == code)).one()
    if row.registered_at and row.answered_at:
        on_first_answer(conn, office_code, row.category, row.registered_at, row.answered_at, row.due_at)


def _registered(conn: Connection, office_code: str, code: str, ev: P.Event, on_first_answer: FirstAnswerHook) -> None:
    p = ev.payload
    c = D.concerns.c
    registered_at = _time(p.get("registered_at")) or _time(ev.occurred_at) or P.utc_now_iso()
    category = _str(p.get("category"))
    before = conn.execute(select(c.registered_at, c.answered_at)
                          .where(c.office_code == office_code, c.code == code)).first()
    values = {"office_code": office_code, "code": code, "concern_id": _str(p.get("concern_id")),
              "category": category, "status": _str(p.get("status")) or rules.RECEIVED, "text": _str(p.get("text")),
              "language": _str(p.get("language")), "registered_at": registered_at, "updated_at": registered_at,
              "due_at": deadlines.due_for(conn, office_code, category, registered_at),
              # Only an explicit yes at the kiosk; offices that predate the question send nothing: no.
              "publish_text": 1 if p.get("publish_text") is True else 0, "channel": P.concern_channel(p)}
    stmt = D.insert_for(conn, D.concerns).values(**values)
    # A status change may have arrived first (another device): keep its status.
    conn.execute(stmt.on_conflict_do_update(
        index_elements=["office_code", "code"],
        set_={name: stmt.excluded[name] for name in
              ("concern_id", "category", "text", "language", "registered_at", "due_at", "publish_text",
               "channel")}))
    history.add(conn, office_code, code, at=registered_at, actor=history.OFFICE, kind=history.REGISTERED,
                status=rules.RECEIVED, public=True, source_event=ev.id)
    if before is not None and before.registered_at is None and before.answered_at is not None:
        _tell_first_answer(conn, office_code, code, on_first_answer)  # the answer came first


def _status_changed(conn: Connection, office_code: str, code: str, status: str, at: str, p: dict[str, Any]) -> None:
    values: dict[str, Any] = {"status": status, "updated_at": at}
    if "public_answer" in p:
        values["public_answer"] = _str(p.get("public_answer"))
    if "reason" in p:
        values["reason"] = _str(p.get("reason"))
    stmt = D.insert_for(conn, D.concerns).values(office_code=office_code, code=code, **values)
    # Last writer wins by time: an old office event does not undo a newer central answer.
    conn.execute(stmt.on_conflict_do_update(
        index_elements=["office_code", "code"], set_=values, where=D.concerns.c.updated_at <= at))


def _purge_contact(conn: Connection, office_code: str, code: str) -> None:
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


def _time(value: Any) -> str | None:
    """An event's time, normalised; None when it is missing or not a time."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return P.format_time(P.parse_time(value))
    except (P.ProtocolError, ValueError):
        return None


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


__all__ = ["CONCERN_NOTE_ADDED", "FirstAnswerHook", "mark_answered", "no_first_answer_hook",
           "project_concern"]
