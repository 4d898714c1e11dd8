"""What the citizen does on the public concern page `/c/{code}`: read it, rate the answer,
say "not resolved". No account: the tracking code printed on the receipt is the key.

    CitizenConcerns(engine, clock=P.utc_now)      built by ServerStore (`store.citizen_concerns`)
        .parse(text) -> ParsedCode                 the check character, before any database work
        .view(text, address) -> PublicConcern      throttled per address; never a name or a contact
        .rate(code, rating, comment) -> bool       False: the same rating was already stored
        .reopen(code, comment) -> bool             False: already reopened (a retried POST)

Refusals are `InvalidField` (a field and an N_-marked template the page translates):
"format"/"check" on `code` (400) never touch the database; an address with too many unknown
codes gets `LookupLocked` (429) before the lookup; an unknown code is a 404 that counts.

Decisions (docs/public_pages.md): a code that fails its check character costs the guesser
nothing to avoid (the algorithm is public), so only well-formed unknown codes count against
the address (20 in 15 minutes lock it 15 minutes, the login's mechanism and table). A
reopened concern goes back to `in_progress` with a fresh due date (the category's deadline
from the reopening), so the back office lists it as open and it can be overdue again; the
citizen's comment is its public reason. A rating replaces the previous one (m009: one per
concern). Both reach the office on its next pull: the reopening as a `concern.status` update
(every office applies it), the rating as a `concern.rating` update (older offices skip it).
Each method is one transaction; any thread.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import Engine, select, update
from sqlalchemy.engine import Connection

from sync import protocol as P
from sync.protocol import tracking_codes
from sync.server import audit
from sync.server import db as D
from sync.server.concerns import deadlines, history, rules
from sync.server.db_public import concern_ratings
from sync.server.form_errors import N_, InvalidField
from sync.server.updates import add_update
from sync.server.web_sessions import Clock, FailureThrottle

#: The audit log's and the history's actor for what a citizen did on the public page.
CITIZEN = "citizen"
UPDATE_CONCERN_RATING = P.UPDATE_CONCERN_RATING
REOPEN_WINDOW = dt.timedelta(days=30)
MAX_RATING_COMMENT_CHARS = 500
MAX_REOPEN_COMMENT_CHARS = 1000  # a reason the office stores (rules.MAX_REASON_CHARS)
LOOKUP_FAILURE_LIMIT = 20
#: Statuses in which the citizen has an answer to judge.
DECIDED_WITH_ANSWER = (rules.ANSWERED, rules.CLOSED)


class LookupLocked(InvalidField):
    """Too many unknown codes from this address; `params['minutes']` says how long to wait."""

    def __init__(self, minutes: int):
        super().__init__("code", N_("Too many attempts. Try again in {minutes} minutes."), {"minutes": minutes},
                         code="locked", http_status=429)


@dataclasses.dataclass(frozen=True)
class PublicEntry:
    at: str
    kind: str  # registered | status | reopened | answer
    status: str | None
    text: str | None  # the answer, or the public reason of a status change


@dataclasses.dataclass(frozen=True)
class PublicConcern:
    """What anyone holding the receipt may see: no text of the concern, no name, no contact."""
    code: str
    category: str | None
    status: str
    language: str | None
    registered_at: str | None
    due_at: str | None
    answered_at: str | None  # the latest answer
    reopened_at: str | None
    public_answer: str | None
    history: tuple[PublicEntry, ...]
    rating: int | None
    rating_comment: str | None
    may_rate: bool
    may_reopen: bool
    reopen_until: str | None  # the last moment "not resolved" is accepted (None: not possible)


class CitizenConcerns:
    def __init__(self, engine: Engine, clock: Clock = P.utc_now):
        self.engine = engine
        self.clock = clock
        self.throttle = FailureThrottle(engine, clock)

    @staticmethod
    def parse(text: str) -> tracking_codes.ParsedCode:
        try:
            return tracking_codes.validate(text[:100])
        except tracking_codes.TrackingCodeError as exc:
            if exc.kind == "check":
                raise InvalidField("code", N_("A character is wrong: check the code on your receipt."),
                                   code="check", http_status=400) from exc
            raise InvalidField("code", N_("This is not a tracking code. It looks like BMD-7K3Q-9XA4: "
                                          "copy it from your receipt."), code="format", http_status=400) from exc

    def view(self, text: str, address: str) -> PublicConcern:
        parsed = self.parse(text)
        key = _lookup_key(address)
        minutes = self.throttle.locked_minutes([key])
        if minutes is not None:
            raise LookupLocked(minutes)
        with D.read_only(self.engine) as conn:
            found = self._view(conn, parsed.text)
        if found is None:
            with self.engine.begin() as conn:
                minutes = self.throttle.failed(conn, [(key, LOOKUP_FAILURE_LIMIT)])
            if minutes is not None:
                raise LookupLocked(minutes)
            raise _not_found()
        return found

    def rate(self, text: str, rating: object, comment: object) -> bool:
        code = self.parse(text).text
        value = _rating(rating)
        note = _optional_text(comment, "comment", MAX_RATING_COMMENT_CHARS)
        now = P.format_time(self.clock())
        with self.engine.begin() as conn:
            row = _load(conn, code)
            if row.status not in DECIDED_WITH_ANSWER or not row.public_answer:
                raise InvalidField("rating", N_("You can rate the answer once the concern is answered."),
                                   code="conflict", http_status=409)
            r = concern_ratings.c
            old = conn.execute(select(r.rating, r.comment).where(r.office_code == row.office_code, r.code == code)
                               ).first()
            if old is not None and (old.rating, old.comment) == (value, note):
                return False  # the same form sent again: nothing new to tell anyone
            values = {"rating": value, "comment": note, "rated_at": now}
            stmt = D.insert_for(conn, concern_ratings).values(office_code=row.office_code, code=code, **values)
            conn.execute(stmt.on_conflict_do_update(index_elements=["office_code", "code"], set_=values))
            history.add(conn, row.office_code, code, at=now, actor=CITIZEN, kind=history.RATED, status=str(value),
                        body=note, public=True)
            data: dict[str, Any] = {"code": code, "rating": value, "at": now}
            if note:
                data["comment"] = note
            upd = add_update(conn, UPDATE_CONCERN_RATING, data, row.office_code)
            audit.record(conn, CITIZEN, "concern.rate", _target(row.office_code, code),
                         {"rating": value, "comment_chars": len(note or ""), "update": upd.cursor}, at=now)
        return True

    def reopen(self, text: str, comment: object) -> bool:
        code = self.parse(text).text
        reason = rules.clean_text(comment, "comment", MAX_REOPEN_COMMENT_CHARS)
        now_dt = self.clock()
        now = P.format_time(now_dt)
        with self.engine.begin() as conn:
            row = _load(conn, code)
            if row.reopened_at:
                return False  # once per concern: a retried POST changes nothing
            answered_at = _last_answer_at(conn, row.office_code, code)
            if row.status not in DECIDED_WITH_ANSWER or answered_at is None:
                raise InvalidField("comment", N_("You can say the answer did not solve your problem once the "
                                                 "concern is answered."), code="conflict", http_status=409)
            if now_dt > P.parse_time(answered_at) + REOPEN_WINDOW:
                raise InvalidField("comment", N_("More than 30 days have passed since the answer, so the concern "
                                                 "cannot be reopened here. Come to the office to make a new "
                                                 "concern."), code="too_late", http_status=409)
            commune = deadlines.office_commune(conn, row.office_code)
            due = deadlines.due_at(now, deadlines.deadline_days(conn, commune, row.category))
            c = D.concerns.c
            conn.execute(update(D.concerns).where(c.office_code == row.office_code, c.code == code)
                         .values(status=rules.IN_PROGRESS, reason=reason, reopened_at=now, due_at=due,
                                 updated_at=now))
            history.add(conn, row.office_code, code, at=now, actor=CITIZEN, kind=history.REOPENED,
                        status=rules.IN_PROGRESS, reason=reason, public=True)
            upd = add_update(conn, P.UPDATE_CONCERN_STATUS, {"code": code, "status": rules.IN_PROGRESS, "at": now,
                                                             "by": CITIZEN, "reason": reason}, row.office_code)
            audit.record(conn, CITIZEN, "concern.reopen", _target(row.office_code, code),
                         {"previous": row.status, "due_at": due, "comment_chars": len(reason),
                          "update": upd.cursor}, at=now)
        return True

    # ------------------------------------------------------------------ reading

    def _view(self, conn: Connection, code: str) -> PublicConcern | None:
        c = D.concerns.c
        row = conn.execute(select(c.office_code, c.code, c.category, c.status, c.language, c.registered_at, c.due_at,
                                  c.reopened_at, c.public_answer).where(c.code == code)
                           .order_by(c.office_code).limit(1)).first()
        if row is None:
            return None
        entries = tuple(PublicEntry(e.at, e.kind, e.status, e.body if e.kind == history.ANSWER else e.reason)
                        for e in history.of(conn, row.office_code, code)
                        if e.public and e.kind != history.RATED)  # the rating is shown on its own
        answered_at = max((e.at for e in entries if e.kind == history.ANSWER or e.status == rules.ANSWERED),
                          default=None)
        r = concern_ratings.c
        rated = conn.execute(select(r.rating, r.comment).where(r.office_code == row.office_code, r.code == code)
                             ).first()
        has_answer = row.status in DECIDED_WITH_ANSWER and bool(row.public_answer)
        until = None
        if has_answer and answered_at and not row.reopened_at:
            deadline = P.parse_time(answered_at) + REOPEN_WINDOW
            until = P.format_time(deadline) if self.clock() <= deadline else None
        return PublicConcern(
            row.code, row.category, row.status, row.language, row.registered_at, row.due_at, answered_at,
            row.reopened_at, row.public_answer, entries, rated.rating if rated else None,
            rated.comment if rated else None, may_rate=has_answer, may_reopen=until is not None, reopen_until=until)


def _load(conn: Connection, code: str) -> Any:
    c = D.concerns.c
    q = select(c.office_code, c.code, c.category, c.status, c.public_answer, c.reopened_at).where(c.code == code)
    if conn.dialect.name == "postgresql":
        q = q.with_for_update()  # a rating and a reopening at once are applied one after the other
    row = conn.execute(q.order_by(c.office_code).limit(1)).first()
    if row is None:
        raise _not_found()
    return row


def _not_found() -> InvalidField:
    return InvalidField("code", N_("No concern has this code yet. If you made it today, the office may not have "
                                   "sent it yet: try again later."), code="not_found", http_status=404)


def _last_answer_at(conn: Connection, office_code: str, code: str) -> str | None:
    return max((e.at for e in history.of(conn, office_code, code)
                if e.public and (e.kind == history.ANSWER or e.status == rules.ANSWERED)), default=None)


def _rating(value: object) -> int:
    try:
        rating = int(str(value).strip())
    except ValueError:
        rating = 0
    if not 1 <= rating <= 5:
        raise InvalidField("rating", N_("Choose how well the answer helped you, from 1 to 5."))
    return rating


def _optional_text(value: object, field: str, max_chars: int) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return rules.clean_text(value, field, max_chars)


def _lookup_key(address: str) -> str:
    return f"lookup:{address}"[:200]


def _target(office_code: str, code: str) -> str:
    return f"concern {office_code}/{code}"


__all__ = ["CITIZEN", "MAX_RATING_COMMENT_CHARS", "MAX_REOPEN_COMMENT_CHARS", "REOPEN_WINDOW",
           "UPDATE_CONCERN_RATING", "CitizenConcerns", "LookupLocked", "PublicConcern", "PublicEntry"]
