"""For the concern pages' browser tests: concerns pushed as a kiosk pushes them (`Kiosks`).
Staff and logging in are tests/web/people.py's. Runs in the test process's main thread."""
from __future__ import annotations

from tests.server.concern_pages_world import Kiosks

__all__ = ["Kiosks"]
