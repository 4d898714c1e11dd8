"""Private files and folders whatever the umask, and the list doctor warns about."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from sync.private_files import (
    create_private_file,
    loose_modes,
    make_private_dir,
    open_private,
)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """The most permissive umask: nothing is taken away from the modes asked for."""
    old = os.umask(0)
    yield
    os.umask(old)


def test_private_modes_even_with_an_open_umask(tmp_path, open_umask):
    folder = make_private_dir(tmp_path / "data" / "receipts")
    assert mode(folder) == 0o700
    assert create_private_file(folder / "office.sqlite3") is True
    assert create_private_file(folder / "office.sqlite3") is False  # an existing file is left alone
    assert mode(folder / "office.sqlite3") == 0o600
    loose = folder / "left-by-an-old-version.bin"
    loose.write_bytes(b"x")
    loose.chmod(0o644)
    with open_private(loose, "ab") as f:  # a file printer appending to an old file tightens it
        f.write(b"y")
    assert mode(loose) == 0o600 and loose.read_bytes() == b"xy"
    with open_private(folder / "export.jsonl", "w", encoding="utf-8") as f:
        f.write("{}\n")
    assert mode(folder / "export.jsonl") == 0o600


def test_loose_modes_names_each_file_and_its_fix(tmp_path):
    data = make_private_dir(tmp_path / "my data")
    create_private_file(data / "office.sqlite3")
    assert loose_modes(data) == []
    (data / "office.sqlite3").chmod(0o644)
    (data / "receipts").mkdir(mode=0o755)
    (data / "receipts").chmod(0o755)
    found = loose_modes(data)
    assert [(m.path.name, m.mode) for m in found] == [("office.sqlite3", 0o644), ("receipts", 0o755)]
    assert found[0].fix == f"chmod 600 '{data / 'office.sqlite3'}'"  # quoted: the folder name has a space
    assert found[1].fix == f"chmod 700 '{data / 'receipts'}'"
