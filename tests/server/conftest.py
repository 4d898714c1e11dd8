"""Back-office fixtures: the central server of tests/sync (real uvicorn on loopback, SQLite and
PostgreSQL), with accounts on a clock the test moves and a cheap argon2, and a browser-like
client that keeps cookies and reads the CSRF token from the page."""
from __future__ import annotations

import datetime as dt
import re

import pytest
import requests
from argon2 import PasswordHasher

from sync.server.accounts import Accounts
from sync.server.staff import COMMAND_LINE
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
def clock() -> MovableClock:
    return MovableClock()


@pytest.fixture
def web(server, clock):  # noqa: F811  (the imported fixture)
    """The running server, its accounts on `clock`; offices ALG-1, ALG-2 (commune Alger Centre), ORN-1
    (commune Oran); users admin, sup (Alger Centre), agent (ALG-1)."""
    store = server.store
    store.accounts = Accounts(store.engine, clock=clock, hasher=FAST_HASHER)
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
