"""Citizens' concerns as the central server knows them: kept current from the offices' concern
events, answered centrally, and read back.

    project_concern(conn, office, event)   an office's concern.* event → the concerns table (in the push's transaction)
    CentralConcerns(engine)
        .answer(code, status, …)           a central decision, queued as a `concern.status` update for its office
        .get(code, office)                 one concern's row, or None

Built by `ServerStore` (`store.concerns`); every method is one transaction, called from the
app's worker threads or the `maktab-server` CLI.
"""
from __future__ import annotations

import json
import logging
from typing import Any

from sqlalchemy import Engine, select, update
from sqlalchemy.engine import Connection

from sync import protocol as P
from sync.server import db as D
from sync.server.errors import Refused
from sync.server.updates import add_update

log = logging.getLogger(__name__)


def project_concern(conn: Connection, office_code: str, ev: P.Event) -> None:
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
        stmt = D.insert_for(conn, D.concerns).values(**values)
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
        stmt = D.insert_for(conn, D.concerns).values(office_code=office_code, code=code, **values)
        # Last writer wins by time: an old office event does not undo a newer central answer.
        conn.execute(stmt.on_conflict_do_update(
            index_elements=["office_code", "code"], set_=values,
            where=D.concerns.c.updated_at <= at))
    elif ev.type == P.CONCERN_PURGED:
        _purge_contact(conn, office_code, code)


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


class CentralConcerns:
    def __init__(self, engine: Engine):
        self.engine = engine

    def answer(self, code: str, status: str, answer: str | None = None, reason: str | None = None,
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
            return add_update(conn, P.UPDATE_CONCERN_STATUS, data, office)

    def get(self, code: str, office_code: str | None = None) -> dict[str, Any] | None:
        c = D.concerns.c
        with D.read_only(self.engine) as conn:
            where = [c.code == code] + ([c.office_code == office_code] if office_code else [])
            row = conn.execute(select(D.concerns).where(*where)).first()
        return dict(row._mapping) if row else None


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


__all__ = ["CentralConcerns", "project_concern"]
