"""Timing the back office's pages as a person waits for them: a real `maktab-server serve`,
staff accounts, a logged-in `requests` session, full HTTP GETs.

    served(db_url)                     the server in its own process on 127.0.0.1 and a free port,
                                       until the block ends; yields its base URL
    ensure_accounts(db_url, accounts)  the benchmark's staff accounts, made once per database
                                       (the bench databases are cached between runs)
    logged_in(base_url, username)      a requests.Session holding that person's session cookie
    time_page(session, url, samples)   milliseconds per GET (after warm-up GETs), checked for 200
    next_page_url(html)                the "Next page" link of a concern list page

The query benchmarks call the service functions; these figures add what a person also
waits for: HTTP, the session check, the page's other reads (filter choices, totals, the
overdue counts) and the template. Client and server share the machine, as on a small
municipal server. Runs in the benchmark's main thread; the server is a child process.
"""
from __future__ import annotations

import contextlib
import dataclasses
import html
import re
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import requests

#: The benchmark accounts' password (they exist only in the benchmark databases).
PASSWORD = "bench-password-0123"
WARM_UP = 3
START_TIMEOUT_S = 60
_NEXT_LINK = re.compile(r'<a rel="next" href="([^"]+)"')


@dataclasses.dataclass(frozen=True)
class Account:
    username: str
    role: str  # agent | supervisor | admin
    offices: tuple[str, ...] = ()
    communes: tuple[str, ...] = ()


def ensure_accounts(db_url: str, accounts: list[Account]) -> None:
    """Add the accounts through the same service as `maktab-server user add`; an account made
    by an earlier run is kept (its username is taken: the service answers 409)."""
    from sync.server.errors import Refused
    from sync.server.staff import COMMAND_LINE
    from sync.server.store import ServerStore

    store = ServerStore(db_url)
    try:
        for a in accounts:
            try:
                store.accounts.add(COMMAND_LINE, a.username, f"Bench {a.role}", a.role, PASSWORD,
                                   offices=a.offices, communes=a.communes, language="fr")
            except Refused as exc:
                if exc.code != "conflict":
                    raise
    finally:
        store.close()


@contextlib.contextmanager
def served(db_url: str) -> Iterator[str]:
    """`maktab-server serve --db db_url` (one worker, as production's default) until the block ends:
    the browser tests' own starter (tests/web/live_server.py), so both run the server one way."""
    from tests.web.live_server import running_server

    with tempfile.TemporaryDirectory(prefix="maktab-bench-web-") as folder, \
            running_server(db_url, Path(folder) / "server.log") as server:
        yield server.base_url


def logged_in(base_url: str, username: str) -> requests.Session:
    """A session logged in through the login form, as a browser does."""
    session = requests.Session()
    answer = session.post(base_url + "/login", data={"username": username, "password": PASSWORD, "next": "/"},
                          allow_redirects=False, timeout=30)
    if answer.status_code != 303 or not session.cookies:
        raise RuntimeError(f"login of {username} failed: HTTP {answer.status_code}")
    return session


def time_page(session: requests.Session, url: str, samples: int) -> tuple[list[float], str]:
    """Milliseconds of each of `samples` full GETs (body read) after WARM_UP unmeasured ones
    (they fill the server's connection pool and PostgreSQL's caches); and the last body."""
    timings: list[float] = []
    body = ""
    for n in range(WARM_UP + samples):
        began = time.perf_counter()
        answer = session.get(url, allow_redirects=False, timeout=60)
        body = answer.text
        elapsed = (time.perf_counter() - began) * 1000
        if answer.status_code != 200:
            raise RuntimeError(f"GET {url} answered HTTP {answer.status_code}, not 200")
        if n >= WARM_UP:
            timings.append(elapsed)
    return timings, body


def next_page_url(page_html: str) -> str:
    """The absolute path of the page's "Next page" link (the keyset cursor a person follows)."""
    found = _NEXT_LINK.search(page_html)
    if found is None:
        raise RuntimeError("the concern list page has no 'Next page' link")
    return html.unescape(found.group(1))
