"""The bundled fonts receipts are drawn with, loaded once into Qt's font database.

Receipts never use system fonts: a kiosk image may lack Arabic or Tifinagh fonts, and a
receipt must look the same on every machine. `receipt_fonts()` loads `kiosk/assets/fonts/`
the first time it is called and returns the family names to use.

Thread: any thread, once a QGuiApplication exists (Qt's font database is thread-safe;
a lock makes the loading happen once). Calling it at start-up keeps the first receipt
as fast as the others.
"""
from __future__ import annotations

import dataclasses
import os
import threading

from PySide6.QtGui import QFontDatabase, QGuiApplication

from kiosk.resources import FONTS_DIR

# file → the role it plays; the family names are read back from Qt, not assumed.
_FILES = {
    "arabic": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    "arabic_naskh": ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    "latin": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    "tifinagh": ("NotoSansTifinagh-Regular.ttf",),
}


class FontsMissing(RuntimeError):
    """A bundled font file is missing or Qt refused it (the install is incomplete)."""


@dataclasses.dataclass(frozen=True)
class ReceiptFonts:
    """Family names of the bundled fonts, as Qt knows them."""

    arabic: str  # Noto Sans Arabic: plain shapes that survive 1-bit thresholding
    arabic_naskh: str  # Noto Naskh Arabic: kept for headings that want a classic look
    latin: str  # Noto Sans: Latin with the Kabyle letters ɛ ɣ č ḍ ḥ ṛ ṣ ṭ ẓ ǧ
    tifinagh: str  # Noto Sans Tifinagh

    def families(self, rtl: bool) -> list[str]:
        """Fallback chain for one line: the line's own script first, then the others."""
        first = [self.arabic, self.latin] if rtl else [self.latin, self.arabic]
        return [*first, self.tifinagh]


_lock = threading.Lock()
_loaded: ReceiptFonts | None = None
_headless_app: list[QGuiApplication] = []


def ensure_gui_application() -> None:
    """Make sure a QGuiApplication exists, off-screen when none does: drawing a receipt or a
    report needs one but no screen (a command run over SSH, a server). Main thread only."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _headless_app.append(QGuiApplication([]))


def receipt_fonts() -> ReceiptFonts:
    """Load the bundled fonts (once) and return their family names.

    Raises `FontsMissing` when a file is missing or unreadable, and RuntimeError when no
    QGuiApplication exists yet (Qt cannot rasterise text without one).
    """
    global _loaded
    with _lock:
        if _loaded is not None:
            return _loaded
        if QGuiApplication.instance() is None:
            raise RuntimeError("receipt fonts need a QGuiApplication; create it before rendering receipts")
        names: dict[str, str] = {}
        for role, files in _FILES.items():
            for file_name in files:
                path = FONTS_DIR / file_name
                if not path.is_file():
                    raise FontsMissing(f"bundled font {path} is missing; reinstall the kiosk")
                font_id = QFontDatabase.addApplicationFont(str(path))
                families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
                if not families:
                    raise FontsMissing(f"Qt could not load the bundled font {path}")
                names.setdefault(role, families[0])
        _loaded = ReceiptFonts(**names)
        return _loaded
