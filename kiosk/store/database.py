"""Opening the office database and running work in durable write transactions.

Thread use: a `Database` (one sqlite3 connection) belongs to the thread that opened
it. Several processes may open the same file; `BEGIN IMMEDIATE` takes the write lock
up front so two writers queue instead of failing half-way. Each open file database
holds the owner lock (kiosk/store/owner_lock.py) until its connection is closed, so a
restore never replaces the file under it; the file and its folder are private
(sync/private_files.py). A damaged, unreadable or full database raises the `StoreError`
that names it (`kiosk/store/errors.py`).
"""
from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from kiosk.store import owner_lock
from kiosk.store.errors import (
    ClassifyingConnection,
    DatabaseDamaged,
    DatabaseUnreadable,
    DiskFull,
    FailureHook,
    StoreError,
    classify,
)
from kiosk.store.migrations import MIGRATIONS
from sync.private_files import create_private_file, make_private_dir

BUSY_TIMEOUT_MS = 30_000

__all__ = ["DatabaseDamaged", "DatabaseUnreadable", "DiskFull", "StoreError", "open_database", "transaction"]


class DatabaseInUse(StoreError):
    """Another process has the database open, or a restore is replacing it; the message names it."""


class _OwnedConnection(ClassifyingConnection):
    """A classifying connection that gives back the owner lock when it is closed."""

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


def open_database(path: Path | str, *, create: bool = True, on_failure: FailureHook | None = None
                  ) -> sqlite_utils.Database:
    """Open (and if needed create and migrate) the office database at `path`.

    A damaged, unreadable or full database raises the matching `StoreError` here, and
    later from any statement (`kiosk/store/errors.py`), after calling `on_failure`.
    """
    lock = None
    if str(path) != ":memory:":
        path = Path(path)
        if not create and not path.exists():
            raise StoreError(f"no office database at {path}")
        lock = _hold_owner_lock(path)
    conn: _OwnedConnection | None = None
    try:
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, so nothing commits implicitly.
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False, factory=_OwnedConnection)
        conn.owner_lock = lock
        conn.where = f"the office database {path}"
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit is on disk when it returns, so a power cut loses no issued ticket.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        db = sqlite_utils.Database(conn)
        MIGRATIONS.apply(db)
    except (StoreError, sqlite3.DatabaseError) as exc:
        failure = exc if isinstance(exc, StoreError) else (
            classify(exc, f"the office database {path}")
            or StoreError(f"cannot open the office database {path}: {exc}", str(exc)))
        if conn is not None:
            conn.close()  # gives the owner lock back too
        elif lock is not None:
            lock.release()
        if on_failure is not None:
            on_failure(failure)
        raise failure from None
    conn.on_failure = on_failure
    return db


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite3.Connection]:
    """One durable write transaction: all of it is committed, or none of it."""
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")  # a full disk may refuse the commit itself: then it is rolled back too
    except BaseException:
        # SQLite may already have rolled back (it does on SQLITE_FULL): a second ROLLBACK
        # would fail and hide the real error.
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise


def integrity_check(path: Path | str) -> str:
    """SQLite's `quick_check` of the database file at `path`: "ok", or its first complaint.

    It reads on its own read-only connection, so it neither waits for nor blocks the
    office's writer. A file that cannot be opened raises `DatabaseUnreadable`; a file so
    damaged that the check itself fails answers with SQLite's error.
    """
    path = Path(path)
    if not path.is_file():
        raise DatabaseUnreadable(f"no office database file at {path}" if not path.exists()
                                 else f"{path} is not a file", "not a file")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                               factory=ClassifyingConnection)
    except sqlite3.Error as exc:
        raise classify(exc, f"the office database {path}") or StoreError(str(exc)) from None
    conn.where = f"the office database {path}"
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except DatabaseDamaged as exc:
        return exc.detail
    finally:
        conn.close()
    return "; ".join(str(row[0]) for row in rows[:5])
