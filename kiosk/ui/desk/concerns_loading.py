"""`ConcernListReader`: the inbox's list of concerns is read one request at a time.

A list read over the LAN may take seconds. While one is out, a new wish (other filters,
a concern changed at another desk) is not sent at once but remembered, and the list is
read once more, with the newest filters, when the answer comes: that answer may already
be out of date. An answer that comes after the clerk has left, or another clerk has
logged in, is not shown; the list is asked for again as whoever is logged in now.

The inbox (kiosk/ui/desk/concerns_inbox.py) shows the answer; this module holds only
the rule of reading, which changes with the office's API and not with the screen.

Thread use: GUI thread; the office call runs through the `OfficeCaller` (the worker when remote).
"""
from __future__ import annotations

from collections.abc import Callable

from kiosk.domain.concern_filter import ConcernFilter
from kiosk.domain.concerns import Concern
from kiosk.office import OfficePort
from kiosk.ui.desk.caller import OfficeCaller


class ConcernListReader:
    def __init__(self, office: OfficePort, caller: OfficeCaller, session_provider: Callable[[], object],
                 current_filter: Callable[[], ConcernFilter], *,
                 listed: Callable[[list[Concern], str | None], None],
                 not_listed: Callable[[BaseException], None],
                 logged_out: Callable[[], None], busy_changed: Callable[[], None]):
        self._office = office  # only to name the method the worker calls: never called here
        self._caller = caller
        self._session_provider = session_provider
        self._current_filter = current_filter
        self._listed, self._not_listed = listed, not_listed
        self._logged_out, self._busy_changed = logged_out, busy_changed
        self.listing = False  # a list read is out
        self._again = False  # … and the filters or the data changed meanwhile
        self._keep: str | None = None  # the concern to keep open when the list comes

    def read(self, keep: str | None) -> None:
        """Read the list with the current filters; `keep`: the concern to open again when it comes."""
        session = self._session_provider()
        if session is None:
            self._logged_out()
            return
        self._keep = keep
        if self.listing:  # one read at a time: ask again with the newest filters when it answers
            self._again = True
            return
        self.listing, self._again = True, False
        self._busy_changed()
        self._caller.run(self._office.list_concerns, self._current_filter(), can_see_contact=False,
                         on_success=lambda concerns: self._answered(session, concerns),
                         on_failure=lambda exc: self._failed(session, exc))

    def _still_wanted(self, session: object) -> bool:
        """Whether this answer is still wanted (else the list is asked for again, or dropped)."""
        self.listing = False
        self._busy_changed()
        if self._session_provider() is not session or self._again:
            self.read(self._keep)
            return False
        return True

    def _answered(self, session: object, concerns: list[Concern]) -> None:
        if self._still_wanted(session):
            self._listed(list(concerns), self._keep)

    def _failed(self, session: object, exc: BaseException) -> None:
        if self._still_wanted(session):
            self._not_listed(exc)


__all__ = ["ConcernListReader"]
