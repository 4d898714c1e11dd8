"""First screen: choose a language. Each greeting and button is in its own language.

The buttons carry no picture: four identical globes told nobody which button was theirs.
Each shows the language's own name, big, in its own script (العربية, Français, …), the
mark a citizen who reads little still recognises.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain.languages import ENDONYMS, is_rtl
from kiosk.i18n import translate
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.help_button import HelpButton
from kiosk.ui.widgets.icons import icon_pixmap
from kiosk.ui.widgets.listen_button import ListenButton

_CONTEXT = "LanguageScreen"
SYMBOL_PX = 72
# The names keep their size with larger text (already the largest words on the screen);
# the button is as high as العربية asks at that size (its letters reach far above and below).
BUTTON_FONT_PX = 40
BUTTON_PX = 104


class LanguageScreen(QWidget):
    language_chosen = Signal(str)

    def __init__(self, languages: tuple[str, ...], office_name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "screen")
        self._languages = tuple(languages)
        outer = QVBoxLayout(self)
        # Tight: four greetings, four buttons sized for Arabic's tall letters and the help
        # button must fit 768 px with larger text.
        outer.setContentsMargins(48, 20, 48, 20)
        outer.setSpacing(10)

        symbol = QLabel()
        symbol.setPixmap(icon_pixmap("language", SYMBOL_PX))
        symbol.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addStretch(1)
        outer.addWidget(symbol)

        # One greeting per language, each written in its own language and direction.
        self.greeting_labels: dict[str, QLabel] = {}
        for lang in self._languages:
            label = QLabel(translate(lang, _CONTEXT, "Welcome. Please choose your language."))
            label.setProperty("role", "heading" if lang == self._languages[0] else "muted")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight)
            self.greeting_labels[lang] = label
            outer.addWidget(label)
        outer.addSpacing(8)

        grid = QGridLayout()
        grid.setSpacing(16)
        self.buttons: dict[str, BigButton] = {}
        columns = 2 if len(self._languages) > 2 else len(self._languages)
        for i, lang in enumerate(self._languages):
            button = BigButton(role="primary", min_height=BUTTON_PX)
            button.setObjectName(f"language-{lang}")
            name = ENDONYMS[lang]
            button.set_label(name, translate(lang, _CONTEXT, "Use this language"))
            button.setStyleSheet(f"font-size: {BUTTON_FONT_PX}px;")
            rtl = is_rtl(lang)
            button.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
            button.clicked.connect(lambda _=False, code=lang: self.language_chosen.emit(code))
            self.buttons[lang] = button
            grid.addWidget(button, i // columns, i % columns)
        outer.addLayout(grid)
        outer.addStretch(1)

        self.office_label = QLabel(office_name)
        self.office_label.setProperty("role", "muted")
        self.office_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.help_button = HelpButton()  # in the interface language (the default one here)
        bottom = QHBoxLayout()
        self.listen_button = ListenButton()
        bottom.addWidget(self.office_label, 1)
        bottom.addWidget(self.listen_button)
        bottom.addWidget(self.help_button)
        outer.addLayout(bottom)

    def retranslate(self) -> None:
        """Nothing follows the interface language here: every text is in its own language."""
