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


def test_changing_layout_relabels_the_keys_instead_of_building_new_ones(typing, qtbot):
    """Each concern screen's keyboard follows the citizen's language: building ~50 styled
    buttons each time held the GUI thread for tens of ms, so the keys are built once."""
    field, keyboard = typing
    keys_before = set(keyboard.findChildren(type(keyboard.key_button("ض"))))
    keyboard.set_layouts(layouts_for("fr"))
    keyboard.select_layout("tfng")
    qtbot.mouseClick(keyboard._switch_keys["kab"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(keyboard._shift_key, Qt.MouseButton.LeftButton)
    keyboard.set_layouts(layouts_for("ar"))
    assert set(keyboard.findChildren(type(keyboard.key_button("ض")))) == keys_before
    assert keyboard.key_button("a") is None  # the French letters left with their layout
    _tap(qtbot, keyboard, "دض")
    assert field.toPlainText() == "دض"


def test_a_short_layout_hides_the_keys_it_does_not_use(typing):
    _, keyboard = typing
    keyboard.select_layout("tfng")  # its last row has 4 keys, Arabic's 7
    shown = [key for key in keyboard.findChildren(type(keyboard.key_button("ⴰ"))) if key.isVisible()
             and key.parent() is keyboard._grid_host]
    assert sorted(key.text() for key in shown) == sorted(ch for row in LAYOUTS["tfng"].rows for ch in row)
    assert not keyboard._shift_key.isVisible()  # Tifinagh has no capitals


def test_a_new_citizen_gets_small_letters_and_the_first_layout(typing, qtbot):
    _, keyboard = typing
    keyboard.select_layout("fr")
    qtbot.mouseClick(keyboard._shift_key, Qt.MouseButton.LeftButton)
    keyboard.set_layouts(layouts_for("ar"))
    assert keyboard.current_layout() == "ar" and not keyboard._shift_key.isChecked()
    keyboard.set_layouts(layouts_for("fr"))
    assert keyboard.key_button("a") is not None and keyboard.key_button("A") is None
    assert [k.isChecked() for k in (keyboard._switch_keys[code] for code in ("fr", "ar"))] == [True, False]


def test_the_code_keyboard_has_the_receipts_characters_on_four_rows(qtbot):
    """The follow-up's keys: capitals, digits and the dash (what a tracking code is made of),
    so its rows leave room for the warnings above them; its own switch key stays on it."""
    from kiosk.ui.widgets.keyboard_layouts import CODE

    host = QWidget()
    field = QLineEdit()
    keyboard = OnScreenKeyboard([CODE])
    box = QVBoxLayout(host)
    box.addWidget(field)
    box.addWidget(keyboard)
    keyboard.set_target(field)
    qtbot.addWidget(host)
    host.show()
    _tap(qtbot, keyboard, "TST-7K3Q-9XA4")
    assert field.text() == "TST-7K3Q-9XA4"
    assert keyboard.key_button("a") is None and keyboard.key_button("é") is None
    rows = {key.y() for key in keyboard.findChildren(QWidget) if key.property("role") == "key" and key.isVisible()
            and key.parentWidget() is keyboard._grid_host}
    assert len(rows) == 4
    keyboard._switch_keys["code"].click()  # the layout switch: the same keys, no error
    assert keyboard.current_layout() == "code"
