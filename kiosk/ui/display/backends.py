"""The display's sound: the call chime, and what this machine has for the calls.

The chime is a WAV file played by the shared players (kiosk/ui/speech/players.py:
QtMultimedia's QSoundEffect, else `pw-play`, `paplay` or `aplay`); the spoken call goes
through the shared speech engines (kiosk/ui/speech/engines.py), the same ones the
citizen kiosk's voice guide uses.

Every `play()` blocks until the sound has finished; it runs on the announcer's thread.

Thread use: `detect_*` on any thread; `play` on the announcer's thread.
"""
from __future__ import annotations

import logging
import shutil
from collections.abc import Sequence
from pathlib import Path

from kiosk.resources import SOUNDS_DIR
from kiosk.ui.speech.engines import detect_speech_engine
from kiosk.ui.speech.players import PLAYER_COMMANDS, CommandWavPlayer, QtWavPlayer, qt_module, wav_seconds

log = logging.getLogger(__name__)

CHIME_PATH = SOUNDS_DIR / "chime.wav"

__all__ = ["CHIME_PATH", "CommandChime", "QtChime", "describe_backends", "detect_chime", "wav_seconds"]


class QtChime:
    """The chime through QSoundEffect (QtMultimedia)."""

    def __init__(self, path: Path = CHIME_PATH):
        self.path = path
        self.player = QtWavPlayer()

    def play(self) -> None:
        self.player.play(self.path)


class CommandChime:
    """The chime through a command-line player such as `aplay -q <file>`."""

    def __init__(self, command: Sequence[str], path: Path = CHIME_PATH):
        self.command = list(command)
        self.path = path
        self.player = CommandWavPlayer(command)

    def play(self) -> None:
        self.player.play(self.path)


def detect_chime(path: Path = CHIME_PATH):
    """The best chime player installed here, or None."""
    if not path.is_file():
        log.warning("chime sound %s is missing: calls are spoken without it", path)
        return None
    if qt_module("QtMultimedia") is not None:
        return QtChime(path)
    for command, _volume in PLAYER_COMMANDS:
        if shutil.which(command[0]):
            return CommandChime(command, path)
    log.info("no sound player found (QtMultimedia, pw-play, paplay, aplay): calls are shown without a chime")
    return None


def describe_backends() -> dict[str, str]:
    """What this machine has, for diagnostics and the report."""
    chime = detect_chime()
    speech = detect_speech_engine()
    return {
        "chime": type(chime).__name__ + (f" ({' '.join(chime.command)})" if isinstance(chime, CommandChime) else "")
        if chime else "none",
        "speech": ", ".join(type(e).__name__ for e in speech.engines) if speech else "none",
    }
