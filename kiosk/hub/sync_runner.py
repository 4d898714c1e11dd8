"""The office's sync loop, run beside the hub, and its status for every desk.

    start_sync_loop(office, settings) → SyncLoop           sync now, or as soon as this office is enrolled
    stop_sync_loop(office)                                 stop it (the application's shutdown)
    sync_status(office) → dict                             what a desk's sync indicator shows
    sync_now(office) → bool                                the "sync now" button (False: not enrolled)
    status_json(status) → dict                             a `SyncStatus` as plain JSON

The hub PC (headless `serve_forever`, or the citizen kiosk running the hub in-process)
calls `start_sync_loop` once, enrolled or not: the loop watches sync.json, so
`maktab-sync enroll` (or a re-enrolment) takes effect within seconds, without a restart.
Every change of the loop's status is published as an
`OfficeEvent("sync.status", status_json(…))` through the office's listeners: the hub's
event stream carries it to every desk and display (`RemoteOffice.subscribe`) and the Qt
bridge to local screens. `sync_status(office)` answers for a local office and for a
`RemoteOffice` alike (the latter asks the hub: `GET /lan/v1/sync-status`).

Status JSON: `{"enrolled": true, "online": bool|null, "pending", "rejected",
"last_success_at", "last_error", "label": "starting"|"online"|"offline",
"next_attempt_in_s": float|null, "server_clock_offset_s", "running"}`, or
`{"enrolled": false}` when this office has no sync loop or is not enrolled (yet).

Thread use: the status callback runs on the loop's thread (so do the listeners it
calls); the functions may be called from any thread.
"""
from __future__ import annotations

import logging
import threading
import weakref
from typing import Any

from kiosk.config import Settings
from kiosk.sync_adapter import office_ports
from sync.loop import SyncLoop, SyncStatus
from sync.state import StateError, SyncState

log = logging.getLogger(__name__)

SYNC_STATUS = "sync.status"  # the OfficeEvent kind
NOT_ENROLLED: dict[str, Any] = {"enrolled": False}


def status_json(status: SyncStatus) -> dict[str, Any]:
    if not status.enrolled:
        return dict(NOT_ENROLLED)
    nxt = status.next_attempt_in_s
    return {"enrolled": True, "online": status.online, "pending": status.pending, "rejected": status.rejected,
            "last_success_at": status.last_success_at, "last_error": status.last_error, "label": status.label,
            "next_attempt_in_s": None if nxt is None else round(nxt, 1),
            "server_clock_offset_s": status.server_clock_offset_s, "running": status.running}


class _Runner:
    """One office's loop and the last status it published."""

    def __init__(self, office: Any):
        self._office = weakref.ref(office)
        self._lock = threading.Lock()
        self.latest: dict[str, Any] | None = None
        self.loop: SyncLoop | None = None

    def on_status(self, status: SyncStatus) -> None:  # the loop's thread
        data = status_json(status)
        with self._lock:
            changed = data != self.latest
            self.latest = data
        office = self._office()
        if changed and office is not None:
            office._emit(SYNC_STATUS, dict(data))  # the office's own listener fan-out (hub, Qt bridge)

    def status(self) -> dict[str, Any]:
        with self._lock:
            latest = self.latest
        if self.loop is None:
            return dict(NOT_ENROLLED)
        if latest is None:
            return status_json(self.loop.status())
        if not latest.get("enrolled"):
            return dict(NOT_ENROLLED)
        # The loop's last callback runs on its thread, which is still alive then: ask the loop itself.
        return {**latest, "running": self.loop.running}


_runners: weakref.WeakKeyDictionary[Any, _Runner] = weakref.WeakKeyDictionary()
_runners_lock = threading.Lock()


def start_sync_loop(office: Any, settings: Settings, **loop_options: Any) -> SyncLoop:
    """Start the office's sync loop: it syncs with the central server as soon as
    `settings.data_dir` holds an enrolment (`sync.json`), now or later.

    Never raises for a missing or unreadable enrolment: the office serves citizens
    without the central server, and the loop waits for `maktab-sync enroll`. Calling it
    again for a running office returns its loop. `loop_options` go to `SyncLoop` (tests
    shorten the intervals).
    """
    try:
        state = SyncState.load(settings.data_dir)
    except StateError as exc:
        log.error("sync waits for a readable enrolment: %s", exc)
        state = SyncState(path=SyncState.file_for(settings.data_dir))  # the loop reads the file again when it changes
    if not state.enrolled:
        log.info("sync waits: this office is not enrolled (maktab-sync enroll --server URL --code CODE); "
                 "it starts by itself once it is")
    with _runners_lock:
        runner = _runners.get(office)
        if runner is not None and runner.loop is not None and runner.loop.running:
            return runner.loop
        runner = _runner_for(office)
        loop = SyncLoop(office_ports(office), state, on_status=runner.on_status, **loop_options)
        runner.loop = loop
    loop.start()
    if state.enrolled:
        log.info("sync started: device %s → %s", state.device_id, state.server_url)
    return loop


def _runner_for(office: Any) -> _Runner:
    runner = _runners.get(office)
    if runner is None:
        runner = _runners[office] = _Runner(office)
    return runner


def stop_sync_loop(office: Any, timeout: float | None = 10.0) -> None:
    """Stop the office's loop, if any, and publish its last status (`running: false`),
    which stays readable. (Calling `loop.stop()` directly works too; the status then
    still says `running: false`, but no event announces it.)"""
    with _runners_lock:
        runner = _runners.get(office)
    if runner is not None and runner.loop is not None:
        runner.loop.stop(timeout)
        try:
            runner.on_status(runner.loop.status())  # tell the desks: "running": false
        except Exception:
            log.debug("no final sync status", exc_info=True)


def sync_status(office: Any) -> dict[str, Any]:
    """The sync indicator's data for a local office or a `RemoteOffice` (asks its hub)."""
    remote = getattr(office, "sync_status", None)
    if callable(remote):
        return remote()
    with _runners_lock:
        runner = _runners.get(office)
    return runner.status() if runner is not None else dict(NOT_ENROLLED)


def sync_now(office: Any) -> bool:
    """Push and pull now, cutting a backoff short; False when the office has no sync loop.

    A `RemoteOffice` is asked through its hub (with its logged-in staff session).
    """
    remote = getattr(office, "sync_now", None)
    if callable(remote):
        return remote()
    with _runners_lock:
        runner = _runners.get(office)
    if runner is None or runner.loop is None or not runner.loop.running or not runner.loop.state.enrolled:
        return False
    runner.loop.wake(force=True)
    return True


__all__ = ["SYNC_STATUS", "start_sync_loop", "status_json", "stop_sync_loop", "sync_now", "sync_status"]
