"""Backing up and restoring the office database (`maktab-sync backup` / `restore`).

A backup is a consistent copy made with SQLite's online backup while the kiosk keeps
writing. A restore is the dangerous one, so it:

- refuses while any office process has the database open (the owner lock, see
  kiosk/store/owner_lock.py), naming it, and holds the lock exclusively while it works,
  so nothing opens the database half-replaced;
- always keeps a copy of the current database beside it first;
- carries over what must never go backwards: the highest ticket number handed out per
  (service, business date) becomes a floor for the allocator, and the outbox sequence
  continues after the highest one the old database used (the server would refuse a seq
  it has seen with other content).

Every file written here is private (0600). Qt-free; runs in the technician's process.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import sqlite_utils

from kiosk.store import owner_lock
from kiosk.store import tickets as ticket_rows
from kiosk.store.database import DatabaseInUse, StoreError, integrity_check
from kiosk.store.migrations import MIGRATIONS
from sync.private_files import create_private_file, make_private_dir


def _how_to_stop(holders: tuple[owner_lock.Holder, ...]) -> str:
    kill = f"`kill {' '.join(str(h.pid) for h in holders)}`" if holders else "`kill` with its pid"
    return ("Stop it first (close the kiosk with a staff PIN; stop the hub or a desk with Ctrl-C in its window, "
            f"`systemctl stop` for its service, or {kill}), then run the restore again. Nothing was changed.")


class BackupError(StoreError):
    """A backup or restore could not be done; the message says why and what to do."""


@dataclasses.dataclass(frozen=True)
class BackupResult:
    file: Path
    bytes: int
    outbox_events: int
    integrity: str

    def as_dict(self) -> dict[str, Any]:
        return {"file": str(self.file), "bytes": self.bytes, "outbox_events": self.outbox_events,
                "integrity": self.integrity}


@dataclasses.dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    database: Path
    previous_kept_as: Path | None
    integrity: str
    outbox_seq_continues_after: int
    ticket_floors_raised: int

    def as_dict(self) -> dict[str, Any]:
        return {"restored_from": str(self.restored_from), "database": str(self.database),
                "previous_kept_as": str(self.previous_kept_as) if self.previous_kept_as else None,
                "integrity": self.integrity, "outbox_seq_continues_after": self.outbox_seq_continues_after,
                "ticket_floors_raised": self.ticket_floors_raised}


# The names this module gives its files, and the patterns that find them again (doctor).
BACKUP_PREFIX = "office-"
KEPT_MARK = ".before-restore-"
BACKUP_PATTERNS = (f"{BACKUP_PREFIX}*.sqlite3", f"*.sqlite3{KEPT_MARK}*")


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def backup_target(dest: Path) -> Path:
    """Where a backup asked for at `dest` goes: a dated file inside an existing folder, or the file named."""
    if dest.is_dir():
        return dest / f"{BACKUP_PREFIX}{_stamp()}.sqlite3"
    if str(dest).endswith(os.sep) or not dest.suffix:
        raise BackupError(f"no folder {dest}: create it first (mkdir -p {dest}), or give a file name ending in "
                          ".sqlite3")
    if not dest.parent.is_dir():
        raise BackupError(f"no folder {dest.parent} for the backup file {dest.name}: create it first "
                          f"(mkdir -p {dest.parent}) or choose another place")
    return dest


def _private_sqlite_file(path: Path) -> sqlite3.Connection:
    """A new, empty 0600 SQLite file at `path` (a leftover of an interrupted run is replaced)."""
    path.unlink(missing_ok=True)
    create_private_file(path)
    return sqlite3.connect(path)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_database(src: Path, dest: Path) -> BackupResult:
    """A consistent copy of the office database while the kiosk may be writing (sqlite3 online backup)."""
    if not src.exists():
        raise BackupError(f"no office database at {src}")
    dest = backup_target(dest)
    tmp = dest.with_name(dest.name + ".part")
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True, timeout=30)
    try:
        target = _private_sqlite_file(tmp)
        try:
            source.backup(target, pages=1024, sleep=0.005)  # small steps: the kiosk keeps writing meanwhile
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            check = target.execute("PRAGMA integrity_check").fetchone()[0]
            events = target.execute("SELECT count(*) FROM outbox").fetchone()[0]
        except BaseException:  # e.g. a full USB stick: no half-written copy is left behind
            target.close()
            tmp.unlink(missing_ok=True)
            # nor its rollback journal, when the copy ran out of room during a page write
            tmp.with_name(tmp.name + "-journal").unlink(missing_ok=True)
            raise
        finally:
            target.close()
    finally:
        source.close()
    if check != "ok":
        tmp.unlink(missing_ok=True)
        raise BackupError(f"the backup copy failed its integrity check ({check}); the office database may be "
                          "damaged: run maktab-sync doctor")
    _fsync(tmp)
    tmp.replace(dest)
    _fsync(dest.parent)
    return BackupResult(dest, dest.stat().st_size, events, check)


def _check_backup_file(backup: Path) -> None:
    if not backup.is_file():
        raise BackupError(f"no backup file at {backup}")
    try:
        conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BackupError(f"cannot read {backup} ({exc})") from None
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{backup} is not an SQLite database ({exc})") from None
    finally:
        conn.close()
    if check != "ok":
        raise BackupError(f"{backup} fails its integrity check ({check}); choose another backup")
    if not {"outbox", "tickets"} <= tables:
        raise BackupError(f"{backup} is not a Maktab office database (no outbox/tickets tables)")


def _max_seq(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT coalesce(max(seq), 0) FROM outbox").fetchone()[0]


def _keep_current(db_path: Path) -> tuple[Path, int, dict[tuple[str, str], int]]:
    """Copy the current database beside it; its last outbox seq and highest ticket numbers.

    A damaged file (often the reason for the restore) is kept byte for byte, and whatever
    it still tells of its seq and numbers is carried over."""
    kept = db_path.with_name(f"{db_path.name}{KEPT_MARK}{_stamp()}")
    old = sqlite3.connect(db_path, timeout=30)  # no one else has it open: we hold the owner lock
    try:
        copy = _private_sqlite_file(kept)
        try:
            old.backup(copy)
            return kept, _max_seq(old), ticket_rows.highest_numbers(old)
        except sqlite3.DatabaseError:
            copy.close()
            kept.unlink(missing_ok=True)
            create_private_file(kept)
            shutil.copyfile(db_path, kept)
            return kept, _readable_max_seq(old), _readable_highest_numbers(old)
        finally:
            copy.close()
    finally:
        old.close()


def _readable_max_seq(conn: sqlite3.Connection) -> int:
    """The highest outbox seq a damaged file still tells (0 if it tells none)."""
    for sql in ("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'", "SELECT max(seq) FROM outbox"):
        try:
            row = conn.execute(sql).fetchone()
        except sqlite3.DatabaseError:
            continue
        if row and row[0]:
            return int(row[0])
    return 0


def _readable_highest_numbers(conn: sqlite3.Connection) -> dict[tuple[str, str], int]:
    """The day's highest ticket numbers a damaged file still tells (none if it tells none)."""
    try:
        return ticket_rows.highest_numbers(conn)
    except sqlite3.DatabaseError:
        return {}


def restore_database(backup: Path, db_path: Path) -> RestoreResult:
    """Replace the office database by `backup`; refuses while an office process has it open."""
    _check_backup_file(backup)
    make_private_dir(db_path.parent)  # restoring onto a new PC: the data folder may not exist yet
    try:
        lock = owner_lock.acquire_exclusive(db_path)
    except owner_lock.DatabaseInUse as exc:
        raise DatabaseInUse(f"{exc}. {_how_to_stop(exc.holders)}") from None
    with lock:
        kept: Path | None = None
        old_max_seq = 0
        old_numbers: dict[tuple[str, str], int] = {}
        if db_path.exists():
            kept, old_max_seq, old_numbers = _keep_current(db_path)
        tmp = db_path.with_name(db_path.name + ".restoring")
        src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        dst = _private_sqlite_file(tmp)
        try:
            src.backup(dst)
            MIGRATIONS.apply(sqlite_utils.Database(dst))  # an older backup gains the floors table
            restored_max = _max_seq(dst)
            with dst:
                floors = ticket_rows.raise_number_floors(dst, old_numbers)
                if old_max_seq > restored_max:
                    # Never hand out an outbox seq again that the old database already used.
                    dst.execute("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'outbox'", (old_max_seq,))
                    dst.execute("INSERT INTO sqlite_sequence (name, seq) SELECT 'outbox', ? WHERE NOT EXISTS "
                                "(SELECT 1 FROM sqlite_sequence WHERE name = 'outbox')", (old_max_seq,))
            dst.execute("PRAGMA journal_mode = WAL")
            check = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
            src.close()
        if check != "ok":
            tmp.unlink(missing_ok=True)
            raise BackupError(f"the restored copy failed its integrity check ({check}); nothing was replaced")
        _fsync(tmp)
        for suffix in ("-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        tmp.replace(db_path)
        _fsync(db_path.parent)
    return RestoreResult(backup, db_path, kept, check, max(old_max_seq, restored_max), floors)


def find_backups(folders: Iterable[Path], exclude: Path) -> list[Path]:
    """Backups and kept copies made here, in `folders`, newest first (by modification time)."""
    found: dict[Path, float] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for pattern in BACKUP_PATTERNS:
            for path in folder.glob(pattern):
                if path.is_file() and path.resolve() != exclude.resolve() and not path.name.endswith(
                        ("-wal", "-shm", ".part")):
                    try:
                        found[path] = path.stat().st_mtime
                    except OSError:
                        continue
    return sorted(found, key=lambda p: found[p], reverse=True)


def newest_sound_backup(db_path: Path) -> Path | None:
    """The newest backup beside the office database (or in its `backups/`) that passes its own integrity check."""
    folder = db_path.parent
    for candidate in find_backups((folder, folder / "backups"), db_path):
        try:
            if integrity_check(candidate) == "ok":
                return candidate
        except StoreError:
            continue
    return None
