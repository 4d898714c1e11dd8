"""The kiosk's look: bundled fonts, a calm high-contrast palette and one stylesheet.

Fonts come only from `kiosk/assets/fonts` (never from the system), so Arabic is joined and
Kabyle letters such as ɛ and ɣ render the same on every kiosk. Sizes are in pixels and
scale as a whole with the larger-text switch.

Widgets choose their look with a dynamic `role` property (`heading`, `primary`, …)
rather than object names, so a screen can restyle without touching this file.

Thread use: GUI thread only.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from kiosk.resources import FONTS_DIR

log = logging.getLogger(__name__)


# Latin first (Noto Sans has ɛ ɣ ḍ ṛ ṭ ẓ for Kabyle), then Arabic and Tifinagh: Qt picks,
# glyph by glyph, the first family that has it.
FONT_FAMILIES = ["Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans Tifinagh"]

NORMAL_SCALE = 1.0
LARGE_SCALE = 1.25

# Calm, high contrast: dark text on a warm off-white; deep teal for the main actions
# (white on #0B5D5B is about 7.5:1); amber for warnings, never a flashing red. The focus
# ring is a dark amber: 5:1 on the page and on white (the old #E0A100 was 2.06:1).
# TEXT_PAIRS and MARK_PAIRS below list what is drawn on what; tests/ui/test_contrast.py
# checks them all (kiosk/ui/contrast.py).
COLORS = {
    "background": "#F6F4EE",
    "surface": "#FFFFFF",
    "text": "#1B1B1B",
    "muted": "#4A4A4A",
    "primary": "#0B5D5B",
    "primary_pressed": "#07403F",
    "primary_text": "#FFFFFF",
    "border": "#5C5C5C",
    "focus": "#A35200",
    "listening": "#6A1B9A",  # the ring round the button just spoken in listening mode (not the focus's amber)
    "warning_bg": "#FFF1C7",
    "warning_border": "#B26B00",
    "warning_text": "#3B2A00",
    "disabled": "#9A9A9A",
    "pressed": "#E4E0D4",
    "selected": "#DDEEEC",  # a checked tile or toggle
    "panel_border": "#D8D4C8",  # decoration only: the panel's white already sets it apart
}

# (text, what it is drawn on): at least 4.5:1 (WCAG 1.4.3). Disabled text is exempt.
TEXT_PAIRS = (
    ("text", "background"), ("text", "surface"), ("text", "pressed"), ("text", "selected"),
    ("muted", "background"), ("muted", "surface"),
    ("primary", "background"), ("primary", "surface"),  # the ticket number
    ("primary_text", "primary"), ("primary_text", "primary_pressed"),
    ("warning_text", "warning_bg"),
)
# (mark, what is next to it): at least 3:1 (WCAG 1.4.11): the focus ring on the page, on
# a panel and on a button; the borders that show where a button or a checked tile is.
MARK_PAIRS = (
    ("focus", "background"), ("focus", "surface"), ("focus", "pressed"), ("focus", "selected"),
    ("listening", "background"), ("listening", "surface"), ("listening", "selected"), ("listening", "warning_bg"),
    ("border", "background"), ("border", "surface"),
    ("primary", "selected"), ("warning_border", "warning_bg"),
)

# Base sizes in pixels at NORMAL_SCALE.
SIZES = {
    "body": 24,
    "small": 20,
    "button": 28,
    "heading": 40,
    "title": 48,
    "ticket": 150,  # not scaled by the larger-text switch: already the biggest thing on screen
}

MIN_TOUCH_PX = 64  # design §7: at least 64 px, never under 48 px


def load_fonts(fonts_dir: Path = FONTS_DIR) -> list[str]:
    """Register the bundled fonts with Qt; returns the families found."""
    families: list[str] = []
    for path in sorted(fonts_dir.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("cannot load font %s", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    missing = [f for f in FONT_FAMILIES if f not in families]
    if missing:
        log.warning("bundled fonts missing from %s: %s", fonts_dir, ", ".join(missing))
    return families


def app_font(scale: float = NORMAL_SCALE) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(round(SIZES["body"] * scale))
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def px(name: str, scale: float = NORMAL_SCALE) -> int:
    return round(SIZES[name] * scale)


def stylesheet(scale: float = NORMAL_SCALE) -> str:
    c = COLORS

    def s(name: str) -> int:
        return px(name, scale)

    return f"""
QWidget {{ color: {c['text']}; font-size: {s('body')}px; }}
QStackedWidget, QWidget[role="screen"] {{ background: {c['background']}; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
QLabel {{ background: transparent; }}
QLabel[role="title"] {{ font-size: {s('title')}px; font-weight: bold; }}
QLabel[role="heading"] {{ font-size: {s('heading')}px; font-weight: bold; }}
QLabel[role="muted"] {{ color: {c['muted']}; font-size: {s('small')}px; }}
QLabel[role="fine-print"] {{ font-size: {s('small')}px; }}
QLabel[role="tile-name"] {{ font-size: {s('body')}px; font-weight: bold; }}
QLabel[role="tile-wait"] {{ color: {c['muted']}; font-size: {s('small')}px; }}
QLabel[role="ticket-label"] {{ font-size: {SIZES['ticket']}px; font-weight: bold; color: {c['primary']}; }}
QLabel[role="ticket-info"] {{ font-size: {s('heading') - 8}px; }}
QLabel[role="status"] {{ font-size: {s('button')}px; font-weight: bold; }}
QLabel[role="document"] {{ font-size: {s('body')}px; padding: 4px 0; }}
QFrame[role="panel"] {{
    background: {c['surface']}; border: 2px solid {c['panel_border']}; border-radius: 16px;
}}
QFrame[role="warning"] {{
    background: {c['warning_bg']}; border: 3px solid {c['warning_border']}; border-radius: 16px;
}}
QFrame[role="warning"] QLabel {{ color: {c['warning_text']}; font-size: {s('button')}px; font-weight: bold; }}
QPushButton {{
    background: {c['surface']}; color: {c['text']};
    border: 2px solid {c['border']}; border-radius: 14px;
    padding: 10px 22px; font-size: {s('button')}px; font-weight: bold;
    min-height: {MIN_TOUCH_PX}px;
}}
QPushButton:pressed {{ background: {c['pressed']}; }}
QPushButton:focus {{ border: 4px solid {c['focus']}; }}
QPushButton:disabled {{ color: {c['disabled']}; border-color: {c['disabled']}; }}
QPushButton[role="primary"] {{
    background: {c['primary']}; color: {c['primary_text']}; border: 2px solid {c['primary_pressed']};
}}
QPushButton[role="primary"]:pressed {{ background: {c['primary_pressed']}; }}
QPushButton[role="primary"]:focus {{ border: 4px solid {c['focus']}; }}
QPushButton[role="tile"] {{ text-align: left; padding: 8px 14px; }}
QPushButton[role="tile"]:checked {{ background: {c['selected']}; border: 3px solid {c['primary']}; }}
QPushButton[role="tile"][unavailable="true"] {{ background: #E6E4DE; border: 2px dashed #8A8A8A; }}
QPushButton[role="tile"][unavailable="true"] QLabel {{ color: #4A4A4A; }}
QPushButton[role="nav"] {{ font-size: {s('body')}px; padding: 6px 18px; }}
QPushButton[role="toggle"] {{ font-size: {s('body')}px; padding: 6px 18px; }}
QPushButton[role="toggle"]:checked {{ background: {c['selected']}; border: 3px solid {c['primary']}; }}
QScrollBar:vertical {{ width: 28px; background: #E9E6DC; border-radius: 14px; }}
QScrollBar::handle:vertical {{ background: #8A877E; border-radius: 12px; min-height: 80px; margin: 2px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; width: 0; }}
"""


_current_scale = NORMAL_SCALE


def current_scale() -> float:
    """The scale `apply_theme` used last: screens with their own stylesheet follow it."""
    return _current_scale


def apply_theme(app: QApplication, scale: float = NORMAL_SCALE) -> None:
    """Fonts, palette and stylesheet for the whole application."""
    global _current_scale
    _current_scale = scale
    app.setFont(app_font(scale))
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(COLORS["background"]))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(COLORS["text"]))
    palette.setColor(QPalette.ColorRole.Base, QColor(COLORS["surface"]))
    palette.setColor(QPalette.ColorRole.Text, QColor(COLORS["text"]))
    palette.setColor(QPalette.ColorRole.Button, QColor(COLORS["surface"]))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(COLORS["text"]))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(COLORS["primary"]))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(COLORS["primary_text"]))
    app.setPalette(palette)
    app.setStyleSheet(stylesheet(scale))
