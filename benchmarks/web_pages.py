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
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import requests

REPO = Path(__file__).resolve().parent.parent
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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def served(db_url: str) -> Iterator[str]:
    """`maktab-server serve --db db_url` (one worker, as production's default) until the block ends."""
    with tempfile.TemporaryDirectory(prefix="maktab-bench-web-") as folder:
        log_path = Path(folder) / "server.log"
        port = _free_port()
        base_url = f"http://127.0.0.1:{port}"
        with log_path.open("ab") as log:
            proc = subprocess.Popen(
                [sys.executable, "-m", "sync.server.cli", "serve", "--db", db_url, "--host", "127.0.0.1",
                 "--port", str(port), "--log-level", "warning"],
                env={**os.environ, "PYTHONPATH": str(REPO)}, cwd=str(REPO), stdin=subprocess.DEVNULL,
                stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait_healthy(base_url, proc, log_path)
            yield base_url
        finally:
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(15)


def _wait_healthy(base_url: str, proc: subprocess.Popen, log_path: Path) -> None:
    from sync import protocol as P

    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        try:
            if requests.get(base_url + P.HEALTH_PATH, timeout=2).ok:
                return
        except requests.ConnectionError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            tail = "\n".join(log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-20:])
            raise RuntimeError(f"the benchmark server did not start; its log:\n{tail}")
        time.sleep(0.1)


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
