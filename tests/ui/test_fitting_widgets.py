"""The small mechanisms behind "nothing clipped" on the desk and the display (issue 13, item 3)."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QListWidget, QWidget

from kiosk.ui.desk.buttons import DeskButton
from kiosk.ui.display import style
from kiosk.ui.display.fitted import FittedLabel, fitting_font_px
from kiosk.ui.layout_audit import layout_problems
from kiosk.ui.widgets.splitter import DirectionSafeSplitter


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_a_right_to_left_splitter_keeps_its_panes_inside(qtbot):
    splitter = DirectionSafeSplitter(Qt.Orientation.Horizontal)
    qtbot.addWidget(splitter)
    splitter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    first, second = QListWidget(), QListWidget()
    splitter.addWidget(first)
    splitter.addWidget(second)
    splitter.resize(992, 300)
    splitter.show()
    splitter.setSizes([444, 544])
    _settle()
    for pane in (first, second):
        assert splitter.rect().contains(pane.geometry()), pane.geometry()


def test_a_wrapping_desk_button_goes_on_two_lines_only_while_it_must(qtbot):
    frame = QWidget()
    qtbot.addWidget(frame)
    row = QHBoxLayout(frame)
    button = DeskButton("", role="action", wraps=True)
    button.set_label("Commencer le service  (F3)")
    row.addWidget(button)
    frame.show()
    one_line = button.fontMetrics().horizontalAdvance(button.text())
    frame.resize(one_line // 2 + 80, 200)
    _settle()
    assert "\n" in button.text()
    assert layout_problems(frame) == []
    frame.resize(one_line + 200, 200)
    _settle()
    assert "\n" not in button.text()
    assert button.accessibleName() == "Commencer le service  (F3)"


def test_a_long_name_steps_its_font_down_and_a_short_one_keeps_its_size(qtbot):
    long_name = "Dossier de carte d'identité biométrique"
    assert fitting_font_px("Aide sociale", 300, 40, 24) == 24
    smaller = fitting_font_px(long_name, 200, 40, 24)
    assert style.MIN_FONT_PX <= smaller < 24
    label = FittedLabel("tile-name", bold=True)
    qtbot.addWidget(label)
    label.set_max_px(24)
    label.resize(200, 40)
    label.set_text(long_name)
    label.show()
    _settle()
    assert label.text() == long_name  # whole, never "Dossier de carte d'id…"
    needed = label.fontMetrics().boundingRect(QRect(0, 0, 200, 1000), int(Qt.TextFlag.TextWordWrap), long_name)
    assert needed.height() <= 40 and needed.width() <= 200
