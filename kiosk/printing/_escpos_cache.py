"""Point python-escpos at a lasting cache of its printer-capability database.

On import, python-escpos parses a large YAML file (about 0.6 s here) unless it finds a
pickled copy, which by default it looks for in a new temporary folder each time, so it
never does. Giving it one folder that lasts makes every start after the first fast.
Import this module before anything from `escpos`.
"""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def _configure() -> None:
    if "ESCPOS_CAPABILITIES_PICKLE_DIR" in os.environ:
        return
    folder = Path(platformdirs.user_cache_dir("maktab", appauthor=False)) / "escpos"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # unwritable home: escpos falls back to its own temporary folder
    os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = str(folder)


_configure()
