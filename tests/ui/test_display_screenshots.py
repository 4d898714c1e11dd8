"""Display screenshots: every variant in every language, at the TV size and a small one."""
from __future__ import annotations

from PySide6.QtGui import QImage

from kiosk.config import Settings
from kiosk.ui.display.screenshots import render_display_screens


def test_display_screenshots_in_arabic_and_french(qtbot, qapp, office, tmp_path):
    settings = Settings(data_dir=tmp_path)
    written = render_display_screens(office, settings, tmp_path / "shots", ["ar", "fr"])
    names = sorted(p.name for p in written)
    assert names == sorted(f"{lang}-display-{variant}.png" for lang in ("ar", "fr")
                           for variant in ("board", "offline", "welcome", "board-small"))
    for path in written:
        image = QImage(str(path))
        expected = (1280, 720) if path.stem.endswith("small") else (1920, 1080)
        assert (image.width(), image.height()) == expected, path.name
    # The sample is in memory only: nothing was called or issued in the office.
    assert office.recent_calls(10) == [] and sum(office.waiting_counts().values()) == 0
