"""What the sync client needs from the office, as two small interfaces.

`sync/` does not import `kiosk`: the client is handed an `OutboxPort` (the office's
outbox; `kiosk.store.outbox.SqliteOutbox` satisfies it) and an `UpdatesSink` (applies
what the central server decided, and keeps the server's public address;
`kiosk.sync_adapter.OfficeUpdatesSink` implements it).
Both are called from the sync thread (the loop's daemon thread, or the CLI's main one).
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

from sync.protocol import Update


class OutboxEventLike(Protocol):
    """One outbox event as the client reads it (read-only: the office's events are frozen)."""

    @property
    def seq(self) -> int: ...
    @property
    def event_id(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def occurred_at(self) -> str: ...
    @property
    def payload(self) -> dict[str, Any]: ...
    @property
    def state(self) -> str: ...
    @property
    def attempts(self) -> int: ...
    @property
    def last_error(self) -> str | None: ...


class OutboxStatsLike(Protocol):
    @property
    def pending(self) -> int: ...
    @property
    def acked(self) -> int: ...
    @property
    def rejected(self) -> int: ...
    @property
    def oldest_pending_at(self) -> str | None: ...


@runtime_checkable
class OutboxPort(Protocol):
    """The office outbox as the client sees it. Only the server's answer may mark acked."""

    def pending_batch(self, max_events: int, max_bytes: int) -> Sequence[OutboxEventLike]: ...

    def mark_acked(self, seqs: Iterable[int], acked_at: str) -> None: ...

    def mark_rejected(self, seq: int, reason: str) -> None: ...

    def record_failure(self, seqs: Iterable[int], error: str) -> None: ...

    def retry_rejected(self) -> int: ...

    def get(self, seq: int) -> OutboxEventLike | None: ...

    def list(self, state: str | None = None, limit: int = 100,
             after_seq: int = 0) -> Sequence[OutboxEventLike]: ...

    def has_pending_for(self, type_prefix: str, key: str, value: str) -> bool: ...

    def stats(self) -> OutboxStatsLike: ...


#: What an UpdatesSink answers for one update.
APPLIED = "applied"  # the office changed (or already held this exact value)
KEPT_LOCAL = "kept_local"  # a local change not yet sent wins; nothing was overwritten
IGNORED = "ignored"  # unknown entity, unsupported kind or bad data: logged, skipped


@runtime_checkable
class UpdatesSink(Protocol):
    def apply(self, update: Update) -> str:
        """Apply one pulled update; return APPLIED, KEPT_LOCAL or IGNORED.

        Must be idempotent (a page may be pulled twice after a cut) and must never
        overwrite a local change whose event is still pending in the outbox. Raising
        stops the pull before this update: the cursor is not moved past it.
        """

    def public_url_received(self, public_url: str | None) -> None:
        """Called once per completed pull with the server's public address (already checked
        by the protocol), or None when the answer had none: the server has no public pages
        (or predates them). Keep it durably; raising makes the pull count as failed."""


class NullSink:
    """Accepts nothing (a client that only pushes, e.g. for exports or benchmarks)."""

    def apply(self, update: Update) -> str:
        return IGNORED

    def public_url_received(self, public_url: str | None) -> None:
        return None


#: subscribe(wake) → unsubscribe
Subscribe = Callable[[Callable[[], None]], Callable[[], None]]


@dataclasses.dataclass(frozen=True)
class SyncPorts:
    """An outbox and a sink, bundled (what `SyncLoop` needs besides the state)."""

    outbox: OutboxPort
    sink: UpdatesSink = dataclasses.field(default_factory=NullSink)
    #: Optional: called with a no-argument callback to run on every committed office change
    #: (the loop's wake()). Returns an unsubscribe function.
    subscribe: Subscribe | None = None
    #: Optional: a cheap no-argument check, called by a waiting loop every few seconds, that
    #: answers True when another process has committed outbox events since the last call
    #: (`subscribe` only hears this process's changes).
    changed_elsewhere: Callable[[], bool] | None = None
    #: Optional: the office's status for its reports to the server ({"version", "printer",
    #: "help_requests", "services"?}; see sync/status_report.py), called on the sync thread.
    office_status: Callable[[], Mapping[str, Any]] | None = None


__all__ = [
    "APPLIED",
    "IGNORED",
    "KEPT_LOCAL",
    "NullSink",
    "OutboxEventLike",
    "OutboxPort",
    "OutboxStatsLike",
    "Subscribe",
    "SyncPorts",
    "UpdatesSink",
]
