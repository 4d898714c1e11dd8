"""When a concern was reopened: taken back to work after the office had decided it.

The citizen reopens a concern by saying "not resolved" on its public page; the central
server then sends `concern.status` with `status: in_progress` (and `by: citizen`), and the
office records it as any status change (docs/sync-protocol.md). The office may also take
up a decided concern again. Either way the concern went from answered, closed or rejected
back to "being handled", which the central server's history calls "reopened" too
(sync/server/concerns/rules.py): found here from the public history, so offices that
recorded reopenings before this module existed show them as well.
"""
from __future__ import annotations

from kiosk.domain.concerns import ConcernStatus, HistoryKind, PublicConcernView, PublicHistoryEntry

DECIDED = frozenset({ConcernStatus.ANSWERED, ConcernStatus.CLOSED, ConcernStatus.REJECTED})


def reopenings(view: PublicConcernView) -> tuple[PublicHistoryEntry, ...]:
    """The status changes of `view`'s history that took it from a decision back to work, oldest first."""
    found: list[PublicHistoryEntry] = []
    current = ConcernStatus.RECEIVED
    for entry in sorted(view.history, key=lambda e: e.at):
        if entry.kind is not HistoryKind.STATUS or entry.status is None:
            continue
        if entry.status is ConcernStatus.IN_PROGRESS and current in DECIDED:
            found.append(entry)
        current = entry.status
    return tuple(found)
