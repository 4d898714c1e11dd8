"""Back-office fixtures: the central server of tests/sync (real uvicorn on loopback, SQLite and
PostgreSQL), with accounts on a clock the test moves and a cheap argon2, and a browser-like
client that keeps cookies and reads the CSRF token from the page."""
from __future__ import annotations

import datetime as dt
import re

import pytest
import requests
from argon2 import PasswordHasher
from sqlalchemy import update

from sync import protocol as P
from sync.server.accounts import Accounts
from sync.server.staff import COMMAND_LINE
from tests.server.concern_world import ALGER_A, ALGER_B, ORAN, ConcernWorld
from tests.server.staff_world import build_world
from tests.sync.conftest import (  # noqa: F401  (fixtures, shared rather than copied)
    api,
    device,
    pg_db_url,
    pg_session_db,
    server,
    server_db_url,
    servers_stopped_at_the_end,
)

PASSWORD = "correct horse battery"
# Argon2 at its lowest cost: the strong default takes tens of milliseconds per login.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


class MovableClock:
    def __init__(self):
        self.now = dt.datetime(2026, 9, 6, 7, 30, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += dt.timedelta(minutes=minutes)


class Browser:
    """A person's browser: its own cookies; `csrf` is read from the last page shown. It asks for
    English pages before login (Accept-Language), unless told otherwise."""

    def __init__(self, base_url: str, headers: dict[str, str] | None = None):
        self.base_url = base_url
        self.http = requests.Session()
        self.http.headers.update({"Accept-Language": "en", **(headers or {})})
        self.csrf = ""

    def get(self, path: str, **kw) -> requests.Response:
        r = self.http.get(self.base_url + path, allow_redirects=False, timeout=10, **kw)
        found = re.search(r'name="csrf_token" value="([^"]+)"', r.text)
        if found:
            self.csrf = found.group(1)
        return r

    def post(self, path: str, data: dict, csrf: bool = True, from_page: str | None = None, **kw):
        data = {**data, **({"csrf_token": self.csrf} if csrf else {})}
        headers = {"Referer": self.base_url + from_page} if from_page else {}
        return self.http.post(self.base_url + path, data=data, headers=headers, allow_redirects=False,
                              timeout=10, **kw)

    def login(self, username: str, password: str = PASSWORD, next_: str = "/") -> requests.Response:
        return self.post("/login", {"username": username, "password": password, "next": next_}, csrf=False)


@pytest.fixture
def web_clock() -> MovableClock:
    return MovableClock()


@pytest.fixture
def web(server, web_clock):  # noqa: F811  (the imported fixture)
    """The running server, its accounts on `web_clock`; offices ALG-1, ALG-2 (commune Alger Centre), ORN-1
    (commune Oran); users admin, sup (Alger Centre), agent (ALG-1)."""
    store = server.store
    store.accounts = Accounts(store.engine, clock=web_clock, hasher=FAST_HASHER)
    store.add_office("ALG-1", "APC Alger Centre 1", "Alger Centre")
    store.add_office("ALG-2", "APC Alger Centre 2", "Alger Centre")
    store.add_office("ORN-1", "APC Oran 1", "Oran")
    store.accounts.add(COMMAND_LINE, "admin", "Amina Admin", "admin", PASSWORD, language="en")
    store.accounts.add(COMMAND_LINE, "sup", "Samir Superviseur", "supervisor", PASSWORD, communes=["Alger Centre"],
                       language="fr")
    store.accounts.add(COMMAND_LINE, "agent", "Karim Agent", "agent", PASSWORD, offices=["ALG-1"], language="en")
    return server


@pytest.fixture
def browser(web):
    def make(**headers) -> Browser:
        return Browser(web.base_url, headers)

    return make


def _add_staff(conn, username: str, role: str, scopes: list[tuple[str, str]], disabled: bool = False) -> int:
    from sync.server.db_backoffice import staff_users, user_scopes

    now = P.utc_now_iso()
    user_id = conn.execute(staff_users.insert().values(
        username=username, display_name=username.title(), role=role, password_hash="-", created_at=now,
        password_changed_at=now, disabled_at=now if disabled else None).returning(staff_users.c.id)).scalar_one()
    for kind, value in scopes:
        conn.execute(user_scopes.insert().values(user_id=user_id, kind=kind, value=value))
    return user_id


@pytest.fixture
def world(server_db_url):  # noqa: F811  (the imported fixture)
    """Three offices in two communes and a user of each role (tests/server/staff_world.py)."""
    built = build_world(server_db_url)
    yield built
    built.store.close()


@pytest.fixture
def concern_world(server_db_url):  # noqa: F811  (the imported fixture)
    from sync.server import db as D
    from sync.server.staff import StaffUser
    from sync.server.store import ServerStore

    store = ServerStore(server_db_url)
    devices = {}
    for code, name, commune in ((ALGER_A, "APC Alger Centre", "Alger"), (ALGER_B, "Annexe Bab El Oued", "Alger"),
                                (ORAN, "APC Oran", "Oran")):
        store.add_office(code, name)
        with store.engine.begin() as conn:
            conn.execute(update(D.offices).where(D.offices.c.code == code).values(commune=commune))
        enrol_code, _ = store.new_enroll_code(code)
        token = store.enroll(enrol_code, "kiosk").token
        devices[code] = store.device_for_token(token)
    with store.engine.begin() as conn:
        ids = {"amina": _add_staff(conn, "amina", "agent", [("office", ALGER_A)]),
               "bilal": _add_staff(conn, "bilal", "agent", [("office", ALGER_B)]),
               "samir": _add_staff(conn, "samir", "supervisor", [("commune", "Alger")]),
               "omar": _add_staff(conn, "omar", "supervisor", [("commune", "Oran")]),
               "root": _add_staff(conn, "root", "admin", []),
               "gone": _add_staff(conn, "gone", "agent", [("office", ALGER_A)], disabled=True)}
    staff = {
        "amina": StaffUser(ids["amina"], "amina", "Amina", "agent", offices=frozenset({ALGER_A})),
        "bilal": StaffUser(ids["bilal"], "bilal", "Bilal", "agent", offices=frozenset({ALGER_B})),
        "samir": StaffUser(ids["samir"], "samir", "Samir", "supervisor", offices=frozenset({ALGER_A, ALGER_B}),
                           communes=frozenset({"Alger"})),
        "omar": StaffUser(ids["omar"], "omar", "Omar", "supervisor", offices=frozenset({ORAN}),
                          communes=frozenset({"Oran"})),
        "root": StaffUser(ids["root"], "root", "Root", "admin", offices=None),
    }
    yield ConcernWorld(store, devices, staff)
    store.close()
