"""The hall display's look: dark, calm, very high contrast, sized from the window height.

A TV across a hall is read from 5–15 m: light text on a dark background glares less
than the kiosk's light theme, and every size is a multiple of `unit = height / 1080`,
so the same board reads on a 1920×1080 TV and still fits 1280×720 or 1024×600.

The board sets this stylesheet on itself (a widget's own stylesheet wins over the
application's), so the citizen theme is untouched.

Thread use: GUI thread.
"""
from __future__ import annotations

from kiosk.ui import theme

COLORS = {
    "background": "#0D1B1A",
    "panel": "#14302E",
    "panel_border": "#2B4F4C",
    "hero": theme.COLORS["primary"],  # #0B5D5B
    # A new call turns the hero deep blue, edged in amber: a change of colour the eye
    # catches, with every text on it still above 7:1 (the old light teal left the amber
    # ticket at 2.33:1).
    "hero_flash": "#123E6B",
    "text": "#FFFFFF",
    "muted": "#C4D8D5",
    "ticket": "#FFD166",  # amber on teal ≈ 5:1, on the dark panels ≈ 12:1
    "badge_bg": theme.COLORS["warning_bg"],
    "badge_border": theme.COLORS["warning_border"],
    "badge_text": theme.COLORS["warning_text"],
}

# (text, what it is drawn on): at least 4.5:1, checked by tests/ui/test_contrast.py.
TEXT_PAIRS = tuple(
    (text, ground)
    for ground in ("background", "panel", "hero", "hero_flash")
    for text in ("text", "muted", "ticket")
) + (("badge_text", "badge_bg"),)
# (mark, what is next to it): at least 3:1 — the flash's amber edge on the page.
MARK_PAIRS = (("ticket", "background"),)

REFERENCE_HEIGHT = 1080
MIN_FONT_PX = 12

# Base sizes at 1080 px of height.
SIZES = {
    "office": 40,
    "clock": 56,
    "badge": 22,
    "heading": 30,
    "hero_heading": 34,
    "hero_ticket": 230,  # upper bound; the hero shrinks it to fit its width
    "recent_head": 26,
    "recent_row": 58,
    "tile_name": 24,
    "tile_name2": 21,
    "tile_count": 58,
    "tile_icon": 60,
    "ticker": 36,
    "empty": 30,
}


def unit_for(height: int) -> float:
    return max(height, 200) / REFERENCE_HEIGHT


def px(name: str, unit: float) -> int:
    return max(MIN_FONT_PX, round(SIZES[name] * unit))


def stylesheet(unit: float) -> str:
    c = COLORS

    def s(name: str) -> int:
        return px(name, unit)

    radius = max(6, round(18 * unit))
    return f"""
QWidget#display-board {{ background: {c['background']}; }}
QLabel {{ color: {c['text']}; background: transparent; }}
QLabel[role="office"] {{ font-size: {s('office')}px; font-weight: bold; }}
QLabel[role="clock"] {{ font-size: {s('clock')}px; font-weight: bold; }}
QLabel[role="heading"] {{ font-size: {s('heading')}px; font-weight: bold; color: {c['muted']}; }}
QLabel[role="hero-heading"] {{ font-size: {s('hero_heading')}px; font-weight: bold; color: {c['muted']}; }}
QLabel[role="hero-ticket"] {{ font-weight: bold; color: {c['ticket']}; }}
QLabel[role="hero-arrow"] {{ font-weight: bold; color: {c['text']}; }}
QLabel[role="hero-counter"] {{ font-weight: bold; color: {c['text']}; }}
QLabel[role="hero-counter2"] {{ color: {c['muted']}; }}
QLabel[role="recent-head"] {{ font-size: {s('recent_head')}px; color: {c['muted']}; }}
QLabel[role="recent-ticket"] {{ font-size: {s('recent_row')}px; font-weight: bold; color: {c['ticket']}; }}
QLabel[role="recent-arrow"] {{ font-size: {round(s('recent_row') * 0.7)}px; color: {c['muted']}; }}
QLabel[role="recent-counter"] {{ font-size: {s('recent_row')}px; font-weight: bold; }}
QLabel[role="tile-name"] {{ font-size: {s('tile_name')}px; font-weight: bold; }}
QLabel[role="tile-name2"] {{ font-size: {s('tile_name2')}px; color: {c['muted']}; }}
QLabel[role="tile-count"] {{ font-size: {s('tile_count')}px; font-weight: bold; color: {c['ticket']}; }}
QLabel[role="empty"] {{ font-size: {s('empty')}px; color: {c['muted']}; }}
QFrame[role="panel"] {{
    background: {c['panel']}; border: {max(1, round(2 * unit))}px solid {c['panel_border']}; border-radius: {radius}px;
}}
QFrame[role="hero"] {{ background: {c['hero']}; border: none; border-radius: {radius}px; }}
QFrame[role="hero"][flash="true"] {{
    background: {c['hero_flash']}; border: {max(2, round(6 * unit))}px solid {c['ticket']};
}}
QFrame[role="tile"] {{ background: {c['background']}; border: none; border-radius: {max(4, radius // 2)}px; }}
QLabel[role="badge"] {{
    font-size: {s('badge')}px; font-weight: bold; color: {c['badge_text']}; background: {c['badge_bg']};
    border: {max(1, round(2 * unit))}px solid {c['badge_border']}; border-radius: {radius}px;
    padding: {round(4 * unit)}px {round(14 * unit)}px;
}}
"""
