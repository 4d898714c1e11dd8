"""QR codes as QPixmaps (the `qrcode` library computes the matrix; Qt draws it).

Thread use: `qr_matrix` anywhere; `qr_image` on any thread (QImage); `qr_pixmap` GUI only.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from kiosk.printing.qr_matrix import qr_modules


def qr_matrix(payload: str) -> list[list[bool]]:
    """The modules of `payload`'s QR code, quiet zone (4 modules) included."""
    modules = qr_modules(payload, "M")
    blank = [False] * (len(modules) + 8)
    return [blank] * 4 + [[False] * 4 + list(row) + [False] * 4 for row in modules] + [blank] * 4


def qr_image(payload: str, size: int) -> QImage:
    matrix = qr_matrix(payload)
    modules = len(matrix)
    scale = max(1, size // modules)  # whole pixels per module: sharp edges for cameras
    side = modules * scale
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(QRect(x * scale, y * scale, scale, scale))
    painter.end()
    return image


def qr_pixmap(payload: str, size: int) -> QPixmap:
    return QPixmap.fromImage(qr_image(payload, size))
