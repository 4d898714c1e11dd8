"""Small pieces the concern screens share: the message panel, the step layout, field styles.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.theme import COLORS, MIN_TOUCH_PX, NORMAL_SCALE, SIZES
from kiosk.ui.widgets.buttons import set_role
from kiosk.ui.widgets.fitting_label import FittingLabel
from kiosk.ui.widgets.icons import icon_pixmap
from kiosk.ui.widgets.keyboard import KEY_MIN_PX, OnScreenKeyboard
from kiosk.ui.widgets.keyboard_layouts import layouts_for

FIELD_FONT_PX = 30
# Key labels are one or two letters, already large; they keep this size with larger text so
# that the six rows of keys (64 px each, borders included) still fit under the text field
# on a 768 px high screen.
KEY_FONT_PX = 26
COMPACT_LINES = 3  # a compact message's lines before its font steps down


def flow_stylesheet(scale: float = NORMAL_SCALE) -> str:
    """Set on the flow: the kiosk theme has no text fields (the ticket flow needs none).
    Sizes grow with the larger-text switch, as the theme's do."""

    def s(size: int) -> int:
        return round(size * scale)

    return f"""
QLineEdit, QTextEdit {{
    background: {COLORS['surface']}; color: {COLORS['text']};
    border: 3px solid {COLORS['border']}; border-radius: 12px;
    font-size: {s(FIELD_FONT_PX)}px; padding: 6px 12px;
}}
QLineEdit {{ min-height: {MIN_TOUCH_PX}px; }}
/* The thicker border of a focused or invalid field takes its pixel from the padding: the
   field keeps its size (a layout is not told of a restyle, and would cut it). */
QLineEdit:focus, QTextEdit:focus {{ border: 4px solid {COLORS['primary']}; padding: 5px 11px; }}
QLineEdit[invalid="true"], QTextEdit[invalid="true"] {{ border: 4px solid {COLORS['warning_border']};
    padding: 5px 11px; }}
QTextEdit#review-text {{ font-size: {s(24)}px; border: 2px solid #D8D4C8; }}
QPushButton[role="key"] {{ font-size: {KEY_FONT_PX}px; padding: 0; border-radius: 10px;
    min-height: {KEY_MIN_PX - 4}px; min-width: {KEY_MIN_PX - 4}px; }}
QPushButton[role="key"]:checked {{ background: #DDEEEC; border: 3px solid {COLORS['primary']};
    min-height: {KEY_MIN_PX - 6}px; }}
QFrame[role="warning"] QLabel[compact="true"], QFrame[role="panel"] QLabel[compact="true"] {{
    font-size: {s(SIZES['body'])}px; }}
QLabel[role="counter"] {{ font-size: {s(24)}px; color: {COLORS['muted']}; font-weight: bold; }}
QLabel[role="counter-warn"] {{ font-size: {s(24)}px; color: {COLORS['warning_text']}; font-weight: bold;
    background: {COLORS['warning_bg']}; border-radius: 8px; padding: 2px 8px; }}
QLabel[role="code"] {{ font-size: {s(72)}px; font-weight: bold; color: {COLORS['primary']}; }}
QLabel[role="review-caption"] {{ font-size: {s(20)}px; color: {COLORS['muted']}; font-weight: bold; }}
QLabel[role="review-value"] {{ font-size: {s(26)}px; }}
QLabel[role="status-big"] {{ font-size: {s(40)}px; font-weight: bold; color: {COLORS['primary']}; }}
QLabel[role="answer"] {{ font-size: {s(28)}px; font-weight: bold; background: #DDEEEC; border-radius: 10px;
    padding: 8px 12px; }}
QPushButton[role="primary"]:disabled {{ background: #C9D6D5; color: #5A5A5A; border: 2px solid #9A9A9A; }}
QFrame[role="overlay"] {{ background: rgba(27, 27, 27, 215); }}  /* hides the draft from passers-by */
QFrame[role="dialog"] {{ background: {COLORS['surface']}; border: 4px solid {COLORS['primary']};
    border-radius: 20px; }}
QLabel[role="countdown"] {{ font-size: {s(96)}px; font-weight: bold; color: {COLORS['primary']}; }}
"""


class MessagePanel(QFrame):
    """A warning (amber, icon) or a calm note, in the citizen's words; hidden when empty."""

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False):
        """`compact`: body-sized text, for screens where the keyboard needs the height."""
        super().__init__(parent)
        self.setProperty("role", "warning")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.setSpacing(14)
        self.icon_label = QLabel()
        self.icon_label.setFixedSize(48, 48)
        self.icon_label.setPixmap(icon_pixmap("warning", 48))
        # Compact, a long warning (two of them after wrong codes, larger text) steps its
        # font down a notch to keep within three lines rather than push the keys away.
        self.text_label = FittingLabel(max_lines=COMPACT_LINES if compact else 0)
        self.text_label.setObjectName("message")
        self.text_label.setProperty("compact", compact)
        row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.text_label, 1)
        self.hide()

    def show_message(self, text: str, warning: bool = True) -> None:
        set_role(self, "warning" if warning else "panel")
        self.icon_label.setVisible(warning)
        self.text_label.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.text_label.clear()
        self.hide()

    def text(self) -> str:
        return self.text_label.text() if self.isVisible() else ""


def screen_layout(widget: QWidget) -> QVBoxLayout:
    widget.setProperty("role", "screen")
    outer = QVBoxLayout(widget)
    # Tight at top and bottom: six rows of 64 px keys must fit under a field at 768 px.
    outer.setContentsMargins(32, 8, 32, 8)
    outer.setSpacing(6)
    return outer


def make_keyboard(language: str, script: str) -> OnScreenKeyboard:
    keyboard = OnScreenKeyboard(layouts_for(language, script))
    keyboard.setObjectName("keyboard")
    return keyboard


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) == invalid:
        return  # already so: no restyling (every reset says "not invalid" again)
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
