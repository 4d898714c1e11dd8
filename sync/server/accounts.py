"""Staff accounts of the back office: who may log in, with which role and scope.

`Accounts(engine)` is attached to the server as `store.accounts`; the `maktab-server user …`
commands and the /users, /login and /account pages call it:

    add(actor, username, display_name, role, password, offices=(), communes=(), language="ar") -> StaffUser
    list(actor) -> list[dict]              disable / enable(actor, username)
    reset_password(actor, username, new_password)     change_password(user, current, new)
    set_language(user, language)            load(user_id) -> StaffUser | None (its scope resolved)
    login(username, password, address, user_agent=None, previous_token=None) -> OpenedSession
    resolve(token) -> ActiveSession | None   logout(token)   logout_everywhere(user)

Who manages whom: an administrator manages everyone; a supervisor may add, list, disable,
enable and reset agents whose offices all lie in the supervisor's communes; an agent
manages nobody (403). A user the actor may not manage is "not found" (404). Passwords
are hashed with argon2 (rehashed at login when the parameters change); a login for an
unknown user verifies a dummy hash so its timing says nothing. Every change and every
login, failed or not, is audited in the same transaction. Any thread.
"""
from __future__ import annotations

import functools
import re
import secrets
from collections.abc import Iterable
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, select, update
from sqlalchemy.engine import Connection

from sync import protocol as P
from sync.server import audit
from sync.server import db as D
from sync.server.db_backoffice import ROLES, staff_users, user_scopes
from sync.server.errors import Refused
from sync.server.form_errors import N_, InvalidField
from sync.server.staff import ADMIN, AGENT, SUPERVISOR, StaffUser
from sync.server.web_sessions import ActiveSession, Clock, LoginThrottle, OpenedSession, WebSessions

LANGUAGES = ("ar", "fr", "en", "kab")
USERNAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{2,31}")
MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 256  # argon2 hashes any length; a cap keeps a login cheap to refuse


def _validate_password(password: str, username: str, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidField(field, N_("Use at least {count} characters."), {"count": MIN_PASSWORD_LENGTH})
    if len(password) > MAX_PASSWORD_LENGTH:
        raise InvalidField(field, N_("Use at most {count} characters."), {"count": MAX_PASSWORD_LENGTH})
    if password.strip().lower() == username.lower():
        raise InvalidField(field, N_("The password must not be the username."))


def _validate_language(language: str) -> str:
    if language not in LANGUAGES:
        raise InvalidField("language", N_("Choose one of: {choices}."), {"choices": ", ".join(LANGUAGES)})
    return language


class Accounts:
    def __init__(self, engine: Engine, clock: Clock = P.utc_now, idle_minutes: float | None = None,
                 hasher: PasswordHasher | None = None):
        self.engine = engine
        self.clock = clock
        self.hasher = hasher or PasswordHasher()
        self.throttle = LoginThrottle(engine, clock)
        self.sessions = WebSessions(engine, clock, idle_minutes, self.load)

    @functools.cached_property
    def _dummy_hash(self) -> str:
        # Made once, on the first login for an unknown name, so ServerStore() stays cheap.
        return self.hasher.hash(secrets.token_hex(16))

    def _now(self) -> str:
        return P.format_time(self.clock())

    # ------------------------------------------------------------------ who may manage whom

    @staticmethod
    def _may_manage(actor: StaffUser, role: str, offices: Iterable[str]) -> bool:
        if actor.is_admin:
            return True
        offices = set(offices)
        return (actor.role == SUPERVISOR and role == AGENT and bool(offices)
                and actor.offices is not None and offices <= actor.offices)

    @staticmethod
    def _refuse_agents(actor: StaffUser) -> None:
        if not actor.is_supervisor:
            raise Refused("only administrators and supervisors manage staff accounts", "forbidden", 403)

    def _target(self, conn: Connection, actor: StaffUser, username: str) -> Any:
        """The row of a user the actor may manage, else 404 (nobody learns who exists)."""
        self._refuse_agents(actor)
        row = conn.execute(select(staff_users).where(staff_users.c.username == username.strip().lower())).first()
        if row is not None:
            scopes = conn.execute(select(user_scopes.c.value).where(
                user_scopes.c.user_id == row.id, user_scopes.c.kind == "office")).scalars().all()
            if self._may_manage(actor, row.role, scopes):
                return row
        raise Refused(f"no staff user {username!r} (see: maktab-server user list)", "not_found", 404)

    # ------------------------------------------------------------------ management

    def add(self, actor: StaffUser, username: str, display_name: str, role: str, password: str,
            offices: Iterable[str] = (), communes: Iterable[str] = (), language: str = "ar") -> StaffUser:
        self._refuse_agents(actor)
        username = username.strip().lower()
        if not USERNAME_PATTERN.fullmatch(username):
            raise InvalidField("username", N_("Use 3 to 32 characters: lowercase letters a-z, digits, '.', '_' "
                                              "or '-', starting with a letter or digit."))
        display_name = display_name.strip()
        if not display_name or len(display_name) > 200:
            raise InvalidField("display_name", N_("Give the person's name as colleagues know it (at most 200 "
                                                  "characters)."))
        if role not in ROLES:
            raise InvalidField("role", N_("Choose one of: {choices}."), {"choices": ", ".join(ROLES)})
        _validate_password(password, username)
        _validate_language(language)
        offices = sorted({o.strip() for o in offices if o.strip()})
        communes = sorted({c.strip() for c in communes if c.strip()})
        if role == AGENT and not offices:
            raise InvalidField("offices", N_("An agent works for at least one office: give its code."))
        if role == SUPERVISOR and not communes:
            raise InvalidField("communes", N_("A supervisor runs at least one commune: give its name."))
        if role == ADMIN and (offices or communes):
            raise InvalidField("offices", N_("An administrator sees every office: leave offices and communes "
                                             "empty."))
        if role != AGENT and not actor.is_admin:
            raise Refused("supervisors may add agents only; ask an administrator", "forbidden", 403)
        if any(len(c) > 100 for c in communes):
            raise InvalidField("communes", N_("A commune name has at most 100 characters."))
        now = self._now()
        with self.engine.begin() as conn:
            known = set(conn.execute(select(D.offices.c.code).where(D.offices.c.code.in_(offices))).scalars())
            for code in offices:
                if code not in known:
                    raise InvalidField("offices", N_("Office {code} does not exist; add it first (maktab-server "
                                                     "office add)."), {"code": code})
            if not self._may_manage(actor, role, offices):
                raise InvalidField("offices", N_("You may add agents only to the offices of your communes."),
                                   code="forbidden", http_status=403)
            if conn.execute(select(staff_users.c.id).where(staff_users.c.username == username)).first():
                raise InvalidField("username", N_("The username {username} is taken; choose another."),
                                   {"username": username}, code="conflict", http_status=409)
            inserted = conn.execute(staff_users.insert().values(
                username=username, display_name=display_name, role=role, language=language,
                password_hash=self.hasher.hash(password), created_at=now, password_changed_at=now))
            user_id = inserted.inserted_primary_key[0]  # type: ignore[index]
            scope_rows = ([{"user_id": user_id, "kind": "office", "value": o} for o in offices]
                          + [{"user_id": user_id, "kind": "commune", "value": c} for c in communes])
            if scope_rows:
                conn.execute(user_scopes.insert(), scope_rows)
            audit.record(conn, actor.username, "user.add", f"user:{username}",
                         {"role": role, "offices": offices, "communes": communes}, at=now)
        loaded = self.load(user_id)
        assert loaded is not None
        return loaded

    def list(self, actor: StaffUser) -> list[dict[str, Any]]:
        """The users the actor may manage: username, name, role, language, offices, communes, disabled_at."""
        self._refuse_agents(actor)
        u, s = staff_users.c, user_scopes.c
        with D.read_only(self.engine) as conn:
            users = conn.execute(select(u.id, u.username, u.display_name, u.role, u.language, u.created_at,
                                        u.disabled_at).order_by(u.username)).all()
            scopes: dict[int, dict[str, list[str]]] = {}
            for row in conn.execute(select(s.user_id, s.kind, s.value).order_by(s.value)):
                scopes.setdefault(row.user_id, {"office": [], "commune": []})[row.kind].append(row.value)
        out = []
        for user in users:
            mine = scopes.get(user.id, {"office": [], "commune": []})
            if self._may_manage(actor, user.role, mine["office"]):
                out.append({"username": user.username, "display_name": user.display_name, "role": user.role,
                            "language": user.language, "offices": mine["office"], "communes": mine["commune"],
                            "created_at": user.created_at, "disabled_at": user.disabled_at})
        return out

    def disable(self, actor: StaffUser, username: str) -> None:
        """The user cannot log in any more; their open sessions end now."""
        with self.engine.begin() as conn:
            row = self._target(conn, actor, username)
            if row.id == actor.id:
                raise Refused("you cannot disable your own account; ask another administrator", "forbidden", 403)
            conn.execute(update(staff_users).where(staff_users.c.id == row.id).values(disabled_at=self._now()))
            WebSessions.close_all(conn, row.id)
            audit.record(conn, actor.username, "user.disable", f"user:{row.username}")

    def enable(self, actor: StaffUser, username: str) -> None:
        with self.engine.begin() as conn:
            row = self._target(conn, actor, username)
            conn.execute(update(staff_users).where(staff_users.c.id == row.id).values(disabled_at=None))
            audit.record(conn, actor.username, "user.enable", f"user:{row.username}")

    def reset_password(self, actor: StaffUser, username: str, new_password: str) -> None:
        """A new password set by a manager; the user's open sessions end now."""
        with self.engine.begin() as conn:
            row = self._target(conn, actor, username)
            _validate_password(new_password, row.username)
            self._set_password(conn, row.id, new_password)
            WebSessions.close_all(conn, row.id)
            audit.record(conn, actor.username, "user.reset_password", f"user:{row.username}")

    def change_password(self, user: StaffUser, current: str, new_password: str) -> None:
        """The user's own change; their other sessions end (the caller opens a fresh one by logging in)."""
        with self.engine.begin() as conn:
            stored = conn.execute(select(staff_users.c.password_hash).where(staff_users.c.id == user.id)).scalar()
            if stored is None or not self._verify(stored, current):
                raise InvalidField("current_password", N_("This is not your current password."),
                                   code="unauthorized", http_status=401)
            _validate_password(new_password, user.username, "new_password")
            self._set_password(conn, user.id, new_password)
            WebSessions.close_all(conn, user.id)
            audit.record(conn, user.username, "user.password_changed", f"user:{user.username}")

    def set_language(self, user: StaffUser, language: str) -> None:
        _validate_language(language)
        with self.engine.begin() as conn:
            conn.execute(update(staff_users).where(staff_users.c.id == user.id).values(language=language))
            audit.record(conn, user.username, "user.language", f"user:{user.username}", {"language": language})

    def _set_password(self, conn: Connection, user_id: int, password: str) -> None:
        conn.execute(update(staff_users).where(staff_users.c.id == user_id).values(
            password_hash=self.hasher.hash(password), password_changed_at=self._now()))

    def _verify(self, stored_hash: str, password: str) -> bool:
        try:
            return self.hasher.verify(stored_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    # ------------------------------------------------------------------ who is this

    def load(self, user_id: int) -> StaffUser | None:
        """The enabled user with this id, its scope resolved (None: unknown or disabled)."""
        u, s = staff_users.c, user_scopes.c
        with D.read_only(self.engine) as conn:
            row = conn.execute(select(u.id, u.username, u.display_name, u.role, u.language)
                               .where(u.id == user_id, u.disabled_at.is_(None))).first()
            if row is None:
                return None
            scopes: dict[str, set[str]] = {"office": set(), "commune": set()}
            for kind, value in conn.execute(select(s.kind, s.value).where(s.user_id == user_id)):
                scopes.setdefault(kind, set()).add(value)
            offices: frozenset[str] | None
            if row.role == ADMIN:
                offices = None
            elif row.role == SUPERVISOR:
                offices = frozenset(conn.execute(select(D.offices.c.code)
                                                 .where(D.offices.c.commune.in_(scopes["commune"]))).scalars())
            else:
                offices = frozenset(scopes["office"])
        return StaffUser(row.id, row.username, row.display_name, row.role, row.language, offices,
                         frozenset(scopes["commune"]))

    # ------------------------------------------------------------------ sessions

    def login(self, username: str, password: str, address: str, user_agent: str | None = None,
              previous_token: str | None = None) -> OpenedSession:
        """A new session, or `InvalidField` (401 wrong username or password, 403 disabled,
        429 `LoginLocked`: too many failures for this account or address)."""
        name = username.strip().lower()[:64]
        if not name:
            raise InvalidField("username", N_("Enter your username."))
        self.throttle.check(name, address)
        with D.read_only(self.engine) as conn:
            row = conn.execute(select(staff_users.c.id, staff_users.c.password_hash, staff_users.c.disabled_at)
                               .where(staff_users.c.username == name)).first()
        # The same argon2 work whether or not the user exists.
        good = self._verify(row.password_hash if row else self._dummy_hash, password[:MAX_PASSWORD_LENGTH])
        disabled = row is not None and row.disabled_at is not None
        address = address[:64]
        locked = None
        with self.engine.begin() as conn:
            if row is None or not good or disabled:
                locked = self.throttle.failed_login(conn, name, address)
                audit.record(conn, name, "login.failed", f"user:{name}",
                             {"address": address, "locked": locked is not None, "disabled": good and disabled})
            else:
                self.throttle.succeeded(conn, name)
                if self.hasher.check_needs_rehash(row.password_hash):
                    self._set_password(conn, row.id, password)
                user = self.load(row.id)
                assert user is not None
                opened = self.sessions.open(conn, user, address, user_agent, previous_token)
                audit.record(conn, name, "login", f"user:{name}", {"address": address})
                return opened
        if locked is not None:
            raise locked
        if good and disabled:
            raise InvalidField("username", N_("This account is disabled; ask an administrator."),
                               code="forbidden", http_status=403)
        raise InvalidField("password", N_("Wrong username or password. Check both and try again."),
                           code="unauthorized", http_status=401)

    def resolve(self, token: str) -> ActiveSession | None:
        return self.sessions.resolve(token)

    def logout(self, token: str) -> None:
        with self.engine.begin() as conn:
            user_id = self.sessions.close(conn, token)
            if user_id is not None:
                name = conn.execute(select(staff_users.c.username).where(staff_users.c.id == user_id)).scalar()
                audit.record(conn, name or str(user_id), "logout", f"user:{name}")

    def logout_everywhere(self, user: StaffUser) -> int:
        """End every session of the user (every browser); how many there were."""
        with self.engine.begin() as conn:
            count = WebSessions.close_all(conn, user.id)
            audit.record(conn, user.username, "logout_everywhere", f"user:{user.username}", {"sessions": count})
        return count


__all__ = ["LANGUAGES", "MIN_PASSWORD_LENGTH", "Accounts"]
