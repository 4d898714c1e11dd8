"""The citizen's ticket: number, service, people ahead, wait, QR code, "take your receipt".

The ticket is already committed when this screen shows it. If the printer fails, the
screen says so in the citizen's language, keeps the number and QR code on screen
longer, and the spool keeps retrying the receipt. Returns home by itself.

Thread use: GUI thread.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.domain.qr_payloads import ticket_qr_payload
from kiosk.domain.service_controls import Availability
from kiosk.domain.tickets import IssuedTicket
from kiosk.office import OfficeInfo
from kiosk.ui.citizen.receipt_printer import FAILED_STATES, TicketPrinter
from kiosk.ui.citizen.service_refusals import refusal_from_code, refusal_message
from kiosk.ui.citizen.session import CitizenSession
from kiosk.ui.clock import SYSTEM_UI_CLOCK, UiClock
from kiosk.ui.office_model import ServiceLookup
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.fitting_label import FittingLabel
from kiosk.ui.widgets.icons import icon_pixmap
from kiosk.ui.widgets.listen_button import ListenButton
from kiosk.ui.widgets.print_status import PrintStatusPanel
from kiosk.ui.widgets.qr import qr_pixmap

QR_PX = 240
SERVICE_NAME_MAX_PX = 620
FAILURE_SCREEN_FACTOR = 3  # a failed receipt keeps the ticket on screen this many times longer
FAILURE_SCREEN_MIN_S = 30


def isolate_ltr(text: str) -> str:
    """Keep a ticket label such as A-042 left-to-right inside an Arabic sentence."""
    return f"\u2066{text}\u2069"


class TicketScreen(QWidget):
    finished = Signal()

    def __init__(self, catalogue: ServiceLookup, office_info: OfficeInfo, session: CitizenSession,
                 printer: TicketPrinter, ticket_screen_s: float, parent: QWidget | None = None, *,
                 clock: UiClock = SYSTEM_UI_CLOCK, public_url: Callable[[], str | None] = lambda: None,
                 now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)):
        """`public_url`: the central server's public address as last read (the model's), for
        the QR code, which is the receipt's. `now`: the office's clock (a refusal's "from 08:00
        tomorrow" is counted from it)."""
        super().__init__(parent)
        self._public_url = public_url
        self.qr_payload = ""
        self.setProperty("role", "screen")
        self._catalogue = catalogue
        self._office_info = office_info
        self._session = session
        self._screen_ms = int(ticket_screen_s * 1000)
        self.issued: IssuedTicket | None = None
        self.print_state = ""
        self.print_reason = ""
        self.error_code = ""
        self.refusal: Availability | None = None  # a service that takes no ticket now: why
        self._now = now
        self._timer = clock.timer(self, single_shot=True)  # back home by itself
        self._timer.timeout.connect(self.finished)
        printer.status_changed.connect(self._print_status)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 16, 32, 16)
        outer.setSpacing(12)

        body = QHBoxLayout()
        body.setSpacing(24)
        info = QVBoxLayout()
        info.setSpacing(4)
        self.number_caption = QLabel()
        self.number_caption.setProperty("role", "heading")
        self.number_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label_label = QLabel()
        self.label_label.setObjectName("ticket-label")
        self.label_label.setProperty("role", "ticket-label")
        self.label_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Western digits, left to right, also in Arabic (design §6)
        self.label_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # Never squeezed: the number is what the citizen came for. The lines under it give way.
        self.label_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        service_row = QHBoxLayout()
        service_row.setSpacing(12)
        self.service_icon = QLabel()
        self.service_icon.setFixedSize(56, 56)
        self.service_label = QLabel()
        self.service_label.setProperty("role", "ticket-info")
        self.service_label.setWordWrap(True)
        service_row.addStretch(1)
        service_row.addWidget(self.service_icon)
        service_row.addWidget(self.service_label, 0)
        service_row.addStretch(1)
        # A long translation or larger text: a notch smaller to stay on one line, then two lines.
        self.ahead_label = FittingLabel(max_lines=1)
        self.ahead_label.setProperty("role", "ticket-info")
        self.ahead_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wait_label = FittingLabel(max_lines=1)
        self.wait_label.setProperty("role", "ticket-info")
        self.wait_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        info.addStretch(1)
        info.addWidget(self.number_caption)
        info.addWidget(self.label_label)
        info.addLayout(service_row)
        info.addWidget(self.ahead_label)
        info.addWidget(self.wait_label)
        info.addStretch(1)
        body.addLayout(info, 3)

        qr_column = QVBoxLayout()
        qr_column.setSpacing(6)
        self.qr_label = QLabel()
        self.qr_label.setObjectName("ticket-qr")
        self.qr_label.setFixedSize(QR_PX, QR_PX)
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_caption = QLabel()
        self.qr_caption.setProperty("role", "muted")
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_caption.setWordWrap(True)
        self.done_button = BigButton("home", role="primary", icon_px=48, min_height=88)
        self.done_button.setObjectName("ticket-done")
        self.done_button.clicked.connect(self._done)
        qr_column.addStretch(1)
        qr_column.addWidget(self.qr_label, 0, Qt.AlignmentFlag.AlignCenter)
        qr_column.addWidget(self.qr_caption)
        qr_column.addStretch(1)
        qr_column.addWidget(self.done_button)
        body.addLayout(qr_column, 1)
        outer.addLayout(body, 1)

        # "Take your receipt", or the printer warning: the same place, the same size.
        self.status_panel = PrintStatusPanel(icon_px=64)
        self.status_label = self.status_panel.label
        # Connected by the citizen window, as on every screen; compact (the word under the icon),
        # so that the printer warning beside it keeps the width its sentences need.
        self.listen_button = ListenButton(compact=True)
        bottom = QHBoxLayout()
        bottom.setSpacing(16)
        bottom.addWidget(self.status_panel, 1)
        bottom.addWidget(self.listen_button)
        outer.addLayout(bottom)
        self.retranslate()

    # ---- what the window tells this screen ----------------------------------------

    def show_ticket(self, issued: IssuedTicket) -> None:
        """Show a committed ticket; the receipt is being printed."""
        self.issued = issued
        self.error_code = ""
        self.refusal = None
        self.print_state = "queued"
        self.print_reason = ""
        ticket = issued.ticket
        self.qr_payload = ticket_qr_payload(self._office_info.code, ticket.id, ticket.label, self._public_url(),
                                            issued.public_token)
        self.qr_label.setPixmap(qr_pixmap(self.qr_payload, QR_PX))
        self.service_icon.setPixmap(icon_pixmap(self._catalogue.service(ticket.service_code).icon, 56))
        self._set_ticket_parts_visible(True)
        self.retranslate()
        self._timer.start(self._screen_ms)

    def show_refusal(self, found: Availability) -> None:
        """The service takes no ticket now: say why and when to come back (service_refusals.py)."""
        self.show_error(found.refusal.value if found.refusal else "error")
        self.refusal = found
        self._show_status()

    def refusal_message(self) -> str:
        """The sentence shown for a refused service ('' for anything else): the voice says the same."""
        if self.refusal is None:
            return ""
        return refusal_message(self.refusal, ZoneInfo(self._office_info.timezone), self._now())

    def show_error(self, code: str) -> None:
        """No ticket could be issued (service closed, daily limit, …)."""
        self.issued = None
        self.refusal = refusal_from_code(code or "")
        self.error_code = code or "error"
        self.print_state = ""
        self._set_ticket_parts_visible(False)
        self.retranslate()
        self._timer.start(max(self._screen_ms, FAILURE_SCREEN_MIN_S * 1000))

    def show_print_failure(self, reason: str = "error") -> None:
        self._print_status(self.issued.ticket.id if self.issued else "", "failed_retrying", reason)

    @property
    def printer_failed(self) -> bool:
        return self.print_state in FAILED_STATES

    def _print_status(self, ticket_id: str, state: str, reason: str) -> None:
        if self.issued is None or ticket_id != self.issued.ticket.id:
            return
        was_failed = self.printer_failed
        self.print_state = state
        self.print_reason = reason
        if self.printer_failed and not was_failed and self.isVisible():
            # Time to photograph or copy the number.
            self._timer.start(max(self._screen_ms * FAILURE_SCREEN_FACTOR, FAILURE_SCREEN_MIN_S * 1000))
        self._show_status()

    def _done(self) -> None:
        self._timer.stop()
        self.finished.emit()

    def hideEvent(self, event) -> None:
        self._timer.stop()
        super().hideEvent(event)

    # ---- texts ----------------------------------------------------------------------

    def _set_ticket_parts_visible(self, visible: bool) -> None:
        for widget in (self.number_caption, self.label_label, self.service_icon, self.service_label,
                       self.ahead_label, self.wait_label, self.qr_label, self.qr_caption):
            widget.setVisible(visible)

    def _show_status(self) -> None:
        failed = self.printer_failed or bool(self.error_code)
        if self.refusal is not None:
            text = self.refusal_message()
        elif self.error_code:
            text = self.tr("Sorry, no ticket can be given for this service right now. "
                           "Please ask at the reception desk.")
        elif self.printer_failed:
            label = isolate_ltr(self.issued.ticket.label)
            if self.print_reason == "paper_out":
                text = self.tr("The printer has no paper. Please photograph or remember your number: %1. "
                               "Staff have been told.")
            else:
                text = self.tr("The printer is not working. Please photograph or remember your number: %1. "
                               "Staff have been told.")
            text = text.replace("%1", label)
        elif self.print_state == "sent_unconfirmed":
            # The printer took the receipt but did not confirm it: the number is the fallback.
            text = self.tr("Please take your receipt. If none came out, please remember your number: %1.")
            text = text.replace("%1", isolate_ltr(self.issued.ticket.label))
        else:
            text = self.tr("Please take your receipt.")
        self.status_panel.show_status(text, warning=failed)

    def retranslate(self) -> None:
        self.done_button.set_label(self.tr("Done"))
        self.number_caption.setText(self.tr("Your number"))
        self.qr_caption.setText(self.tr("Your ticket code"))
        issued = self.issued
        if issued is not None:
            lang = self._session.language
            ticket = issued.ticket
            self.label_label.setText(ticket.label)
            self.label_label.setAccessibleName(ticket.label)
            name = self._catalogue.service(ticket.service_code).name(lang)
            self.service_label.setText(name)
            # one line when it fits (a wrapped label would otherwise take its narrow hint)
            self.service_label.ensurePolished()
            self.service_label.setMinimumWidth(min(self.service_label.fontMetrics().horizontalAdvance(name) + 8,
                                                   SERVICE_NAME_MAX_PX))
            if issued.people_ahead <= 0:
                self.ahead_label.setText(self.tr("You are next."))
                self.wait_label.setText("")
            else:
                self.ahead_label.setText(self.tr("People ahead of you: %1").replace("%1", str(issued.people_ahead)))
                self.wait_label.setText(
                    self.tr("Estimated wait: about %1 min").replace("%1", str(issued.estimated_wait_min)))
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
