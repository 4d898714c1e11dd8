"""An on-screen keyboard for the touchscreen, typing into a line or text field.

Why our own widget rather than Qt Virtual Keyboard: it needs Tamazight layouts in
Latin and Tifinagh that Qt's does not ship, it must stay in the kiosk window (no
input-method plugin to install on each PC), and Qt Virtual Keyboard is GPL-only
(docs/decisions.md). A physical keyboard keeps working at the same time.

Keys never take focus, so the text field keeps its cursor; key rows keep their
physical order even when the interface is right-to-left.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.widgets.keyboard_layouts import LAYOUTS, KeyLayout

KEY_MIN_PX = 64  # design §7: every citizen target at least 64 px both ways
KEY_GAP_PX = 4


class _Key(QPushButton):
    def __init__(self, text: str, accessible: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(KEY_MIN_PX, KEY_MIN_PX)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setProperty("role", "key")
        self.setAccessibleName(accessible or text)
        self.setAutoRepeat(False)
        self.char = text

    def show_char(self, char: str) -> None:
        if char != self.char:
            self.char = char
            self.setText(char)
            self.setAccessibleName(char)


def _keys_per_row(layouts: list[KeyLayout]) -> list[int]:
    """The most keys any of `layouts` has in each row."""
    counts: list[int] = []
    for layout in layouts:
        for rows in (layout.rows, layout.shifted or ()):
            for r, row in enumerate(rows):
                if r == len(counts):
                    counts.append(0)
                counts[r] = max(counts[r], len(row))
    return counts


class OnScreenKeyboard(QWidget):
    """Keys for one layout at a time, a layout switch, shift, space, backspace and enter.

    The character keys are built once and relabelled when the layout (or shift) changes:
    building and styling some fifty buttons holds the GUI thread for tens of
    milliseconds, and every concern screen's keyboard follows the citizen's language."""

    layout_changed = Signal(str)
    enter_pressed = Signal()

    def __init__(self, layouts: list[KeyLayout], parent: QWidget | None = None):
        super().__init__(parent)
        if not layouts:
            raise ValueError("the keyboard needs at least one layout")
        self._layouts = list(layouts)
        self._current = layouts[0]
        self._shift = False
        self._target: QWidget | None = None
        # Physical key order, whatever the interface direction.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._outer.setSpacing(KEY_GAP_PX)
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setSpacing(KEY_GAP_PX)
        self._grid.setContentsMargins(0, 0, 0, 0)
        # Enough keys in each row for every layout (and its capitals): relabelled, never rebuilt.
        self._key_rows: list[list[_Key]] = []
        for r, count in enumerate(_keys_per_row([*LAYOUTS.values(), *layouts])):
            self._key_row(r, count)
        self._outer.addWidget(self._grid_host)
        self._controls = QHBoxLayout()
        self._outer.addLayout(self._controls)
        self._build_controls()
        self._show_keys()

    # ---- public ---------------------------------------------------------------------

    def set_target(self, widget: QWidget | None) -> None:
        """The field the keys type into (a QLineEdit or QPlainTextEdit)."""
        self._target = widget

    def set_layouts(self, layouts: list[KeyLayout]) -> None:
        """Offer `layouts`, the first one shown (small letters)."""
        if layouts == self._layouts and self._current == layouts[0] and not self._shift:
            return  # the same citizen language as before: nothing to redo
        self._layouts = list(layouts)
        self._current = layouts[0]
        self._set_shift(False)
        self._arrange_controls()
        self._show_keys()

    def current_layout(self) -> str:
        return self._current.code

    def select_layout(self, code: str) -> None:
        self._current = next((layout for layout in self._layouts if layout.code == code), None) or LAYOUTS[code]
        self._set_shift(False)
        self._show_keys()
        self._arrange_controls()
        self.layout_changed.emit(code)

    def key_button(self, text: str) -> QPushButton | None:
        """The key that types `text` in the current layout (tests, accessibility)."""
        for row in self._key_rows:
            for key in row:
                if key.char == text and not key.isHidden():
                    return key
        return None

    # ---- building -------------------------------------------------------------------

    def _key_row(self, r: int, count: int) -> list[_Key]:
        """The first `count` keys of row `r` (built if a layout needs more than foreseen)."""
        while len(self._key_rows) <= r:
            self._key_rows.append([])
        row = self._key_rows[r]
        while len(row) < count:
            key = _Key("", parent=self._grid_host)
            key.clicked.connect(lambda _=False, k=key: self._type(k.char))
            row.append(key)
        return row[:count]

    def _show_keys(self) -> None:
        rows = self._current.shifted if (self._shift and self._current.shifted) else self._current.rows
        width = max(len(r) for r in rows) * 2
        for r, chars in enumerate(rows):
            offset = width // 2 - len(chars)  # centre short rows (in half-key steps)
            for c, (key, char) in enumerate(zip(self._key_row(r, len(chars)), chars, strict=True)):
                key.show_char(char)
                self._grid.removeWidget(key)
                self._grid.addWidget(key, r, offset + 2 * c, 1, 2)
                key.show()
        for r, row in enumerate(self._key_rows):
            for key in row[len(rows[r]) if r < len(rows) else 0:]:
                key.hide()  # a hidden key takes no room in the grid

    def _build_controls(self) -> None:
        self._shift_key = _Key("⇧", "Shift")
        self._shift_key.setCheckable(True)
        self._shift_key.toggled.connect(self._toggle_shift)
        self._space_key = _Key("␣", "Space")
        self._space_key.clicked.connect(lambda: self._type(" "))
        self._back_key = _Key("⌫", "Backspace")
        self._back_key.setAutoRepeat(True)
        self._back_key.clicked.connect(self._backspace)
        self._enter_key = _Key("⏎", "Enter")
        self._enter_key.clicked.connect(self._enter)
        self._switch_keys: dict[str, _Key] = {}
        self._arrange_controls()

    def _switch_key(self, layout: KeyLayout) -> _Key:
        key = self._switch_keys.get(layout.code)
        if key is None:
            key = _Key(layout.label, layout.name)
            key.setCheckable(True)
            key.clicked.connect(lambda _=False, code=layout.code: self.select_layout(code))
            self._switch_keys[layout.code] = key
        return key

    def _arrange_controls(self) -> None:
        """The offered layouts' switches, in order, then shift, space, backspace and enter."""
        while self._controls.count():
            self._controls.takeAt(0)
        offered = {layout.code for layout in self._layouts}
        for code, key in self._switch_keys.items():
            if code not in offered:
                key.hide()
        for layout in self._layouts:
            key = self._switch_key(layout)
            key.setChecked(layout.code == self._current.code)
            self._controls.addWidget(key)
            key.show()
        self._shift_key.setVisible(self._current.shifted is not None)
        self._controls.addWidget(self._shift_key)
        self._controls.addWidget(self._space_key, 4)
        self._controls.addWidget(self._back_key)
        self._controls.addWidget(self._enter_key)

    # ---- typing ---------------------------------------------------------------------

    def _send(self, key: int, text: str = "") -> None:
        target = self._target or QApplication.focusWidget()
        if target is None:
            return
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))

    def _type(self, text: str) -> None:
        self._send(0, text)
        if self._shift:
            self._shift_key.setChecked(False)  # one capital, like a phone keyboard

    def _backspace(self) -> None:
        self._send(Qt.Key.Key_Backspace)

    def _enter(self) -> None:
        self.enter_pressed.emit()

    def _toggle_shift(self, on: bool) -> None:
        self._shift = on
        self._show_keys()

    def _set_shift(self, on: bool) -> None:
        """Shift as the code wants it, without the relabelling a tap on the key does."""
        self._shift = on
        blocked = self._shift_key.blockSignals(True)
        self._shift_key.setChecked(on)
        self._shift_key.blockSignals(blocked)
