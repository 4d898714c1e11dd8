"""Screenshots of every citizen screen, without touching the office's tickets."""
from __future__ import annotations

from PySide6.QtGui import QImage

from kiosk.ui.screenshots import SCREENS, render_citizen_screens


def test_renders_every_screen_in_each_language(qtbot, office, settings, tmp_path):
    files = render_citizen_screens(office, settings, tmp_path / "shots", languages=["ar", "kab"])
    assert [f.name for f in files] == [f"{lang}-{screen}.png" for lang in ("ar", "kab") for screen in SCREENS]
    for path in files:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1280, 800), path.name
    assert office.waiting_count(office.services()[0].code) == 0  # the sample ticket is not stored


def test_render_all_screens_for_the_cli_leaves_the_real_office_alone(qtbot, settings, tmp_path):
    from kiosk.ui.screenshots import render_all_screens

    files = render_all_screens(settings, tmp_path / "all", languages=["fr"])
    names = {f.name for f in files}
    assert {f"fr-{screen}.png" for screen in SCREENS} <= names
    assert any("desk" in name for name in names) and len(names) > len(SCREENS)
    assert all(f.exists() for f in files)
    assert not settings.database_path.exists()  # no office was opened in the data folder
