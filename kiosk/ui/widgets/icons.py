"""Icons by stem from `kiosk/assets/icons/<stem>.svg`, with a drawn fallback.

An icon missing from the folder never breaks a screen: the fallback is a plain rounded
square, so the layout keeps its shape. Icons whose meaning is a direction (`back`) are
mirrored for right-to-left languages by the caller (`mirrored=True`).

Thread use: GUI thread (QPixmap).
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QTransform
from PySide6.QtSvg import QSvgRenderer

from kiosk.resources import ICONS_DIR

log = logging.getLogger(__name__)

_RENDER_PX = 192  # rendered once, scaled down by Qt for each use


def icon_path(stem: str) -> Path:
    return ICONS_DIR / f"{stem}.svg"


_cache: dict[tuple[str, int], QPixmap] = {}  # only icons found: a missing one is looked for again


def _rendered(stem: str, size: int) -> QPixmap | None:
    cached = _cache.get((stem, size))
    if cached is not None:
        return cached
    path = icon_path(stem)
    if not path.is_file():
        return None
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        log.warning("icon %s is not a valid SVG", path)
        return None
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    bounds = renderer.viewBoxF()
    if bounds.isEmpty():
        bounds = QRectF(0, 0, size, size)
    # keep the aspect ratio, centred
    ratio = min(size / bounds.width(), size / bounds.height())
    w, h = bounds.width() * ratio, bounds.height() * ratio
    renderer.render(painter, QRectF((size - w) / 2, (size - h) / 2, w, h))
    painter.end()
    _cache[(stem, size)] = pixmap
    return pixmap


def _fallback(size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#B9C9C7"))
    margin = size * 0.12
    painter.drawRoundedRect(QRectF(margin, margin, size - 2 * margin, size - 2 * margin), size * 0.18, size * 0.18)
    painter.end()
    return pixmap


def icon_pixmap(stem: str, size: int, *, mirrored: bool = False) -> QPixmap:
    """The icon `stem` as a `size`×`size` pixmap (fallback if the SVG is missing)."""
    pixmap = _rendered(stem, max(size, 16))
    if pixmap is None:
        pixmap = _fallback(size)
    elif pixmap.width() != size:
        pixmap = pixmap.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                               Qt.TransformationMode.SmoothTransformation)
    if mirrored:
        pixmap = pixmap.transformed(QTransform().scale(-1, 1))
    return pixmap


def icon(stem: str, *, mirrored: bool = False) -> QIcon:
    return QIcon(icon_pixmap(stem, _RENDER_PX, mirrored=mirrored))
