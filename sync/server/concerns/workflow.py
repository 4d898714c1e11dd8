"""The central concern workflow: what staff do to one concern, for the web pages and the CLI.

    CentralConcerns(engine, on_first_answer=…)     built by ServerStore (`store.concerns`)
        .get(user, office, code) -> ConcernDetail
        .assign(user, office, code, assignee|None)  .add_note(user, office, code, text)
        .answer(user, office, code, text) -> Update  .set_status(user, office, code, status, reason) -> Update
        .decide(user, code, status, answer, reason, office)   the `concern answer` command's rules
        .list(user, ConcernQuery) -> ConcernPage     .counts(user) -> ConcernCounts   (listing.py)
        .home_counters(user)  .possible_owners(user, office, code)  .categories(user)   for the web pages
        .deadlines(user)  .set_deadline(user, commune, category, days)               (deadlines.py)
        .project(conn, office, event)                the push's projection, with this object's hook

Every action is one transaction that checks the acting `StaffUser` (a concern of an office
the user does not see is "not found", 404), changes the concern, appends its history,
queues what the citizen may see as a `concern.status` update for the office's next pull,
and appends to the audit log. Runs in the app's worker threads or the CLI.
"""
from __future__ import annotations

import builtins
import dataclasses
from typing import Any

from sqlalchemy import ColumnElement, Engine, Row, and_, func, or_, select, update
from sqlalchemy.engine import Connection

from sync import protocol as P
from sync.server import audit
from sync.server import db as D
from sync.server.concerns import deadlines as deadline_rules
from sync.server.concerns import history, listing, rules
from sync.server.concerns.history import HistoryEntry
from sync.server.concerns.listing import ConcernCounts, ConcernPage, ConcernQuery
from sync.server.concerns.projection import FirstAnswerHook, mark_answered, no_first_answer_hook, project_concern
from sync.server.db_backoffice import staff_users, user_scopes
from sync.server.db_public import concern_ratings
from sync.server.errors import Refused
from sync.server.form_errors import N_
from sync.server.staff import AGENT, SUPERVISOR, StaffUser
from sync.server.updates import add_update

#: `concern assign CODE -` and the web's "nobody" choice.
NOBODY = None


@dataclasses.dataclass(frozen=True)
class ConcernDetail:
    office_code: str
    office_name: str | None
    commune: str | None
    code: str
    category: str | None
    status: str
    text: str | None
    language: str | None
    registered_at: str | None
    updated_at: str
    due_at: str | None
    overdue: bool
    assigned_to: str | None
    answered_at: str | None
    public_answer: str | None
    reason: str | None
    history: tuple[HistoryEntry, ...]
    reopened_at: str | None = None  # when the citizen said "not resolved" (concerns/citizen.py)
    rating: int | None = None  # the citizen's current rating of the answer, 1..5
    channel: str = P.CONCERN_CHANNEL_DEFAULT  # how the concern reached the office


class CentralConcerns:
    def __init__(self, engine: Engine, on_first_answer: FirstAnswerHook = no_first_answer_hook):
        self.engine = engine
        self.on_first_answer = on_first_answer

    def project(self, conn: Connection, office_code: str, ev: P.Event) -> None:
        project_concern(conn, office_code, ev, self.on_first_answer)

    # ------------------------------------------------------------------ reading

    def get(self, user: StaffUser, office_code: str, code: str) -> ConcernDetail:
        with D.read_only(self.engine) as conn:
            row = _load(conn, user, office_code, code, lock=False)
            entries = tuple(history.of(conn, office_code, code))
            r = concern_ratings.c
            rating = conn.execute(select(r.rating).where(r.office_code == office_code, r.code == code)).scalar()
        return ConcernDetail(
            row.office_code, row.office_name, row.commune, row.code, row.category, row.status, row.text, row.language,
            row.registered_at, row.updated_at, row.due_at, listing.is_overdue(row.status, row.due_at, P.utc_now_iso()),
            row.assigned_to, row.answered_at, row.public_answer, row.reason, entries, row.reopened_at, rating,
            row.channel)

    def locate(self, user: StaffUser, code: str) -> str:
        """The office of a concern known by its code alone (the CLI's CODE without --office)."""
        c = D.concerns.c
        q = select(c.office_code).where(c.code == code).order_by(c.office_code)
        if user.offices is not None:
            q = q.where(c.office_code.in_(sorted(user.offices)))
        with D.read_only(self.engine) as conn:
            found = conn.execute(q).scalars().all()
        if not found:
            raise Refused(f"no concern with code {code!r} that you can see has reached the server; check the "
                                "code on the citizen's receipt, or wait until the office has synced.", "not_found", 404)
        if len(found) > 1:
            raise rules.invalid("office", N_("Concern code {code!r} exists in offices {offices}; add --office."),
                                {"code": code, "offices": ", ".join(found)})
        return str(found[0])

    def find(self, code: str, office_code: str | None = None) -> dict[str, Any] | None:
        """One concern's raw row, whoever asks (the sync tests' and the store's `concern()`)."""
        c = D.concerns.c
        with D.read_only(self.engine) as conn:
            where = [c.code == code] + ([c.office_code == office_code] if office_code else [])
            row = conn.execute(select(D.concerns).where(*where)).first()
        return dict(row._mapping) if row else None

    def list(self, user: StaffUser, query: ConcernQuery) -> ConcernPage:
        with D.read_only(self.engine) as conn:
            return listing.page(conn, user, query)

    def counts(self, user: StaffUser) -> ConcernCounts:
        with D.read_only(self.engine) as conn:
            return listing.counts(conn, user)

    def home_counters(self, user: StaffUser) -> builtins.list[dict[str, Any]]:
        """The home page's counters, each linking to the concern list that shows them:
        [{"key", "label" (N_-marked English), "value", "path", "alert" (True: needs attention now)}]."""
        counts = self.counts(user)
        return [
            {"key": "open", "label": N_("Open concerns"), "value": counts.open, "path": "/concerns?status=open",
             "alert": False},
            {"key": "overdue", "label": N_("Overdue"), "value": counts.overdue, "path": "/concerns?overdue=1",
             "alert": counts.overdue > 0},
            {"key": "assigned_to_me", "label": N_("Assigned to me"), "value": counts.assigned_to_me,
             "path": "/concerns?status=open&assigned_to_me=1", "alert": False},
            {"key": "unassigned", "label": N_("Unassigned"), "value": counts.unassigned,
             "path": "/concerns?status=open&unassigned=1", "alert": False},
        ]

    def possible_owners(self, user: StaffUser, office_code: str, code: str) -> builtins.list[dict[str, str]]:
        """Who may own the concern (what `assign` accepts): the active agents of its office and the
        active supervisors of its commune, by name: [{"username", "display_name", "role"}]."""
        u = staff_users.c
        with D.read_only(self.engine) as conn:
            row = _load(conn, user, office_code, code, lock=False)
            q = (select(u.username, u.display_name, u.role).distinct()
                 .select_from(staff_users.join(user_scopes, user_scopes.c.user_id == u.id))
                 .where(u.disabled_at.is_(None), _owner_scope(office_code, row.commune))
                 .order_by(u.display_name, u.username))
            return [dict(r._mapping) for r in conn.execute(q)]

    def categories(self, user: StaffUser) -> builtins.list[str]:
        """The concern categories the server has seen or has a deadline for, for a filter's choices.
        Category codes come from the offices' shared catalogue, so they tell nothing about an office.
        A loose index scan (one index probe per category), cheap at a million concerns."""
        c = D.concerns.c
        inner = D.concerns.alias("later")
        seen = select(func.min(c.category).label("category")).cte("seen", recursive=True)
        step = select(select(func.min(inner.c.category)).where(inner.c.category > seen.c.category)
                      .scalar_subquery()).where(seen.c.category.is_not(None))
        seen = seen.union_all(step)
        with D.read_only(self.engine) as conn:
            found = set(conn.execute(select(seen.c.category).where(seen.c.category.is_not(None))).scalars())
            found |= {d.category for d in deadline_rules.visible(conn, user)}
        return sorted(found)

    def deadlines(self, user: StaffUser) -> builtins.list[deadline_rules.Deadline]:
        with D.read_only(self.engine) as conn:
            return deadline_rules.visible(conn, user)

    def set_deadline(self, user: StaffUser, commune: str | None, category: str, days: int) -> int:
        """Returns how many open concerns got a new due date."""
        with self.engine.begin() as conn:
            return deadline_rules.set_deadline(conn, user, commune, category, days)

    # ------------------------------------------------------------------ acting

    def assign(self, user: StaffUser, office_code: str, code: str, assignee: str | None) -> None:
        """Give the concern an owner (None: nobody). Supervisors and administrators assign to any
        active agent or supervisor of the office; an agent takes a concern for himself or gives
        his own back."""
        assignee = (assignee or "").strip() or NOBODY
        with self.engine.begin() as conn:
            row = _load(conn, user, office_code, code)
            if not user.is_supervisor:
                if assignee not in (NOBODY, user.username):
                    raise rules.forbidden_field("assignee", N_("An agent may take a concern only for himself; ask "
                                                               "a supervisor to assign it to someone else."))
                if row.assigned_to not in (None, user.username):
                    raise rules.forbidden_field("assignee", N_("This concern is assigned to {owner}; ask a "
                                                               "supervisor to change its owner."),
                                                {"owner": row.assigned_to})
            if assignee == row.assigned_to:
                return
            if assignee is not None and not _may_own(conn, assignee, office_code, row.commune):
                raise rules.invalid("assignee", N_("{assignee!r} is not an active agent or supervisor of office "
                                                   "{office}; choose someone who works for this office."),
                                    {"assignee": assignee, "office": office_code})
            c = D.concerns.c
            conn.execute(update(D.concerns).where(c.office_code == office_code, c.code == code)
                         .values(assigned_to=assignee))
            history.add(conn, office_code, code, at=P.utc_now_iso(), actor=user.username, kind=history.ASSIGNED,
                        body=assignee, public=False)
            audit.record(conn, user.username, "concern.assign", _target(office_code, code),
                         {"assignee": assignee, "previous": row.assigned_to})

    def add_note(self, user: StaffUser, office_code: str, code: str, text: str) -> None:
        """An internal note: staff only, never sent to the office or the citizen."""
        text = rules.clean_text(text, "note", rules.MAX_NOTE_CHARS)
        with self.engine.begin() as conn:
            _load(conn, user, office_code, code)
            history.add(conn, office_code, code, at=P.utc_now_iso(), actor=user.username, kind=history.NOTE,
                        body=text, public=False)
            audit.record(conn, user.username, "concern.note", _target(office_code, code), {"chars": len(text)})

    def answer(self, user: StaffUser, office_code: str, code: str, text: str) -> P.Update:
        """The public answer, in the citizen's language; the concern becomes answered and the
        office shows the answer after its next pull."""
        text = rules.clean_text(text, "answer", rules.MAX_ANSWER_CHARS)
        with self.engine.begin() as conn:
            row = _load(conn, user, office_code, code)
            return self._decide(conn, user, row, rules.ANSWERED, text, None)

    def set_status(self, user: StaffUser, office_code: str, code: str, status: str, reason: str) -> P.Update:
        """Move the concern on, with a reason the citizen sees (reopen: back to in_progress)."""
        status = rules.check_status(status)
        reason = rules.clean_text(reason, "reason", rules.MAX_REASON_CHARS)
        with self.engine.begin() as conn:
            row = _load(conn, user, office_code, code)
            if status == rules.ANSWERED and not row.public_answer:
                raise rules.invalid("status", N_("An answered concern needs its answer; write the answer instead "
                                                 "(it sets the status to answered)."))
            return self._decide(conn, user, row, status, None, reason)

    def decide(self, user: StaffUser, code: str, status: str, answer: str | None = None, reason: str | None = None,
               office_code: str | None = None) -> P.Update:
        """`maktab-server concern answer`: a status with an optional answer and reason (a
        rejection needs the reason), in one update, as the command has always done."""
        allowed = (rules.ANSWERED, rules.IN_PROGRESS, rules.CLOSED, rules.REJECTED)
        if status not in allowed:
            raise rules.invalid("status", N_("{status!r} is not one of {statuses}."),
                                {"status": status, "statuses": ", ".join(allowed)})
        if status == rules.REJECTED and not (reason or "").strip():
            raise rules.invalid("reason", N_("A rejected concern needs --reason (shown to the citizen)."))
        answer = None if answer is None else rules.clean_text(answer, "answer", rules.MAX_ANSWER_CHARS)
        reason = None if reason is None else rules.clean_text(reason, "reason", rules.MAX_REASON_CHARS)
        office_code = office_code or self.locate(user, code)
        with self.engine.begin() as conn:
            row = _load(conn, user, office_code, code)
            return self._decide(conn, user, row, status, answer, reason)

    def _decide(self, conn: Connection, user: StaffUser, row: Row[Any], status: str, answer: str | None,
                reason: str | None) -> P.Update:
        """The one way a central decision is made: the row, its history, the first-answer
        hook, the update the office pulls, and the audit entry."""
        rules.check_transition(row.status, status)
        office_code, code = row.office_code, row.code
        now = P.utc_now_iso()
        values: dict[str, Any] = {"status": status, "updated_at": now}
        data: dict[str, Any] = {"code": code, "status": status, "at": now, "by": "central"}
        if answer is not None:
            values["public_answer"] = data["public_answer"] = answer
        if reason is not None:
            values["reason"] = data["reason"] = reason
        c = D.concerns.c
        conn.execute(update(D.concerns).where(c.office_code == office_code, c.code == code).values(**values))
        kind = history.ANSWER if answer is not None else rules.history_kind(row.status, status)
        history.add(conn, office_code, code, at=now, actor=user.username, kind=kind, status=status, body=answer,
                    reason=reason, public=True)
        if status == rules.ANSWERED:
            mark_answered(conn, office_code, code, now, self.on_first_answer)
        upd = add_update(conn, P.UPDATE_CONCERN_STATUS, data, office_code)
        details: dict[str, Any] = {"status": status, "previous": row.status, "update": upd.cursor}
        if reason is not None:
            details["reason"] = reason
        if answer is not None:
            details["answer_chars"] = len(answer)
        audit.record(conn, user.username, "concern.answer" if answer is not None else "concern.status",
                     _target(office_code, code), details, at=now)
        return upd


def _load(conn: Connection, user: StaffUser, office_code: str, code: str, lock: bool = True) -> Row[Any]:
    """The concern with its office's name and commune, if the user may see it (locked for the
    action on PostgreSQL, so two people acting at once are applied one after the other)."""
    if not user.sees_office(office_code):
        raise rules.not_found(office_code, code)
    c, o = D.concerns.c, D.offices.c
    q = (select(D.concerns, o.name.label("office_name"), o.commune)
         .select_from(D.concerns.outerjoin(D.offices, o.code == c.office_code))
         .where(c.office_code == office_code, c.code == code))
    if lock:
        q = q.with_for_update(of=D.concerns)
    row = conn.execute(q).first()
    if row is None:
        raise rules.not_found(office_code, code)
    return row


def _owner_scope(office_code: str, commune: str | None) -> ColumnElement[bool]:
    """Who may own a concern of the office: its agents, or a supervisor of its commune."""
    u, s = staff_users.c, user_scopes.c
    return or_(and_(u.role == AGENT, s.kind == "office", s.value == office_code),
               and_(u.role == SUPERVISOR, s.kind == "commune", s.value == (commune or "")))


def _may_own(conn: Connection, username: str, office_code: str, commune: str | None) -> bool:
    """An active agent of the office, or an active supervisor of its commune."""
    u, s = staff_users.c, user_scopes.c
    q = (select(u.id).select_from(staff_users.join(user_scopes, s.user_id == u.id))
         .where(u.username == username, u.disabled_at.is_(None), _owner_scope(office_code, commune)).limit(1))
    return conn.execute(q).first() is not None


def _target(office_code: str, code: str) -> str:
    return f"concern {office_code}/{code}"


__all__ = ["NOBODY", "CentralConcerns", "ConcernDetail"]
