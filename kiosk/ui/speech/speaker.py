"""`Speaker`: the citizen kiosk's one voice — says what is asked now, off the GUI thread,
and falls silent the moment the citizen acts.

    speaker = Speaker(engine=detect_speech_engine(80), player=detect_wav_player(80))
    speaker.say([Utterance("ar", "اختر خدمة", "services.prompt")])   # a clip if there is one
    speaker.stop()        # a touch: silence at once

Unlike the display's announcer (a queue where no call is ever cut), the kiosk speaks
about the present: a new `say()` replaces whatever was being said or waiting, and
`stop()` silences it. Each utterance is a recorded clip when there is one, else the
engine's speech when it has a voice for the language, else nothing (Kabyle without a
clip: never another language's voice reading it).

Thread use: create, `say` and `stop` on the GUI thread. Clips and speech run on the
speaker's own single-thread pool through `Worker`; `stop()` reaches the engine and the
player from the GUI thread (both allow it). `finished` is emitted on the GUI thread.
"""
from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from kiosk.config import VoiceSettings
from kiosk.resources import VOICE_DIR
from kiosk.ui.speech.clips import clip_for
from kiosk.ui.speech.engines import SpeechEngine, can_speak, detect_speech_engine
from kiosk.ui.speech.players import detect_wav_player
from kiosk.ui.worker import Worker

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class Utterance:
    language: str
    text: str  # what the engine says when there is no clip
    prompt_id: str | None = None  # its recorded clip, if any: <clip folder>/<language>/<prompt_id>.wav
    # Clips played after the prompt's own clip, for what no recording can hold in advance
    # (a ticket's letter and digits: "letter.A", "digit.1"); the engine's text says it already.
    clip_tail: tuple[str, ...] = ()


def clip_folders(settings: VoiceSettings) -> tuple[Path, ...]:
    """Where recorded prompts are looked for, first found wins: the office's, then the bundled ones."""
    return (*((settings.clips,) if settings.clips else ()), VOICE_DIR)


def open_speaker(settings: VoiceSettings) -> Speaker | None:
    """The kiosk's voice with the engines and player installed here, at the office's volume;
    None when the office turned it off (`voice.volume = 0`) or nothing here can make a sound."""
    if settings.volume == 0:
        return None
    speaker = Speaker(detect_speech_engine(settings.volume), detect_wav_player(settings.volume),
                      clip_folders=clip_folders(settings))
    log.info("kiosk voice: %s, clips through %s, volume %d %%",
             ", ".join(type(e).__name__ for e in speaker.engine.engines) if speaker.engine else "no speech engine",
             type(speaker.player).__name__ if speaker.player else "no player", settings.volume)
    return None if speaker.silent else speaker


class Speaker(QObject):
    finished = Signal()  # the latest `say()` was said to its end (not emitted when cut off)

    def __init__(self, engine: SpeechEngine | None, player: object | None, parent: QObject | None = None, *,
                 clip_folders: Sequence[Path] = ()):
        super().__init__(parent)
        self.engine = engine
        self.player = player  # plays a WAV: `play(path)` and `stop()` (kiosk/ui/speech/players.py)
        self.clip_folders = tuple(clip_folders)  # where recorded prompts are looked for, first first
        # Every say() or stop() starts a new generation; the thread drops what belongs to an older one.
        self._generation = 0
        self._lock = threading.Lock()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # keep the thread: Qt engines created on it stay usable
        self._worker = Worker(self._pool, self)

    @property
    def silent(self) -> bool:
        """Nothing to speak with: no engine and no player."""
        return self.engine is None and self.player is None

    def say(self, utterances: Sequence[Utterance]) -> None:
        """Say `utterances` in order, instead of anything said or waiting now."""
        generation = self._cut()
        if utterances and not self.silent:
            self._worker.submit(self._perform, generation, tuple(utterances), on_success=self._done,
                                on_failure=lambda _exc: None)

    def stop(self) -> None:
        """Silence, at once: what is being said stops, what was waiting is forgotten."""
        self._cut()

    def shutdown(self, msecs: int = 3000) -> None:
        self._cut()
        self._pool.waitForDone(msecs)

    def _cut(self) -> int:
        with self._lock:
            self._generation += 1
            generation = self._generation
        for device in (self.engine, self.player):
            stop = getattr(device, "stop", None)
            if callable(stop):
                try:
                    stop()
                except Exception:
                    log.exception("cannot stop %s", type(device).__name__)
        return generation

    def _current(self, generation: int) -> bool:
        with self._lock:
            return generation == self._generation

    def _done(self, completed: bool) -> None:
        if completed:
            self.finished.emit()

    # ---- the speaker's thread -----------------------------------------------------------

    def _perform(self, generation: int, utterances: tuple[Utterance, ...]) -> bool:
        for utterance in utterances:
            # A stop() just before a sound starts cannot reach it; this check makes that
            # window as short as one Python statement.
            if not self._current(generation):
                return False
            try:
                clip = (clip_for(utterance.prompt_id, utterance.language, self.clip_folders)
                        if utterance.prompt_id and self.player is not None else None)
                if clip is not None:
                    self._play_clips(self.player, generation, utterance, clip)
                elif self.engine is not None and can_speak(self.engine, utterance.language):
                    self.engine.speak(utterance.text, utterance.language)
            except Exception:
                log.exception("could not say %r in %s", utterance.text[:40], utterance.language)
        return self._current(generation)

    def _play_clips(self, player, generation: int, utterance: Utterance, clip: Path) -> None:
        player.play(clip)
        for tail_id in utterance.clip_tail:
            tail = clip_for(tail_id, utterance.language, self.clip_folders)
            if tail is None or not self._current(generation):
                return  # a missing digit: the rest would say a wrong number
            player.play(tail)
