"""The office's sync loop, run beside the hub, and its status for every desk.

    start_sync_loop(office, settings, printer_state=None) → SyncLoop | None
                                   sync now, or as soon as this office is enrolled (never for
                                   a training office: None); the live
                                   snapshots for the citizens' phones start beside it
                                   (sync/snapshot_sender.py, kiosk/live_snapshot.py)
    stop_sync_loop(office)         stop it (the application's shutdown)
    status_json(status) → dict     a `SyncStatus` as plain JSON

The runner attaches itself to the office (`Office.attach_sync`), so the desks' indicator
and "sync now" button are office calls, the same on a local `Office` and a `RemoteOffice`
(`office.sync_status()`, `office.sync_now(token)`; kiosk/office/sync_control.py).

The hub PC (headless `serve_forever`, or the citizen kiosk running the hub in-process)
calls `start_sync_loop` once, enrolled or not: the loop watches sync.json, so
`maktab-sync enroll` (or a re-enrolment) takes effect within seconds, without a restart.
Every change of the loop's status is published as an
`OfficeEvent("sync.status", status_json(…))` through the office's listeners: the hub's
event stream carries it to every desk and display (`RemoteOffice.subscribe`) and the Qt
bridge to local screens.

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
from collections.abc import Callable
from typing import Any

from kiosk.config import Settings
from kiosk.live_snapshot import snapshot_source, snapshot_wakeups
from kiosk.office import Office
from kiosk.office.sync_control import NOT_ENROLLED, SYNC_STATUS
from kiosk.sync_adapter import office_ports
from sync.loop import SyncLoop, SyncStatus
from sync.snapshot_sender import SnapshotSender
from sync.state import StateError, SyncState

log = logging.getLogger(__name__)



def status_json(status: SyncStatus) -> dict[str, Any]:
    if not status.enrolled:
        return dict(NOT_ENROLLED)
    nxt = status.next_attempt_in_s
    return {"enrolled": True, "online": status.online, "pending": status.pending, "rejected": status.rejected,
            "last_success_at": status.last_success_at, "last_error": status.last_error, "label": status.label,
            "next_attempt_in_s": None if nxt is None else round(nxt, 1),
            "server_clock_offset_s": status.server_clock_offset_s, "running": status.running}


class _Runner:
    """One office's loop and the last status it published (the office's `SyncControl`)."""

    def __init__(self, office: Office):
        self._office = weakref.ref(office)
        self._lock = threading.Lock()
        self.latest: dict[str, Any] | None = None
        self.loop: SyncLoop | None = None
        self.snapshots: SnapshotSender | None = None  # the live snapshots, beside the loop

    def on_status(self, status: SyncStatus) -> None:  # the loop's thread
        data = status_json(status)
        with self._lock:
            changed = data != self.latest
            self.latest = data
        office = self._office()
        if changed and office is not None:
            office.work.publish(SYNC_STATUS, dict(data))  # the office's own listener fan-out (hub, Qt bridge)

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

    def wake(self) -> bool:
        loop = self.loop
        if loop is None or not loop.running or not loop.state.enrolled:
            return False
        loop.wake(force=True)
        return True


_runners: weakref.WeakKeyDictionary[Office, _Runner] = weakref.WeakKeyDictionary()
_runners_lock = threading.Lock()


def start_sync_loop(office: Office, settings: Settings, *, printer_state: Callable[[], str] | None = None,
                    **loop_options: Any) -> SyncLoop | None:
    """Start the office's sync loop: it syncs with the central server as soon as
    `settings.data_dir` holds an enrolment (`sync.json`), now or later.

    Never raises for a missing or unreadable enrolment: the office serves citizens
    without the central server, and the loop waits for `maktab-sync enroll`. Calling it
    again for a running office returns its loop. `printer_state` answers the printer's
    condition for the status report (the kiosk's `PrinterState.state`; without it, as on
    the headless hub, the report says "unknown"). `loop_options` go to `SyncLoop` (tests
    shorten the intervals).

    A training office (kiosk/office/training.py) gets no loop (None): nothing of a practice
    morning may reach the central server, even if someone enrolled its folder.
    """
    if office.info.training:
        log.warning("training mode: no sync with the central server (nothing of this office is real)")
        return None
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
        loop = SyncLoop(office_ports(office, printer_state=printer_state), state, on_status=runner.on_status,
                        **loop_options)
        runner.loop = loop
        # Its own thread and session: the phones' live state never delays the office's events.
        sender = runner.snapshots = SnapshotSender(lambda: loop.state, snapshot_source(office),
                                                   subscribe=snapshot_wakeups(office))
        office.attach_sync(runner)
    loop.start()
    sender.start()
    if state.enrolled:
        log.info("sync started: device %s → %s", state.device_id, state.server_url)
    return loop


def _runner_for(office: Office) -> _Runner:
    runner = _runners.get(office)
    if runner is None:
        runner = _runners[office] = _Runner(office)
    return runner


def stop_sync_loop(office: Office, timeout: float | None = 10.0) -> None:
    """Stop the office's loop, if any, and publish its last status (`running: false`),
    which stays readable. (Calling `loop.stop()` directly works too; the status then
    still says `running: false`, but no event announces it.)"""
    with _runners_lock:
        runner = _runners.get(office)
    if runner is not None and runner.snapshots is not None:
        runner.snapshots.stop(timeout)
    if runner is not None and runner.loop is not None:
        runner.loop.stop(timeout)
        try:
            runner.on_status(runner.loop.status())  # tell the desks: "running": false
        except Exception:
            log.debug("no final sync status", exc_info=True)
