"""Opening the office database and running work in durable write transactions.

Thread use: a `Database` (one sqlite3 connection) belongs to the thread that opened
it. Several processes may open the same file; `BEGIN IMMEDIATE` takes the write lock
up front so two writers queue instead of failing half-way.
"""
from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Iterator

import sqlite_utils

from kiosk.store.migrations import MIGRATIONS

BUSY_TIMEOUT_MS = 30_000


class StoreError(RuntimeError):
    """The database cannot be opened or written (disk full, read-only, corrupt)."""


def open_database(path: Path | str, *, create: bool = True) -> sqlite_utils.Database:
    """Open (and if needed create and migrate) the office database at `path`."""
    if str(path) != ":memory:":
        path = Path(path)
        if not create and not path.exists():
            raise StoreError(f"no office database at {path}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the data directory {path.parent}: {exc}") from None
    try:
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, so nothing commits implicitly.
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit is on disk when it returns, so a power cut loses no issued ticket.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        db = sqlite_utils.Database(conn)
        MIGRATIONS.apply(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open the office database {path}: {exc}") from None
    return db


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite3.Connection]:
    """One durable write transaction: all of it is committed, or none of it."""
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
