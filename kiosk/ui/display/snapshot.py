"""What the hall display shows, as plain data read from the office in one go.

`load_snapshot(office)` asks the office (local, or the LAN `RemoteOffice`: each read may
be a network round trip) for the recent calls, the waiting counts and the
announcements. The board loads it off the GUI thread and shows it as a whole, so a
half-failed read never leaves a half-updated board.

Thread use: any thread (plain Python).
"""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from kiosk.domain.catalogue import kabyle_in_script, service_in_tamazight_script
from kiosk.office import OfficePort

RECENT_CALLS = 5  # shown in the list, under or beside the newest call


@dataclasses.dataclass(frozen=True)
class CallRow:
    ticket_id: str
    label: str
    counter: str
    service_code: str = ""

    @classmethod
    def from_ticket(cls, ticket: Any) -> CallRow:
        return cls(str(ticket.id), ticket.label, str(ticket.counter or ""), ticket.queue_service or "")

    @classmethod
    def from_event(cls, data: Mapping[str, Any]) -> CallRow:
        return cls(str(data.get("ticket_id") or data.get("label", "")), str(data.get("label", "")),
                   str(data.get("counter") or ""), str(data.get("queue_service") or data.get("service_code") or ""))


@dataclasses.dataclass(frozen=True)
class DisplaySnapshot:
    calls: tuple[CallRow, ...] = ()  # newest first: the first is the big one
    waiting: dict[str, int] = dataclasses.field(default_factory=dict)  # service code → people waiting
    announcements: tuple[dict[str, str], ...] = ()  # each: language → text
    services: tuple[Any, ...] = ()  # the office's active `Service`s (names, icons), catalogue order
    office_name: str = ""
    timezone: str = ""
    help_requests: int = 0  # kiosks waiting for a clerk (the board's discreet mark)
    training: bool = False  # a training office: the board shows the TRAINING band

    def with_call(self, call: CallRow, keep: int = RECENT_CALLS + 1) -> DisplaySnapshot:
        """This snapshot with `call` on top (a recall moves the ticket up, no duplicate row)."""
        others = tuple(c for c in self.calls if c.ticket_id != call.ticket_id)
        return dataclasses.replace(self, calls=((call,) + others)[:keep])


def load_snapshot(office: OfficePort, recent: int = RECENT_CALLS + 1,
                  tamazight_script: str = "latin") -> DisplaySnapshot:
    """Read the board's state from the office (may raise if the hub is unreachable).

    `board()` is the whole picture in one read (one request over the LAN); the open calls
    for help are a second one.
    """
    board = office.board()
    tickets, waiting, announcements = board["recent_calls"][:recent], board["waiting_counts"], board["announcements"]
    info = office.info
    return DisplaySnapshot(
        calls=tuple(CallRow.from_ticket(t) for t in tickets),
        waiting={str(code): int(n) for code, n in dict(waiting).items()},
        announcements=tuple(kabyle_in_script(texts, tamazight_script)
                            for texts in (dict(a.get("texts") or {}) for a in announcements) if texts),
        services=tuple(service_in_tamazight_script(s, tamazight_script) for s in office.services()),
        office_name=info.name,
        timezone=info.timezone,
        help_requests=len(office.open_help_requests()),
        training=info.training,
    )
