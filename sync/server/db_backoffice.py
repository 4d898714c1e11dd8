"""The back office's tables: staff accounts and sessions, the audit log, and the concern
workflow (assignment, deadlines, history).

Created by migration m003 (listed in `sync.server.db.MIGRATIONS`). Kept apart from
`sync.server.db` so that the sync tables and the back office's stay readable; both share
the conventions of that module (UTC ISO-8601 text times, JSON as text). Any thread.

Who is who: a staff user has one role (`agent`, `supervisor`, `admin`) and scopes: the
offices an agent works for, the communes a supervisor runs (`offices.commune`). An
administrator needs no scope.
"""
from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.engine import Connection

_AutoBigInt = BigInteger().with_variant(Integer, "sqlite")

ROLES = ("agent", "supervisor", "admin")
SCOPE_KINDS = ("office", "commune")
#: Where no commune sets its own deadline for a category (DOMAIN.md: 30 days in the region).
DEFAULT_DEADLINE_DAYS = 30
#: `category_deadlines.commune` for the deadline that applies to every commune.
ALL_COMMUNES = ""


def _tables(md: MetaData) -> dict[str, Table]:
    """The tables as created by m003 (frozen: later changes are new migrations)."""
    return {t.name: t for t in (
        Table("staff_users", md,
              Column("id", _AutoBigInt, primary_key=True, autoincrement=True),
              Column("username", String(64), nullable=False, unique=True),
              Column("display_name", String(200), nullable=False),
              Column("role", String(16), nullable=False),
              Column("language", String(8), nullable=False, server_default="ar"),
              Column("password_hash", String(255), nullable=False),
              Column("created_at", String(32), nullable=False),
              Column("password_changed_at", String(32), nullable=False),
              Column("disabled_at", String(32))),
        Table("user_scopes", md,
              Column("user_id", BigInteger, primary_key=True),
              Column("kind", String(16), primary_key=True),  # office | commune
              Column("value", String(100), primary_key=True),
              Index("user_scopes_value", "kind", "value")),
        Table("web_sessions", md,
              Column("token_hash", String(64), primary_key=True),  # sha256 of the cookie's secret
              Column("user_id", BigInteger, nullable=False, index=True),
              Column("csrf_token", String(64), nullable=False),
              Column("created_at", String(32), nullable=False),
              Column("last_seen_at", String(32), nullable=False),
              Column("address", String(64)),
              Column("user_agent", String(200))),
        # Failed logins per key ("user:<name>" or "addr:<ip>"), for throttling across processes.
        Table("login_failures", md,
              Column("key", String(200), primary_key=True),
              Column("failures", Integer, nullable=False),
              Column("first_at", String(32), nullable=False),
              Column("locked_until", String(32))),
        Table("audit_log", md,
              Column("id", _AutoBigInt, primary_key=True, autoincrement=True),
              Column("at", String(32), nullable=False),
              Column("actor", String(64), nullable=False),
              Column("action", String(64), nullable=False),
              Column("target", String(200), nullable=False),
              Column("details", Text, nullable=False),  # canonical JSON
              Column("prev_hash", String(64), nullable=False),
              Column("hash", String(64), nullable=False)),
        Table("concern_history", md,
              Column("id", _AutoBigInt, primary_key=True, autoincrement=True),
              Column("office_code", String(32), nullable=False),
              Column("code", String(64), nullable=False),
              Column("at", String(64), nullable=False),
              # staff username, "office" (an event from the office), or "citizen" (issue [4/7])
              Column("actor", String(64), nullable=False),
              # registered | status | answer | note | assigned | reopened
              Column("kind", String(32), nullable=False),
              Column("status", String(32)),
              Column("body", Text),
              Column("reason", Text),
              Column("public", Integer, nullable=False),  # 1: the citizen may see it; 0: internal
              Index("concern_history_concern", "office_code", "code", "id")),
        Table("category_deadlines", md,
              Column("commune", String(100), primary_key=True),  # ALL_COMMUNES: the default
              Column("category", String(64), primary_key=True),
              Column("days", Integer, nullable=False)),
    )}


metadata = MetaData()
_t = _tables(metadata)
staff_users = _t["staff_users"]
user_scopes = _t["user_scopes"]
web_sessions = _t["web_sessions"]
login_failures = _t["login_failures"]
audit_log = _t["audit_log"]
concern_history = _t["concern_history"]
category_deadlines = _t["category_deadlines"]


def m003_back_office(conn: Connection) -> None:
    """Accounts, sessions, audit, concern history and deadlines; offices get a commune;
    concerns get an owner, a due date and the time of their first answer."""
    md = MetaData()
    _tables(md)
    md.create_all(conn)
    conn.execute(text("ALTER TABLE offices ADD COLUMN commune VARCHAR(100)"))
    for column, kind in (("assigned_to", "VARCHAR(64)"), ("due_at", "VARCHAR(32)"),
                         ("answered_at", "VARCHAR(64)")):
        conn.execute(text(f"ALTER TABLE concerns ADD COLUMN {column} {kind}"))
    # The list's default order (newest first) and its filters, for keyset pagination.
    conn.execute(text("CREATE INDEX concerns_registered ON concerns (registered_at, office_code, code)"))
    conn.execute(text("CREATE INDEX concerns_office_registered ON concerns (office_code, registered_at, code)"))
    conn.execute(text("CREATE INDEX concerns_due ON concerns (due_at)"))
    conn.execute(text("CREATE INDEX concerns_assigned ON concerns (assigned_to, registered_at)"))


def m008_audit_indexes(conn: Connection) -> None:
    """The audit page filters by person or by action, newest first: without these, a rare
    person in a long log means walking the whole table backwards."""
    conn.execute(text("CREATE INDEX audit_log_actor ON audit_log (actor, id)"))
    conn.execute(text("CREATE INDEX audit_log_action ON audit_log (action, id)"))


__all__ = ["ALL_COMMUNES", "DEFAULT_DEADLINE_DAYS", "ROLES", "SCOPE_KINDS", "audit_log", "category_deadlines",
           "concern_history", "login_failures", "m003_back_office", "m008_audit_indexes", "staff_users", "user_scopes",
           "web_sessions"]
