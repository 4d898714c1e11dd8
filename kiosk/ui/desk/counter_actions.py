"""The counter's actions on tickets — call next, recall, start, finish, no-show, call a given
ticket, transfer — as the clerk asks for them on the `DeskScreen` (buttons or keys).

Each goes to the office through the desk's `ActionSender` (applied once, kept and sent
again with its id while the hub is lost); what comes back is shown on the desk screen.

Thread use: GUI thread.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.ui.desk.transfer_dialog import TransferDialog

if TYPE_CHECKING:
    from kiosk.ui.desk.window import DeskWindow


class CounterActions(QObject):
    def __init__(self, window: DeskWindow):
        super().__init__(window)
        self._window = window

    def do(self, action: str) -> None:
        """One of DeskScreen's ACTIONS, as the clerk asked for it (button or key)."""
        w = self._window
        if w.busy() or not w.counter:
            return
        w.desk_screen.show_message("")
        current = w.desk_screen.current
        names = {"call_next": self.tr("Call next"), "recall": self.tr("Recall"), "start": self.tr("Start"),
                 "finish": self.tr("Finish"), "no_show": self.tr("No-show")}
        if action == "call_next":
            w.action_sender.act(names[action], w.office.call_next, (w.token, w.counter), self._called)
        elif action == "transfer":
            self.open_transfer()
        elif current is not None:
            fn = {"recall": w.office.recall, "start": w.office.start_service, "finish": w.office.finish,
                  "no_show": w.office.no_show}[action]
            w.action_sender.act(names[action], fn, (w.token, current.id), self._ticket_changed)

    def call_ticket(self, ticket_id: str) -> None:
        w = self._window
        if w.busy() or not w.counter:
            return
        w.desk_screen.show_message("")
        w.action_sender.act(self.tr("Call this ticket"), w.office.call_ticket, (w.token, w.counter, ticket_id),
                      self._called)

    def open_transfer(self) -> None:
        w = self._window
        current = w.desk_screen.current
        if current is None or w.transfer_dialog is not None:
            return
        dialog = TransferDialog(w.model.services(), current.label, current.queue_service, w)
        w.transfer_dialog = dialog

        def finished(result: int) -> None:
            w.transfer_dialog = None
            code = dialog.chosen_service()
            dialog.deleteLater()
            if result and code and w.desk_screen.current is not None:
                w.action_sender.act(self.tr("Transfer"), w.office.transfer,
                              (w.token, w.desk_screen.current.id, code), self._ticket_changed)
            w.desk_screen.waiting_list.tree.setFocus()

        dialog.finished.connect(finished)
        dialog.open()

    def _called(self, ticket) -> None:
        w = self._window
        if ticket is None:
            w.desk_screen.show_message(self.tr("Nobody is waiting for this counter's services."))
        w.desk_screen.show_current(ticket, w.now())

    def _ticket_changed(self, ticket) -> None:
        w = self._window
        w.desk_screen.show_current(ticket, w.now())  # finished / no-show / transferred: none in hand


__all__ = ["CounterActions"]
