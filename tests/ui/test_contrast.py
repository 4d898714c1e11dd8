"""Contrast from the themes' own colours (issue 13, item 8): every text at least 4.5:1 on
what it is drawn on, every mark (focus ring, borders, the display's flash edge) at least
3:1, computed with WCAG's formula — for every pair the kiosk and display themes list, and
for every rule of their stylesheets that sets a text colour and a background together."""
from __future__ import annotations

import re

import pytest

from kiosk.ui import theme
from kiosk.ui.contrast import MARK_MIN, TEXT_MIN, contrast_ratio, relative_luminance
from kiosk.ui.display import style as display_style

THEMES = {"kiosk": theme, "display": display_style}


def test_the_formula_gives_wcag_reference_values():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # the classic just-too-light grey
    assert contrast_ratio("#FFFFFF", "#0B5D5B") == contrast_ratio("#0B5D5B", "#FFFFFF")
    assert relative_luminance("#808080") == pytest.approx(0.2159, abs=1e-4)
    # the two defects this test was written for
    assert contrast_ratio("#FFD166", "#1B9C96") < TEXT_MIN  # the display's old flash
    assert contrast_ratio("#E0A100", "#F6F4EE") < MARK_MIN  # the old focus ring


@pytest.mark.parametrize("name", THEMES)
def test_every_text_pair_reads(name):
    module = THEMES[name]
    low = {(fg, bg): round(contrast_ratio(module.COLORS[fg], module.COLORS[bg]), 2)
           for fg, bg in module.TEXT_PAIRS
           if contrast_ratio(module.COLORS[fg], module.COLORS[bg]) < TEXT_MIN}
    assert low == {}


@pytest.mark.parametrize("name", THEMES)
def test_every_mark_stands_out(name):
    module = THEMES[name]
    low = {(mark, bg): round(contrast_ratio(module.COLORS[mark], module.COLORS[bg]), 2)
           for mark, bg in module.MARK_PAIRS
           if contrast_ratio(module.COLORS[mark], module.COLORS[bg]) < MARK_MIN}
    assert low == {}


def test_the_display_flash_keeps_the_called_number_readable():
    c = display_style.COLORS
    for text in ("text", "muted", "ticket"):
        assert contrast_ratio(c[text], c["hero_flash"]) >= TEXT_MIN, text
    assert ("ticket", "hero_flash") in display_style.TEXT_PAIRS


def test_the_focus_ring_is_listed_against_the_page_and_the_buttons():
    assert {("focus", "background"), ("focus", "surface")} <= set(theme.MARK_PAIRS)


_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_COLOUR = re.compile(r"(?<![-\w])color:\s*(#[0-9A-Fa-f]{6})")
_BACKGROUND = re.compile(r"background:\s*(#[0-9A-Fa-f]{6})")


@pytest.mark.parametrize("sheet", [theme.stylesheet(), display_style.stylesheet(1.0)], ids=["kiosk", "display"])
def test_every_stylesheet_rule_with_text_and_background_reads(sheet):
    """A rule setting both (a badge, a primary button, a checked tile…) is checked as written,
    so a colour typed straight into a stylesheet cannot escape the lists above."""
    checked, low = 0, {}
    for selector, body in _RULE.findall(sheet):
        colour, background = _COLOUR.search(body), _BACKGROUND.search(body)
        if colour and background:
            checked += 1
            ratio = contrast_ratio(colour.group(1), background.group(1))
            if ratio < TEXT_MIN:
                low[selector.strip()] = round(ratio, 2)
    assert checked >= 1 and low == {}  # the test looked at something
