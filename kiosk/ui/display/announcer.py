"""Spoken calls on the hall display: a chime, then the call in Arabic, then in French.

    announcer = Announcer(engine=detect_speech_engine(), chime=detect_chime())
    announcer.announce("A-042", "3")

Calls wait in a queue and are played one after the other: a new call never cuts off the
one being spoken (DOMAIN.md, lessons). The queue is bounded: when `max_pending` calls
pile up, older repeats of the same ticket are dropped first, then the oldest call; the
newest call is never dropped. A missing or failing engine or chime is skipped (logged),
never raised: the board does not depend on sound.

Engines speak `SpeechEngine` (kiosk/ui/speech/engines.py, shared with the citizen kiosk);
the chime is in `backends.py`; tests pass a recording fake.

Thread use: create and call on the GUI thread. The chime and speech run, one call at a
time, on the announcer's own single-thread pool through `Worker`, so the board never
waits on audio. `started`/`finished` are emitted on the GUI thread.
"""
from __future__ import annotations

import dataclasses
import logging
from collections import deque
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, QThreadPool, Signal

from kiosk.ui.display.texts import SPEECH_LANGUAGES, call_speech
from kiosk.ui.speech.engines import SpeechEngine, can_speak
from kiosk.ui.worker import Worker

log = logging.getLogger(__name__)

MAX_PENDING = 20


@runtime_checkable
class ChimePlayer(Protocol):
    """Plays the call chime and returns when it has finished (announcer's thread)."""

    def play(self) -> None: ...


@dataclasses.dataclass(frozen=True)
class Call:
    label: str  # "A-042"
    counter: str  # "3"
    texts: tuple[tuple[str, str], ...]  # (language, text to speak), in speaking order


class Announcer(QObject):
    """A queue of calls, played one at a time off the GUI thread."""

    started = Signal(str, str)  # label, counter: the chime of this call begins
    finished = Signal(str, str)  # label, counter: the last word of this call was spoken
    dropped = Signal(str, str)  # label, counter: removed from a full queue, never played

    def __init__(self, engine: SpeechEngine | None = None, chime: ChimePlayer | None = None, *,
                 languages: Sequence[str] = SPEECH_LANGUAGES, max_pending: int = MAX_PENDING,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.engine = engine
        self.chime = chime
        self.languages = tuple(languages)
        self.max_pending = max(1, max_pending)
        self._queue: deque[Call] = deque()
        self._current: Call | None = None
        self._closed = False
        # One thread of its own: calls are strictly sequential, and a long speech never
        # holds a thread of the global pool that printing and the board's reads use.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # keep the thread: Qt engines created on it stay usable
        self._worker = Worker(self._pool, self)

    # ---- GUI thread ---------------------------------------------------------------------

    def announce(self, label: str, counter: str) -> None:
        """Queue a call; it is played after every call queued before it."""
        if self._closed:
            return
        texts = tuple((lang, call_speech(lang, label, counter)) for lang in self.languages)
        self._queue.append(Call(label, str(counter), texts))
        self._trim()
        self._next()

    def pending(self) -> list[Call]:
        """Calls waiting their turn (not the one playing)."""
        return list(self._queue)

    @property
    def current(self) -> Call | None:
        return self._current

    def is_idle(self) -> bool:
        return self._current is None and not self._queue

    def shutdown(self, msecs: int = 3000) -> None:
        """Forget waiting calls, stop the engine if it can, and wait for the thread."""
        self._closed = True
        self._queue.clear()
        stop = getattr(self.engine, "stop", None)
        if callable(stop):
            try:
                stop()
            except Exception:
                log.exception("speech engine did not stop cleanly")
        self._pool.waitForDone(msecs)

    # ---- internals ----------------------------------------------------------------------

    def _trim(self) -> None:
        while len(self._queue) > self.max_pending:
            newest = self._queue[-1]
            labels_later: set[str] = set()
            victim = None
            # The oldest call whose ticket is called again later in the queue…
            for call in reversed(self._queue):
                if call is not newest and call.label in labels_later:
                    victim = call
                labels_later.add(call.label)
            # …else simply the oldest one (never the newest: len > max_pending ≥ 1).
            if victim is None:
                victim = self._queue[0]
            self._queue.remove(victim)
            log.warning("call queue full: dropped %s → %s", victim.label, victim.counter)
            self.dropped.emit(victim.label, victim.counter)

    def _next(self) -> None:
        if self._current is not None or not self._queue or self._closed:
            return
        call = self._queue.popleft()
        self._current = call
        self.started.emit(call.label, call.counter)
        self._worker.submit(self._perform, call, on_success=self._done, on_failure=self._done)

    def _done(self, _result: object) -> None:
        call, self._current = self._current, None
        if call is not None:
            self.finished.emit(call.label, call.counter)
        self._next()

    # ---- announcer thread ---------------------------------------------------------------

    def _perform(self, call: Call) -> None:
        if self.chime is not None:
            try:
                self.chime.play()
            except Exception:
                log.exception("chime failed; the call is spoken without it")
        engine = self.engine
        if engine is None:
            return
        for language, text in call.texts:
            if not can_speak(engine, language):
                continue
            try:
                engine.speak(text, language)
            except Exception:
                log.exception("speech engine failed on %s call %s", language, call.label)
