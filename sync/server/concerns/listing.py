"""The back office's concern list and home-page counts, within what the user may see.

    ConcernQuery(...)                 frozen filters; bad values are refused naming the field
    page(conn, user, query)           -> ConcernPage(rows, next_cursor)
    counts(conn, user)                -> ConcernCounts(open, overdue, assigned_to_me, unassigned)

Pages are keyset-paginated on (sort key, office_code, code), so a page costs the same
at the tenth page as at the first and equal times neither repeat nor skip rows; the
cursor (`after`) is an opaque string. The sort keys and filters use the indexes of m003
and m005 (see benchmarks/bench_backoffice_list.py). A search over the concerns' text is a
LIKE, so it needs another filter to narrow it down first (a code prefix is indexed and
may be searched alone). Any thread; the caller gives a read connection.
"""
from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import json
import re
from typing import Any

from sqlalchemy import ColumnElement, bindparam, case, func, select, tuple_
from sqlalchemy.engine import Connection

from sync import protocol as P
from sync.server import db as D
from sync.server.concerns import rules
from sync.server.form_errors import N_
from sync.server.office_zone import OFFICE_ZONE
from sync.server.staff import StaffUser

SORTS = ("newest", "oldest", "due")
OPEN = "open"  # the status filter for received + in_progress
MAX_LIMIT = 100
EXCERPT_CHARS = 140
_CODE_TERM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]*$")


@dataclasses.dataclass(frozen=True)
class ConcernQuery:
    offices: tuple[str, ...] = ()  # empty: every office the user sees
    category: str | None = None
    status: str | None = None  # a status, or "open" (received or in progress)
    channel: str | None = None  # how the concerns came (P.CONCERN_CHANNELS)
    assigned_to_me: bool = False
    unassigned: bool = False
    overdue: bool = False
    received_from: dt.date | None = None  # inclusive, office local days
    received_to: dt.date | None = None  # inclusive
    text: str | None = None  # code prefix, or words in the concern's text
    sort: str = "newest"  # newest | oldest | due
    after: str | None = None  # next_cursor of the previous page
    limit: int = 50

    def __post_init__(self) -> None:
        if self.status is not None and self.status not in (*rules.STATUSES, OPEN):
            raise rules.invalid("status", N_("{status!r} is not a status; use one of {statuses}."),
                                {"status": self.status, "statuses": ", ".join((OPEN, *rules.STATUSES))})
        if self.channel is not None and self.channel not in P.CONCERN_CHANNELS:
            raise rules.invalid("channel", N_("{channel!r} is not a channel; use one of {channels}."),
                                {"channel": self.channel, "channels": ", ".join(P.CONCERN_CHANNELS)})
        if self.sort not in SORTS:
            raise rules.invalid("sort", N_("{sort!r} is not a sort order; use {sorts}."),
                                {"sort": self.sort, "sorts": ", ".join(SORTS)})
        if isinstance(self.limit, bool) or not isinstance(self.limit, int) or not 1 <= self.limit <= MAX_LIMIT:
            raise rules.invalid("limit", N_("Give a number of rows from 1 to {max}, got {limit!r}."),
                                {"max": MAX_LIMIT, "limit": self.limit})
        if self.received_from and self.received_to and self.received_from > self.received_to:
            raise rules.invalid("received_to", N_("The end date is before the start date; swap them."))
        if self.text is not None and len(self.text.strip()) > rules.MAX_SEARCH_CHARS:
            raise rules.invalid("text", N_("Search for at most {max} characters."), {"max": rules.MAX_SEARCH_CHARS})
        if self.assigned_to_me and self.unassigned:
            raise rules.invalid("unassigned", N_("Choose either 'assigned to me' or 'unassigned', not both."))
        if self.after is not None:
            _decode_cursor(self.after, self.sort)


@dataclasses.dataclass(frozen=True)
class ConcernRow:
    office_code: str
    code: str
    category: str | None
    status: str
    language: str | None
    registered_at: str
    due_at: str | None
    overdue: bool
    assigned_to: str | None
    excerpt: str | None  # the text's first characters
    channel: str = P.CONCERN_CHANNEL_DEFAULT


@dataclasses.dataclass(frozen=True)
class ConcernPage:
    rows: tuple[ConcernRow, ...]
    next_cursor: str | None  # None: this is the last page


@dataclasses.dataclass(frozen=True)
class ConcernCounts:
    open: int
    overdue: int
    assigned_to_me: int
    unassigned: int  # open and nobody's


def is_overdue(status: str, due_at: str | None, now: str) -> bool:
    return status in rules.OPEN_STATUSES and due_at is not None and due_at < now


def page(conn: Connection, user: StaffUser, q: ConcernQuery) -> ConcernPage:
    c = D.concerns.c
    offices = _offices_in_scope(user, q.offices)
    if offices is not None and not offices:
        return ConcernPage((), None)
    now = P.utc_now_iso()
    where: list[ColumnElement[bool]] = [c.registered_at.is_not(None)]
    if offices is not None:
        where.append(c.office_code.in_(sorted(offices)))
    if q.category:
        where.append(c.category == q.category)
    if q.channel:
        where.append(c.channel == q.channel)
    if q.status == OPEN:
        where.append(_is_open())
    elif q.status:
        where.append(c.status == q.status)
    if q.assigned_to_me:
        where.append(c.assigned_to == user.username)
    if q.unassigned:
        where.append(c.assigned_to.is_(None))
    if q.overdue:
        where += [_is_open(), c.due_at < now]
    if q.received_from:
        where.append(c.registered_at >= _day_start(q.received_from))
    if q.received_to:
        where.append(c.registered_at < _day_start(q.received_to + dt.timedelta(days=1)))
    narrowed = offices is not None or len(where) > 1
    if q.text and q.text.strip():
        where.append(_search(conn, q.text.strip(), narrowed))
    key = c.due_at if q.sort == "due" else c.registered_at
    where.append(key.is_not(None))
    descending = q.sort == "newest"
    if q.after is not None:
        value, office_code, code = _decode_cursor(q.after, q.sort)
        mark = tuple_(key, c.office_code, c.code)
        edge = (value, office_code, code)
        where.append(mark < edge if descending else mark > edge)
    order = [key, c.office_code, c.code]
    stmt = (select(c.office_code, c.code, c.category, c.status, c.language, c.registered_at, c.due_at, c.assigned_to,
                   func.substr(c.text, 1, EXCERPT_CHARS).label("excerpt"), c.channel)
            .where(*where).order_by(*(col.desc() if descending else col.asc() for col in order)).limit(q.limit + 1))
    found = conn.execute(stmt).all()
    rows = tuple(ConcernRow(r.office_code, r.code, r.category, r.status, r.language, r.registered_at, r.due_at,
                            is_overdue(r.status, r.due_at, now), r.assigned_to, r.excerpt, r.channel)
                 for r in found[:q.limit])
    more = len(found) > q.limit
    last = rows[-1] if rows else None
    cursor = None
    if more and last is not None:
        cursor = _encode_cursor(q.sort, last.due_at if q.sort == "due" else last.registered_at,
                                last.office_code, last.code)
    return ConcernPage(rows, cursor)


def counts(conn: Connection, user: StaffUser) -> ConcernCounts:
    c = D.concerns.c
    offices = _offices_in_scope(user, ())
    if offices is not None and not offices:
        return ConcernCounts(0, 0, 0, 0)
    now = P.utc_now_iso()

    def tally(condition: ColumnElement[bool]) -> Any:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    stmt = select(func.count(), tally(c.due_at < now), tally(c.assigned_to == user.username),
                  tally(c.assigned_to.is_(None))).where(_is_open())
    if offices is not None:
        stmt = stmt.where(c.office_code.in_(sorted(offices)))
    total, overdue, mine, nobody = conn.execute(stmt).one()
    return ConcernCounts(int(total), int(overdue), int(mine), int(nobody))


def _offices_in_scope(user: StaffUser, wanted: tuple[str, ...]) -> frozenset[str] | None:
    """The offices to list (None: all). Offices the user does not see are left out silently:
    a filter must not tell whether an office exists."""
    if user.offices is None:
        return frozenset(wanted) if wanted else None
    return user.offices & frozenset(wanted) if wanted else user.offices


def _is_open() -> ColumnElement[bool]:
    # Literal values, so PostgreSQL matches the partial indexes' WHERE status IN (…).
    return D.concerns.c.status.in_(bindparam("open_statuses", list(rules.OPEN_STATUSES), expanding=True,
                                             literal_execute=True))


def _search(conn: Connection, term: str, narrowed: bool) -> ColumnElement[bool]:
    c = D.concerns.c
    code_term = _CODE_TERM.match(term) is not None and any(ch.isdigit() or ch == "-" for ch in term)
    by_code: ColumnElement[bool] | None = None
    if code_term:
        prefix = term.upper()
        # Indexed prefix match: PostgreSQL's text_pattern_ops index serves LIKE; SQLite's
        # LIKE ignores case and its index, GLOB does not.
        by_code = (c.code.like(prefix + "%") if conn.dialect.name == "postgresql"
                   else c.code.op("GLOB")(prefix + "*"))
    if not narrowed:
        if by_code is None:
            raise rules.invalid("text", N_("Searching the concerns' words needs another filter too (office, "
                                           "category, status, dates, overdue or assigned); a concern code can be "
                                           "searched alone."))
        return by_code
    in_text = c.text.icontains(term, autoescape=True)
    return in_text if by_code is None else (by_code | in_text)


def _day_start(day: dt.date) -> str:
    return P.format_time(dt.datetime.combine(day, dt.time(), OFFICE_ZONE))


def _encode_cursor(sort: str, value: str | None, office_code: str, code: str) -> str:
    raw = json.dumps([sort, value, office_code, code], ensure_ascii=False, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode("utf-8")).decode("ascii").rstrip("=")


def _decode_cursor(cursor: str, sort: str) -> tuple[str, str, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        cursor_sort, value, office_code, code = json.loads(raw)
        if not all(isinstance(v, str) for v in (cursor_sort, value, office_code, code)):
            raise ValueError
    except (ValueError, TypeError, binascii.Error):
        raise rules.invalid("after", N_("The page cursor is not valid; start again from the first page.")) from None
    if cursor_sort != sort:
        raise rules.invalid("after", N_("The page cursor belongs to another sort order; start again from the "
                                        "first page."))
    return value, office_code, code


__all__ = ["MAX_LIMIT", "OPEN", "SORTS", "ConcernCounts", "ConcernPage", "ConcernQuery", "ConcernRow", "counts",
           "is_overdue", "page"]
