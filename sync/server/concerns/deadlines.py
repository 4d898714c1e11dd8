"""Answer deadlines per concern category: which one applies, a concern's due date, and
changing a deadline (supervisor of the commune, or administrator).

A deadline is looked up for (commune, category): the commune's own row, else the row for
every commune (`ALL_COMMUNES`), else `DEFAULT_DEADLINE_DAYS`. The due date is fixed when
the office's registration arrives (or the citizen reopens the concern: from then on) and
recomputed for open concerns when a deadline changes. Functions take the caller's connection (the push's or the action's
transaction); any thread.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from sqlalchemy import and_, bindparam, delete, func, or_, select, update
from sqlalchemy.engine import Connection

from sync import protocol as P
from sync.server import audit
from sync.server import db as D
from sync.server.concerns import rules
from sync.server.db_backoffice import ALL_COMMUNES, DEFAULT_DEADLINE_DAYS, category_deadlines
from sync.server.form_errors import N_
from sync.server.staff import StaffUser

MIN_DAYS = 1
MAX_DAYS = 365
_CATEGORY = re.compile(r"^[\w-]{1,64}$")


@dataclasses.dataclass(frozen=True)
class Deadline:
    commune: str | None  # None: every commune (the region's rule)
    category: str
    days: int


def deadline_days(conn: Connection, commune: str | None, category: str | None) -> int:
    if not category:
        return DEFAULT_DEADLINE_DAYS
    d = category_deadlines.c
    wanted = [ALL_COMMUNES] + ([commune] if commune else [])
    rows = dict(conn.execute(select(d.commune, d.days).where(d.category == category, d.commune.in_(wanted))).all())
    if commune and commune in rows:
        return int(rows[commune])
    return int(rows.get(ALL_COMMUNES, DEFAULT_DEADLINE_DAYS))


def due_at(registered_at: str, days: int) -> str:
    return P.format_time(P.parse_time(registered_at) + dt.timedelta(days=days))


def office_commune(conn: Connection, office_code: str) -> str | None:
    return conn.execute(select(D.offices.c.commune).where(D.offices.c.code == office_code)).scalar()


def due_for(conn: Connection, office_code: str, category: str | None, registered_at: str) -> str:
    return due_at(registered_at, deadline_days(conn, office_commune(conn, office_code), category))


def visible(conn: Connection, user: StaffUser) -> list[Deadline]:
    """The deadlines that apply to the user's communes (all of them for an administrator)."""
    d = category_deadlines.c
    q = select(d.commune, d.category, d.days).order_by(d.category, d.commune)
    if not user.is_admin:
        communes = set(user.communes)
        if user.offices:
            communes |= set(conn.execute(select(D.offices.c.commune).where(
                D.offices.c.code.in_(sorted(user.offices)), D.offices.c.commune.is_not(None))).scalars())
        q = q.where(d.commune.in_(sorted(communes | {ALL_COMMUNES})))
    return [Deadline(r.commune or None, r.category, r.days) for r in conn.execute(q)]


def set_deadline(conn: Connection, user: StaffUser, commune: str | None, category: str, days: int) -> int:
    """Set (or, for a commune, replace) a category's deadline; returns how many open concerns
    got a new due date. `commune` None: the rule for every commune (administrators only)."""
    if not isinstance(category, str) or not _CATEGORY.match(category):
        raise rules.invalid("category", N_("{category!r} is not a category code (letters, digits, '-' or '_', at "
                                           "most 64), as in the offices' catalogue."), {"category": category})
    if isinstance(days, bool) or not isinstance(days, int) or not MIN_DAYS <= days <= MAX_DAYS:
        raise rules.invalid("days", N_("Give a whole number of days from {min} to {max}, got {days!r}."),
                            {"min": MIN_DAYS, "max": MAX_DAYS, "days": days})
    commune = (commune or "").strip() or None
    if commune is None and not user.is_admin:
        raise rules.forbidden_field("commune", N_("Only an administrator sets the deadline of every commune; "
                                                  "choose your commune."))
    if commune is not None and not user.runs_commune(commune):
        raise rules.forbidden_field("commune", N_("Only a supervisor of commune {commune!r} or an administrator "
                                                  "may change its deadlines."), {"commune": commune})
    key = commune if commune is not None else ALL_COMMUNES
    d = category_deadlines.c
    conn.execute(delete(category_deadlines).where(d.commune == key, d.category == category))
    conn.execute(category_deadlines.insert().values(commune=key, category=category, days=days))
    changed = _recompute(conn, commune, category)
    audit.record(conn, user.username, "deadline.set", f"deadline {commune or 'all communes'}/{category}",
                 {"commune": commune, "category": category, "days": days, "recomputed": changed})
    return changed


def _recompute(conn: Connection, commune: str | None, category: str) -> int:
    """New due dates for the open concerns the changed rule governs."""
    c, o = D.concerns.c, D.offices.c
    offices_q = select(o.code, o.commune)
    if commune is not None:
        offices_q = offices_q.where(o.commune == commune)
    else:  # the rule for all: not the communes that have their own for this category
        own = select(category_deadlines.c.commune).where(category_deadlines.c.category == category,
                                                         category_deadlines.c.commune != ALL_COMMUNES)
        offices_q = offices_q.where(or_(o.commune.is_(None), o.commune.not_in(own)))
    communes = dict(conn.execute(offices_q).all())
    if commune is None:
        # concerns of offices the server does not know yet follow the rule for all too
        known = select(o.code)
        unknown_offices = conn.execute(select(c.office_code).distinct().where(
            c.category == category, c.office_code.not_in(known))).scalars().all()
        communes.update(dict.fromkeys(unknown_offices))
    days_of = {cm: deadline_days(conn, cm, category) for cm in set(communes.values())}
    changes = []
    for office_code, office_commune_ in communes.items():
        # A concern the citizen reopened counts its deadline from the reopening (citizen.py).
        rows = conn.execute(select(c.code, func.coalesce(c.reopened_at, c.registered_at)).where(
            c.office_code == office_code, c.category == category, c.status.in_(rules.OPEN_STATUSES),
            c.registered_at.is_not(None))).all()
        days = days_of[office_commune_]
        changes += [{"o": office_code, "k": code, "due": due_at(registered_at, days)} for code, registered_at in rows]
    if changes:
        conn.execute(update(D.concerns).where(and_(c.office_code == bindparam("o"), c.code == bindparam("k")))
                     .values(due_at=bindparam("due")), changes)
    return len(changes)


__all__ = ["DEFAULT_DEADLINE_DAYS", "MAX_DAYS", "MIN_DAYS", "Deadline", "deadline_days", "due_at", "due_for",
           "office_commune", "set_deadline", "visible"]
