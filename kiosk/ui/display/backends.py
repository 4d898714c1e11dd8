"""The real chime players and speech engines, and the choice among those installed.

Speech, best first: Qt's QtTextToSpeech (PySide6-Addons) when it has a voice for the
language; else `espeak-ng` (or `espeak`) on the PATH; else none (the chime alone).
Chime: QtMultimedia's QSoundEffect; else `pw-play`, `paplay` or `aplay`; else none.
The per-language choice is made once per language and kept.

Every `play()`/`speak()` blocks until the sound has finished, with a time limit so a
stuck audio device cannot stop the queue; they run on the announcer's thread (Qt
objects are created on that thread, which runs a local event loop while waiting).

Thread use: `detect_*` on any thread; `play`/`speak` on the announcer's thread.
"""
from __future__ import annotations

import importlib
import logging
import shutil
import subprocess
import threading
import wave
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from kiosk.resources import SOUNDS_DIR

log = logging.getLogger(__name__)

CHIME_PATH = SOUNDS_DIR / "chime.wav"
SPEECH_RATE_WPM = 140  # a little slower than the engines' default: a hall echoes


def _speech_timeout(text: str) -> float:
    return 10.0 + 0.25 * len(text)


def wav_seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as w:
        return w.getnframes() / float(w.getframerate())


def _qt_module(name: str):
    try:
        return importlib.import_module(f"PySide6.{name}")
    except ImportError:
        return None


def _wait_until(predicate, timeout_s: float) -> bool:
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


# ---- chime ----------------------------------------------------------------------------


class QtChime:
    """QSoundEffect (QtMultimedia)."""

    def __init__(self, path: Path = CHIME_PATH):
        self.path = path
        self._local = threading.local()

    def play(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QSoundEffect

        effect = getattr(self._local, "effect", None)
        if effect is None:
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(self.path)))
            self._local.effect = effect
        ready = _wait_until(lambda: effect.status() in (QSoundEffect.Status.Ready, QSoundEffect.Status.Error), 3.0)
        if not ready or effect.status() == QSoundEffect.Status.Error:
            raise RuntimeError(f"cannot load chime {self.path}")
        effect.play()
        _wait_until(effect.isPlaying, 1.0)
        _wait_until(lambda: not effect.isPlaying(), wav_seconds(self.path) + 2.0)


class CommandChime:
    """A command-line player such as `aplay -q <file>`."""

    def __init__(self, command: Sequence[str], path: Path = CHIME_PATH):
        self.command = list(command)
        self.path = path

    def play(self) -> None:
        subprocess.run([*self.command, str(self.path)], check=True, timeout=wav_seconds(self.path) + 5.0,
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def detect_chime(path: Path = CHIME_PATH):
    """The best chime player installed here, or None."""
    if not path.is_file():
        log.warning("chime sound %s is missing: calls are spoken without it", path)
        return None
    if _qt_module("QtMultimedia") is not None:
        return QtChime(path)
    for command in (["pw-play"], ["paplay"], ["aplay", "-q"]):
        if shutil.which(command[0]):
            return CommandChime(command, path)
    log.info("no sound player found (QtMultimedia, pw-play, paplay, aplay): calls are shown without a chime")
    return None


# ---- speech ---------------------------------------------------------------------------


class QtSpeechEngine:
    """QTextToSpeech with a voice of the language's locale (Algeria first)."""

    def __init__(self, engine_name: str = ""):
        self.engine_name = engine_name
        self._local = threading.local()
        self._supported: dict[str, bool] = {}

    def _tts(self):
        from PySide6.QtTextToSpeech import QTextToSpeech

        tts = getattr(self._local, "tts", None)
        if tts is None:
            tts = QTextToSpeech(self.engine_name) if self.engine_name else QTextToSpeech()
            self._local.tts = tts
        return tts

    def _locale_for(self, language: str):
        tts = self._tts()
        matches = [loc for loc in tts.availableLocales() if loc.name().split("_")[0] == language]
        matches.sort(key=lambda loc: not loc.name().endswith("_DZ"))
        return matches[0] if matches else None

    def can_speak(self, language: str) -> bool:
        if language not in self._supported:
            try:
                self._supported[language] = self._locale_for(language) is not None
            except Exception:
                log.exception("QtTextToSpeech cannot list its voices")
                self._supported[language] = False
            if not self._supported[language]:
                log.info("QtTextToSpeech has no %s voice", language)
        return self._supported[language]

    def speak(self, text: str, language: str) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        tts = self._tts()
        locale = self._locale_for(language)
        if locale is None:
            return
        tts.setLocale(locale)
        tts.setRate(-0.1)
        tts.say(text)
        busy = (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing)
        _wait_until(lambda: tts.state() in busy, 2.0)
        if not _wait_until(lambda: tts.state() not in busy, _speech_timeout(text)):
            tts.stop()
            raise TimeoutError(f"speech did not finish: {text!r}")

    def stop(self) -> None:
        tts = getattr(self._local, "tts", None)  # only reachable from its own thread
        if tts is not None:
            tts.stop()


class CommandSpeechEngine:
    """`espeak-ng -v ar <text>` (or espeak): speaks through the system's audio output."""

    VOICES: ClassVar[dict[str, str]] = {"ar": "ar", "fr": "fr"}

    def __init__(self, program: str):
        self.program = program
        self._process: subprocess.Popen | None = None
        self._lock = threading.Lock()

    def can_speak(self, language: str) -> bool:
        return language in self.VOICES

    def speak(self, text: str, language: str) -> None:
        command = [self.program, "-v", self.VOICES[language], "-s", str(SPEECH_RATE_WPM), "--", text]
        with self._lock:
            self._process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                             stderr=subprocess.PIPE)
            process = self._process
        try:
            _, err = process.communicate(timeout=_speech_timeout(text))
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            raise TimeoutError(f"{self.program} did not finish: {text!r}") from None
        finally:
            with self._lock:
                self._process = None
        if process.returncode != 0:
            raise RuntimeError(f"{self.program} failed ({process.returncode}): {err.decode(errors='replace')[:200]}")

    def stop(self) -> None:
        with self._lock:
            if self._process is not None and self._process.poll() is None:
                self._process.kill()


class RoutedSpeech:
    """Each language spoken by the first engine that has a voice for it."""

    def __init__(self, engines: Sequence[object]):
        self.engines = list(engines)
        self._chosen: dict[str, object | None] = {}

    def _engine(self, language: str):
        if language not in self._chosen:
            chosen = None
            for engine in self.engines:
                can_speak = getattr(engine, "can_speak", None)
                if not callable(can_speak) or can_speak(language):
                    chosen = engine
                    break
            self._chosen[language] = chosen
            log.info("spoken calls in %s: %s", language, type(chosen).__name__ if chosen else "no voice")
        return self._chosen[language]

    def can_speak(self, language: str) -> bool:
        return self._engine(language) is not None

    def speak(self, text: str, language: str) -> None:
        engine = self._engine(language)
        if engine is not None:
            engine.speak(text, language)

    def stop(self) -> None:
        for engine in self.engines:
            stop = getattr(engine, "stop", None)
            if callable(stop):
                try:
                    stop()
                except Exception:
                    log.exception("cannot stop %s", type(engine).__name__)


def detect_speech_engine() -> RoutedSpeech | None:
    """Every speech engine installed here, best first, or None when there is none."""
    engines: list[object] = []
    qt = _qt_module("QtTextToSpeech")
    if qt is not None:
        try:
            if qt.QTextToSpeech.availableEngines():
                engines.append(QtSpeechEngine())
        except Exception:
            log.exception("QtTextToSpeech is installed but unusable")
    for program in ("espeak-ng", "espeak"):
        path = shutil.which(program)
        if path:
            engines.append(CommandSpeechEngine(path))
            break
    if not engines:
        log.info("no speech engine (QtTextToSpeech, espeak-ng): calls are shown with a chime only")
        return None
    return RoutedSpeech(engines)


def describe_backends() -> dict[str, str]:
    """What this machine has, for diagnostics and the report."""
    chime = detect_chime()
    speech = detect_speech_engine()
    return {
        "chime": type(chime).__name__ + (f" ({' '.join(chime.command)})" if isinstance(chime, CommandChime) else "")
        if chime else "none",
        "speech": ", ".join(type(e).__name__ for e in speech.engines) if speech else "none",
    }
