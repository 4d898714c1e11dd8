"""How a person keeps a web session: login throttling and the session rows.

    FailureThrottle failures counted per key in `login_failures` (shared by every server
                    process), a key locked 15 minutes after its limit within 15 minutes
    LoginThrottle   the login's keys: 5 failures lock the account, 20 from one address lock
                    the address (the public concern lookup uses FailureThrottle too)
    WebSessions     `web_sessions` rows: the cookie's secret is stored only as its sha256;
                    idle expiry (MAKTAB_SERVER_SESSION_IDLE_MIN, default 30 minutes); the last
                    activity is written at most once a minute; a CSRF token per session; one
                    draft of a form that could not be saved, carried over to the next login.

`sync/server/accounts.py` drives both (`Accounts.login`, `logout`, `logout_everywhere`);
the web layer calls `resolve`, `keep_draft` and `take_draft`. Times come from an injected
clock (a callable returning an aware UTC datetime), so tests expire sessions without
sleeping. Any thread; each call is one transaction.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import hmac
import json
import math
import os
import secrets
from collections.abc import Callable

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.engine import Connection

from sync import protocol as P
from sync.server import db as D
from sync.server.db_backoffice import login_failures, web_sessions
from sync.server.form_errors import N_, InvalidField
from sync.server.staff import StaffUser

Clock = Callable[[], dt.datetime]

ACCOUNT_FAILURE_LIMIT = 5
ADDRESS_FAILURE_LIMIT = 20
FAILURE_WINDOW = dt.timedelta(minutes=15)
LOCK_DURATION = dt.timedelta(minutes=15)
DEFAULT_IDLE_MINUTES = 30
IDLE_ENV = "MAKTAB_SERVER_SESSION_IDLE_MIN"
#: Write `last_seen_at` at most this often (not once per request).
TOUCH_EVERY = dt.timedelta(minutes=1)
#: An expired session row stays this long after it expired, so its draft can reach the next login.
KEEP_EXPIRED = dt.timedelta(hours=12)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def idle_minutes_from_env() -> float:
    raw = os.environ.get(IDLE_ENV, "").strip()
    if not raw:
        return DEFAULT_IDLE_MINUTES
    try:
        minutes = float(raw)
    except ValueError:
        minutes = -1
    if not 1 <= minutes <= 24 * 60:
        raise ValueError(f"{IDLE_ENV}={raw!r}: give the minutes a web session stays open without activity, "
                         "a number from 1 to 1440 (default 30)")
    return minutes


class LoginLocked(InvalidField):
    """Too many failed logins for this account or address; `params['minutes']` says how long to wait."""

    def __init__(self, minutes: int):
        super().__init__("username", N_("Too many failed logins. Try again in {minutes} minutes."),
                         {"minutes": minutes}, code="locked", http_status=429)


class FailureThrottle:
    """Failures counted per key in `login_failures`, shared by every server process: `limit`
    failures of a key within FAILURE_WINDOW lock it for LOCK_DURATION. The one mechanism for
    logins (`LoginThrottle`) and the public concern lookup (keys "lookup:<address>")."""

    def __init__(self, engine: Engine, clock: Clock):
        self.engine = engine
        self.clock = clock

    def locked_minutes(self, keys: list[str]) -> int | None:
        """Whole minutes until the last of `keys`' locks ends (None: none is locked)."""
        now = self.clock()
        with D.read_only(self.engine) as conn:
            locks = conn.execute(select(login_failures.c.locked_until)
                                 .where(login_failures.c.key.in_(keys), login_failures.c.locked_until.is_not(None)))
            until = max((P.parse_time(t) for (t,) in locks), default=None)
        if until is not None and until > now:
            return max(1, math.ceil((until - now).total_seconds() / 60))
        return None

    def failed(self, conn: Connection, keys: list[tuple[str, int]]) -> int | None:
        """Count one failure for each (key, limit); the minutes of the lock it caused, if any."""
        now = self.clock()
        caused: int | None = None
        c = login_failures.c
        for key, limit in keys:
            conn.execute(D.insert_for(conn, login_failures).values(key=key, failures=0, first_at=P.format_time(now))
                         .on_conflict_do_nothing())
            q = select(c.failures, c.first_at, c.locked_until).where(c.key == key)
            row = conn.execute(q.with_for_update() if conn.dialect.name == "postgresql" else q).one()
            failures, first_at, locked_until = row.failures, row.first_at, None
            if now - P.parse_time(first_at) > FAILURE_WINDOW or (
                    row.locked_until and P.parse_time(row.locked_until) <= now):
                failures, first_at = 0, P.format_time(now)  # a new window
            failures += 1
            if failures >= limit:
                locked_until = P.format_time(now + LOCK_DURATION)
                caused = math.ceil(LOCK_DURATION.total_seconds() / 60)
            conn.execute(update(login_failures).where(c.key == key)
                         .values(failures=failures, first_at=first_at, locked_until=locked_until))
        return caused

    def forget(self, conn: Connection, key: str) -> None:
        conn.execute(delete(login_failures).where(login_failures.c.key == key))


class LoginThrottle(FailureThrottle):
    @staticmethod
    def keys(username: str, address: str) -> list[tuple[str, int]]:
        return [(f"user:{username}"[:200], ACCOUNT_FAILURE_LIMIT), (f"addr:{address}"[:200], ADDRESS_FAILURE_LIMIT)]

    def check(self, username: str, address: str) -> None:
        """Refuse with `LoginLocked` while the account or the address is locked."""
        minutes = self.locked_minutes([k for k, _ in self.keys(username, address)])
        if minutes is not None:
            raise LoginLocked(minutes)

    def failed_login(self, conn: Connection, username: str, address: str) -> LoginLocked | None:
        """Count one failure for the account and the address; the lock it caused, if any."""
        minutes = self.failed(conn, self.keys(username, address))
        return None if minutes is None else LoginLocked(minutes)

    def succeeded(self, conn: Connection, username: str) -> None:
        # The address keeps its count: one good password must not reset a guessing run from there.
        self.forget(conn, f"user:{username}"[:200])


@dataclasses.dataclass(frozen=True)
class OpenedSession:
    """A new session: `token` goes into the cookie (and nowhere else); `next_path` is where a
    carried-over draft waits (None: no draft)."""
    token: str
    csrf_token: str
    user: StaffUser
    next_path: str | None = None


@dataclasses.dataclass(frozen=True)
class ActiveSession:
    user: StaffUser
    csrf_token: str
    token_hash: str
    draft_path: str | None
    draft: dict[str, str] | None

    def csrf_matches(self, sent: str | None) -> bool:
        return bool(sent) and hmac.compare_digest(self.csrf_token.encode(), str(sent).encode())


class WebSessions:
    def __init__(self, engine: Engine, clock: Clock, idle_minutes: float | None,
                 load_user: Callable[[int], StaffUser | None]):
        self.engine = engine
        self.clock = clock
        self.idle = dt.timedelta(minutes=idle_minutes if idle_minutes is not None else idle_minutes_from_env())
        self._load_user = load_user

    def open(self, conn: Connection, user: StaffUser, address: str, user_agent: str | None,
             previous_token: str | None) -> OpenedSession:
        """A new session for `user`; a draft left in the browser's previous session of the same
        user is carried over (and that row removed). Runs in the caller's (login's) transaction."""
        now = self.clock()
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        draft_path = draft = None
        s = web_sessions.c
        if previous_token:
            old = conn.execute(select(s.user_id, s.draft_path, s.draft)
                               .where(s.token_hash == token_hash(previous_token))).first()
            if old is not None and old.user_id == user.id:
                draft_path, draft = old.draft_path, old.draft
            if old is not None:
                conn.execute(delete(web_sessions).where(s.token_hash == token_hash(previous_token)))
        conn.execute(delete(web_sessions).where(s.last_seen_at < P.format_time(now - self.idle - KEEP_EXPIRED)))
        conn.execute(web_sessions.insert().values(
            token_hash=token_hash(token), user_id=user.id, csrf_token=csrf, created_at=P.format_time(now),
            last_seen_at=P.format_time(now), address=address[:64], user_agent=(user_agent or "")[:200],
            draft_path=draft_path, draft=draft))
        return OpenedSession(token, csrf, user, draft_path)

    def resolve(self, token: str) -> ActiveSession | None:
        """The session of a cookie, or None (unknown, idle for too long, or its user disabled)."""
        if not token:
            return None
        now = self.clock()
        hashed = token_hash(token)
        s = web_sessions.c
        with D.read_only(self.engine) as conn:
            row = conn.execute(select(s.user_id, s.csrf_token, s.last_seen_at, s.draft_path, s.draft)
                               .where(s.token_hash == hashed)).first()
        if row is None:
            return None
        last_seen = P.parse_time(row.last_seen_at)
        if now - last_seen > self.idle:
            return None  # the row stays a while (KEEP_EXPIRED) so its draft reaches the next login
        user = self._load_user(row.user_id)
        if user is None:
            with self.engine.begin() as conn:
                conn.execute(delete(web_sessions).where(s.token_hash == hashed))
            return None
        if now - last_seen >= TOUCH_EVERY:
            with self.engine.begin() as conn:
                conn.execute(update(web_sessions).where(s.token_hash == hashed)
                             .values(last_seen_at=P.format_time(now)))
        return ActiveSession(user, row.csrf_token, hashed, row.draft_path,
                             json.loads(row.draft) if row.draft else None)

    def keep_draft(self, token: str, path: str, fields: dict[str, str]) -> bool:
        """Keep `fields` posted to `path` in the cookie's session row, live or expired; False if no row."""
        with self.engine.begin() as conn:
            return bool(conn.execute(update(web_sessions).where(web_sessions.c.token_hash == token_hash(token))
                                     .values(draft_path=path[:300], draft=json.dumps(fields, ensure_ascii=False)))
                        .rowcount)

    def take_draft(self, session: ActiveSession, path: str) -> dict[str, str] | None:
        """The draft kept for the form at `path`, removed from the session (given back once)."""
        if session.draft is None or session.draft_path != path:
            return None
        with self.engine.begin() as conn:
            conn.execute(update(web_sessions).where(web_sessions.c.token_hash == session.token_hash)
                         .values(draft_path=None, draft=None))
        return session.draft

    def close(self, conn: Connection, token: str) -> int | None:
        """Delete the cookie's session; its user id, or None if there was none."""
        s = web_sessions.c
        user_id = conn.execute(select(s.user_id).where(s.token_hash == token_hash(token))).scalar()
        conn.execute(delete(web_sessions).where(s.token_hash == token_hash(token)))
        return user_id

    @staticmethod
    def close_all(conn: Connection, user_id: int) -> int:
        return conn.execute(delete(web_sessions).where(web_sessions.c.user_id == user_id)).rowcount


__all__ = ["ActiveSession", "FailureThrottle", "LoginLocked", "LoginThrottle", "OpenedSession", "WebSessions",
           "token_hash"]
