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

    await run_async(apply, finish)
                 the same for a caller on an asyncio event loop (the hub's ticket route),
                 with no thread of its own to lend: one long-lived writer thread commits
                 what is queued, runs each request's `finish(result)` after the commit,
                 and wakes each event loop ONCE per group (`call_soon_threadsafe`) to
                 resolve the futures of all its requests: two thread switches per group
                 where a thread-pool hand-off per request cost two per ticket.
    close()      no more requests (run_async refuses them: `hub_unreachable`); the
                 writer commits and answers what is queued, then ends.

Both kinds share the one queue: a desk's `run` and the hub's `run_async` requests go
into the same groups, whichever thread commits.

Thread use: any thread; `apply` runs under the office lock, inside the transaction,
on whichever thread commits the group; `finish` runs after the commit, outside the lock.
"""
from __future__ import annotations

import asyncio
import dataclasses
import logging
import sqlite3
import threading
from collections import deque
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from kiosk.office.errors import Unavailable
from kiosk.office.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

R = TypeVar("R")
T = TypeVar("T")

MAX_GROUP = 64  # requests per transaction: bounds how long the lock is held for one group


@dataclasses.dataclass(eq=False)
class _Request(Generic[R]):
    apply: Callable[[sqlite3.Connection], R]
    # run_async only: what to make of the committed result, and the future awaiting it.
    finish: Callable[[R], Any] | None = None
    future: asyncio.Future[Any] | None = None
    done: bool = False
    value: Any = None
    error: BaseException | None = None


class GroupCommit:
    def __init__(self, work: UnitOfWork):
        self._work = work
        self._queue: deque[_Request[Any]] = deque()
        self._queue_lock = threading.Lock()
        self._wake = threading.Condition(self._queue_lock)  # the writer waits on it for async requests
        self._writer: threading.Thread | None = None
        self._closed = False

    def pending(self) -> int:
        """Requests queued and not yet taken into a transaction."""
        with self._queue_lock:
            return len(self._queue)

    def run(self, apply: Callable[[sqlite3.Connection], R]) -> R:
        request: _Request[R] = _Request(apply)
        with self._queue_lock:
            self._queue.append(request)
        committed: list[_Request[Any]] = []
        with self._work.lock:
            while not request.done:  # nobody took it into their group while we waited for the lock
                committed += self._commit_queued()  # (more than MAX_GROUP ahead of it: the next group has it)
        _answer_async(committed)  # hub requests that went into our groups
        if request.error is not None:
            raise request.error
        result: R = request.value
        return result

    async def run_async(self, apply: Callable[[sqlite3.Connection], R], finish: Callable[[R], T]) -> T:
        """`finish(apply(conn))`, with `apply` committed by the writer thread; from an event loop."""
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        with self._wake:
            if self._closed:
                raise Unavailable("hub_unreachable", "the hub is shutting down: try again when it is back")
            self._queue.append(_Request(apply, finish, future))
            if self._writer is None:
                self._writer = threading.Thread(target=self._write_forever, name="group-commit-writer",
                                                daemon=True)
                self._writer.start()
            self._wake.notify()
        return await future

    def close(self, timeout: float = 10.0) -> None:
        """Refuse new async requests; the writer commits and answers those queued, then ends."""
        with self._wake:
            self._closed = True
            writer = self._writer
            self._wake.notify()
        if writer is not None and writer is not threading.current_thread():
            writer.join(timeout)

    def _write_forever(self) -> None:
        while True:
            with self._wake:
                while not self._queue and not self._closed:
                    self._wake.wait()
                if not self._queue:  # closed, and nothing left to answer
                    return
            with self._work.lock:
                group = self._commit_queued()
            _answer_async(group)

    def _commit_queued(self) -> list[_Request[Any]]:
        """Apply the queued requests (ours among them) in one transaction; mark them done after it."""
        with self._queue_lock:
            group = [self._queue.popleft() for _ in range(min(MAX_GROUP, len(self._queue)))]
        if not group:  # another thread committed them while this one waited for the lock
            return group
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
        return group


def _answer_async(group: list[_Request[Any]]) -> None:
    """Finish each committed async request, then wake each event loop once for all of its own."""
    by_loop: dict[asyncio.AbstractEventLoop, list[tuple[asyncio.Future[Any], Any, BaseException | None]]] = {}
    for request in group:
        if request.future is None:
            continue
        value, error = None, request.error
        if error is None and request.finish is not None:
            try:
                value = request.finish(request.value)
            except Exception as exc:  # e.g. the ticket of a repeated request deleted by hand
                error = exc
        by_loop.setdefault(request.future.get_loop(), []).append((request.future, value, error))
    for loop, answers in by_loop.items():
        try:
            loop.call_soon_threadsafe(_settle, answers)
        except RuntimeError:  # the loop is closed: its server stopped, nobody is waiting any more
            log.warning("%d committed request(s) not answered: their event loop is closed", len(answers))


def _settle(answers: list[tuple[asyncio.Future[Any], Any, BaseException | None]]) -> None:
    for future, value, error in answers:
        if future.done():  # cancelled: the server gave up on that request (it is committed all the same)
            continue
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(value)


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
