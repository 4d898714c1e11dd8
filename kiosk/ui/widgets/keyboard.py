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

KEY_MIN_PX = 56


def _discard(widget: QWidget) -> None:
    # Hidden at once: deleteLater only runs when the event loop next turns.
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


class _Key(QPushButton):
    def __init__(self, text: str, accessible: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(KEY_MIN_PX, KEY_MIN_PX)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setProperty("role", "key")
        self.setAccessibleName(accessible or text)
        self.setAutoRepeat(False)


class OnScreenKeyboard(QWidget):
    """Keys for one layout at a time, a layout switch, shift, space, backspace and enter."""

    layout_changed = Signal(str)
    enter_pressed = Signal()

    def __init__(self, layouts: list[KeyLayout], parent: QWidget | None = None):
        super().__init__(parent)
        if not layouts:
            raise ValueError("the keyboard needs at least one layout")
        self._layouts = layouts
        self._current = layouts[0]
        self._shift = False
        self._target: QWidget | None = None
        # Physical key order, whatever the interface direction.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._outer.setSpacing(6)
        self._grid_host = QWidget()
        self._outer.addWidget(self._grid_host)
        self._controls = QHBoxLayout()
        self._outer.addLayout(self._controls)
        self._build_controls()
        self._build_keys()

    # ---- public ---------------------------------------------------------------------

    def set_target(self, widget: QWidget | None) -> None:
        """The field the keys type into (a QLineEdit or QPlainTextEdit)."""
        self._target = widget

    def set_layouts(self, layouts: list[KeyLayout]) -> None:
        self._layouts = layouts
        self._current = layouts[0]
        self._rebuild_switches()
        self._build_keys()

    def current_layout(self) -> str:
        return self._current.code

    def select_layout(self, code: str) -> None:
        self._current = LAYOUTS[code]
        self._shift = False
        self._build_keys()
        self._rebuild_switches()
        self.layout_changed.emit(code)

    def key_button(self, text: str) -> QPushButton | None:
        """The key that types `text` in the current layout (tests, accessibility)."""
        for button in self._grid_host.findChildren(QPushButton):
            if button.text() == text:
                return button
        return None

    # ---- building -------------------------------------------------------------------

    def _build_keys(self) -> None:
        old = self._grid_host.layout()
        if old is not None:
            while old.count():
                item = old.takeAt(0)
                if item.widget():
                    _discard(item.widget())
            QWidget().setLayout(old)  # detach the old layout so a new one can be set
        grid = QGridLayout(self._grid_host)
        grid.setSpacing(6)
        grid.setContentsMargins(0, 0, 0, 0)
        rows = self._current.shifted if (self._shift and self._current.shifted) else self._current.rows
        width = max(len(r) for r in rows) * 2
        for r, row in enumerate(rows):
            offset = width // 2 - len(row)  # centre short rows (in half-key steps)
            for c, char in enumerate(row):
                key = _Key(char)
                key.clicked.connect(lambda _=False, ch=char: self._type(ch))
                grid.addWidget(key, r, offset + 2 * c, 1, 2)

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
        self._switch_keys: list[_Key] = []
        self._rebuild_switches()

    def _rebuild_switches(self) -> None:
        while self._controls.count():
            item = self._controls.takeAt(0)
            if item.widget() and item.widget() not in (self._shift_key, self._space_key, self._back_key,
                                                       self._enter_key):
                _discard(item.widget())
        self._switch_keys = []
        for layout in self._layouts:
            key = _Key(layout.label, layout.name)
            key.setCheckable(True)
            key.setChecked(layout.code == self._current.code)
            key.clicked.connect(lambda _=False, code=layout.code: self.select_layout(code))
            self._switch_keys.append(key)
            self._controls.addWidget(key)
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
        self._build_keys()
