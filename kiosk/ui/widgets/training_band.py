"""`TrainingBand`: the strip that says "TRAINING" across the top of every screen of a
training office (`maktab --training`), on the citizen kiosk, the desk and the hall display.

Black on yellow, bold (contrast 14.7:1, tests/ui/test_training_band.py), one line, in the
interface's language (or, on the bilingual hall display, in the board's two languages:
`set_languages`); it takes its own height above the screens, which lose that height (it
never covers a button). Hidden for a real office: `show_for(training)`.

    band = TrainingBand()                  in a layout, above the screens (desk, display)
    band = TrainingBand.atop(stacked)      over a stacked widget's pages (the citizen window)

Thread use: GUI thread.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from kiosk.domain.languages import is_rtl
from kiosk.i18n import translate

BACKGROUND = "#FFD400"  # signal yellow
FOREGROUND = "#000000"
HEIGHT_PX = 28  # one line of 16 px Latin text: small beside the 768 px of the smallest kiosk screen
TEXT_PX = 16
CONTEXT = "TrainingBand"
SOURCE: str = str(QT_TRANSLATE_NOOP("TrainingBand", "TRAINING — practice only: nothing here is real"))
PADDING_PX = 2  # above and below the text, when a script's line is taller (Arabic in the display's font)


class TrainingBand(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("training-band")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._host: QWidget | None = None
        self._training = False
        self._languages: tuple[str, ...] = ()  # empty: the interface's language
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # never widens a window
        # Its own style, whatever the area's stylesheet says of labels.
        self.setStyleSheet(f"QLabel#training-band {{ background: {BACKGROUND}; color: {FOREGROUND}; "
                           f"font-size: {TEXT_PX}px; font-weight: bold; padding: 0 8px; border: none; }}")
        self._retranslate()
        self.hide()

    @classmethod
    def atop(cls, stacked: QWidget) -> TrainingBand:
        """A band over the top of `stacked`, whose pages are pushed down by its height while it shows."""
        band = cls(stacked)
        band._host = stacked
        stacked.installEventFilter(band)
        return band

    def set_languages(self, languages: Sequence[str]) -> None:
        """Say it in these languages, side by side, whatever the interface's language (the display)."""
        self._languages = tuple(languages)
        self._retranslate()

    def show_for(self, training: bool) -> None:
        """Show the band for a training office, hide it for a real one."""
        self._training = training
        self.setVisible(training)
        self._fit_host()

    def _fit_height(self) -> None:
        """As high as its text in the current language and font asks, at least HEIGHT_PX."""
        self.ensurePolished()
        # The line as Qt sets it (fallback fonts included: Arabic lines are taller), not the ink.
        line = self.fontMetrics().boundingRect(QRect(0, 0, 100_000, 100_000), int(self.alignment()), self.text())
        self.setFixedHeight(max(HEIGHT_PX, line.height() + 2 * PADDING_PX))
        self._fit_host()

    def _fit_host(self) -> None:
        if self._host is None:
            return
        self._host.setContentsMargins(0, self.height() if self._training else 0, 0, 0)
        self.setGeometry(0, 0, self._host.width(), self.height())
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self._fit_host()
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ParentChange):
            self._fit_height()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        if self._languages:
            # Each part isolated (FSI … PDI), so an Arabic and a French sentence keep their own order.
            parts = dict.fromkeys(translate(language, CONTEXT, SOURCE) for language in self._languages)
            text = ("\u200f" if is_rtl(self._languages[0]) else "\u200e") + "  ·  ".join(
                f"\u2068{part}\u2069" for part in parts)
        else:
            text = QCoreApplication.translate(CONTEXT, SOURCE)
        self.setText(text)
        self.setAccessibleName(text)
        self._fit_height()
