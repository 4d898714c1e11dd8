"""The main desk screen: the current ticket, the action buttons with their keys, the live
waiting line, today's figures for the counter and the status bar.

The screen shows what it is given and emits what the clerk asked for; `DeskWindow`
talks to the office. Keys: F1 or Space call next, F2 recall, F3 start, F4 finish,
F5 no-show, F6 transfer; Enter or double-click in the line calls that ticket. The
"Concerns" button (F8, handled by the window) opens the concerns inbox.

Thread use: GUI thread.
"""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain.service_controls import ServiceLevel
from kiosk.domain.tickets import Ticket, TicketStatus
from kiosk.ui.desk.buttons import DeskButton
from kiosk.ui.desk.texts import CONCERNS_KEY, CONSOLE_KEY, DeskTexts, arg, isolate, with_key
from kiosk.ui.desk.ticket_panel import CurrentTicketPanel
from kiosk.ui.desk.waiting_list import WaitingList
from kiosk.ui.office_model import ServiceLookup

ACTIVE = frozenset({TicketStatus.CALLED, TicketStatus.SERVING})

# action → (keys, states of the current ticket that allow it; None: only with no ticket in hand)
ACTIONS: dict[str, tuple[tuple[int, ...], frozenset[TicketStatus] | None]] = {
    "call_next": ((Qt.Key.Key_F1, Qt.Key.Key_Space), None),
    "recall": ((Qt.Key.Key_F2,), frozenset({TicketStatus.CALLED})),
    "start": ((Qt.Key.Key_F3,), frozenset({TicketStatus.CALLED})),
    "finish": ((Qt.Key.Key_F4,), frozenset({TicketStatus.CALLED, TicketStatus.SERVING})),
    "no_show": ((Qt.Key.Key_F5,), frozenset({TicketStatus.CALLED})),
    "transfer": ((Qt.Key.Key_F6,), frozenset({TicketStatus.CALLED, TicketStatus.SERVING})),
}


class DeskScreen(QWidget):
    action_requested = Signal(str)  # a key of ACTIONS
    call_ticket_requested = Signal(str)  # ticket id
    close_counter_requested = Signal()
    logout_requested = Signal()
    concerns_requested = Signal()
    console_requested = Signal()  # the supervisor console (F9, handled by the window)

    def __init__(self, catalogue: ServiceLookup, zone: ZoneInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "screen")
        self.current: Ticket | None = None
        self.busy = False
        self.staff_name = ""
        self.counter = ""

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        body = QHBoxLayout()
        body.setContentsMargins(20, 12, 20, 10)
        body.setSpacing(20)

        left = QVBoxLayout()
        left.setSpacing(10)
        self.ticket_panel = CurrentTicketPanel(catalogue, zone)
        left.addWidget(self.ticket_panel)

        grid = QGridLayout()
        grid.setSpacing(10)
        self.buttons: dict[str, DeskButton] = {}
        # Two columns, not three: "Commencer (F3)" and its kind need a third of the column
        # on one line, and in a longer translation even their longest word did not fit.
        positions = {"call_next": (0, 0, 1, 2), "recall": (1, 0, 1, 1), "start": (1, 1, 1, 1),
                     "finish": (2, 0, 1, 1), "no_show": (2, 1, 1, 1), "transfer": (3, 0, 1, 2)}
        for action, (row, col, rows, cols) in positions.items():
            button = DeskButton("ticket" if action == "call_next" else "",
                                role="action-primary" if action == "call_next" else "action",
                                icon_px=36, min_height=64, wraps=True)
            button.setObjectName(f"action-{action}")
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Space stays "call next", not "press the focused button"
            button.clicked.connect(lambda _checked=False, a=action: self.request(a))
            grid.addWidget(button, row, col, rows, cols)
            self.buttons[action] = button
        for column in range(2):
            grid.setColumnStretch(column, 1)
        left.addLayout(grid)
        self.message_label = QLabel()
        self.message_label.setObjectName("desk-message")
        self.message_label.setProperty("role", "desk-error")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        left.addWidget(self.message_label)

        left.addStretch(1)
        body.addLayout(left, 11)

        right = QVBoxLayout()
        right.setSpacing(10)
        self.figures_frame = QFrame()
        self.figures_frame.setObjectName("figures")
        self.figures_frame.setProperty("role", "panel")
        figures_row = QHBoxLayout(self.figures_frame)
        figures_row.setContentsMargins(12, 4, 12, 4)
        self.figure_captions: dict[str, QLabel] = {}
        self.figure_values: dict[str, QLabel] = {}
        for key in ("served", "no_shows", "average"):
            cell = QVBoxLayout()
            cell.setSpacing(0)
            caption = QLabel()
            caption.setProperty("role", "desk-caption")
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setWordWrap(True)  # three side by side in the narrower column
            value = QLabel("0")
            value.setObjectName(f"figure-{key}")
            value.setProperty("role", "desk-figure")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.addWidget(caption)
            cell.addWidget(value)
            figures_row.addLayout(cell, 1)
            self.figure_captions[key], self.figure_values[key] = caption, value
        # The way to the concerns inbox, at the head of the column like a tab (F8 from anywhere).
        self.concerns_button = DeskButton("", role="concerns", min_height=56, wraps=True)
        self.concerns_button.setObjectName("open-concerns")
        self.concerns_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Space stays "call next"
        self.concerns_button.clicked.connect(self.concerns_requested)
        self.concerns_button.hide()  # until a session that may read concerns is in
        self.concerns_new: int | None = None
        self.console_button = DeskButton("", role="concerns", min_height=56)
        self.console_button.setObjectName("open-console")
        self.console_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.console_button.clicked.connect(self.console_requested)
        self.console_button.hide()  # until a supervisor's session is in
        concerns_row = QHBoxLayout()
        concerns_row.addWidget(self.concerns_button, 1)
        concerns_row.addWidget(self.console_button, 1)
        right.addLayout(concerns_row)
        self.waiting_list = WaitingList(catalogue, zone)
        self.call_selected_button = DeskButton("", role="action", min_height=64, wraps=True)
        self.call_selected_button.setObjectName("action-call_ticket")
        self.call_selected_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.call_selected_button.clicked.connect(self._call_selected)
        self.waiting_list.ticket_activated.connect(self._call_ticket)
        self.waiting_list.selection_changed.connect(self._update_buttons)
        right.addWidget(self.waiting_list, 1)
        right.addWidget(self.call_selected_button)
        # Under the line, whose height gives way: in the left column the figures pushed the
        # action buttons (two lines in a long translation) below 768 px with a call for help shown.
        right.addWidget(self.figures_frame)
        body.addLayout(right, 9)
        outer.addLayout(body, 1)

        self.status_bar = QFrame()
        self.status_bar.setObjectName("status-bar")
        self.status_bar.setProperty("role", "desk-statusbar")
        status_row = QHBoxLayout(self.status_bar)
        status_row.setContentsMargins(20, 6, 20, 6)
        status_row.setSpacing(16)
        self.status_label = QLabel()
        self.status_label.setObjectName("status-text")
        self.status_label.setProperty("role", "desk-status")
        # The central server's sync indicator (`SyncIndicator`) goes here; the window puts it in.
        self.sync_indicator_slot = QWidget()
        self.sync_indicator_slot.setObjectName("sync_indicator_slot")
        self.sync_indicator_row = QHBoxLayout(self.sync_indicator_slot)  # the window puts its SyncIndicator here
        self.sync_indicator_row.setContentsMargins(0, 0, 0, 0)
        self.close_counter_button = DeskButton("", role="nav", min_height=56)
        self.close_counter_button.setObjectName("close-counter")
        self.logout_button = DeskButton("", role="nav", min_height=56)
        self.logout_button.setObjectName("logout")
        self.close_counter_button.clicked.connect(self.close_counter_requested)
        self.logout_button.clicked.connect(self.logout_requested)
        # who sits here above the central server's line: side by side they would not fit in 1280 px
        info = QVBoxLayout()
        info.setSpacing(2)
        info.addWidget(self.status_label)
        info.addWidget(self.sync_indicator_slot)
        status_row.addLayout(info, 1)
        status_row.addWidget(self.close_counter_button)
        status_row.addWidget(self.logout_button)
        self.status_row = status_row
        outer.addWidget(self.status_bar)

        self.shortcuts: list[QShortcut] = []
        for action, (keys, _states) in ACTIONS.items():
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                # the whole window (focus may be on the banner); inactive while a dialog is open
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(lambda a=action: self.request(a))
                self.shortcuts.append(shortcut)
        self.retranslate()

    # ---- what the clerk may do now ------------------------------------------------------

    def allowed(self, action: str) -> bool:
        if self.busy:
            return False
        active = self.current is not None and self.current.status in ACTIVE
        states = ACTIONS[action][1]
        if states is None:  # call next: finish the citizen in hand first
            return not active
        return active and self.current.status in states

    def request(self, action: str) -> None:
        if self.isVisible() and self.allowed(action):
            self.action_requested.emit(action)

    def _call_selected(self) -> None:
        ticket_id = self.waiting_list.selected_ticket_id()
        if ticket_id:
            self._call_ticket(ticket_id)

    def _call_ticket(self, ticket_id: str) -> None:
        if self.allowed("call_next"):
            self.call_ticket_requested.emit(ticket_id)

    def _update_buttons(self) -> None:
        for action, button in self.buttons.items():
            button.setEnabled(self.allowed(action))
        self.call_selected_button.setEnabled(self.allowed("call_next")
                                             and self.waiting_list.selected_ticket_id() is not None)
        self.close_counter_button.setEnabled(not self.busy)
        self.logout_button.setEnabled(not self.busy)

    # ---- what the window tells the screen ---------------------------------------------

    def place_sync_indicator(self, indicator: QWidget, button: QWidget) -> None:
        """The central server's line under who sits here, its "sync now" `button` beside the
        bar's other buttons: under the line, the button made the bar some 30 px higher
        (the line wrapped to three lines in Arabic beside it), which the screen lacks at 768 px."""
        self.sync_indicator_row.addWidget(indicator)
        self.status_row.insertWidget(self.status_row.indexOf(self.close_counter_button), button)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def set_session(self, staff_name: str, counter: str) -> None:
        self.staff_name, self.counter = staff_name, counter
        self._render_status()

    def set_concerns(self, allowed: bool, new: int | None = None) -> None:
        """Show the way to the concerns inbox (if this session may read them) and how many are new."""
        self.concerns_button.setVisible(allowed)
        self.concerns_new = new
        self._render_concerns()

    def _render_concerns(self) -> None:
        text = DeskTexts().concerns_button(self.concerns_new)
        self.concerns_button.set_label(with_key(text, CONCERNS_KEY))
        self.concerns_button.setToolTip(f"{text} ({CONCERNS_KEY})")
        console = DeskTexts().console_button()
        self.console_button.set_label(with_key(console, CONSOLE_KEY))
        self.console_button.setToolTip(f"{console} ({CONSOLE_KEY})")

    def show_current(self, ticket: Ticket | None, now: dt.datetime) -> None:
        self.current = ticket if ticket is not None and ticket.status in ACTIVE else None
        self.ticket_panel.show_ticket(self.current, now)
        self._update_buttons()

    def show_line(self, tickets: list[Ticket], counts: dict[str, int], now: dt.datetime,
                  levels: dict[str, ServiceLevel] | None = None) -> None:
        self.waiting_list.set_line(tickets, counts, now, levels)
        self._update_buttons()

    def show_figures(self, served: int, no_shows: int, avg_service_min: float | None) -> None:
        self.figure_values["served"].setText(str(served))
        self.figure_values["no_shows"].setText(str(no_shows))
        self.figure_values["average"].setText(DeskTexts().minutes(avg_service_min))

    def show_message(self, text: str) -> None:
        """A refusal or a "nobody is waiting": shown until the next action."""
        self.message_label.setText(text)
        self.message_label.setAccessibleName(text)
        self.message_label.setVisible(bool(text))

    def tick(self, now: dt.datetime) -> None:
        self.ticket_panel.tick(now)
        self.waiting_list.tick(now)

    # ---- words ------------------------------------------------------------------------

    def _render_status(self) -> None:
        # isolated: a Latin name must not turn an Arabic line left to right
        self.status_label.setText(arg(self.tr("%1 · Counter %2"), isolate(self.staff_name), isolate(self.counter)))

    def retranslate(self) -> None:
        space = self.tr("Space")
        labels = {
            "call_next": (self.tr("Call next"), f"F1 · {space}"),
            "recall": (self.tr("Recall"), "F2"),
            "start": (self.tr("Start"), "F3"),
            "finish": (self.tr("Finish"), "F4"),
            "no_show": (self.tr("No-show"), "F5"),
            "transfer": (self.tr("Transfer…"), "F6"),
        }
        for action, (text, keys) in labels.items():
            # keys stay left to right inside an Arabic label
            self.buttons[action].set_label(f"{text}  \u2066({keys})\u2069")
            self.buttons[action].setToolTip(f"{text} ({keys})")
        self.call_selected_button.set_label(self.tr("Call the selected ticket"))
        self.call_selected_button.setToolTip(self.tr("Or double-click a ticket in the line"))
        self.figure_captions["served"].setText(self.tr("Served today"))
        self.figure_captions["no_shows"].setText(self.tr("No-shows"))
        self.figure_captions["average"].setText(self.tr("Average time"))
        self.figures_frame.setAccessibleName(self.tr("Today's figures for this counter"))
        self.close_counter_button.set_label(self.tr("Close the counter"))
        self.logout_button.set_label(self.tr("Log out"))
        self._render_concerns()
        self._render_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
