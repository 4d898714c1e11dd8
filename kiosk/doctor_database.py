"""`maktab-sync doctor`'s database check: is the office file whole, and if not, how to restore it.

    database_check(db_path, restore_options)  → {"check": "database", "ok", "detail", "restore_from"}

A damaged file (SQLite's quick check fails, or the file is not a database at all) and an
unreadable one are FAIL, with SQLite's own words and the exact command that restores the
newest backup found (checked whole before it is named: `kiosk/store/backup.py`, which
names the files, finds them), or where to look for one.

Thread use: the CLI's thread. Qt-free.
"""
from __future__ import annotations

import shlex
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kiosk.store.backup import newest_sound_backup
from kiosk.store.database import integrity_check
from kiosk.store.errors import StoreError


def restore_advice(db_path: Path, restore_options: Sequence[str] = ()) -> tuple[str, Path | None]:
    """What to type to put a sound copy back, and the backup it names (None if none was found)."""
    backup = newest_sound_backup(db_path)
    prefix = " ".join(["maktab-sync", *map(shlex.quote, restore_options), "restore"])
    if backup is not None:
        return f"stop the kiosk, then restore the newest backup: {prefix} {shlex.quote(str(backup))}", backup
    return (f"no backup found in {db_path.parent} or {db_path.parent / 'backups'}: find the latest one (made by "
            f"maktab-sync backup, e.g. on the USB stick), stop the kiosk, then run: {prefix} FILE"), None


def database_check(db_path: Path, restore_options: Sequence[str] = ()) -> dict[str, Any]:
    """The doctor's "database" line: ok, or FAIL with the integrity result and the restore command."""
    if not db_path.exists():
        return {"check": "database", "ok": False, "detail": f"no office database at {db_path}", "restore_from": None}
    try:
        result = integrity_check(db_path)
    except StoreError as exc:
        advice, backup = restore_advice(db_path, restore_options)
        return {"check": "database", "ok": False, "detail": f"{exc.message}; if the file itself is lost, {advice}",
                "integrity": None, "restore_from": str(backup) if backup else None}
    if result == "ok":
        return {"check": "database", "ok": True, "detail": f"{db_path}: integrity ok", "integrity": result,
                "restore_from": None}
    advice, backup = restore_advice(db_path, restore_options)
    return {"check": "database", "ok": False, "detail": f"{db_path} is damaged (integrity check: {result}); {advice}",
            "integrity": result, "restore_from": str(backup) if backup else None}
