"""Group commit: requests that arrive together share one durable transaction (one fsync).

A ticket costs the hub one commit, and a commit waits for the disk (synchronous=FULL).
Kiosks that ask while a commit is on its way to the disk would each wait for their own
commit after it, one by one. Here they queue instead, and the next one to get the office
lock commits every request queued by then, together, in one transaction:

    run(apply)   queue `apply(conn)`; return its result once it is committed (or raise
                 its error). Whoever takes the office lock first applies everything
                 queued (up to MAX_GROUP) and commits; the others find theirs done.

So an answer still means the change is on disk: each caller returns only after the
commit that holds its request. Each request runs in its own savepoint: one that fails
(a closed service, the daily limit, a reused request id) is rolled back alone and gets
its own error, and the others of its group are committed. Only a failure of the whole
transaction (the commit refused, a full disk that made SQLite give up the transaction)
fails every request of the group, and then none of it is on disk. No leader thread: the
callers' own threads take turns, so a request alone costs what it did before.

Thread use: any thread; `apply` runs under the office lock, inside the transaction,
on whichever caller's thread commits the group.
"""
from __future__ import annotations

import dataclasses
import sqlite3
import threading
from collections import deque
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from kiosk.office.unit_of_work import UnitOfWork

R = TypeVar("R")

MAX_GROUP = 64  # requests per transaction: bounds how long the lock is held for one group


@dataclasses.dataclass(eq=False)
class _Request(Generic[R]):
    apply: Callable[[sqlite3.Connection], R]
    done: bool = False
    value: Any = None
    error: BaseException | None = None


class GroupCommit:
    def __init__(self, work: UnitOfWork):
        self._work = work
        self._queue: deque[_Request[Any]] = deque()
        self._queue_lock = threading.Lock()

    def pending(self) -> int:
        """Requests queued and not yet taken into a transaction."""
        with self._queue_lock:
            return len(self._queue)

    def run(self, apply: Callable[[sqlite3.Connection], R]) -> R:
        request: _Request[R] = _Request(apply)
        with self._queue_lock:
            self._queue.append(request)
        with self._work.lock:
            while not request.done:  # nobody took it into their group while we waited for the lock
                self._commit_queued()  # (more than MAX_GROUP ahead of it: the next group has it)
        if request.error is not None:
            raise request.error
        result: R = request.value
        return result

    def _commit_queued(self) -> None:
        """Apply the queued requests (ours among them) in one transaction; mark them done after it."""
        with self._queue_lock:
            group = [self._queue.popleft() for _ in range(min(MAX_GROUP, len(self._queue)))]
        try:
            with self._work.write() as conn:
                for request in group:
                    _apply_alone(conn, request)
        except Exception as exc:  # nothing of the group is on disk: each request hears why
            _fail(group, exc)
        except BaseException as exc:  # KeyboardInterrupt, SystemExit: the others fail, and it goes on up
            _fail(group, exc)
            raise
        finally:
            for request in group:
                request.done = True


def _fail(group: list[_Request[Any]], exc: BaseException) -> None:
    for request in group:
        request.value, request.error = None, request.error or exc


def _apply_alone(conn: sqlite3.Connection, request: _Request[Any]) -> None:
    conn.execute("SAVEPOINT one_request")
    try:
        request.value = request.apply(conn)
    except Exception as exc:
        if not conn.in_transaction:  # SQLite gave up the whole transaction (a full disk): the group fails
            raise
        conn.execute("ROLLBACK TO one_request")
        request.error = exc
    conn.execute("RELEASE one_request")
