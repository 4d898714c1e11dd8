"""The ticket being served at this counter, big: label, service, priority badge, state, waiting time.

Thread use: GUI thread.
"""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain.tickets import Ticket
from kiosk.ui.desk.texts import DeskTexts, arg, current_language
from kiosk.ui.office_model import ServiceLookup
from kiosk.ui.widgets.icons import icon_pixmap


class CurrentTicketPanel(QFrame):
    def __init__(self, catalogue: ServiceLookup, zone: ZoneInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "panel")
        self.setObjectName("current-ticket")
        self._catalogue = catalogue
        self._zone = zone
        self.ticket: Ticket | None = None
        self._now = dt.datetime.now(dt.UTC)

        column = QVBoxLayout(self)
        column.setContentsMargins(24, 8, 24, 10)
        column.setSpacing(4)

        top = QHBoxLayout()
        top.setSpacing(20)
        self.label = QLabel()
        self.label.setObjectName("current-label")
        # Western digits, left to right, also in Arabic
        self.label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.badge = QFrame()
        self.badge.setObjectName("priority-badge")
        self.badge.setProperty("role", "desk-badge")
        badge_row = QHBoxLayout(self.badge)
        badge_row.setContentsMargins(12, 6, 16, 6)
        badge_row.setSpacing(8)
        self.badge_icon = QLabel()
        self.badge_icon.setFixedSize(40, 40)
        self.badge_text = QLabel()
        badge_row.addWidget(self.badge_icon)
        badge_row.addWidget(self.badge_text)
        top.addWidget(self.label)
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addStretch(1)

        service_row = QHBoxLayout()
        service_row.setSpacing(12)
        self.service_icon = QLabel()
        self.service_icon.setFixedSize(44, 44)
        self.service_label = QLabel()
        self.service_label.setObjectName("current-service")
        self.service_label.setProperty("role", "tile-name")
        self.service_label.setWordWrap(True)
        service_row.addWidget(self.service_icon)
        service_row.addWidget(self.service_label, 1)
        state_row = QHBoxLayout()
        state_row.setSpacing(16)
        self.state_label = QLabel()
        self.state_label.setObjectName("current-state")
        self.state_label.setWordWrap(True)
        self.since_label = QLabel()
        self.since_label.setObjectName("current-since")
        self.since_label.setProperty("role", "muted")
        state_row.addWidget(self.state_label, 1)
        state_row.addWidget(self.since_label)

        column.addLayout(top)
        column.addLayout(service_row)
        column.addLayout(state_row)
        self._render()

    def show_ticket(self, ticket: Ticket | None, now: dt.datetime) -> None:
        self.ticket = ticket
        self._now = now
        self._render()

    def tick(self, now: dt.datetime) -> None:
        """Minutes move on: redraw the waiting time."""
        self._now = now
        self._render()

    def _render(self) -> None:
        texts = DeskTexts()
        ticket = self.ticket
        has_ticket = ticket is not None
        for widget in (self.service_icon, self.service_label, self.state_label, self.since_label):
            widget.setVisible(has_ticket)
        caption = self.tr("Current ticket")
        if ticket is None:
            self.label.setProperty("role", "desk-ticket-empty")
            self.label.setText(self.tr("No ticket called. Press “Call next”."))
            self.label.setWordWrap(True)
            self.badge.hide()
            self._repolish(self.label)
            self.setAccessibleName(f"{caption}: {self.label.text()}")
            return
        self.label.setProperty("role", "desk-ticket")
        self.label.setWordWrap(False)
        self.label.setText(ticket.label)
        self.label.setToolTip(caption)
        self._repolish(self.label)
        language = current_language()
        try:
            service = self._catalogue.service(ticket.queue_service)
            self.service_icon.setPixmap(icon_pixmap(service.icon, 44))
            name = service.name(language)
        except KeyError:  # a service removed from the catalogue since: show its code
            self.service_icon.clear()
            name = ticket.queue_service
        if ticket.transferred_from:
            try:
                origin = self._catalogue.service(ticket.transferred_from).name(language)
            except KeyError:
                origin = ticket.transferred_from
            name = arg(self.tr("%1 (transferred from %2)"), name, origin)
        self.service_label.setText(name)
        self.badge.setVisible(ticket.priority.is_priority)
        if ticket.priority.is_priority:
            self.badge_icon.setPixmap(icon_pixmap(f"priority-{ticket.priority.value}", 40))
            self.badge_text.setText(arg(self.tr("Priority: %1"), texts.priority(ticket.priority)))
        state = texts.status(ticket.status)
        if ticket.recalls:
            state = arg(self.tr("%1 · recalled %2×"), state, ticket.recalls)
        self.state_label.setText(state)
        self.since_label.setText(texts.waiting_since(ticket, self._zone, self._now))
        self.setAccessibleName(f"{caption}: " + " — ".join(t for t in (ticket.label, name, state) if t))

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
