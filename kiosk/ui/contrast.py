"""WCAG 2.x contrast between two sRGB colours, from their hex codes (no Qt).

    contrast_ratio("#FFFFFF", "#0B5D5B")  # → 7.69

Text needs at least `TEXT_MIN` (4.5:1, WCAG 1.4.3) against what it sits on; a mark that
is not text — the focus ring, a border that shows a control — at least `MARK_MIN`
(3:1, WCAG 1.4.11). The themes (kiosk/ui/theme.py, kiosk/ui/display/style.py) list the
pairs they draw, and tests/ui/test_contrast.py checks every one with this function.

Thread use: any (plain arithmetic).
"""
from __future__ import annotations

TEXT_MIN = 4.5
MARK_MIN = 3.0


def relative_luminance(hex_colour: str) -> float:
    """WCAG relative luminance of `#RRGGBB`: 0 for black, 1 for white."""
    code = hex_colour.lstrip("#")
    if len(code) != 6:
        raise ValueError(f"expected #RRGGBB, got {hex_colour!r}")

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(int(code[i:i + 2], 16)) for i in (0, 2, 4))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """From 1 (the same luminance) to 21 (black on white); the order does not matter."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


__all__ = ["MARK_MIN", "TEXT_MIN", "contrast_ratio", "relative_luminance"]
