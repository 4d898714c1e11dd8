"""What a push or a pull did: counts a technician reads (`maktab-sync push --json`) and a benchmark adds up.

Plain mutable records, filled on the sync thread while batches and pages go.
"""
from __future__ import annotations

import dataclasses


@dataclasses.dataclass
class PushResult:
    """What one or more pushed batches did."""

    batches: int = 0
    sent: int = 0
    stored: int = 0
    duplicate: int = 0
    rejected: int = 0
    bytes_sent: int = 0
    acked_through: int = 0
    rejections: list[tuple[int, str]] = dataclasses.field(default_factory=list)

    @property
    def acked(self) -> int:
        return self.stored + self.duplicate

    def add(self, other: PushResult) -> None:
        for f in ("batches", "sent", "stored", "duplicate", "rejected", "bytes_sent"):
            setattr(self, f, getattr(self, f) + getattr(other, f))
        self.acked_through = max(self.acked_through, other.acked_through)
        self.rejections.extend(other.rejections)


@dataclasses.dataclass
class PullResult:
    """What one or more pulled pages did (`cursor`: the last update handed to the sink)."""

    pages: int = 0
    applied: int = 0
    kept_local: int = 0
    ignored: int = 0
    cursor: int = 0


__all__ = ["PullResult", "PushResult"]
