"""`ConcernFilter`: which concerns a desk's inbox asks for (a value, not a query).

It belongs to the domain so a screen can say what it wants without knowing the store:
`kiosk/store/concerns.py` turns it into SQL, the hub into query parameters.

Thread use: any (frozen).
"""
from __future__ import annotations

import dataclasses

from kiosk.domain.concerns import ConcernStatus


@dataclasses.dataclass(frozen=True)
class ConcernFilter:
    """What a desk list shows. Ages are whole days counted from `created_at` to `now`."""

    statuses: tuple[ConcernStatus, ...] = ()  # empty: any status
    category: str | None = None
    older_than_days: int | None = None  # e.g. 15: the overdue ones
    newer_than_days: int | None = None  # e.g. 7: this week's
    office_code: str | None = None  # only codes of this office (a kiosk may hold others after a pull)
    limit: int = 200
    offset: int = 0
