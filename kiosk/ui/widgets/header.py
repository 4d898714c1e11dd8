"""The bar at the top of a screen: back on the leading side, the title, home, listen and help on the trailing side.

Leading and trailing follow the layout direction, so in Arabic "back" is on the right
and its arrow points right. The help button (kiosk/ui/widgets/help_button.py) and the
listen button (kiosk/ui/widgets/listen_button.py) are on every citizen screen's bar; the
citizen window connects them.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.fitting_label import FittingLabel
from kiosk.ui.widgets.help_button import HelpButton
from kiosk.ui.widgets.listen_button import ListenButton


class ScreenHeader(QWidget):
    back_clicked = Signal()
    home_clicked = Signal()

    def __init__(self, show_back: bool = True, show_home: bool = False, parent: QWidget | None = None, *,
                 show_help: bool = True, title_lines: int = 2):
        """`title_lines`: the title steps its font down to fit in that many lines (1 on
        the screens with a keyboard, which need every pixel of height)."""
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)  # five buttons and a title share the bar at 1024 px, larger text included
        self.back_button = BigButton("back", role="nav", icon_px=40, directional=True)
        self.back_button.setObjectName("back")
        self.back_button.clicked.connect(self.back_clicked)
        self.back_button.setVisible(show_back)
        # A notch smaller when a word or the title is too long for its lines: the bar keeps
        # room for one more button, and a title never pushes the screen under it down.
        self.title_label = FittingLabel(max_lines=title_lines)
        self.title_label.setProperty("role", "heading")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # Home and help share the trailing side: each with its word under the icon, so the title keeps its room.
        self.home_button = BigButton("home", role="nav", icon_px=40, stacked=True)
        self.home_button.setObjectName("home")
        self.home_button.clicked.connect(self.home_clicked)
        self.home_button.setVisible(show_home)
        row.addWidget(self.back_button)
        row.addWidget(self.title_label, 1)
        row.addWidget(self.home_button)
        self.listen_button = ListenButton(compact=True)
        self.listen_button.setVisible(show_help)
        row.addWidget(self.listen_button)
        self.help_button = HelpButton(compact=True)
        self.help_button.setVisible(show_help)
        row.addWidget(self.help_button)
        self.retranslate()

    def set_title(self, text: str) -> None:
        self.title_label.setText(text)
        self.title_label.setAccessibleName(text)

    def retranslate(self) -> None:
        self.back_button.set_label(self.tr("Back"))
        self.home_button.set_label(self.tr("Start"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
