"""The way to the desk's concerns inbox and back, and the count on its "Concerns" button.

A session with the concerns permission reaches the inbox from the counter in service or
from "open a counter" (reception staff may only handle concerns): the "Concerns" button
or F8, and back the same way. The button counts the concerns received and not yet
handled, read again (through the desk's `OfficeCaller`) on concern events.

Thread use: GUI thread.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from kiosk.domain.concern_filter import ConcernFilter
from kiosk.domain.concerns import ConcernStatus
from kiosk.domain.staff import Permission
from kiosk.ui.desk.side_page import return_from_side_page

if TYPE_CHECKING:
    from kiosk.ui.desk.window import DeskWindow

log = logging.getLogger(__name__)

NEW_CONCERNS_LIMIT = 100  # the button says "99+" beyond: the count is read again on every concern event


class ConcernsRoute(QObject):
    def __init__(self, window: DeskWindow):
        super().__init__(window)
        self._window = window
        self._return_to: QWidget = window.counter_screen

    def may_read(self) -> bool:
        w = self._window
        return w.session is not None and w.session.can(Permission.CONCERNS)

    def show(self) -> None:
        """Open the inbox from the counter in service or from "open a counter"."""
        w = self._window
        current, session = w.stack.currentWidget(), w.session
        if current not in (w.counter_screen, w.desk_screen) or session is None or not self.may_read():
            return
        if w.transfer_dialog is not None:
            return
        self._return_to = current
        in_service = current is w.desk_screen
        w.concerns_page.set_back_target(in_service, session.name, w.counter if in_service else None)
        w.stack.setCurrentWidget(w.concerns_page)
        w.concerns_inbox.refresh()  # concerns pulled from the central server raise no event here
        w.concerns_inbox.list.setFocus()

    def back(self) -> None:
        w = self._window
        if w.stack.currentWidget() is not w.concerns_page:
            return
        return_from_side_page(w, self._return_to)
        self.refresh_count()

    def toggle(self) -> None:
        """F8: to the inbox, and back again."""
        w = self._window
        if w.stack.currentWidget() is w.concerns_page:
            self.back()
        else:
            self.show()

    def refresh_count(self) -> None:
        """Read how many concerns were received and not yet handled, for the "Concerns" button."""
        w = self._window
        if not self.may_read():
            return
        token = w.token
        received = ConcernFilter(statuses=(ConcernStatus.RECEIVED,), limit=NEW_CONCERNS_LIMIT)

        def shown(concerns: list) -> None:
            if w.token == token:  # not an answer for a clerk who has left since
                self.show_count(len(concerns))

        w.caller.run(w.office.list_concerns, received, on_success=shown,
                     on_failure=lambda exc: log.info("concerns not counted: %s", exc))

    def show_count(self, new: int | None) -> None:
        w = self._window
        allowed = self.may_read()
        w.counter_screen.set_concerns(allowed, new)
        w.desk_screen.set_concerns(allowed, new)


__all__ = ["NEW_CONCERNS_LIMIT", "ConcernsRoute"]
