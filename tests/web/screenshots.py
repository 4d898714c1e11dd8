"""Screenshots from the browser tests: always into the session's temporary folder, and into
$MAKTAB_SCREENSHOTS too when it is set (`make screenshots` sets docs/screenshots).

Names follow docs/screenshots: `<lang>-<area>-<page>`, e.g. `ar-backoffice-concerns`.
Runs in the test process's main thread.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from tests.sync.conftest import REPO

NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def screenshot_folders(temp_folder: Path) -> list[Path]:
    """Where a screenshot goes: the temporary folder, then $MAKTAB_SCREENSHOTS (relative to the checkout)."""
    folders = [temp_folder]
    published = os.environ.get("MAKTAB_SCREENSHOTS", "").strip()
    if published:
        folders.append(Path(published) if Path(published).is_absolute() else REPO / published)
    return folders


def take(page, name: str, temp_folder: Path, *, full_page: bool = True) -> list[Path]:
    """PNG of the page as `<name>.png` in each folder; returns the paths written."""
    if not NAME.fullmatch(name):
        raise ValueError(f"screenshot name {name!r}: use lower-case letters, digits and '-', "
                         "like 'ar-backoffice-concerns' (no extension)")
    image = page.screenshot(full_page=full_page, type="png", animations="disabled", caret="hide")
    written = []
    for folder in screenshot_folders(temp_folder):
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{name}.png"
        path.write_bytes(image)
        written.append(path)
    return written
