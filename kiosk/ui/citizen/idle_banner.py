"""`IdleBanner`: the citizen window's "Are you still there?" banner, over the bottom of
whatever screen is up when the idle timer is about to run out (design §7: a warning
first). The window decides when it shows (kiosk/ui/citizen/window.py); this module is
how it looks, reads and sits.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from kiosk.ui.widgets.warning_banner import WarningBanner

MARGIN_PX = 32
SYMBOL_PX = 56


class IdleBanner(WarningBanner):
    def __init__(self, parent: QWidget):
        super().__init__("idle-warning", SYMBOL_PX, 16, parent)
        self.retranslate()

    def retranslate(self) -> None:
        # Translated as the window's own text (translations/citizen_*.ts): that context stays,
        # spelled out for lupdate.
        self.label.setText(QCoreApplication.translate("CitizenWindow",
                                                      "Are you still there? Touch the screen to continue."))

    def show_over(self) -> None:
        """Show it across the bottom of the parent, above every screen."""
        self.fit()
        self.show()
        self.raise_()

    def fit(self) -> None:
        """Across the bottom of the parent, as tall as its text needs at that width."""
        parent = self.parentWidget()
        width = parent.width() - 2 * MARGIN_PX
        height = max(self.sizeHint().height(), self.heightForWidth(width))
        self.setGeometry(MARGIN_PX, parent.height() - height - MARGIN_PX, width, height)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
