"""Starting a training session from the supervisor console (or a script): the training hub and
a training desk as child processes of the caller.

    session = start_training_session(settings, desk=True, prepare=True)
    session.hub_url         "http://127.0.0.1:8766": the training hub, on the real port + 1
    session.running()       are the children still alive?
    session.stop()          end both (the training database stays, for the next session)

The children are `maktab --training hub` and `maktab --training desk` on the same data
folder and settings file as the caller, so they open DATA_DIR/training and never the real
office (kiosk/config.py `training_settings`). With `prepare=True` the practice morning is
written first (`maktab --training simulate`: a line, concerns, the practice accounts of
kiosk/training_scenario.py) and its summary is kept in `session.prepared`.

The training desk opens the training database itself (a local office on the same file as
the hub): nothing to pair. Qt-free; blocking only while preparing (a few seconds).
"""
from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

from kiosk.config import Settings, training_settings


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


def _maktab(settings: Settings, *args: str) -> list[str]:
    command = [sys.executable, "-m", "kiosk.cli", "--data-dir", str(_real_data_dir(settings)), "--training"]
    if settings.source is not None:
        command += ["--config", str(settings.source)]
    return command + list(args)


def _real_data_dir(settings: Settings) -> Path:
    # The children add the training folder themselves (`--training`): give them the real one.
    return settings.data_dir.parent if settings.training else settings.data_dir


def start_training_session(settings: Settings, *, desk: bool = True, prepare: bool = False,
                           host: str = "127.0.0.1") -> TrainingSession:
    """Start the training hub (and a training desk) for the office of `settings` (real or training).

    Raises RuntimeError with the command's own message when the practice morning cannot be written."""
    training = training_settings(settings)
    prepared = ""
    if prepare:
        done = subprocess.run(_maktab(settings, "simulate"), capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(done.stderr.strip() or "maktab --training simulate failed")
        prepared = done.stdout
    processes = [subprocess.Popen(_maktab(settings, "hub", "--host", host, "--port", str(training.hub.port),
                                          "--no-code"))]
    if desk:
        processes.append(subprocess.Popen(_maktab(settings, "desk")))
    return TrainingSession(f"http://{host}:{training.hub.port}", processes, prepared)
