"""WAV players: the display's chime and the kiosk's recorded prompts, through the best
player installed — QtMultimedia's QSoundEffect, else `pw-play`, `paplay` or `aplay`.

    player = detect_wav_player(volume=80)
    player.play(Path("kiosk/assets/voice/kab/home.prompt.wav"))   # returns when it has finished

`play()` blocks until the sound has finished, with a time limit so a stuck audio device
cannot hold the caller's thread for ever; `stop()` may be called from any thread and
makes a `play()` in progress return at once. Volume is 0–100 % (the office's
`voice.volume`); `aplay` has no volume option and plays at the mixer's level.

Thread use: `detect_*` on any thread; `play` on a worker thread (Qt objects are created
on that thread, which runs a local event loop while waiting); `stop` on any thread.
"""
from __future__ import annotations

import importlib
import logging
import shutil
import subprocess
import threading
import wave
from collections.abc import Callable, Sequence
from pathlib import Path

log = logging.getLogger(__name__)

# Each command-line player and how it takes a volume (None: it has no volume option).
PLAYER_COMMANDS: tuple[tuple[tuple[str, ...], Callable[[int], list[str]] | None], ...] = (
    (("pw-play",), lambda volume: [f"--volume={volume / 100:.2f}"]),
    (("paplay",), lambda volume: [f"--volume={round(65536 * volume / 100)}"]),
    (("aplay", "-q"), None),
)


def wav_seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as w:
        return w.getnframes() / float(w.getframerate())


def qt_module(name: str):
    """`PySide6.<name>` when that add-on is installed, else None."""
    try:
        return importlib.import_module(f"PySide6.{name}")
    except ImportError:
        return None


def wait_until(predicate: Callable[[], bool], timeout_s: float) -> bool:
    """Run a local event loop on this thread until `predicate()` or the time limit."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop, QThread

    deadline = QDeadlineTimer(int(timeout_s * 1000))
    loop = QEventLoop()
    while not predicate():
        if deadline.hasExpired():
            return False
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThread.msleep(10)
    return True


class QtWavPlayer:
    """QSoundEffect (QtMultimedia), one per playing thread and file."""

    def __init__(self, volume: int = 100):
        self.volume = volume
        self._local = threading.local()
        self._stopping = threading.Event()

    def play(self, path: Path) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QSoundEffect

        self._stopping.clear()
        effects = getattr(self._local, "effects", None)
        if effects is None:
            effects = self._local.effects = {}
        effect = effects.get(path)
        if effect is None:
            effect = effects[path] = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(path)))
        effect.setVolume(self.volume / 100)
        ready = wait_until(lambda: effect.status() in (QSoundEffect.Status.Ready, QSoundEffect.Status.Error), 3.0)
        if not ready or effect.status() == QSoundEffect.Status.Error:
            raise RuntimeError(f"cannot load sound {path}")
        effect.play()
        wait_until(lambda: effect.isPlaying() or self._stopping.is_set(), 1.0)
        wait_until(lambda: not effect.isPlaying() or self._stopping.is_set(), wav_seconds(path) + 2.0)
        if effect.isPlaying():
            effect.stop()

    def stop(self) -> None:
        self._stopping.set()


class CommandWavPlayer:
    """A command-line player such as `aplay -q <file>`, with its volume option if it has one."""

    def __init__(self, command: Sequence[str], volume_args: Callable[[int], list[str]] | None = None,
                 volume: int = 100):
        self.command = list(command)
        self.volume_args = volume_args
        self.volume = volume
        self._process: subprocess.Popen | None = None
        self._lock = threading.Lock()

    def play(self, path: Path) -> None:
        options = self.volume_args(self.volume) if self.volume_args else []
        run_stoppable(self, [*self.command, *options, str(path)], wav_seconds(path) + 5.0)

    def stop(self) -> None:
        stop_process(self)


def run_stoppable(owner, command: list[str], timeout_s: float) -> None:
    """Run `command` to its end, kept in `owner._process` (under `owner._lock`) so that
    `stop_process(owner)` from another thread can end it. A kill by `stop` is not an error."""
    with owner._lock:
        owner._process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                          stderr=subprocess.PIPE)
        process = owner._process
    try:
        _, err = process.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise TimeoutError(f"{command[0]} did not finish in {timeout_s:.0f} s") from None
    finally:
        with owner._lock:
            owner._process = None
    if process.returncode < 0:
        return  # stopped (killed by a signal): the citizen touched the screen
    if process.returncode != 0:
        raise RuntimeError(f"{command[0]} failed ({process.returncode}): {err.decode(errors='replace')[:200]}")


def stop_process(owner) -> None:
    with owner._lock:
        if owner._process is not None and owner._process.poll() is None:
            owner._process.kill()


def detect_wav_player(volume: int = 100):
    """The best WAV player installed here, or None."""
    if qt_module("QtMultimedia") is not None:
        return QtWavPlayer(volume)
    for command, volume_args in PLAYER_COMMANDS:
        if shutil.which(command[0]):
            return CommandWavPlayer(command, volume_args, volume)
    log.info("no sound player found (QtMultimedia, pw-play, paplay, aplay)")
    return None
