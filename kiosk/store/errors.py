"""What can go wrong with the office database file, named so the office can say it.

    StoreError                  the office database cannot be used (`.code` says why)
     ├─ DatabaseDamaged         "database_damaged": the file is corrupt (garbage over pages,
     │                          not an SQLite file); only a restore from a backup helps
     ├─ DatabaseUnreadable      "database_unreadable": the file cannot be opened, read or
     │                          written (permissions, I/O error, a folder in its place)
     └─ DiskFull                "disk_full": no space left; the transaction was rolled back,
                                so nothing was half-written, and the next one may succeed

`classify()` turns an `sqlite3.Error` into one of these (or None for the errors the
code handles itself, such as a unique constraint). `ClassifyingConnection` is the
sqlite3 connection class of the office database: every statement it runs raises these
instead of raw sqlite3 errors, and tells its `on_failure` hook, so the office learns
that its database is damaged from whichever call met the damage first.

Thread use: any; the hook is called on the thread whose statement failed.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import NoReturn

# Primary SQLite result codes (https://sqlite.org/rescode.html); extended codes keep them in the low byte.
_DAMAGED = {11: "SQLITE_CORRUPT", 26: "SQLITE_NOTADB"}
_UNREADABLE = {3: "SQLITE_PERM", 8: "SQLITE_READONLY", 10: "SQLITE_IOERR", 14: "SQLITE_CANTOPEN"}
_FULL = 13  # SQLITE_FULL (the unix VFS also reports ENOSPC this way)


class StoreError(RuntimeError):
    """The database cannot be opened or written (disk full, read-only, corrupt)."""

    code = "store_error"

    def __init__(self, message: str, detail: str = ""):
        super().__init__(message)
        self.message = message
        self.detail = detail  # SQLite's own words, for the log and the technician


class DatabaseDamaged(StoreError):
    code = "database_damaged"


class DatabaseUnreadable(StoreError):
    code = "database_unreadable"


class DiskFull(StoreError):
    code = "disk_full"


def failure_from(code: str, message: str) -> StoreError:
    """The failure named by `code` (as sent over the LAN), e.g. "disk_full" → `DiskFull`."""
    kinds = {kind.code: kind for kind in (DatabaseDamaged, DatabaseUnreadable, DiskFull)}
    return kinds.get(code, StoreError)(message)


def classify(exc: sqlite3.Error, where: str = "the office database") -> StoreError | None:
    """The storage failure `exc` stands for, or None if it is not one (a constraint, a bug)."""
    primary = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    detail = str(exc)
    if primary in _DAMAGED:
        return DatabaseDamaged(f"{where} is damaged ({detail})", detail)
    if primary == _FULL:
        return DiskFull(f"the disk holding {where} is full ({detail}); nothing was saved: free some space", detail)
    if primary in _UNREADABLE:
        return DatabaseUnreadable(f"{where} cannot be read or written ({detail}): check that the file exists "
                                  "and that its owner and permissions let the kiosk user use it", detail)
    return None


FailureHook = Callable[[StoreError], None]


class _ClassifyingCursor(sqlite3.Cursor):
    # Rows after the first are read on fetch: damage in a later page shows up here.
    # (Plain try/except, not a context manager: these run for every statement of every ticket.)
    def fetchone(self):
        try:
            return super().fetchone()
        except sqlite3.Error as exc:
            _reraise(self.connection, exc)

    def fetchmany(self, size: int | None = 1):
        try:
            return super().fetchmany(size)
        except sqlite3.Error as exc:
            _reraise(self.connection, exc)

    def fetchall(self):
        try:
            return super().fetchall()
        except sqlite3.Error as exc:
            _reraise(self.connection, exc)

    def __next__(self):
        try:
            return super().__next__()
        except sqlite3.Error as exc:
            _reraise(self.connection, exc)


class ClassifyingConnection(sqlite3.Connection):
    """An sqlite3 connection whose storage failures are `StoreError`s (see the module docstring)."""

    on_failure: FailureHook | None = None
    where: str = "the office database"

    def cursor(self, factory=None):  # the sqlite3 signature
        return super().cursor(factory or _ClassifyingCursor)

    # sqlite3's own Connection.execute makes a plain cursor: go through ours, whose fetches classify too.
    def execute(self, sql: str, parameters=(), /):
        cursor = super().cursor(_ClassifyingCursor)
        try:
            return cursor.execute(sql, parameters)
        except sqlite3.Error as exc:
            _reraise(self, exc)

    def executemany(self, sql: str, parameters, /):
        cursor = super().cursor(_ClassifyingCursor)
        try:
            return cursor.executemany(sql, parameters)
        except sqlite3.Error as exc:
            _reraise(self, exc)

    def executescript(self, script: str, /):
        cursor = super().cursor(_ClassifyingCursor)
        try:
            return cursor.executescript(script)
        except sqlite3.Error as exc:
            _reraise(self, exc)

    def commit(self) -> None:
        try:
            super().commit()
        except sqlite3.Error as exc:
            _reraise(self, exc)


def _reraise(conn: sqlite3.Connection, exc: sqlite3.Error) -> NoReturn:
    """Raise the `StoreError` that `exc` stands for (after telling the hook), or `exc` itself."""
    failure = classify(exc, getattr(conn, "where", "the office database"))
    if failure is None:
        raise exc
    hook = getattr(conn, "on_failure", None)
    if hook is not None:
        hook(failure)
    raise failure from exc
