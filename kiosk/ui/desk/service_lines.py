"""The counter's lines, one row per service it serves: how many wait, the longest wait, and
whether the line is past its waiting target.

A counter opened for every service (a small town hall's one desk) serves many lines: a
row each keeps them readable, where one sentence of "service: count" ran into a single
unreadable row. Only the lines where someone waits are listed (the counter's other
services would push the tickets off the screen); above them, an alert names the lines past
their target (longest wait or the next arrival's predicted wait over the target).

Thread use: GUI thread.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.domain.service_controls import ServiceLevel
from kiosk.domain.tickets import Ticket
from kiosk.ui.desk.texts import DeskTexts, arg, current_language, isolate, minutes_between
from kiosk.ui.office_model import ServiceLookup, service_name

MAX_ROWS_SHOWN = 4  # then "and N more lines": the tickets below keep most of the height


class ServiceLines(QWidget):
    def __init__(self, catalogue: ServiceLookup, parent: QWidget | None = None):
        super().__init__(parent)
        self._catalogue = catalogue
        self.rows: list[tuple[str, int, int]] = []  # (service code, waiting, longest wait in minutes), as shown
        self.past_target: list[ServiceLevel] = []
        self._several = False  # the counter serves more than one line
        # While a call for help takes the top of the desk, the per-line rows step aside (the
        # count above and the target alert stay) so that the tickets keep their rows.
        self._making_room = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.alert = QLabel()
        self.alert.setObjectName("target-alert")
        self.alert.setProperty("role", "target-alert")
        self.alert.setWordWrap(True)
        self.alert.hide()
        column.addWidget(self.alert)
        # A wrapped label per line (the panel is some 300 px wide at 1024 px: a table's columns
        # cut the names), the lines past their target and the longest first, then "and N more".
        self.line_labels: list[QLabel] = []
        for index in range(MAX_ROWS_SHOWN):
            label = QLabel()
            label.setObjectName(f"service-line-{index}")
            label.setProperty("role", "service-line")
            label.setWordWrap(True)
            label.hide()
            column.addWidget(label)
            self.line_labels.append(label)
        self.more_label = QLabel()
        self.more_label.setObjectName("service-lines-more")
        self.more_label.setProperty("role", "muted")
        self.more_label.hide()
        column.addWidget(self.more_label)

    def set_lines(self, services: list[str], counts: dict[str, int], tickets: list[Ticket], now: dt.datetime,
                  levels: dict[str, ServiceLevel]) -> None:
        """The counter's services with their counts; the longest wait from the office's levels when
        it gave them, else from the tickets read (a partial list: the longest of those)."""
        oldest: dict[str, dt.datetime] = {}
        for ticket in tickets:
            if ticket.queue_service not in oldest or ticket.issued_at < oldest[ticket.queue_service]:
                oldest[ticket.queue_service] = ticket.issued_at
        self._several = len(services) > 1
        self.past_target = [levels[code] for code in services if code in levels and levels[code].alert]
        alerted = {level.service_code for level in self.past_target}
        rows = []
        for code in services:
            waiting = counts.get(code, 0)
            if not waiting:
                continue
            level = levels.get(code)
            longest = level.longest_wait_min if level else minutes_between(oldest.get(code, now), now)
            rows.append((code, waiting, longest))
        self.rows = sorted(rows, key=lambda row: (row[0] not in alerted, -row[2], -row[1]))
        self._render()

    def _name(self, code: str) -> str:
        return service_name(self._catalogue, code, current_language())

    def _render(self) -> None:
        texts = DeskTexts()
        alerted = {level.service_code for level in self.past_target}
        # One line only: the caption's count says it; several: a line each.
        shown = self.rows[:MAX_ROWS_SHOWN] if self._several and not self._making_room else []
        for index, label in enumerate(self.line_labels):
            if index >= len(shown):
                label.hide()
                continue
            code, waiting, longest = shown[index]
            figures = arg(self.tr("%1 waiting · longest %2"), waiting, texts.minutes(longest))
            warn = "⚠ " if code in alerted else ""
            label.setText(f"{warn}{isolate(self._name(code))} — {figures}")
            label.setProperty("alert", code in alerted)
            label.style().unpolish(label)
            label.style().polish(label)
            label.show()
        hidden = len(self.rows) - len(shown) if self._several and not self._making_room else 0
        self.more_label.setText(arg(self.tr("and %1 more lines"), hidden))
        self.more_label.setVisible(hidden > 0)
        if self.past_target:
            names = ", ".join(arg(self.tr("%1 (target %2 min)"), isolate(self._name(level.service_code)),
                                  level.target_min) for level in self.past_target)
            self.alert.setText(arg(self.tr("⚠ Waiting target passed: %1"), names))
        self.alert.setVisible(bool(self.past_target))

    def make_room(self, on: bool) -> None:
        """A call for help is shown above the desk (on) or answered (off)."""
        self._making_room = on
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
