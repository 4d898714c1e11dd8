"""Server fixtures: a real maktab-server (uvicorn on 127.0.0.1) over SQLite or PostgreSQL.

`server_db_url` is parametrized: every server test runs on a fresh SQLite file and on a
fresh PostgreSQL schema inside a database created for this test session (and dropped at
its end), so parallel sessions of other engineers never collide. PostgreSQL comes from
$MAKTAB_TEST_PG_URL; when it cannot be reached, the PostgreSQL cases are skipped.
"""
from __future__ import annotations

import dataclasses
import os
import secrets
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

from sync import device_key
from sync import protocol as P

_PG_PROBLEM: list[str] = []
PG_URL = os.environ.get("MAKTAB_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REPO = Path(__file__).resolve().parents[2]


# ---------------------------------------------------------------------------- databases


@pytest.fixture(scope="session")
def pg_session_db():
    """URL of a PostgreSQL database created for this session, or None when unreachable."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine.url import make_url

    admin_url = make_url(PG_URL)
    try:
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
        with admin.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        _PG_PROBLEM.append(f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
        yield None
        return
    name = f"maktab_srv_{os.getpid()}_{secrets.token_hex(4)}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield admin_url.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _fresh_pg_schema(session_db_url: str) -> str:
    """A new schema in the session database; the URL makes it the connection's search_path."""
    from sqlalchemy import create_engine, text

    schema = f"t_{secrets.token_hex(6)}"
    engine = create_engine(session_db_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    sep = "&" if "?" in session_db_url else "?"
    return f"{session_db_url}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture(params=["sqlite", "postgresql"])
def server_db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'central.sqlite3'}"
    session_db = request.getfixturevalue("pg_session_db")
    if session_db is None:
        pytest.skip(f"PostgreSQL is not reachable at {PG_URL} ({_PG_PROBLEM[0]}); set MAKTAB_TEST_PG_URL")
    return _fresh_pg_schema(session_db)


@pytest.fixture
def pg_db_url(request):
    """A fresh PostgreSQL schema only (for tests that need several processes on one database)."""
    session_db = request.getfixturevalue("pg_session_db")
    if session_db is None:
        pytest.skip(f"PostgreSQL is not reachable at {PG_URL} ({_PG_PROBLEM[0]}); set MAKTAB_TEST_PG_URL")
    return _fresh_pg_schema(session_db)


# ---------------------------------------------------------------------------- servers


def free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


def wait_healthy(base_url: str, timeout: float = 30.0, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server process exited with {proc.returncode}")
        try:
            if requests.get(base_url + P.HEALTH_PATH, timeout=2).ok:
                return
        except requests.ConnectionError:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"server at {base_url} did not answer within {timeout} s")
        time.sleep(0.05)


@dataclasses.dataclass
class RunningServer:
    base_url: str
    db_url: str
    store: object  # sync.server.store.ServerStore on the same database, for set-up and checks
    app: object = None  # the FastAPI app, when served in this process

    def url(self, path: str) -> str:
        return self.base_url + path


@pytest.fixture
def server(server_db_url):
    """A real uvicorn serving create_app(server_db_url) on a free loopback port, in a thread."""
    import uvicorn

    from sync.server.app import create_app
    from sync.server.store import ServerStore

    store = ServerStore(server_db_url)
    app = create_app(server_db_url, store=store)
    sock = free_socket()
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="off")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    wait_healthy(base)
    yield RunningServer(base, server_db_url, store, app)
    srv.should_exit = True
    # uvicorn takes about 0.2 s to stop (fixed 0.1 s pauses), a quarter of a minute over the
    # suite: the next test does not wait for it. Each server has its own port and database.
    stopping = threading.Thread(target=_finish_stopping, args=(thread, sock, store), name="server-stop")
    stopping.start()
    _STOPPING.append(stopping)


_STOPPING: list[threading.Thread] = []


def _finish_stopping(thread: threading.Thread, sock: socket.socket, store) -> None:
    thread.join(10)
    sock.close()
    store.close()


@pytest.fixture(scope="session", autouse=True)
def servers_stopped_at_the_end(pg_session_db):
    """Every server stopped in the background is stopped and its store closed before the
    session ends (and before the PostgreSQL database of the session is dropped)."""
    yield
    for stopping in _STOPPING:
        stopping.join(15)


def start_server_process(db_url: str, port: int) -> subprocess.Popen:
    """`maktab-server serve` as its own process (what production runs)."""
    env = dict(os.environ, MAKTAB_SERVER_DB=db_url, PYTHONPATH=str(REPO))
    return subprocess.Popen(
        [sys.executable, "-m", "sync.server.cli", "serve", "--port", str(port), "--log-level", "warning"],
        env=env, cwd=str(REPO), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def free_port() -> int:
    with free_socket() as s:
        return s.getsockname()[1]


# ---------------------------------------------------------------------------- devices and events


@dataclasses.dataclass
class EnrolledDevice:
    device_id: str
    office_code: str
    token: str
    signing_key: str = dataclasses.field(default="", repr=False)  # hex Ed25519 seed (sync.device_key)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def enroll(server: RunningServer, office_code: str = "ALG-16001", name: str = "APC Alger Centre") -> EnrolledDevice:
    server.store.add_office(office_code, name)
    code, _ = server.store.new_enroll_code(office_code)
    key = device_key.new_private_key()
    r = requests.post(server.url(P.ENROLL_PATH), timeout=10,
                      json={"code": code, "device_name": "kiosk", "public_key": device_key.public_key_of(key)})
    assert r.status_code == 201, r.text
    body = P.parse_enroll_response(r.json())
    return EnrolledDevice(body.device_id, body.office_code, body.token, key)


def make_events(first: int, count: int, kind: str = "ticket.issued", tag: str = "") -> list[P.Event]:
    return [P.Event.create(seq, f"ev-{tag}{seq}", kind, "2026-09-06T07:30:00.000Z",
                           {"number": f"A{seq:03d}", "service": "etat-civil", "tag": tag})
            for seq in range(first, first + count)]


def push(server_or_url, device: EnrolledDevice, events, batch_id: str | None = None, *,
         device_id: str | None = None, compress: bool = True) -> requests.Response:
    base = server_or_url.base_url if isinstance(server_or_url, RunningServer) else server_or_url
    body = P.make_push_request(device_id or device.device_id, batch_id or f"b-{secrets.token_hex(4)}",
                               list(events))
    data, headers = P.encode_json_body(body, compress=compress)
    return requests.post(base + P.BATCHES_PATH, data=data, headers={**headers, **device.headers}, timeout=60)


@pytest.fixture
def device(server) -> EnrolledDevice:
    return enroll(server)


@pytest.fixture
def api():
    """The helpers above, for test modules (conftest is not importable as a module)."""
    import types

    return types.SimpleNamespace(enroll=enroll, make_events=make_events, push=push, free_port=free_port,
                                 start_server_process=start_server_process, wait_healthy=wait_healthy)
