"""Marks a citizen can tell apart (issue 13, item 8): each language button shows its
language's name in its own script (no shared globe), and no two services share a
near-identical picture."""
from __future__ import annotations

import itertools
import tomllib

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from kiosk.domain.languages import ENDONYMS
from kiosk.resources import CATALOGUE_PATH, ICONS_DIR
from kiosk.ui.citizen.language_screen import LanguageScreen

SIDE = 32  # about the size a glance takes in
MIN_DIFFERENT = 0.30  # share of pixels that must differ; the old look-alikes were at 0.16 and 0.24


def test_each_language_button_is_its_own_name_in_its_own_script(qtbot):
    screen = LanguageScreen(("ar", "fr", "kab", "en"))
    qtbot.addWidget(screen)
    names = {}
    for language, button in screen.buttons.items():
        assert button.icon().isNull(), language  # no globe repeated four times
        names[language] = button.accessibleName()
        assert button.text().strip() == ENDONYMS[language]
    assert names["ar"] == "العربية" and names["fr"] == "Français"
    assert len(set(names.values())) == 4
    assert screen.buttons["ar"].layoutDirection() == Qt.LayoutDirection.RightToLeft


def _render(stem: str) -> QImage:
    image = QImage(SIDE, SIDE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS_DIR / f"{stem}.svg")).render(painter)
    painter.end()
    return image


def _share_different(first: QImage, second: QImage) -> float:
    different = 0
    for x, y in itertools.product(range(SIDE), repeat=2):
        a, b = first.pixelColor(x, y), second.pixelColor(x, y)
        if abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) > 96:
            different += 1
    return different / (SIDE * SIDE)


def test_no_two_services_have_look_alike_pictures(qapp):
    services = tomllib.loads(CATALOGUE_PATH.read_text(encoding="utf-8"))["service"]
    stems = sorted({service["icon"] for service in services})
    assert len(stems) == len(services)  # one picture per service
    images = {stem: _render(stem) for stem in stems}
    alike = {(a, b): round(_share_different(images[a], images[b]), 2)
             for a, b in itertools.combinations(stems, 2)
             if _share_different(images[a], images[b]) < MIN_DIFFERENT}
    assert alike == {}
