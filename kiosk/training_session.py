"""Starting a training session from the supervisor console (or a script): the training hub and
a training desk as child processes of the caller.

    session = start_training_session(settings, desk=True, prepare=True)
    session.hub_url         "http://127.0.0.1:8766": the training hub, on the real port + 1
    session.running()       are the children still alive?
    session.stop()          end both (the training database stays, for the next session)

The children are `maktab --training hub` on the caller's data folder and settings file, so
it opens DATA_DIR/training and never the real office (kiosk/config.py `training_settings`),
and `maktab --training desk`, paired with that hub over the LAN (so its waiting line is
live) and keeping its pairing in its own folder, DATA_DIR/training-desk/training (a
pairing in the hub's folder would make the training kiosk there a remote one). With
`prepare=True` the practice morning is written first (`maktab --training simulate`: a
line, concerns, the practice accounts of kiosk/training_scenario.py) and its summary is
kept in `session.prepared`.

Qt-free; blocks while preparing and until the hub answers (seconds): the console calls it
off the GUI thread, through its worker. Errors: `TrainingSessionError`, whose message says
which step failed and why; the children already started are stopped first.
"""
from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import time
from pathlib import Path

import requests

from kiosk.config import Settings, training_settings

DESK_FOLDER = "training-desk"  # in the office's data folder: the training desk's own pairing
HUB_START_TIMEOUT_S = 60.0


class TrainingSessionError(RuntimeError):
    """A step of starting the session failed; the message says which and why."""


@dataclasses.dataclass
class TrainingSession:
    hub_url: str
    processes: list[subprocess.Popen]
    prepared: str = ""  # what `maktab --training simulate` printed (the practice accounts)

    def running(self) -> bool:
        return bool(self.processes) and all(p.poll() is None for p in self.processes)

    def stop(self, timeout: float = 10.0) -> None:
        """End the session's processes (only those it started), politely first."""
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout)


def _maktab(settings: Settings, *args: str, data_dir: Path | None = None) -> list[str]:
    command = [sys.executable, "-m", "kiosk.cli", "--data-dir", str(data_dir or _real_data_dir(settings)),
               "--training"]
    if settings.source is not None:
        command += ["--config", str(settings.source)]
    return command + list(args)


def _real_data_dir(settings: Settings) -> Path:
    # The children add the training folder themselves (`--training`): give them the real one.
    return settings.data_dir.parent if settings.training else settings.data_dir


def _step(settings: Settings, what: str, *args: str) -> str:
    done = subprocess.run(_maktab(settings, *args), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise TrainingSessionError(f"{what} failed: {done.stderr.strip() or f'exit code {done.returncode}'}")
    return done.stdout


def _wait_for_hub(url: str, hub: subprocess.Popen) -> None:
    deadline = time.monotonic() + HUB_START_TIMEOUT_S
    while time.monotonic() < deadline:
        if hub.poll() is not None:
            raise TrainingSessionError(f"the training hub stopped at start (exit code {hub.returncode}): is its "
                                       "port taken?")
        try:
            if requests.get(f"{url}/lan/v1/health", timeout=1).json().get("training") is True:
                return
        except (requests.RequestException, ValueError):
            pass
        time.sleep(0.2)
    raise TrainingSessionError(f"the training hub at {url} did not answer within {HUB_START_TIMEOUT_S:.0f} s")


def start_training_session(settings: Settings, *, desk: bool = True, prepare: bool = False,
                           host: str = "127.0.0.1") -> TrainingSession:
    """Start the training hub (and a training desk paired with it) for the office of `settings`
    (real or training). `host`: where the hub listens ("0.0.0.0" for a training room's desks)."""
    training = training_settings(settings)
    prepared = _step(settings, "preparing the practice morning", "simulate") if prepare else ""
    hub = subprocess.Popen(_maktab(settings, "hub", "--host", host, "--port", str(training.hub.port), "--no-code"))
    local = "127.0.0.1" if host in ("0.0.0.0", "") else host
    session = TrainingSession(f"http://{local}:{training.hub.port}", [hub], prepared)
    try:
        _wait_for_hub(session.hub_url, hub)
        if desk:
            code = json.loads(_step(settings, "a pairing code for the training desk", "hub", "pair", "--json"))
            desk_dir = _real_data_dir(settings) / DESK_FOLDER  # its --training adds training/
            session.processes.append(subprocess.Popen(_maktab(
                settings, "desk", "--hub", session.hub_url, "--pair", str(code["code"]), "--name", "Formation",
                data_dir=desk_dir)))
    except BaseException:
        session.stop()
        raise
    return session
