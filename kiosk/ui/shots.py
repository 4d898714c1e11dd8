"""Where each rendered screen goes: a PNG file, or a look by a checker.

    shots = Shots("docs/screenshots")            # writes <name>.png with QWidget.grab()
    shots = Shots(None, look=check_layout)       # calls check_layout(widget, name) instead

The screenshot renderers (kiosk/ui/screenshots.py and the desk, display and concern ones)
drive the screens; the no-clipping test drives them the same way and only looks, so one
mechanism shows every screen to both.

Thread use: GUI thread.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

Look = Callable[[QWidget, str], None]


class Shots:
    def __init__(self, out_dir: Path | str | None, look: Look | None = None):
        if out_dir is None and look is None:
            raise ValueError("Shots needs a folder to write to or a look to call")
        self.out = Path(out_dir) if out_dir is not None else None
        if self.out is not None and look is None:
            self.out.mkdir(parents=True, exist_ok=True)
        self.look = look
        self.written: list[Path] = []

    def __call__(self, widget: QWidget, name: str, picture: QPixmap | None = None) -> None:
        """`widget` shows screen `name`; `picture` when the PNG is more than `widget.grab()`."""
        if self.look is not None:
            self.look(widget, name)
            return
        assert self.out is not None
        path = self.out / f"{name}.png"
        if not (picture if picture is not None else widget.grab()).save(str(path)):
            raise OSError(f"cannot write {path}")
        self.written.append(path)
