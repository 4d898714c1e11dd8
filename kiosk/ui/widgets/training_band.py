"""`TrainingBand`: the strip that says "TRAINING" across the top of every screen of a
training office (`maktab --training`), on the citizen kiosk, the desk and the hall display.

Black on yellow, bold (contrast 14.7:1, tests/ui/test_training_band.py), one line, in the
interface's language; it takes its own height above the screens, which lose that height
(it never covers a button). Hidden for a real office: `show_for(training)`.

    band = TrainingBand()                  in a layout, above the screens (desk, display)
    band = TrainingBand.atop(stacked)      over a stacked widget's pages (the citizen window)

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

BACKGROUND = "#FFD400"  # signal yellow
FOREGROUND = "#000000"
HEIGHT_PX = 34  # one line of 20 px text: small beside the 768 px of the smallest kiosk screen
TEXT_PX = 20


class TrainingBand(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("training-band")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFixedHeight(HEIGHT_PX)
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

    _host: QWidget | None = None

    def show_for(self, training: bool) -> None:
        """Show the band for a training office, hide it for a real one."""
        self.setVisible(training)
        if self._host is not None:
            self._host.setContentsMargins(0, HEIGHT_PX if training else 0, 0, 0)
            self._fit_host()
            self.raise_()

    def _fit_host(self) -> None:
        if self._host is not None:
            self.setGeometry(0, 0, self._host.width(), HEIGHT_PX)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self._fit_host()
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        text = self.tr("TRAINING — practice only: nothing here is real")
        self.setText(text)
        self.setAccessibleName(text)
