"""Who has the office database open: a shared advisory lock next to the database file.

Every process that opens the office database as its owner (the kiosk, the hub, a desk
on the hub PC, the `maktab` and `maktab-sync` commands that write) holds a shared
`flock` on `office.sqlite3.lock` for as long as its connection is open, and appends one
line "pid<TAB>name" to that file so others can say who it is. `maktab-sync restore` takes
the same lock exclusively and without waiting: while anyone holds it, the database is
not replaced, and the refusal names the holders ("maktab hub (pid 1234)").

The kernel drops a flock when its process ends, even on SIGKILL, so a crashed kiosk
never blocks a restore. Which pids hold the lock comes from /proc/locks (Linux); the
names come from the lines in the lock file. The file is emptied whenever a process
finds no other holder, so it never grows beyond the processes running together.

Qt-free, any thread.
"""
from __future__ import annotations

import dataclasses
import errno
import fcntl
import os
import sys
import time
from pathlib import Path
from typing import IO, Any, Self

from sync.private_files import open_private

LOCK_SUFFIX = ".lock"
_process_name: str | None = None


class DatabaseInUse(RuntimeError):
    """Another process has the office database open (or is replacing it)."""

    def __init__(self, message: str, holders: tuple[Holder, ...] = ()):
        super().__init__(message)
        self.holders = holders


@dataclasses.dataclass(frozen=True)
class Holder:
    pid: int
    name: str

    def __str__(self) -> str:
        return f"{self.name} (pid {self.pid})"


def lock_path(db_path: Path | str) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def name_this_process(name: str) -> None:
    """How this process is named to a technician ("maktab hub"); set by each command's main()."""
    global _process_name
    _process_name = name


def this_process_name() -> str:
    if _process_name:
        return _process_name
    # Not set by a command (a test, a script): name it after how it was started.
    words = [w for w in sys.argv if w and not w.startswith("-")]
    return " ".join([Path(words[0]).name, *words[1:2]]) if words else "python"


class OwnerLock:
    """One held lock on the lock file; `release()` (or the process ending) gives it back."""

    def __init__(self, file: IO[Any], path: Path, exclusive: bool):
        self._file: IO[Any] | None = file
        self.path = path
        self.exclusive = exclusive

    @property
    def held(self) -> bool:
        return self._file is not None

    def release(self) -> None:
        file, self._file = self._file, None
        if file is not None:
            file.close()  # closing the descriptor drops the flock

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def _try_flock(file: IO[Any], operation: int) -> bool:
    try:
        fcntl.flock(file.fileno(), operation | fcntl.LOCK_NB)
        return True
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        raise


#: Another program opening the database holds the lock exclusively for an instant (to clear
#: ended holders' names, above): a shared lock refused for that long is not a restore.
SHARED_WAIT_S = 1.0


def _shared_within(file: IO[bytes], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not _try_flock(file, fcntl.LOCK_SH):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.01)
    return True


def acquire_shared(db_path: Path | str) -> OwnerLock:
    """Mark this process as a user of the database; DatabaseInUse while a restore replaces it."""
    path = lock_path(db_path)
    file = open_private(path, "ab")
    try:
        if _try_flock(file, fcntl.LOCK_EX):
            # Nobody else holds it: the names of earlier, ended holders can go.
            file.truncate(0)
        if not _shared_within(file, SHARED_WAIT_S):
            found = holders(db_path)
            raise DatabaseInUse(f"the office database {Path(db_path)} is being replaced by a restore "
                                f"({_describe(found) or 'maktab-sync restore'}); start again when it has "
                                "finished", found)
        file.write(f"{os.getpid()}\t{this_process_name()}\n".encode())
        file.flush()
    except BaseException:
        file.close()
        raise
    return OwnerLock(file, path, exclusive=False)


def acquire_exclusive(db_path: Path | str) -> OwnerLock:
    """Take the database for this process alone (a restore); DatabaseInUse names who has it open."""
    path = lock_path(db_path)
    file = open_private(path, "ab")
    try:
        if not _try_flock(file, fcntl.LOCK_EX):
            found = holders(db_path)
            who = _describe(found) or "another Maktab program (the kiosk, the hub, a desk or maktab-sync)"
            raise DatabaseInUse(f"the office database {Path(db_path)} is in use by {who}", found)
        file.truncate(0)
        file.write(f"{os.getpid()}\t{this_process_name()}\n".encode())
        file.flush()
    except BaseException:
        file.close()
        raise
    return OwnerLock(file, path, exclusive=True)


def _describe(found: list[Holder] | tuple[Holder, ...]) -> str:
    return ", ".join(str(h) for h in found)


def holders(db_path: Path | str) -> tuple[Holder, ...]:
    """The processes that hold the lock now, with the names they gave (Linux; empty elsewhere)."""
    path = lock_path(db_path)
    try:
        st = path.stat()
        lines = path.read_bytes().decode("utf-8", "replace").splitlines()
    except OSError:
        return ()
    names: dict[int, str] = {}
    for line in lines:  # the latest line of a pid wins: pids are reused
        pid, _, name = line.partition("\t")
        if pid.isdigit():
            names[int(pid)] = name.strip() or "a Maktab program"
    pids = _flock_pids(st.st_dev, st.st_ino)
    return tuple(Holder(pid, names.get(pid, _command_of(pid))) for pid in sorted(pids))


def _flock_pids(device: int, inode: int) -> set[int]:
    """Pids with a granted flock on the file (device, inode), from /proc/locks."""
    wanted = (os.major(device), os.minor(device), inode)
    pids: set[int] = set()
    try:
        text = Path("/proc/locks").read_text()
    except OSError:
        return pids
    for line in text.splitlines():
        fields = line.split()
        # "1: FLOCK  ADVISORY  READ  1234 fe:00:5678 0 EOF"; waiters have "->" after the number
        if len(fields) < 6 or fields[1] != "FLOCK":
            continue
        try:
            major, minor, ino = fields[5].split(":")
            found = (int(major, 16), int(minor, 16), int(ino))
            pid = int(fields[4])
        except ValueError:
            continue
        if found == wanted and pid > 0:
            pids.add(pid)
    return pids


def _command_of(pid: int) -> str:
    try:
        words = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "a process"
    return " ".join(Path(w.decode(errors="replace")).name for w in words[:3] if w) or "a process"
