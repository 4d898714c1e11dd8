"""The on-screen keyboard types every script into a real field, like a finger would."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from kiosk.ui.widgets.keyboard import OnScreenKeyboard
from kiosk.ui.widgets.keyboard_layouts import LAYOUTS, layouts_for


@pytest.fixture
def typing(qtbot):
    host = QWidget()
    field = QPlainTextEdit()
    keyboard = OnScreenKeyboard(layouts_for("ar"))
    box = QVBoxLayout(host)
    box.addWidget(field)
    box.addWidget(keyboard)
    keyboard.set_target(field)
    qtbot.addWidget(host)
    host.resize(1200, 600)
    host.show()
    keyboard.host = host  # qtbot holds widgets weakly: keep the window alive for the test
    return field, keyboard


def _tap(qtbot, keyboard, chars):
    for ch in chars:
        key = keyboard.key_button(ch)
        assert key is not None, f"no key {ch!r} on layout {keyboard.current_layout()}"
        qtbot.mouseClick(key, Qt.MouseButton.LeftButton)


def test_arabic_is_the_first_layout_for_arabic(typing, qtbot):
    field, keyboard = typing
    assert keyboard.current_layout() == "ar"
    _tap(qtbot, keyboard, "حفرة")
    assert field.toPlainText() == "حفرة"


@pytest.mark.parametrize("layout, text", [
    ("fr", "trottoir cassé"),
    ("kab", "abrid yeččur d lḥefra"),
    ("tfng", "ⴰⴱⵔⵉⴷ"),
])
def test_each_script_types_its_letters(typing, qtbot, layout, text):
    field, keyboard = typing
    keyboard.select_layout(layout)
    for word_index, word in enumerate(text.split(" ")):
        if word_index:
            qtbot.mouseClick(keyboard._space_key, Qt.MouseButton.LeftButton)
        _tap(qtbot, keyboard, word)
    assert field.toPlainText() == text


def test_shift_types_one_capital_and_backspace_deletes(typing, qtbot):
    field, keyboard = typing
    keyboard.select_layout("kab")
    qtbot.mouseClick(keyboard._shift_key, Qt.MouseButton.LeftButton)
    _tap(qtbot, keyboard, "Ɣ")
    _tap(qtbot, keyboard, "ef")  # back to small letters after one capital
    qtbot.mouseClick(keyboard._back_key, Qt.MouseButton.LeftButton)
    assert field.toPlainText() == "Ɣe"


def test_keys_do_not_steal_focus_and_keep_physical_order(typing, qtbot):
    field, keyboard = typing
    field.setFocus()
    _tap(qtbot, keyboard, "ض")
    host = keyboard.window()
    host.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # Arabic interface
    first, last = keyboard.key_button("ض"), keyboard.key_button("د")
    assert first.mapTo(keyboard, first.rect().center()).x() < last.mapTo(keyboard, last.rect().center()).x()
    assert all(k.focusPolicy() == Qt.FocusPolicy.NoFocus for k in keyboard.findChildren(type(first)))


def test_physical_keyboard_still_types(qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "Rue 5")
    assert field.text() == "Rue 5"


def test_keys_are_big_enough_to_touch(typing):
    _, keyboard = typing
    for key in keyboard.findChildren(type(keyboard.key_button("ض"))):
        if key.isVisible():
            assert key.height() >= 48, key.text()


def test_tifinagh_layout_has_all_ircam_letters():
    letters = {ch for row in LAYOUTS["tfng"].rows for ch in row}
    ircam = set("ⴰⴱⴳⴷⴹⴻⴼⴽⵀⵃⵄⵅⵇⵉⵊⵍⵎⵏⵓⵔⵕⵖⵙⵚⵛⵜⵟⵡⵢⵣⵥ")
    assert ircam <= letters
