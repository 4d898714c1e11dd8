"""Requests applied once: the one mechanism behind every `action_id` and `request_id`.

A device that lost an answer (a network cut, a hub killed between its commit and its
reply) sends the same request again with the same id. The Office keeps, per device,
each id with a fingerprint of what was asked and the first answer, written in the same
transaction as the change (`kiosk/store/request_answers.py`). So:

  - the same request again gets the first answer, and nothing is done twice;
  - another request (another action, ticket or argument) with a used id is refused
    with OfficeError "action_id_reused", and nothing is done;
  - answers are kept `KEEP_ANSWERS` (24 hours) at least; the hub's periodic purge
    (`kiosk/retention.py`) drops older ones.

An id is scoped to the device that chose it (`device_id`, '' for the screens of the
hub's own PC), so two desks cannot collide, nor one desk replay another's answer.

`run_once(once, conn, at, work)` is the only way the office uses it: the first answer if
the id was seen, else `work()` applied and its answer remembered in the same transaction.

Thread use: called under the office lock, inside the caller's transaction.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from kiosk.office.errors import Conflict
from kiosk.store import request_answers

T = TypeVar("T")

KEEP_ANSWERS = dt.timedelta(hours=24)


@dataclasses.dataclass(frozen=True)
class Once:
    device_id: str
    request_id: str
    fingerprint: str

    @classmethod
    def key(cls, request_id: str | None, device_id: str, action: str, **arguments: Any) -> Once | None:
        """The key of a request, or None when it carries no id (then it is simply applied)."""
        if not request_id:
            return None
        return cls(device_id or "", request_id, request_answers.fingerprint(action, arguments))

    def replay(self, conn: sqlite3.Connection) -> dict[str, Any] | None:
        """The first answer if this request was already applied; None if the id is new."""
        try:
            return request_answers.answer_for(conn, self.device_id, self.request_id, self.fingerprint)
        except request_answers.ReusedId:
            raise Conflict("action_id_reused", f"the id {self.request_id!r} was already used for a different "
                                              "request (another action, ticket or value): send a new id for a "
                                              "new request") from None

    def remember(self, conn: sqlite3.Connection, at: str, answer: dict[str, Any]) -> None:
        request_answers.remember(conn, self.device_id, self.request_id, self.fingerprint, at, answer)


@dataclasses.dataclass(frozen=True)
class Outcome(Generic[T]):
    """What `run_once` did: the answer (first or fresh) and, when the work ran now, what it gave."""

    answer: dict[str, Any]
    fresh: T | None  # what the work gave now; None when replayed
    replayed: bool  # a repeat, answered from the first time: nothing was done


def run_once(once: Once | None, conn: sqlite3.Connection, at: str,
             work: Callable[[], tuple[dict[str, Any], T]]) -> Outcome[T]:
    """Apply `work` once per request id: a repeat gets the first answer and `work` is not run.

    `work` returns (the answer to keep for repeats, anything else the caller needs now).
    Without an id (`once` None) the work is simply done."""
    if once is not None:
        done = once.replay(conn)
        if done is not None:
            return Outcome(done, None, replayed=True)
    answer, fresh = work()
    if once is not None:
        once.remember(conn, at, answer)
    return Outcome(answer, fresh, replayed=False)
