"""`IdleBanner`: the citizen window's "Are you still there?" banner, over the bottom of
whatever screen is up when the idle timer is about to run out (design §7: a warning
first), with a big "More time" button (WCAG 2.2.1: the citizen can ask for more time;
any touch does too). The window decides when it shows and what "more time" does
(kiosk/ui/citizen/window.py); this module is how it looks, reads and sits.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QWidget

from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.warning_banner import WarningBanner

MARGIN_PX = 32
SYMBOL_PX = 56
MORE_TIME_PX = 88  # bigger than any other button: the one thing to press now


class IdleBanner(WarningBanner):
    more_time = Signal()

    def __init__(self, parent: QWidget):
        super().__init__("idle-warning", SYMBOL_PX, 16, parent)
        self.more_time_button = BigButton("more-time", role="primary", min_height=MORE_TIME_PX)
        self.more_time_button.setObjectName("idle-more-time")
        self.more_time_button.clicked.connect(self.more_time)
        self.layout().addWidget(self.more_time_button)
        self.retranslate()

    def retranslate(self) -> None:
        # Translated as the window's own texts (translations/citizen_*.ts): that context stays,
        # spelled out for lupdate.
        self.label.setText(QCoreApplication.translate("CitizenWindow",
                                                      "Are you still there? Touch the screen to continue."))
        self.more_time_button.set_label(QCoreApplication.translate("CitizenWindow", "More time"))

    def message(self) -> str:
        """What a voice would say when the banner comes up."""
        return self.label.text()

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
