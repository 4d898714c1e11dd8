"""`HelpPanel`: what the citizen sees after pressing "Help", over whatever screen is up.

It says, in words, where the call stands: being sent, "someone is coming", "a member
of staff is on the way" once a clerk answered on a desk, or "please ask at reception"
when the call could not be sent (the hub does not answer). The citizen window decides
the state (kiosk/ui/citizen/window.py); this module is how it looks and reads.

`prompt_changed` carries each text the panel shows: the voice guide says it
(kiosk/ui/citizen/voice_guide.py), so the citizen hears what is written.

Thread use: GUI thread.
"""
from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.icons import icon_pixmap

MARGIN_PX = 48
ICON_PX = 120


class HelpStage(enum.Enum):
    SENDING = "sending"
    ASKED = "asked"
    COMING = "coming"  # a clerk answered on a desk
    FAILED = "failed"


def _text(stage: HelpStage) -> str:
    # Spelled out for lupdate, in the panel's own context (translations/citizen_*.ts).
    if stage is HelpStage.SENDING:
        return QCoreApplication.translate("HelpPanel", "Calling a member of staff…")
    if stage is HelpStage.ASKED:
        return QCoreApplication.translate("HelpPanel", "Someone is coming to help you. Please stay at the kiosk.")
    if stage is HelpStage.COMING:
        return QCoreApplication.translate("HelpPanel", "A member of staff is on the way.")
    return QCoreApplication.translate("HelpPanel", "We could not call anyone from this kiosk. "
                                                   "Please ask at reception.")


class HelpPanel(QFrame):
    prompt_changed = Signal(str)  # each text shown: the voice guide says it
    closed = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("help-panel")
        self.setProperty("role", "panel")
        self.stage: HelpStage | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(48, 40, 48, 40)
        column.setSpacing(28)
        symbol = QLabel()
        symbol.setPixmap(icon_pixmap("help", ICON_PX))
        symbol.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label = QLabel()
        self.label.setProperty("role", "heading")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.close_button = BigButton("", role="primary", min_height=88)
        self.close_button.setObjectName("help-close")
        self.close_button.clicked.connect(self.dismiss)
        column.addStretch(1)
        column.addWidget(symbol)
        column.addWidget(self.label)
        column.addStretch(1)
        column.addWidget(self.close_button)
        self.hide()
        self._retranslate()

    def show_stage(self, stage: HelpStage) -> None:
        """Show the call's state over the window (the voice guide says it too)."""
        self.stage = stage
        self._retranslate()
        self.fit()
        self.show()
        self.raise_()
        self.prompt_changed.emit(self.label.text())

    def dismiss(self) -> None:
        self.hide()
        self.closed.emit()

    def fit(self) -> None:
        """Over the whole parent, inside a margin: the screen under it stays as it was."""
        parent = self.parentWidget()
        self.setGeometry(MARGIN_PX, MARGIN_PX, parent.width() - 2 * MARGIN_PX, parent.height() - 2 * MARGIN_PX)

    def _retranslate(self) -> None:
        if self.stage is not None:
            self.label.setText(_text(self.stage))
            self.label.setAccessibleName(self.label.text())
        self.close_button.set_label(QCoreApplication.translate("HelpPanel", "OK"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
