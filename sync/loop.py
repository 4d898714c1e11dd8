"""The background sync loop of the office hub: push when something is pending, pull now and then.

`SyncLoop` owns one daemon thread (plain Python, no Qt). It pushes as soon as it is
woken (every committed office change wakes it, when the office offers `subscribe`),
pulls central updates every `pull_interval_s`, and after a failure waits with capped,
jittered backoff — or what the server's `Retry-After` asks. A wake-up during a backoff
does not cut it short (a failing server is not hammered); `wake(force=True)` does (the
technician's "sync now" button).

While it waits, the loop looks every `watch_interval_s` (a `stat` of sync.json, and the
ports' `changed_elsewhere` check) for two things no in-process event announces:
- a new enrolment written by `maktab-sync enroll` in another process: the loop starts
  syncing with it at once (a loop started before the office was enrolled just waits for
  one; a re-enrolment replaces the old device and token, even during a backoff);
- outbox events committed by another process (e.g. `maktab simulate`): pushed at once
  when the link is up (idle), not at the next idle check.

Status callbacks (`on_status(SyncStatus)`) run on the loop's thread, after each round:
a Qt desk turns them into a signal through its one adapter (kiosk/ui/bridge.py) and
never calls the client itself.

Usage on the hub::

    state = SyncState.load(settings.data_dir)
    if state.enrolled:
        loop = SyncLoop(office_ports(office), state, on_status=...)  # ports: kiosk.sync_adapter
        loop.start()
        ...
        loop.stop()
"""
from __future__ import annotations

import dataclasses
import logging
import os
import threading
import time
from collections.abc import Callable
from typing import Any

from sync import protocol as P
from sync.backoff import Backoff
from sync.client import SyncClient
from sync.errors import ServerBusy, SyncError, Unauthorized
from sync.ports import SyncPorts
from sync.state import StateError, SyncState

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class SyncStatus:
    """What the desk's sync indicator shows."""

    online: bool | None  # None: not tried yet
    pending: int
    rejected: int
    last_success_at: str | None
    last_error: str | None
    next_attempt_in_s: float | None  # None when idle (waiting for a change)
    server_clock_offset_s: float | None
    running: bool = True
    enrolled: bool = True  # False: waiting for `maktab-sync enroll`

    @property
    def label(self) -> str:
        """A short technician-facing word for logs: online, offline, syncing."""
        if self.online is None:
            return "starting"
        return "online" if self.online else "offline"


StatusCallback = Callable[[SyncStatus], None]


def _enrolment(state: SyncState) -> tuple[Any, ...]:
    """What identifies an enrolment: when any of it changes, the client must be rebuilt."""
    return (state.server_url, state.device_id, state.token, state.ca_bundle, state.allow_http)


def _file_signature(path: Any) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)


class SyncLoop:
    def __init__(self, ports: SyncPorts, state: SyncState, *, on_status: StatusCallback | None = None,
                 client: SyncClient | None = None, pull_interval_s: float = 60.0, idle_interval_s: float = 300.0,
                 debounce_s: float = 0.3, backoff: Backoff | None = None, auth_retry_s: float = 900.0,
                 watch_interval_s: float = 2.0, client_options: dict[str, Any] | None = None):
        self.ports = ports
        self.state = state
        self._client = client
        self._client_options = client_options or {}
        self.pull_interval_s = pull_interval_s
        self.idle_interval_s = idle_interval_s  # a quiet office still checks in (pull, retry leftovers)
        self.debounce_s = debounce_s  # lets a burst of tickets leave in one batch
        self.backoff = backoff or Backoff(base=1.0, cap=300.0)
        self.auth_retry_s = auth_retry_s
        self.watch_interval_s = watch_interval_s  # how often a waiting loop looks at sync.json and the outbox
        self._state_signature: tuple[int, int, int] | None = None  # None: read sync.json at the first look
        self._callbacks: list[StatusCallback] = [on_status] if on_status else []
        self._wake = threading.Event()
        self._force = False
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._online: bool | None = None
        self._next_attempt: float | None = None
        self._last_pull = 0.0
        self.rounds = 0
        self.last_status: SyncStatus | None = None

    # ------------------------------------------------------------------ control (any thread)

    def add_status_callback(self, callback: StatusCallback) -> None:
        self._callbacks.append(callback)

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stopping.clear()
        if self.ports.subscribe is not None:
            self._unsubscribe = self.ports.subscribe(self.wake)
        self._thread = threading.Thread(target=self._run, name="maktab-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout: float | None = 10.0) -> None:
        """Ask the thread to finish and wait for it (a request in flight ends by its timeout)."""
        self._stopping.set()
        self._wake.set()
        if self._unsubscribe:
            self._unsubscribe()
            self._unsubscribe = None
        if self._thread is not None:
            self._thread.join(timeout)
        self._thread = None

    def wake(self, force: bool = False) -> None:
        """Something changed: push soon. `force` also cuts a backoff short ("sync now")."""
        if force:
            self._force = True
        self._wake.set()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def status(self) -> SyncStatus:
        stats = self.ports.outbox.stats()
        nxt = None if self._next_attempt is None else max(0.0, self._next_attempt - time.monotonic())
        state = self.state
        return SyncStatus(self._online, stats.pending, stats.rejected, state.last_success_at,
                          state.last_error, nxt, state.server_clock_offset_s, self.running, state.enrolled)

    # ------------------------------------------------------------------ the thread

    def _client_or_new(self) -> SyncClient:
        if self._client is None:
            options = {"office_status": self.ports.office_status, **self._client_options}
            self._client = SyncClient(self.state, self.ports.outbox, self.ports.sink, **options)
        return self._client

    def _run(self) -> None:
        if self.state.enrolled:
            log.info("sync loop started for device %s → %s", self.state.device_id, self.state.server_url)
        else:
            log.info("sync loop waiting for this office to be enrolled (maktab-sync enroll)")
        try:
            while not self._stopping.is_set():
                delay = self.run_once()
                self._wait(delay)
        finally:
            if self._client is not None:
                self._client.close()
                self._client = None
            self._emit()
            log.info("sync loop stopped")

    def run_once(self) -> float | None:
        """One round: push everything pending, pull if due. Returns the delay before the next
        round (None: wait for a wake-up or the idle interval)."""
        self.rounds += 1
        delay: float | None
        if not self.state.enrolled:  # nothing to talk to yet: wait for an enrolment
            self._next_attempt = None
            self._emit()
            return None
        try:
            client = self._client_or_new()
            client.push()
            now = time.monotonic()
            if now - self._last_pull >= self.pull_interval_s or self._online is not True:
                client.pull()
                self._last_pull = now
            self._online = True
            self.backoff.reset()
            delay = None
        except Unauthorized as exc:
            self._online = False
            log.error("sync refused: %s", exc.message)
            delay = self.auth_retry_s  # re-enrolment is needed; check now and then in case it was fixed
        except ServerBusy as exc:
            self._online = False
            delay = self.backoff.next_delay(exc.retry_after)
            log.info("server busy (%s); next try in %.1f s", exc.status, delay)
        except SyncError as exc:
            self._online = False
            delay = self.backoff.next_delay()
            log.info("sync failed: %s; next try in %.1f s", exc.message, delay)
        except Exception as exc:
            self._online = False
            delay = self.backoff.next_delay()
            log.exception("unexpected sync error; next try in %.1f s", delay)
            try:
                self.state.update(last_error=f"{type(exc).__name__}: {exc}"[:500],
                                  last_attempt_at=P.utc_now_iso())
            except Exception:
                pass
        self._next_attempt = None if delay is None else time.monotonic() + delay
        self._emit()
        return delay

    def _wait(self, delay: float | None) -> None:
        """Until the next round: a wake-up (idle only), a forced wake, the delay (None: the idle
        interval), a new enrolment, or — idle only — events committed by another process."""
        idle = delay is None
        deadline = time.monotonic() + (self.idle_interval_s if delay is None else delay)
        while not self._stopping.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                break
            woken = self._wake.wait(min(left, self.watch_interval_s))
            self._wake.clear()
            if self._stopping.is_set() or self._force or self._enrolment_changed():
                break
            # During a backoff the server is failing: new events wait for it (no hammering).
            if idle and (woken or self._changed_elsewhere()):
                if self.debounce_s:
                    self._stopping.wait(self.debounce_s)
                break
        self._force = False

    def _changed_elsewhere(self) -> bool:
        check = getattr(self.ports, "changed_elsewhere", None)
        if check is None:
            return False
        try:
            return bool(check())
        except Exception:  # e.g. the database is busy: look again next time
            log.debug("could not check the outbox for other processes' events", exc_info=True)
            return False

    def _enrolment_changed(self) -> bool:
        """Did `maktab-sync enroll` write another enrolment to sync.json? Then use it from now on."""
        path = self.state.path
        if path is None:
            return False
        signature = _file_signature(path)
        if signature == self._state_signature:
            return False
        self._state_signature = signature  # the loop's own saves change it too: compare what they hold
        try:
            fresh = SyncState.load(path.parent)
        except StateError as exc:
            log.error("sync.json changed but cannot be read: %s", exc)
            return False
        if _enrolment(fresh) == _enrolment(self.state):
            return False
        log.info("new enrolment: device %s → %s; syncing with it now", fresh.device_id or "-",
                 fresh.server_url or "-")
        if self._client is not None:
            self._client.close()
            self._client = None  # the next round builds one with the new token and server
        self.state = fresh
        self.backoff.reset()
        self._online = None
        self._last_pull = 0.0
        return True

    def _emit(self) -> None:
        try:
            status = self.status()
        except Exception:
            log.debug("no sync status", exc_info=True)
            return
        self.last_status = status
        for callback in list(self._callbacks):
            try:
                callback(status)
            except Exception:
                log.exception("sync status callback failed")


__all__ = ["SyncLoop", "SyncStatus"]
