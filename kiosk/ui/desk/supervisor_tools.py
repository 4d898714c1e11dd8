"""The supervisor console's tools: the activity report of a period saved as a PDF to print
or a CSV, and a training session to practise on.

The widget only asks; the console's route (supervisor_route.py) does the work off the GUI
thread: `kiosk.reports.save_report` for the report (the office's figures through the port,
locally or over the LAN), `kiosk.training_session.start_training_session` for training (a
training hub and desk as child processes, never the real office's data).

Thread use: GUI thread.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.desk.buttons import DeskButton

MAX_REPORT_DAYS = 366  # the office refuses longer periods (kiosk/domain/activity_report.py)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class SupervisorTools(QWidget):
    report_requested = Signal(object, object, str)  # first day, last day, "pdf" | "csv"
    open_requested = Signal()
    training_requested = Signal(bool)  # True: start a training session; False: end it

    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(10)
        self.report_heading = QLabel()
        self.report_heading.setProperty("role", "desk-caption")
        self.report_heading.setWordWrap(True)
        form = QFormLayout()
        form.setSpacing(8)
        self.first_edit, self.last_edit = QDateEdit(), QDateEdit()
        self.first_caption, self.last_caption = QLabel(), QLabel()
        for name, edit, caption in (("report-first", self.first_edit, self.first_caption),
                                    ("report-last", self.last_edit, self.last_caption)):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            # Left to right before the format: Qt reverses a format's sections set in a
            # right-to-left widget (2026-12-06 would read 06-12-2026 in Arabic).
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setDisplayFormat("yyyy-MM-dd")  # ISO: the same in every language, as the CSV has it
            edit.setMinimumHeight(56)
            caption.setBuddy(edit)
            form.addRow(caption, edit)
        self.set_today(today)
        buttons = QHBoxLayout()
        self.pdf_button = DeskButton("", role="action-primary", min_height=56)
        self.pdf_button.setObjectName("report-pdf")
        self.pdf_button.clicked.connect(lambda: self._ask("pdf"))
        self.csv_button = DeskButton("", role="action", min_height=56)
        self.csv_button.setObjectName("report-csv")
        self.csv_button.clicked.connect(lambda: self._ask("csv"))
        self.open_button = DeskButton("", role="action", min_height=56)
        self.open_button.setObjectName("report-open")
        self.open_button.clicked.connect(self.open_requested)
        self.open_button.setVisible(False)
        for button in (self.pdf_button, self.csv_button, self.open_button):
            buttons.addWidget(button, 1)
        self.report_message = QLabel()
        self.report_message.setObjectName("report-message")
        self.report_message.setProperty("role", "desk-status")
        self.report_message.setWordWrap(True)
        self.training_heading = QLabel()
        self.training_heading.setProperty("role", "desk-caption")
        self.training_text = QLabel()
        self.training_text.setWordWrap(True)
        self.training_button = DeskButton("", role="action", min_height=56)
        self.training_button.setObjectName("training-start")
        self.training_button.clicked.connect(lambda: self.training_requested.emit(not self.training_on))
        self.training_message = QLabel()
        self.training_message.setObjectName("training-message")
        self.training_message.setProperty("role", "desk-status")
        self.training_message.setWordWrap(True)
        for part in (self.report_heading, form, buttons, self.report_message, self.training_heading,
                     self.training_text, self.training_button, self.training_message):
            if isinstance(part, QWidget):
                column.addWidget(part)
            else:
                column.addLayout(part)
        column.addStretch(1)
        self.training_on = False
        self.retranslate()

    def set_today(self, today: dt.date) -> None:
        for edit in (self.first_edit, self.last_edit):
            edit.setMaximumDate(_qdate(today))
            edit.setDate(_qdate(today))

    def period(self) -> tuple[dt.date, dt.date]:
        return _day(self.first_edit.date()), _day(self.last_edit.date())

    def _ask(self, fmt: str) -> None:
        first, last = self.period()
        if last < first:
            self.show_report_message(self.tr("The last day is before the first: choose the days again."))
            return
        if (last - first).days + 1 > MAX_REPORT_DAYS:
            self.show_report_message(self.tr("A report covers at most 366 days: choose a shorter period."))
            return
        self.show_report_message(self.tr("Preparing the report…"))
        self.set_busy(True)
        self.report_requested.emit(first, last, fmt)

    def set_busy(self, busy: bool) -> None:
        self.pdf_button.setEnabled(not busy)
        self.csv_button.setEnabled(not busy)

    def show_report_message(self, text: str) -> None:
        self.report_message.setText(text)

    def show_saved(self, path: str, pages: int | None) -> None:
        self.set_busy(False)
        isolated = f"\u2068{path}\u2069"  # a left-to-right path inside an Arabic sentence
        if pages is None:
            text = self.tr("Saved: %1")
        else:
            text = self.tr("Saved: %1 (%n page(s)). Open it to print it.", "", pages)
        self.show_report_message(text.replace("%1", isolated))
        self.open_button.setVisible(True)

    def show_training_starting(self) -> None:
        self.training_button.setEnabled(False)
        self.training_message.setText(self.tr("Starting the training desk…"))

    def show_training_started(self, accounts: str) -> None:
        self._show_training(True, self.tr("The training desk is open. Practice accounts:") + "\n" + accounts)

    def show_training_ended(self) -> None:
        self._show_training(False, self.tr("The training session has ended."))

    def show_training_failed(self, why: str) -> None:
        self._show_training(False, self.tr("The training session could not start: %1").replace("%1", why))

    def _show_training(self, on: bool, message: str) -> None:
        self.training_on = on
        self.training_button.setEnabled(True)
        self.training_message.setText(message)
        self._label_training()

    def _label_training(self) -> None:
        self.training_button.set_label(self.tr("End the training session") if self.training_on
                                       else self.tr("Start a training session"))

    def retranslate(self) -> None:
        self.report_heading.setText(self.tr("Activity report"))
        self.first_caption.setText(self.tr("First day"))
        self.last_caption.setText(self.tr("Last day"))
        self.pdf_button.set_label(self.tr("Save as PDF"))
        self.csv_button.set_label(self.tr("Save as CSV"))
        self.open_button.set_label(self.tr("Open the report"))
        self.training_heading.setText(self.tr("Training"))
        self.training_text.setText(self.tr("A training desk opens on a practice office with a realistic morning. "
                                           "Nothing done there reaches the office's real data."))
        self._label_training()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["MAX_REPORT_DAYS", "SupervisorTools"]
