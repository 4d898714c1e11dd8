"""Helpers for the hub tests: waiting for a condition, recording events."""
from __future__ import annotations

import time

FAST = dict(timeout=(2.0, 5.0), retries=2, backoff=0.05, reconnect_max_s=0.3)


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
