"""Files that hold citizens' names and phone numbers are readable by their owner only.

The office database (and its WAL), backups, batch exports, receipt images and the
office's data folder are created here with 0600 / 0700 whatever the process's umask:
the mode is set with chmod after creation, because the umask only ever removes bits
and a permissive one (0o000) would otherwise leave 0666 files. `loose_modes()` lists what
is still more open than that, for `maktab-sync doctor`.

Qt-free, any thread.
"""
from __future__ import annotations

import dataclasses
import errno
import os
import shlex
import stat
from pathlib import Path
from typing import IO, Any

FILE_MODE = 0o600
DIR_MODE = 0o700
# A USB stick's FAT file system has no per-file modes and may refuse chmod: the file is
# still written (keep the stick safe); the data folder itself is on a real file system.
_NO_MODES = (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EROFS)


def _chmod(target: int | Path, mode: int) -> None:
    try:
        if isinstance(target, int):
            os.fchmod(target, mode)
        else:
            os.chmod(target, mode)
    except OSError as exc:
        if exc.errno not in _NO_MODES:
            raise


def make_private_dir(path: Path | str) -> Path:
    """Create `path` (and its parents) if missing; a folder created here is 0700.

    An existing folder keeps its mode: it may be shared on purpose, and doctor says so.
    """
    path = Path(path)
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
        _chmod(path, DIR_MODE)
    return path


def create_private_file(path: Path | str) -> bool:
    """Create an empty 0600 file at `path` if there is none; True when it was created.

    Used before SQLite opens a new database: SQLite would create it 0644, and gives its
    -wal and -shm files the mode of the database file.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return False
    try:
        _chmod(fd, FILE_MODE)
    finally:
        os.close(fd)
    return True


def private_opener(path: str, flags: int) -> int:
    """An `opener` for open(): the file is 0600 before any byte is written.

    A device file (a receipt printer's /dev/usb/lp0) keeps its own mode.
    """
    fd = os.open(path, flags, FILE_MODE)
    try:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            _chmod(fd, FILE_MODE)  # O_CREAT's mode yields to the umask, and not at all to an existing file
    except BaseException:
        os.close(fd)
        raise
    return fd


def open_private(path: Path | str, mode: str = "wb", encoding: str | None = None) -> IO[Any]:
    """open(path, mode) for writing, with the file made private (0600) first."""
    return open(path, mode, encoding=encoding, opener=private_opener)


@dataclasses.dataclass(frozen=True)
class LooseMode:
    path: Path
    mode: int  # the permission bits found
    is_dir: bool

    @property
    def fix(self) -> str:
        """The command that makes it private."""
        return f"chmod {'700' if self.is_dir else '600'} {shlex.quote(str(self.path))}"

    def __str__(self) -> str:
        return f"{self.path} is {self.mode:04o}"


def loose_modes(folder: Path | str, *, limit: int = 1000) -> list[LooseMode]:
    """Files and folders under `folder` (itself included) that other users may read."""
    found: list[LooseMode] = []
    root = Path(folder)
    if not root.is_dir():
        return found
    pending = [root]
    while pending and len(found) < limit:
        here = pending.pop()
        try:
            mode = stat.S_IMODE(here.lstat().st_mode)
            entries = list(os.scandir(here))
        except OSError:
            continue
        if mode & 0o077:
            found.append(LooseMode(here, mode, True))
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(Path(entry.path))
                elif entry.is_file(follow_symlinks=False):
                    file_mode = stat.S_IMODE(entry.stat(follow_symlinks=False).st_mode)
                    if file_mode & 0o077:
                        found.append(LooseMode(Path(entry.path), file_mode, False))
            except OSError:
                continue
    return sorted(found[:limit], key=lambda m: str(m.path))
