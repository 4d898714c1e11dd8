"""Spoken calls: chime, Arabic, French; one call at a time, never cut off; a bounded
queue; no engine or a failing one is never an error. Engines are recording fakes of
the speech protocol, or fake programs behind the real subprocess engines."""
from __future__ import annotations

import os
import stat
import threading
import time

import pytest

from kiosk.ui.display import backends
from kiosk.ui.display.announcer import Announcer
from kiosk.ui.display.backends import CommandChime
from kiosk.ui.speech.engines import CommandSpeechEngine, RoutedSpeech, detect_speech_engine


class RecordingSpeech:
    """A speech engine that takes `duration_s` per phrase and records (lang, text, start, end)."""

    def __init__(self, duration_s: float = 0.05, languages=("ar", "fr")):
        self.duration_s = duration_s
        self.languages = set(languages)
        self.spoken: list[tuple[str, str, float, float]] = []
        self.gate: threading.Event | None = None  # when set by a test: wait for it before speaking
        self._lock = threading.Lock()

    def can_speak(self, language: str) -> bool:
        return language in self.languages

    def speak(self, text: str, language: str) -> None:
        if self.gate is not None:
            self.gate.wait(5)
        start = time.monotonic()
        time.sleep(self.duration_s)
        with self._lock:
            self.spoken.append((language, text, start, time.monotonic()))


class RecordingChime:
    def __init__(self):
        self.played: list[float] = []

    def play(self) -> None:
        self.played.append(time.monotonic())


class BrokenSpeech:
    def speak(self, text: str, language: str) -> None:
        raise OSError("audio device busy")


@pytest.fixture
def make_announcer(qtbot, qapp):
    made = []

    def make(**kwargs):
        announcer = Announcer(**kwargs)
        made.append(announcer)
        return announcer

    yield make
    for announcer in made:
        announcer.shutdown()


def test_three_quick_calls_are_spoken_in_order_without_overlap(qtbot, make_announcer):
    speech, chime = RecordingSpeech(0.05), RecordingChime()
    announcer = make_announcer(engine=speech, chime=chime)
    finished = []
    announcer.finished.connect(lambda label, counter: finished.append((label, counter)))
    for label, counter in (("A-042", "3"), ("B-007", "1"), ("A-043", "12")):
        announcer.announce(label, counter)
    assert not announcer.is_idle()  # announce() returned at once: nothing waited on audio
    qtbot.waitUntil(lambda: len(finished) == 3, timeout=5000)
    assert finished == [("A-042", "3"), ("B-007", "1"), ("A-043", "12")]
    assert [(lang, text) for lang, text, _, _ in speech.spoken] == [
        ("ar", "التذكرة أا 42، الشباك 3"), ("fr", "Ticket A 42, guichet 3"),
        ("ar", "التذكرة بي 7، الشباك 1"), ("fr", "Ticket B 7, guichet 1"),
        ("ar", "التذكرة أا 43، الشباك 12"), ("fr", "Ticket A 43, guichet 12"),
    ]
    for (_, _, _, end), (_, _, start, _) in zip(speech.spoken, speech.spoken[1:]):
        assert start >= end  # never cut off, never spoken over
    assert len(chime.played) == 3
    # each chime comes after the previous call's last word, before its own first word
    assert chime.played[1] >= speech.spoken[1][3] and chime.played[1] <= speech.spoken[2][2]


def test_no_engine_means_chime_only_and_no_error(qtbot, make_announcer):
    chime = RecordingChime()
    announcer = make_announcer(engine=None, chime=chime)
    with qtbot.waitSignal(announcer.finished, timeout=3000) as done:
        announcer.announce("A-042", "3")
    assert done.args == ["A-042", "3"]
    assert len(chime.played) == 1


def test_no_engine_and_no_chime_is_silent_but_fine(qtbot, make_announcer):
    announcer = make_announcer(engine=None, chime=None)
    with qtbot.waitSignal(announcer.finished, timeout=3000):
        announcer.announce("A-042", "3")
    assert announcer.is_idle()


def test_a_failing_engine_does_not_stop_the_queue(qtbot, make_announcer):
    chime = RecordingChime()
    announcer = make_announcer(engine=BrokenSpeech(), chime=chime)
    finished = []
    announcer.finished.connect(lambda label, counter: finished.append(label))
    announcer.announce("A-042", "3")
    announcer.announce("A-043", "3")
    qtbot.waitUntil(lambda: finished == ["A-042", "A-043"], timeout=3000)
    assert len(chime.played) == 2


def test_a_language_without_a_voice_is_skipped(qtbot, make_announcer):
    speech = RecordingSpeech(0.0, languages=("fr",))
    announcer = make_announcer(engine=speech)
    with qtbot.waitSignal(announcer.finished, timeout=3000):
        announcer.announce("C-008", "5")
    assert [(lang, text) for lang, text, _, _ in speech.spoken] == [("fr", "Ticket C 8, guichet 5")]


def test_a_full_queue_drops_repeats_first_and_never_the_newest(qtbot, make_announcer):
    speech = RecordingSpeech(0.0)
    speech.gate = threading.Event()  # the first call is "speaking" until the test opens the gate
    announcer = make_announcer(engine=speech, max_pending=20)
    dropped = []
    announcer.dropped.connect(lambda label, counter: dropped.append(label))
    announcer.announce("A-001", "1")
    qtbot.waitUntil(lambda: announcer.current is not None)
    for i in range(2, 22):  # 20 distinct calls: the queue is full
        announcer.announce(f"A-{i:03d}", "1")
    assert len(announcer.pending()) == 20 and dropped == []
    announcer.announce("A-005", "2")  # a recall of a ticket already waiting: its older call goes
    assert dropped == ["A-005"]
    pending = [c.label for c in announcer.pending()]
    assert len(pending) == 20 and pending[-1] == "A-005" and pending.count("A-005") == 1
    announcer.announce("B-001", "4")  # no repeat left: the oldest waiting call goes, not the newest
    assert dropped == ["A-005", "A-002"]
    assert announcer.pending()[-1].label == "B-001"
    speech.gate.set()
    qtbot.waitUntil(announcer.is_idle, timeout=5000)
    spoken_fr = [text for lang, text, _, _ in speech.spoken if lang == "fr"]
    assert spoken_fr[0] == "Ticket A 1, guichet 1" and spoken_fr[-1] == "Ticket B 1, guichet 4"
    assert len(spoken_fr) == 21


def _fake_program(tmp_path, name: str, log_name: str) -> str:
    """An executable that logs its arguments, one per line, then a blank line (like espeak-ng/aplay)."""
    log = tmp_path / log_name
    script = tmp_path / name
    script.write_text(f'#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a" >> "{log}"; done\necho >> "{log}"\n')
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script)


def test_espeak_style_engine_and_command_chime_through_real_subprocesses(qtbot, make_announcer, tmp_path):
    if os.name != "posix":
        pytest.skip("shell scripts stand in for espeak-ng and aplay")
    speech = CommandSpeechEngine(_fake_program(tmp_path, "espeak-ng", "speech.log"))
    chime = CommandChime([_fake_program(tmp_path, "aplay", "chime.log"), "-q"])
    announcer = make_announcer(engine=RoutedSpeech([speech]), chime=chime)
    with qtbot.waitSignal(announcer.finished, timeout=5000):
        announcer.announce("A-042", "3")
    calls = [block.split("\n") for block in (tmp_path / "speech.log").read_text().strip("\n").split("\n\n")]
    assert calls == [["-v", "ar", "-s", "140", "-a", "100", "--", "التذكرة أا 42، الشباك 3"],
                     ["-v", "fr", "-s", "140", "-a", "100", "--", "Ticket A 42, guichet 3"]]
    assert (tmp_path / "chime.log").read_text().split("\n")[:2] == ["-q", str(backends.CHIME_PATH)]


def test_detecting_the_machines_backends_never_raises():
    found = backends.describe_backends()
    assert set(found) == {"chime", "speech"}
    engine = detect_speech_engine()
    assert engine is None or engine.engines


def test_the_chime_is_short_and_small():
    assert backends.CHIME_PATH.stat().st_size <= 60_000
    assert 0.3 <= backends.wav_seconds(backends.CHIME_PATH) <= 2.0
