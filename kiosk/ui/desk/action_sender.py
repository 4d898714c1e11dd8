"""`ActionSender`: a clerk action is applied once, or clearly not at all.

Each clerk action gets its own `action_id` (a UUIDv7). If the hub cannot be reached
the action is kept (`pending`), the banner says it was not applied, and it is sent
again with the same id (by the desk's retry timer, when the hub is back, or on "Try
now"): the office applies an id once and answers a repeat with the first result. One
action is out at a time (`in_flight`); while one is out or kept, the desk offers none.

The desk (`DeskWindow`) is the `host`: it says whether a clerk is still logged in,
shows refusals, reads the line again after an answer and greys its buttons while busy.

Thread use: GUI thread; the office calls run through the desk's `OfficeCaller`.
"""
from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject

from kiosk.domain.ids import uuid7
from kiosk.ui.clock import UiTimer
from kiosk.ui.desk.caller import OfficeCaller
from kiosk.ui.desk.connection_banner import ConnectionBanner
from kiosk.ui.office_model import is_unreachable

log = logging.getLogger(__name__)


@dataclasses.dataclass(eq=False)
class DeskAction:
    """One clerk action: the office call, its id, and what to do with the answer."""

    name: str  # as the clerk knows it ("Call next"), for the banner
    fn: Callable[..., Any]
    args: tuple
    on_done: Callable[[Any], None]
    action_id: str = dataclasses.field(default_factory=uuid7)
    unreachable: int = 0  # attempts that did not reach the hub
    cancelled: bool = False  # the clerk gave up on it: never sent again


class ActionHost(Protocol):
    def logged_in(self) -> bool: ...
    def show_refusal(self, exc: BaseException) -> None: ...
    def refresh(self) -> None: ...
    def update_busy(self) -> None: ...


class ActionSender(QObject):
    def __init__(self, host: ActionHost, caller: OfficeCaller, banner: ConnectionBanner, retry_timer: UiTimer,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._host = host
        self._caller = caller
        self._banner = banner
        self._retry_timer = retry_timer  # the desk's: it also reads the line again while the hub is lost
        self.pending: DeskAction | None = None  # not applied: the hub was unreachable
        self.in_flight: DeskAction | None = None

    def busy(self) -> bool:
        return self.in_flight is not None or self.pending is not None

    def act(self, name: str, fn: Callable[..., Any], args: tuple, on_done: Callable[[Any], None]) -> None:
        if self.busy():
            return
        self._attempt(DeskAction(name, fn, args, on_done))

    def _attempt(self, action: DeskAction) -> None:
        self.in_flight = action
        self._host.update_busy()
        self._caller.run(action.fn, *action.args, action_id=action.action_id,
                         on_success=lambda result: self._applied(action, result),
                         on_failure=lambda exc: self._refused(action, exc))

    def _applied(self, action: DeskAction, result: Any) -> None:
        self.in_flight = None
        if self.pending is action:
            self.pending = None
        if action.unreachable:
            self._retry_timer.stop()
            self._banner.show_applied(action.name)
        elif self._banner.state == "lost":
            self._banner.clear()
        self._host.update_busy()
        if self._host.logged_in():
            action.on_done(result)
        self._host.refresh()

    def _refused(self, action: DeskAction, exc: BaseException) -> None:
        self.in_flight = None
        if is_unreachable(exc) and self._host.logged_in() and not action.cancelled:
            action.unreachable += 1
            self.pending = action
            self._banner.show_pending(action.name)
            self._retry_timer.start()
            log.warning("hub unreachable; action %s (%s) kept for retry", action.name, action.action_id)
        else:
            if self.pending is action:
                self.pending = None
            if not (action.cancelled and is_unreachable(exc)):  # a cancelled action was already accounted for
                if action.unreachable:
                    self._retry_timer.stop()
                    self._banner.clear()
                self._host.show_refusal(exc)
            self._host.refresh()
        self._host.update_busy()

    def retry_now(self) -> None:
        """Send the kept action again (same id), or read the line again if nothing is kept."""
        if self.in_flight is not None:
            return
        if self.pending is not None:
            self._attempt(self.pending)
        elif self._banner.state == "lost":
            self._host.refresh()

    def cancel_pending(self) -> None:
        action, self.pending = self.pending, None
        if action is None:
            return
        action.cancelled = True
        if self.in_flight is None:
            self._retry_timer.stop()
        self._banner.show_cancelled(action.name)
        self._host.update_busy()
        self._host.refresh()


__all__ = ["ActionHost", "ActionSender", "DeskAction"]
