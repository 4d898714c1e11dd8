"""Real storage faults for tests: garbage over database pages, an unreadable file, a full
disk (SQLite's page limit on the office's own connection, or a small real filesystem)."""
from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.domain.tickets import Priority
from kiosk.office import Office

PAGE = 4096


def office_with_tickets(path: Path, tickets: int = 300, **options) -> Office:
    """An office with a morning of tickets, its WAL folded into the main file."""
    office = Office.open_path(path, **options)
    code = office.services()[0].code
    for _ in range(tickets):
        office.issue_ticket(code, Priority.NONE, "fr")
    office._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return office


def damage_pages(path: Path) -> None:
    """Garbage over the second half of the file: the schema (page 1) and the migrations table
    are whole, so the database opens, but the tickets and outbox pages are not."""
    pages = path.stat().st_size // PAGE
    with open(path, "r+b") as f:
        f.seek(PAGE * (pages // 2))
        f.write(b"\xde\xad\xbe\xef" * (PAGE // 4) * (pages - pages // 2))


def damage_header(path: Path) -> None:
    with open(path, "r+b") as f:
        f.write(b"this is no longer an SQLite file" * 8)


def fill_disk(office: Office) -> None:
    """Test-only hook: the office's own connection may not grow its file by a single page, as
    on a full disk (SQLite then fails with SQLITE_FULL, exactly as when the disk is full)."""
    pages = office._db.execute("PRAGMA page_count").fetchone()[0]
    office._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    office._db.execute(f"PRAGMA max_page_count = {pages}")


def free_disk(office: Office) -> None:
    office._db.execute("PRAGMA max_page_count = 1073741823")


def counts(path: Path) -> tuple[int, int]:
    """(tickets, ticket.issued events) in the file: equal when nothing was half-written."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        tickets = conn.execute("SELECT count(*) FROM tickets").fetchone()[0]
        events = conn.execute("SELECT count(*) FROM outbox WHERE type = 'ticket.issued'").fetchone()[0]
    finally:
        conn.close()
    return tickets, events


@contextlib.contextmanager
def small_filesystem(mount_point: Path, size: str = "600k") -> Iterator[Path]:
    """A real, small tmpfs at `mount_point` (needs root, or skips saying so)."""
    mount_point.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("mounting a small filesystem needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount_point)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True, check=False)
