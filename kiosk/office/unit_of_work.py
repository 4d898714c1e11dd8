"""The one thing every part of the office shares: its database connection, the lock that
serialises it, the clock, who the office is, the outbox and the listeners.

Each service of the office (tickets, desk, concerns, staff, catalogue, health) is given
this object in its constructor and nothing else of the others' state; `Office`
(kiosk/office/core.py) builds one and hands it round. `write()` is one durable
transaction under the lock; `read()` is the connection under the lock; `publish()`
tells the listeners after a commit.

Thread use: any thread. The RLock serialises use of the single SQLite connection;
listeners are called on the thread that made the change, after the commit.
"""
from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from kiosk.domain.clock import Clock
from kiosk.office.records import Listener, OfficeEvent, OfficeInfo
from kiosk.store.database import transaction
from kiosk.store.outbox import SqliteOutbox

log = logging.getLogger(__name__)


class UnitOfWork:
    def __init__(self, db: sqlite_utils.Database, clock: Clock, info: OfficeInfo):
        self.db = db
        self.clock = clock
        self.info = info
        self.zone = ZoneInfo(info.timezone)
        self.lock = threading.RLock()
        self.outbox = SqliteOutbox(db)
        self._listeners: list[Listener] = []

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One durable transaction under the office lock: all of it is committed, or none."""
        with self.lock, transaction(self.db) as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """The connection, under the office lock (no transaction: one statement reads consistently)."""
        with self.lock:
            yield self.db.conn

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self.lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self.lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, kind: str, data: dict[str, Any]) -> None:
        """Tell every listener; call it after the commit, outside the transaction."""
        event = OfficeEvent(kind, data)
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:  # a broken screen must not undo or block a committed change
                log.exception("office listener failed on %s", kind)

    @property
    def database_file(self) -> Path | None:
        """The office database file; None in memory."""
        with self.lock:
            row = self.db.execute("PRAGMA database_list").fetchone()
        return Path(row[2]) if row and row[2] else None

    def close(self) -> None:
        with self.lock:
            self.db.conn.close()
