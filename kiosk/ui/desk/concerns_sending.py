"""`InboxSender`: a clerk's note or status change on a concern is applied once, or kept.

At most one action is out at a time (`sending`). When the hub cannot be reached the
action is kept (`unsent`) while the same clerk is logged in: pressing the same button
again sends the same action with the same `action_id`, so the office applies it once
even if the first attempt did reach it. Any other outcome forgets it.

The inbox (kiosk/ui/desk/concerns_inbox.py) decides what the clerk sees; this module
holds only the rule of sending once, which changes with the office's idempotency and
not with the screen.

Thread use: GUI thread; the office call runs through the `OfficeCaller` (the worker when remote).
"""
from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable

from kiosk.domain.ids import uuid7
from kiosk.office import OfficePort
from kiosk.ui.desk.caller import OfficeCaller
from kiosk.ui.office_model import is_unreachable

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class InboxAction:
    """One clerk action on a concern; the same action sent again keeps its id."""

    code: str
    kind: str  # "note" or "status"
    args: tuple  # what is sent besides the code and the session (text and public, or status and reason)
    action_id: str = dataclasses.field(default_factory=uuid7, compare=False)  # as the desk's


class InboxSender:
    def __init__(self, office: OfficePort, caller: OfficeCaller, session_provider: Callable[[], object]):
        self._office = office  # only to name the method the worker calls: never called here
        self._caller = caller
        self._session_provider = session_provider
        self.sending: InboxAction | None = None  # the clerk action out
        self.unsent: InboxAction | None = None  # did not reach the hub: sent again with its id

    def send(self, action: InboxAction, session: object, *, on_sent: Callable[[InboxAction], None],
             on_not_sent: Callable[[InboxAction, BaseException], None]) -> None:
        """Send `action` as `session` (the caller checks that nothing else is out)."""
        if action == self.unsent:  # the same note or change again: the same id, so the hub applies it once
            action = self.unsent
        fn = self._office.add_concern_note if action.kind == "note" else self._office.change_concern_status
        self.sending = action
        self._caller.run(fn, action.code, *action.args, session, action_id=action.action_id,
                         on_success=lambda _result: self._sent(action, on_sent),
                         on_failure=lambda exc: self._not_sent(action, exc, on_not_sent))

    def forget(self) -> None:
        """The clerk left: nothing of theirs is sent again."""
        self.unsent = None

    def _sent(self, action: InboxAction, on_sent: Callable[[InboxAction], None]) -> None:
        self.sending = None
        self.unsent = None
        on_sent(action)

    def _not_sent(self, action: InboxAction, exc: BaseException,
                  on_not_sent: Callable[[InboxAction, BaseException], None]) -> None:
        self.sending = None
        if is_unreachable(exc) and self._session_provider() is not None:
            self.unsent = action  # the text stays in its field; the same button sends it again
            log.warning("hub unreachable; concern %s %s (%s) kept for a retry", action.code, action.kind,
                        action.action_id)
        else:
            self.unsent = None
        on_not_sent(action, exc)


__all__ = ["InboxAction", "InboxSender"]
