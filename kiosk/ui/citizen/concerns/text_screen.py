"""Step 2: the concern in the citizen's words, typed on the on-screen keyboard (or a real one).

The counter under the field says how much is written and how much room is left, and
turns amber before the limit is reached, so nobody meets the limit by surprise. The
rules themselves are the domain's (`remaining_chars`, `visible_chars`, `clean_text`).

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextEdit, QVBoxLayout, QWidget

from kiosk.domain.concerns import MAX_TEXT_CHARS, MIN_TEXT_VISIBLE_CHARS, remaining_chars, visible_chars
from kiosk.ui.citizen.concerns.parts import MessagePanel, make_keyboard, mark_invalid, screen_layout
from kiosk.ui.citizen.concerns.texts import arg
from kiosk.ui.widgets.buttons import BigButton, set_role
from kiosk.ui.widgets.header import ScreenHeader
from kiosk.ui.widgets.keyboard_layouts import layouts_for

WARN_REMAINING = 100  # the counter turns amber this many characters before the limit


class TextScreen(QWidget):
    back = Signal()
    next = Signal()

    def __init__(self, language: str, script: str, parent: QWidget | None = None):
        super().__init__(parent)
        outer = screen_layout(self)
        self.header = ScreenHeader(show_back=True, title_lines=1)  # the keyboard needs the height
        self.header.back_clicked.connect(self.back)
        outer.addWidget(self.header)
        # QTextEdit rather than QPlainTextEdit: it aligns each paragraph on its own
        # direction (Arabic on the right, French on the left) in either interface direction.
        self.edit = QTextEdit()
        self.edit.setAcceptRichText(False)
        self.edit.setObjectName("concern-text")
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(80)  # two lines at normal size; the keys need the rest at 768 px
        self.edit.textChanged.connect(self._update_counter)
        outer.addWidget(self.edit, 1)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.counter_label = QLabel()
        self.counter_label.setObjectName("counter")
        self.counter_label.setProperty("role", "counter")
        self.counter_label.setWordWrap(True)
        self.message = MessagePanel(compact=True)
        self.next_button = BigButton(role="primary", min_height=72)
        self.next_button.setObjectName("next")
        self.next_button.setMinimumWidth(220)
        self.next_button.clicked.connect(self.next)
        # The counter and any warning share the row with "Next": the keyboard needs the height.
        notes = QVBoxLayout()
        notes.setSpacing(4)
        notes.addWidget(self.counter_label)
        notes.addWidget(self.message)
        row.addLayout(notes, 1)
        row.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(row)
        self.keyboard = make_keyboard(language, script)
        self.keyboard.set_target(self.edit)
        self.keyboard.enter_pressed.connect(lambda: self.edit.insertPlainText("\n"))
        outer.addWidget(self.keyboard)
        self.retranslate()

    def set_language(self, language: str, script: str) -> None:
        self.keyboard.set_layouts(layouts_for(language, script))
        self.retranslate()

    def text(self) -> str:
        return self.edit.toPlainText()

    def show_problem(self, text: str) -> None:
        self.message.show_message(text)
        mark_invalid(self.edit, bool(text))
        self._counter_or_message()
        self.edit.setFocus()

    def _counter_or_message(self) -> None:
        # The warning takes the counter's place (it says the same, more plainly), so the
        # row keeps its height and the keyboard under it does not move.
        self.counter_label.setVisible(self.message.isHidden())

    def reset(self) -> None:
        self.edit.clear()
        self.message.clear()
        mark_invalid(self.edit, False)
        self._counter_or_message()

    def _update_counter(self) -> None:
        text = self.edit.toPlainText()
        left = remaining_chars(text)
        written = MAX_TEXT_CHARS - left
        visible = visible_chars(text)
        if left < 0:
            counter = arg(self.tr("%1 characters too many: at most %2. Please shorten your text."), -left,
                          MAX_TEXT_CHARS)
        elif visible < MIN_TEXT_VISIBLE_CHARS:
            counter = arg(self.tr("%1 / %2 characters — write at least %3."), written, MAX_TEXT_CHARS,
                          MIN_TEXT_VISIBLE_CHARS)
        elif left <= WARN_REMAINING:
            counter = arg(self.tr("%1 / %2 characters — only %3 left."), written, MAX_TEXT_CHARS, left)
        else:
            counter = arg(self.tr("%1 / %2 characters"), written, MAX_TEXT_CHARS)
        self.counter_label.setText(counter)
        self.counter_label.setAccessibleName(counter)
        set_role(self.counter_label, "counter-warn" if left <= WARN_REMAINING else "counter")
        if self.message.isVisible() and left >= 0 and visible >= MIN_TEXT_VISIBLE_CHARS:
            self.message.clear()  # the problem is fixed: say so by taking the warning away
            mark_invalid(self.edit, False)
            self._counter_or_message()

    def retranslate(self) -> None:
        self.header.set_title(self.tr("Describe your concern"))
        self.edit.setPlaceholderText(self.tr("Write here what is wrong and where…"))
        self.edit.setAccessibleName(self.tr("Your concern"))
        self.next_button.set_label(self.tr("Next"))
        self._update_counter()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
