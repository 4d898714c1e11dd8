"""Speech engines: text in a language → speech through the loudspeaker.

Best first: Qt's QtTextToSpeech (PySide6-Addons) when it has a voice for the language;
else `espeak-ng` (or `espeak`) on the PATH, which has Arabic, French and English voices;
else none. The per-language choice is made once per language and kept. No engine here
speaks Kabyle: a Kabyle prompt is a recorded clip or silence, never a French voice
reading Kabyle words (docs/voice.md).

Every engine follows `SpeechEngine`: `speak()` blocks until the speech has finished,
with a time limit so a stuck audio device cannot hold its thread; `stop()` may be called
from any thread and makes a `speak()` in progress return at once. Volume is 0–100 %
(the office's `voice.volume`): espeak-ng's amplitude `-a` (100 is its default loudness)
and QTextToSpeech's volume (1.0 at 100 %).

Thread use: `detect_speech_engine` on any thread; `speak` on a worker thread (Qt objects
are created on that thread, which runs a local event loop while waiting); `stop` on any.
"""
from __future__ import annotations

import logging
import shutil
import subprocess
import threading
from collections.abc import Sequence
from typing import ClassVar, Protocol, runtime_checkable

from kiosk.ui.speech.players import qt_module, run_stoppable, stop_process, wait_until

log = logging.getLogger(__name__)

SPEECH_RATE_WPM = 140  # a little slower than the engines' default: a hall echoes
FULL_VOLUME = 100


@runtime_checkable
class SpeechEngine(Protocol):
    """Speaks `text` in `language` ("ar", "fr", "en") and returns when it has finished speaking.

    Called on a worker thread, never on the GUI thread. May also define
    `can_speak(language) -> bool` (assumed True when absent) and `stop()`.
    """

    def speak(self, text: str, language: str) -> None: ...


def speech_timeout(text: str) -> float:
    return 10.0 + 0.25 * len(text)


def can_speak(engine: object, language: str) -> bool:
    """Whether `engine` has a voice for `language` (an engine without `can_speak` says yes)."""
    check = getattr(engine, "can_speak", None)
    return not callable(check) or bool(check(language))


class QtSpeechEngine:
    """QTextToSpeech with a voice of the language's locale (Algeria first)."""

    def __init__(self, engine_name: str = "", volume: int = FULL_VOLUME):
        self.engine_name = engine_name
        self.volume = volume
        self._local = threading.local()
        self._supported: dict[str, bool] = {}
        self._stopping = threading.Event()

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

        self._stopping.clear()
        tts = self._tts()
        locale = self._locale_for(language)
        if locale is None:
            return
        tts.setLocale(locale)
        tts.setRate(-0.1)
        tts.setVolume(self.volume / 100)
        tts.say(text)
        busy = (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing)
        wait_until(lambda: tts.state() in busy or self._stopping.is_set(), 2.0)
        finished = wait_until(lambda: tts.state() not in busy or self._stopping.is_set(), speech_timeout(text))
        if self._stopping.is_set() or not finished:
            tts.stop()  # on its own thread: the QTextToSpeech lives here
        if not finished:
            raise TimeoutError(f"speech did not finish: {text!r}")

    def stop(self) -> None:
        self._stopping.set()


class CommandSpeechEngine:
    """`espeak-ng -v ar <text>` (or espeak): speaks through the system's audio output."""

    VOICES: ClassVar[dict[str, str]] = {"ar": "ar", "fr": "fr", "en": "en-gb"}

    def __init__(self, program: str, volume: int = FULL_VOLUME):
        self.program = program
        self.volume = volume
        self._process: subprocess.Popen | None = None
        self._lock = threading.Lock()

    def can_speak(self, language: str) -> bool:
        return language in self.VOICES

    def command(self, text: str, language: str) -> list[str]:
        """The command line that says `text` (add `-w FILE` before "--" to write a WAV instead)."""
        return [self.program, "-v", self.VOICES[language], "-s", str(SPEECH_RATE_WPM), "-a", str(self.volume),
                "--", text]

    def speak(self, text: str, language: str) -> None:
        run_stoppable(self, self.command(text, language), speech_timeout(text))

    def stop(self) -> None:
        stop_process(self)


class RoutedSpeech:
    """Each language spoken by the first engine that has a voice for it."""

    def __init__(self, engines: Sequence[object]):
        self.engines = list(engines)
        self._chosen: dict[str, object | None] = {}

    def engine_for(self, language: str):
        """The engine that speaks `language`, or None (chosen once per language)."""
        if language not in self._chosen:
            chosen = next((engine for engine in self.engines if can_speak(engine, language)), None)
            self._chosen[language] = chosen
            log.info("speech in %s: %s", language, type(chosen).__name__ if chosen else "no voice")
        return self._chosen[language]

    def can_speak(self, language: str) -> bool:
        return self.engine_for(language) is not None

    def speak(self, text: str, language: str) -> None:
        engine = self.engine_for(language)
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


def detect_speech_engine(volume: int = FULL_VOLUME) -> RoutedSpeech | None:
    """Every speech engine installed here, best first, or None when there is none."""
    engines: list[object] = []
    qt = qt_module("QtTextToSpeech")
    if qt is not None:
        try:
            if qt.QTextToSpeech.availableEngines():
                engines.append(QtSpeechEngine(volume=volume))
        except Exception:
            log.exception("QtTextToSpeech is installed but unusable")
    program = find_espeak()
    if program:
        engines.append(CommandSpeechEngine(program, volume))
    if not engines:
        log.info("no speech engine (QtTextToSpeech, espeak-ng)")
        return None
    return RoutedSpeech(engines)


def find_espeak() -> str | None:
    """The path of espeak-ng (or the older espeak), or None."""
    for program in ("espeak-ng", "espeak"):
        path = shutil.which(program)
        if path:
            return path
    return None
