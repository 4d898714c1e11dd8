"""Opening the office database and running work in durable write transactions.

Thread use: a `Database` (one sqlite3 connection) belongs to the thread that opened
it. Several processes may open the same file; `BEGIN IMMEDIATE` takes the write lock
up front so two writers queue instead of failing half-way. Each open file database
holds the owner lock (kiosk/store/owner_lock.py) until its connection is closed, so a
restore never replaces the file under it; the file and its folder are private
(sync/private_files.py).
"""
from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Iterator

import sqlite_utils

from sync.private_files import create_private_file, make_private_dir
from kiosk.store import owner_lock
from kiosk.store.migrations import MIGRATIONS

BUSY_TIMEOUT_MS = 30_000


class StoreError(RuntimeError):
    """The database cannot be opened or written (disk full, read-only, corrupt)."""


class DatabaseInUse(StoreError):
    """Another process has the database open, or a restore is replacing it; the message names it."""


class _OwnedConnection(sqlite3.Connection):
    """A connection that gives back the owner lock when it is closed."""

    owner_lock: owner_lock.OwnerLock | None = None

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self.owner_lock is not None:
                self.owner_lock.release()


def _hold_owner_lock(path: Path) -> owner_lock.OwnerLock:
    try:
        make_private_dir(path.parent)
    except OSError as exc:
        raise StoreError(f"cannot create the data directory {path.parent}: {exc}") from None
    try:
        create_private_file(path)  # SQLite would create it 0644 (and its -wal and -shm alike)
        return owner_lock.acquire_shared(path)
    except owner_lock.DatabaseInUse as exc:
        raise DatabaseInUse(str(exc)) from None
    except OSError as exc:
        raise StoreError(f"cannot open the office database {path}: {exc}") from None


def open_database(path: Path | str, *, create: bool = True) -> sqlite_utils.Database:
    """Open (and if needed create and migrate) the office database at `path`."""
    lock = None
    if str(path) != ":memory:":
        path = Path(path)
        if not create and not path.exists():
            raise StoreError(f"no office database at {path}")
        lock = _hold_owner_lock(path)
    try:
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, so nothing commits implicitly.
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False, factory=_OwnedConnection)
        conn.owner_lock = lock
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit is on disk when it returns, so a power cut loses no issued ticket.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        db = sqlite_utils.Database(conn)
        MIGRATIONS.apply(db)
    except sqlite3.DatabaseError as exc:
        if lock is not None:
            lock.release()
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
