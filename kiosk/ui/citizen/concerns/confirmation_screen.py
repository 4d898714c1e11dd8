"""Step 7: the concern is stored — its code big and left to right, its QR code, what happens
next, and whether the receipt printed (if not: "write the code down", the spool retries).

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain.concerns import RegisteredConcern
from kiosk.domain.qr_payloads import concern_qr_payload
from kiosk.ui.citizen.concerns.parts import screen_layout
from kiosk.ui.citizen.concerns.texts import arg, isolate_ltr
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.fitting_label import FittingLabel
from kiosk.ui.widgets.print_status import PrintStatusPanel
from kiosk.ui.widgets.qr import qr_pixmap

QR_PX = 220
FAILED_STATES = frozenset({"failed_retrying", "given_up"})


class ConfirmationScreen(QWidget):
    done = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = screen_layout(self)
        self.registered: RegisteredConcern | None = None
        self.qr_payload = ""
        self.print_state = ""
        self.print_reason = ""
        # One line, a notch smaller if need be: the next steps under the code need the height.
        self.title_label = FittingLabel(max_lines=1)
        self.title_label.setProperty("role", "title")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.title_label)
        body = QHBoxLayout()
        body.setSpacing(32)
        info = QVBoxLayout()
        info.setSpacing(8)
        # The caption and the code stay on one line each, a notch smaller if they must.
        self.code_caption = FittingLabel(max_lines=1)
        self.code_caption.setProperty("role", "heading")
        self.code_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label = FittingLabel(max_lines=1)
        self.code_label.setObjectName("concern-code")
        self.code_label.setProperty("role", "code")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setObjectName("next-steps")
        info.addStretch(1)
        info.addWidget(self.code_caption)
        info.addWidget(self.code_label)
        info.addSpacing(8)
        info.addWidget(self.next_label)
        info.addStretch(1)
        body.addLayout(info, 3)
        qr_column = QVBoxLayout()
        self.qr_label = QLabel()
        self.qr_label.setObjectName("concern-qr")
        self.qr_label.setFixedSize(QR_PX, QR_PX)
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # "Done" under the QR code, as on the ticket screen: the next steps keep the width's height.
        self.done_button = BigButton("home", role="primary", icon_px=48, min_height=88)
        self.done_button.setObjectName("concern-done")
        self.done_button.clicked.connect(self.done)
        qr_column.addStretch(1)
        qr_column.addWidget(self.qr_label, 0, Qt.AlignmentFlag.AlignCenter)
        qr_column.addStretch(1)
        qr_column.addWidget(self.done_button)
        body.addLayout(qr_column, 1)
        outer.addLayout(body, 1)
        self.status_panel = PrintStatusPanel(icon_px=56)
        self.status_label = self.status_panel.label
        outer.addWidget(self.status_panel)
        self.retranslate()

    def show_registered(self, registered: RegisteredConcern, public_url: str | None = None) -> None:
        """Show the stored concern; its QR code is the receipt's (the concern's page with `public_url`)."""
        self.registered = registered
        self.print_state = "queued"
        self.print_reason = ""
        self.qr_payload = concern_qr_payload(registered.code, public_url)
        self.qr_label.setPixmap(qr_pixmap(self.qr_payload, QR_PX))
        self.retranslate()

    def set_print_state(self, state: str, reason: str = "") -> None:
        self.print_state = state
        self.print_reason = reason
        self._show_status()

    @property
    def printer_failed(self) -> bool:
        return self.print_state in FAILED_STATES

    def reset(self) -> None:
        self.registered = None
        self.qr_payload = ""
        self.print_state = ""
        self.code_label.clear()
        self.qr_label.clear()
        self.retranslate()

    def _show_status(self) -> None:
        failed = self.printer_failed
        code = isolate_ltr(self.registered.code) if self.registered else ""
        if failed:
            text = arg(self.tr("The printer is not working. Please write down or photograph your code: %1"), code)
        elif self.print_state == "sent_unconfirmed" and code:
            # The printer took the receipt but did not confirm it: the code on screen is the fallback.
            text = arg(self.tr("Please take your receipt. If none came out, please write down or photograph "
                               "your code: %1"), code)
        else:
            text = self.tr("Please take your receipt.")
        self.status_panel.show_status(text, warning=failed)

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Your concern has been registered"))
        self.code_caption.setText(self.tr("Your tracking code"))
        code = self.registered.code if self.registered else ""
        self.code_label.setText(code)
        self.code_label.setAccessibleName(code)
        self.next_label.setText(self.tr(
            "What happens next: the office will study your concern. Keep your receipt. To see the answer, come "
            "back to this kiosk, touch “Follow my concern” and type this code or show the receipt's QR code."))
        self.done_button.set_label(self.tr("Done"))
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
