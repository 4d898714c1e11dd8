"""The kiosk's voice with its sound replaced at the boundary: a recorder stands where the
speech engine and the WAV player are (kiosk/ui/speech/), and notes what would have been
said, in which language, or which recorded clip would have played. It has the voices the
real espeak-ng engine has (`CommandSpeechEngine.VOICES`): no Kabyle.

Shared by the tests/ui/test_voice_*.py files."""
from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import pytest

from kiosk.ui.app import build_citizen_window, ensure_application
from kiosk.ui.speech.engines import CommandSpeechEngine
from kiosk.ui.speech.speaker import Speaker, clip_folders


class RecordingVoice:
    """Speech engine and WAV player at once: `said` lists ("speech", language, text) and ("clip", path)."""

    def __init__(self, languages=tuple(CommandSpeechEngine.VOICES)):
        self.languages = set(languages)
        self.said: list[tuple] = []
        self.stops = 0
        self._lock = threading.Lock()

    def can_speak(self, language: str) -> bool:
        return language in self.languages

    def speak(self, text: str, language: str) -> None:
        with self._lock:
            self.said.append(("speech", language, text))

    def play(self, path: Path) -> None:
        with self._lock:
            self.said.append(("clip", path))

    def stop(self) -> None:
        with self._lock:
            self.stops += 1

    def take(self) -> list[tuple]:
        """What was said since the last `take`."""
        with self._lock:
            said, self.said = self.said, []
        return said


@pytest.fixture
def voice() -> RecordingVoice:
    return RecordingVoice()


@pytest.fixture
def voiced_window(qtbot, qapp, office, settings, tmp_path, ui_clock, voice):
    """A citizen window as the kiosk builds it, its voice going to `voice`."""
    ensure_application()

    def make(voice_settings=None, sound: RecordingVoice | None = None, **kiosk_overrides):
        chosen = dataclasses.replace(settings, kiosk=dataclasses.replace(settings.kiosk, **kiosk_overrides),
                                     voice=voice_settings or settings.voice)
        sound = sound or voice
        speaker = Speaker(sound, sound, clip_folders=clip_folders(chosen.voice))
        window = build_citizen_window(office, chosen, f"png:{tmp_path / 'receipts'}", clock=ui_clock,
                                      speaker=speaker)
        qtbot.addWidget(window)
        window.tap_guard_ms = 0
        window.resize(1024, 768)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def wait_said(qtbot, voice: RecordingVoice, expected: list[tuple]) -> None:
    """Wait until the speaker's thread has said `expected` (and only that), then forget it."""
    qtbot.waitUntil(lambda: len(voice.said) >= len(expected), timeout=5000)
    said = voice.take()
    assert said == expected, f"said {said}, expected {expected}"


def write_clip(path: Path, seconds: float = 0.3, rate: int = 16000) -> Path:
    """A recorded prompt as the README asks: 16-bit PCM mono WAV (a 440 Hz tone)."""
    import math
    import struct
    import wave

    path.parent.mkdir(parents=True, exist_ok=True)
    frames = b"".join(struct.pack("<h", round(12000 * math.sin(2 * math.pi * 440 * i / rate)))
                      for i in range(round(seconds * rate)))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(frames)
    return path
