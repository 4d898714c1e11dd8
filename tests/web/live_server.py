"""A real `maktab-server serve` for the browser tests: its own process, a free loopback port.

`running_server(db_url, log_path)` starts the command production runs (migrations, uvicorn,
the whole app as mounted by create_app), waits for /api/v1/health and stops it at the end
(SIGTERM, then SIGKILL). The server's log goes to a file, and its tail is in the error when
the server does not come up. Setup and checks can go through `RunningServer.store`, a
ServerStore on the same database, opened once the server has migrated it.

Runs in the test process's main thread; the server runs in a child process.
"""
from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

from tests.sync.conftest import REPO, RunningServer, free_port, wait_healthy

START_ATTEMPTS = 3  # another process may take the free port between our probe and the server's bind
START_TIMEOUT_S = 60


class ServerDidNotStart(RuntimeError):
    pass


def _log_tail(log_path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except FileNotFoundError:
        return "(no log)"


def _start(db_url: str, port: int, log_path: Path, env: Mapping[str, str]) -> subprocess.Popen:
    # "{base_url}" in a setting is the server's own address (its port is chosen here): the public
    # address a test's receipts carry is then the server the phone opens.
    own = {name: value.replace("{base_url}", f"http://127.0.0.1:{port}") for name, value in env.items()}
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **own}
    with log_path.open("ab") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "sync.server.cli", "serve", "--db", db_url, "--host", "127.0.0.1",
             "--port", str(port), "--log-level", "warning"],
            env=full_env, cwd=str(REPO), stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)


def stop_process(proc: subprocess.Popen, grace_s: float = 10) -> None:
    """Stop a server process: SIGTERM, then SIGKILL if it has not ended within `grace_s`."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(grace_s)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


@contextlib.contextmanager
def running_server(db_url: str, log_path: Path, env: Mapping[str, str] | None = None) -> Iterator[RunningServer]:
    """`maktab-server serve --db db_url` on 127.0.0.1 and a free port, until the block ends."""
    from sync.server.store import ServerStore

    proc: subprocess.Popen | None = None
    for _attempt in range(START_ATTEMPTS):
        port = free_port()
        proc = _start(db_url, port, log_path, env or {})
        try:
            wait_healthy(f"http://127.0.0.1:{port}", timeout=START_TIMEOUT_S, proc=proc)
            break
        except (RuntimeError, TimeoutError) as exc:
            stop_process(proc)
            tail = _log_tail(log_path)
            if "address already in use" in tail.lower():
                continue
            raise ServerDidNotStart(f"maktab-server serve did not start ({exc}); its log ({log_path}):\n{tail}") \
                from None
    else:
        raise ServerDidNotStart(f"no free port after {START_ATTEMPTS} attempts; log ({log_path}):\n"
                                f"{_log_tail(log_path)}")
    assert proc is not None
    store = ServerStore(db_url)
    try:
        yield RunningServer(f"http://127.0.0.1:{port}", db_url, store)
    finally:
        store.close()
        stop_process(proc)
