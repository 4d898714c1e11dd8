"""The real speech engine: espeak-ng synthesises the kiosk's prompts to WAV files that hold
sound, and its Arabic voice says the ticket letters' Arabic names itself (an "A" would
switch it to an English voice: the defect the letter-name table exists for)."""
from __future__ import annotations

import array
import subprocess
import wave

import pytest

from kiosk.domain.spoken_tickets import ARABIC_LETTER_NAMES, spoken_label
from kiosk.ui.speech.engines import CommandSpeechEngine, find_espeak

ESPEAK = find_espeak()
needs_espeak = pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed "
                                                         "(scripts/install-system-deps.sh installs it)")


def synthesise(tmp_path, text: str, language: str) -> array.array:
    """The 16-bit samples espeak-ng writes for `text` with the kiosk's own command line."""
    engine = CommandSpeechEngine(ESPEAK, volume=80)
    command = engine.command(text, language)
    out = tmp_path / f"{language}.wav"
    command[command.index("--"):command.index("--")] = ["-w", str(out)]
    subprocess.run(command, check=True, timeout=30, capture_output=True)
    with wave.open(str(out), "rb") as wav:
        assert wav.getsampwidth() == 2 and wav.getnchannels() == 1
        samples = array.array("h", wav.readframes(wav.getnframes()))
        seconds = wav.getnframes() / wav.getframerate()
    assert seconds > 0.5, seconds
    return samples


@needs_espeak
@pytest.mark.parametrize("language, text", [
    ("ar", "رقمك هو " + spoken_label("A-012", "ar")),
    ("fr", "Votre numéro est " + spoken_label("A-012", "fr")),
    ("en", "Your number is " + spoken_label("A-012", "en")),
])
def test_espeak_ng_speaks_the_ticket_prompt_into_a_wav_with_sound(tmp_path, language, text):
    samples = synthesise(tmp_path, text, language)
    loud = sum(1 for s in samples if abs(s) > 1000)
    assert max(abs(s) for s in samples) > 4000  # a voice, not a hiss
    assert loud > len(samples) // 10  # speaking through a good part of it, not one click


def phonemes(text: str, voice: str) -> str:
    return subprocess.run([ESPEAK, "-q", "-x", "-v", voice, "--", text], check=True, timeout=30,
                          capture_output=True, text=True).stdout


@needs_espeak
def test_the_arabic_voice_says_every_ticket_letter_itself():
    assert "(en)" in phonemes("A 12", "ar")  # the Latin letter: espeak switches to English
    for letter in ARABIC_LETTER_NAMES:
        said = phonemes(spoken_label(f"{letter}-012", "ar"), "ar")
        assert "(en)" not in said, (letter, said)
    # Every letter sounds different from every other one.
    sounds = {phonemes(name, "ar").strip() for name in ARABIC_LETTER_NAMES.values()}
    assert len(sounds) == len(ARABIC_LETTER_NAMES)


def test_no_engine_claims_kabyle():
    assert not CommandSpeechEngine("espeak-ng").can_speak("kab")
