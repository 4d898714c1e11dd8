"""Helpers for the hub tests: waiting for a condition, recording events, a hub process."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

FAST = {"timeout": (2.0, 5.0), "retries": 2, "backoff": 0.05, "reconnect_max_s": 0.3}


def wait_until(condition, timeout: float = 10.0, interval: float = 0.02):
    """Wait for `condition()` to be true (its value is returned); fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        time.sleep(interval)


class Recorder:
    """A listener that keeps every event it receives (called on the client's events thread)."""

    def __init__(self):
        self.events = []

    def __call__(self, event):
        self.events.append(event)

    def kinds(self):
        return [e.kind for e in self.events]

    def of(self, kind):
        return [e for e in self.events if e.kind == kind]


REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class HubProcess:
    """`python -m kiosk.hub serve` on a data folder, as the headless hub runs in an office."""

    def __init__(self, data_dir: Path, hub_settings: str = ""):
        self.data_dir = data_dir
        self.port = free_port()
        self.config = data_dir / "maktab.toml"
        self.config.write_text(f'[office]\ncode = "TST"\n[hub]\nhost = "127.0.0.1"\nport = {self.port}\n'
                               + hub_settings, encoding="utf-8")
        self.url = f"http://127.0.0.1:{self.port}/lan/v1"
        self.log = data_dir / "hub.log"
        self.process: subprocess.Popen | None = None

    def start(self, **env: str) -> HubProcess:
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "kiosk.hub", "--config", str(self.config), "--data-dir", str(self.data_dir),
                 "serve", "--no-code"],
                cwd=REPO, env={**os.environ, **env}, stdout=log, stderr=log)
        wait_until(self._answers, timeout=30)
        return self

    def _answers(self) -> bool:
        assert self.process is not None and self.process.poll() is None, self.log.read_text(errors="replace")
        try:
            return requests.get(f"{self.url}/health", timeout=1).ok
        except requests.ConnectionError:
            return False

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(15)
