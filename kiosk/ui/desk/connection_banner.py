"""The strip across the top of the desk that says plainly when the office hub is out of reach.

States: hidden; `lost` (no answer from the hub); `pending` (the clerk's last action was
not applied and will be retried with the same action id, so it is applied once);
`applied` / `cancelled` (what became of that action, shown for a few seconds).
Above all of these, once set, the office's own problem (`show_problem`: its database is
damaged or unreadable): it stays, since only the technician can mend it.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from kiosk.ui.clock import SYSTEM_UI_CLOCK, UiClock
from kiosk.ui.desk.buttons import DeskButton
from kiosk.ui.desk.texts import DeskTexts, arg
from kiosk.ui.widgets.buttons import set_role
from kiosk.ui.widgets.icons import icon_pixmap

NOTICE_MS = 8000  # how long "applied" / "cancelled" stays up


class ConnectionBanner(QFrame):
    retry_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, clock: UiClock = SYSTEM_UI_CLOCK):
        super().__init__(parent)
        self.setObjectName("connection-banner")
        self.setProperty("role", "warning")
        self.state = "hidden"
        self.action_name = ""
        self.problem_code = ""  # "database_damaged" / "database_unreadable" once the office said so
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.setSpacing(12)
        self.icon_label = QLabel()
        self.icon_label.setFixedSize(40, 40)
        self.icon_label.setPixmap(icon_pixmap("warning", 40))
        self.text_label = QLabel()
        self.text_label.setObjectName("connection-text")
        self.text_label.setWordWrap(True)
        self.retry_button = DeskButton("", role="nav", min_height=56)
        self.retry_button.setObjectName("connection-retry")
        self.cancel_button = DeskButton("", role="nav", min_height=56)
        self.cancel_button.setObjectName("connection-cancel")
        row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text_label, 1)
        row.addWidget(self.retry_button)
        row.addWidget(self.cancel_button)
        self.retry_button.clicked.connect(self.retry_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self._hide_timer = clock.timer(self, NOTICE_MS, single_shot=True)
        self._hide_timer.timeout.connect(self.clear)
        self.hide()

    def show_lost(self) -> None:
        self._set("lost", "")

    def show_pending(self, action_name: str) -> None:
        self._set("pending", action_name)

    def show_applied(self, action_name: str) -> None:
        self._set("applied", action_name)
        self._hide_timer.start()

    def show_cancelled(self, action_name: str) -> None:
        self._set("cancelled", action_name)
        self._hide_timer.start()

    def clear(self) -> None:
        self._set("hidden", "")

    def show_problem(self, code: str) -> None:
        """The office cannot work (its database is damaged or unreadable): say so until restarted."""
        self.problem_code = code
        self._render()

    def _set(self, state: str, action_name: str) -> None:
        self._hide_timer.stop()
        self.state = state
        self.action_name = action_name
        self._render()

    def _render(self) -> None:
        state, name = self.state, self.action_name
        if self.problem_code:
            self._render_problem()
            return
        self.setVisible(state != "hidden")
        if state == "hidden":
            return
        ok = state == "applied"
        set_role(self, "desk-banner-ok" if ok else "warning")
        self.icon_label.setVisible(not ok)
        if state == "lost":
            text = self.tr("Connection to the office hub lost. Trying again… "
                           "Check the network cable if this lasts.")
        elif state == "pending":
            text = arg(self.tr("Connection to the office hub lost — your last action “%1” was not applied. "
                           "It will be retried automatically and will not be done twice."), name)
        elif state == "applied":
            text = arg(self.tr("Connection restored — your action “%1” has been applied."), name)
        else:
            text = arg(self.tr("Your action “%1” was cancelled. If the hub had already received it, "
                           "the screen will show it when the connection is back."), name)
        self.text_label.setText(text)
        self.setAccessibleName(text)
        self.retry_button.setVisible(state in ("lost", "pending"))
        self.cancel_button.setVisible(state == "pending")
        self.retry_button.set_label(self.tr("Try now"))
        self.cancel_button.set_label(self.tr("Cancel the action"))

    def _render_problem(self) -> None:
        text = DeskTexts().refusal(self.problem_code)
        set_role(self, "warning")
        self.icon_label.setVisible(True)
        self.text_label.setText(text)
        self.setAccessibleName(text)
        self.retry_button.setVisible(False)
        self.cancel_button.setVisible(False)
        self.setVisible(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
