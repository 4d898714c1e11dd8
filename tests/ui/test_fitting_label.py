"""`FittingLabel`: a word too long for the label steps the font down a notch instead of
being cut, and comes back to the theme's size when there is room (kiosk/ui/widgets/fitting_label.py)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from kiosk.ui import theme
from kiosk.ui.layout_audit import layout_problems
from kiosk.ui.widgets.fitting_label import SMALLEST_STEP, FittingLabel


@pytest.fixture
def heading(qtbot):
    theme.apply_theme(QApplication.instance(), theme.NORMAL_SCALE)
    window = QWidget()
    qtbot.addWidget(window)
    label = FittingLabel("Préoccupation")
    label.setProperty("role", "heading")
    QVBoxLayout(window).addWidget(label)
    window.show()
    yield window, label
    theme.apply_theme(QApplication.instance(), theme.NORMAL_SCALE)


def _resize(window, width):
    window.setFixedWidth(width)
    QApplication.processEvents()


def test_a_word_too_wide_steps_down_and_comes_back_with_room(heading):
    window, label = heading
    _resize(window, 900)
    assert label.font_step() == 1.0
    assert label.font().pixelSize() == theme.px("heading")
    _resize(window, 250)  # "Préoccupation" at 40 px bold is some 280 px
    assert SMALLEST_STEP <= label.font_step() < 1.0
    assert layout_problems(window) == []
    _resize(window, 900)
    assert label.font_step() == 1.0


def test_beyond_the_smallest_step_the_audit_still_sees_the_cut(heading):
    window, label = heading
    _resize(window, 120)
    assert label.font_step() == SMALLEST_STEP
    assert any("Préoccupation" in p and "wide" in p for p in layout_problems(window))


def test_the_line_limit_steps_a_sentence_down_to_fit_it(heading):
    window, label = heading
    label.setText("Votre préoccupation est enregistrée")
    _resize(window, 700)
    assert label.font_step() == 1.0  # two lines at the theme's size
    label2 = FittingLabel("Votre préoccupation est enregistrée", max_lines=1)
    label2.setProperty("role", "heading")
    window.layout().addWidget(label2)
    QApplication.processEvents()
    assert label2.font_step() < 1.0
    assert label2.heightForWidth(label2.width()) <= label2.fontMetrics().lineSpacing() + 1


def test_larger_text_is_the_new_normal_size(heading):
    window, label = heading
    _resize(window, 900)
    theme.apply_theme(QApplication.instance(), theme.LARGE_SCALE)
    QApplication.processEvents()
    assert label.font().pixelSize() == theme.px("heading", theme.LARGE_SCALE)
    assert label.font_step() == 1.0
