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


def test_every_picture_is_exactly_the_size_asked(qtbot, settings, tmp_path):
    """`maktab screenshots --size 1024x768`: no window grows to hide what does not fit
    (French home used to come out 1,095 px wide, the desk 1,269)."""
    from kiosk.ui.screenshots import render_all_screens

    files = render_all_screens(settings, tmp_path / "small", languages=["fr"], size=(1024, 768), display_size=None)
    sizes = {path.name: (QImage(str(path)).width(), QImage(str(path)).height()) for path in files}
    assert {"fr-home.png", "fr-desk-main.png", "fr-display-board.png", "fr-concern-consent.png"} <= set(sizes)
    assert {name: size for name, size in sizes.items() if size != (1024, 768)} == {}
