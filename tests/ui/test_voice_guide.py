"""What the kiosk says without listening mode (the idle warning, the call for help), that it
falls silent at a touch, that recorded clips come first and Kabyle is never read by another
language's voice, and that every citizen screen has its "Listen" button. The sound is
recorded at the engine's boundary (tests/ui/voice_recorder.py)."""
from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import Qt

from kiosk.config import VoiceSettings
from kiosk.ui.citizen.help_panel import HelpStage
from kiosk.ui.speech.speaker import open_speaker
from kiosk.ui.theme import MIN_TOUCH_PX
from kiosk.ui.widgets.listen_button import ListenButton
from tests.ui import voice_recorder
from tests.ui.test_citizen_flow import choose_language
from tests.ui.voice_recorder import RecordingVoice, wait_said, write_clip

voice, voiced_window = voice_recorder.voice, voice_recorder.voiced_window  # the fixtures


def touch(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_idle_warning_is_spoken_in_the_citizens_language(qtbot, voiced_window, voice, ui_clock):
    window = voiced_window(idle_timeout_s=60)
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    assert voice.take() == []  # nothing said without listening mode…
    ui_clock.advance(seconds=40)
    # …but the warning asks for an answer: said as it is written.
    wait_said(qtbot, voice, [("speech", "fr", "Êtes-vous toujours là\u00a0? Touchez l’écran pour continuer.")])


def test_pressing_help_says_someone_is_coming_in_words_and_speech(qtbot, voiced_window, voice):
    window = voiced_window()
    choose_language(qtbot, window, "ar", "أخذ تذكرة")
    touch(qtbot, window.home_screen.help_button)
    panel = window.help_call.panel
    qtbot.waitUntil(lambda: panel.stage is HelpStage.ASKED)
    coming = "سيأتي أحد لمساعدتكم. يُرجى البقاء قرب الجهاز."
    qtbot.waitUntil(lambda: panel.label.text() == coming)
    qtbot.waitUntil(lambda: ("speech", "ar", coming) in voice.said, timeout=5000)
    assert voice.said[-1] == ("speech", "ar", coming)  # the last word: what the panel says now


def test_speech_stops_as_soon_as_the_citizen_touches_the_screen(qtbot, voiced_window):
    gated = GatedVoice()
    window = voiced_window(sound=gated)
    touch(qtbot, window.language_screen.listen_button)
    qtbot.waitUntil(lambda: gated.speaking.is_set(), timeout=5000)  # the first prompt is being said
    touch(qtbot, window.language_screen.buttons["en"])  # a touch: silence, then that button's word
    qtbot.waitUntil(lambda: bool(gated.cut), timeout=5000)
    assert gated.cut[0][0] == "ar"  # the long Arabic prompt, cut off
    qtbot.waitUntil(lambda: ("en", "English") in gated.started, timeout=5000)
    # The rest of the language screen's prompts were forgotten, not said after the word.
    assert gated.started[-1] == ("en", "English")


def test_recorded_clips_come_first_and_kabyle_is_never_read_by_another_voice(qtbot, voiced_window, voice,
                                                                          tmp_path):
    clips = tmp_path / "office-voice"
    home = write_clip(clips / "kab" / "home.prompt.wav")
    kabyle = write_clip(clips / "kab" / "button.language-kab.wav")
    french = write_clip(clips / "fr" / "button.language-fr.wav")
    window = voiced_window(voice_settings=VoiceSettings(clips=clips))
    touch(qtbot, window.language_screen.listen_button)
    qtbot.waitUntil(lambda: len(voice.said) == 4)
    voice.take()
    touch(qtbot, window.language_screen.buttons["fr"])
    wait_said(qtbot, voice, [("clip", french)])  # the office's own recording, not espeak
    touch(qtbot, window.language_screen.buttons["kab"])
    wait_said(qtbot, voice, [("clip", kabyle)])
    touch(qtbot, window.language_screen.buttons["kab"])
    qtbot.waitUntil(lambda: window.currentWidget() is window.home_screen)
    wait_said(qtbot, voice, [("clip", home)])
    qtbot.waitUntil(lambda: window.home_screen.ticket_button.accessibleName() == "Ddem tikit")
    touch(qtbot, window.home_screen.ticket_button)  # no clip for that button in Kabyle: silence
    touch(qtbot, window.home_screen.ticket_button)
    qtbot.waitUntil(lambda: window.currentWidget() is window.service_screen)
    touch(qtbot, window.service_screen.header.help_button)  # heard (silently), then chosen
    touch(qtbot, window.service_screen.header.help_button)
    qtbot.waitUntil(lambda: window.help_call.panel.stage is HelpStage.ASKED)
    window.voice.speaker.shutdown()  # everything asked has been said (or not) by now
    assert voice.said == []  # no French, Arabic or English voice reading Kabyle words


def test_every_citizen_screen_has_a_listen_button_of_64_px(qtbot, voiced_window):
    window = voiced_window()
    screens = [window.language_screen, window.home_screen, window.service_screen, window.priority_screen,
               window.ticket_screen, window.documents_screen]
    for screen in screens:
        buttons = screen.findChildren(ListenButton)
        assert len(buttons) == 1, type(screen).__name__
    for screen in screens[:2]:  # on show: sizes are real
        window.show_screen(screen)
        button = screen.findChildren(ListenButton)[0]
        qtbot.waitUntil(button.isVisible)
        assert button.width() >= MIN_TOUCH_PX and button.height() >= MIN_TOUCH_PX
        assert button.accessibleName() == "استمع"  # the default language


def test_volume_zero_keeps_the_kiosk_silent_and_the_volume_reaches_espeak():
    from kiosk.ui.speech.engines import CommandSpeechEngine

    assert open_speaker(VoiceSettings(volume=0)) is None
    command = CommandSpeechEngine("espeak-ng", volume=40).command("مرحبا", "ar")
    assert command[command.index("-a") + 1] == "40"


class GatedVoice(RecordingVoice):
    """A voice that keeps speaking until it is stopped: `cut` lists what a stop cut off."""

    def __init__(self):
        super().__init__()
        self.speaking = threading.Event()
        self.stopped = threading.Event()
        self.started: list[tuple[str, str]] = []
        self.cut: list[tuple[str, str]] = []

    def speak(self, text: str, language: str) -> None:
        self.stopped.clear()
        self.started.append((language, text))
        self.speaking.set()
        if language == "ar" and self.stopped.wait(5):  # only the first (Arabic) prompt lasts
            self.cut.append((language, text))

    def stop(self) -> None:
        super().stop()
        self.stopped.set()



@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a shell script and /proc stand in for espeak-ng")
def test_stop_ends_a_real_speech_process_at_once(qtbot, tmp_path):
    """The espeak-ng path through a real subprocess (a script standing in for a long sentence):
    stop() kills it, the volume reaches its command line."""
    import stat

    from kiosk.ui.speech.engines import CommandSpeechEngine
    from kiosk.ui.speech.speaker import Speaker, Utterance

    pid_file, args_file = tmp_path / "pid", tmp_path / "args"
    program = tmp_path / "espeak-ng"
    program.write_text(f'#!/bin/sh\necho "$@" > "{args_file}"\necho $$ > "{pid_file}"\nexec sleep 30\n')
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    speaker = Speaker(CommandSpeechEngine(str(program), volume=55), None)
    try:
        speaker.say([Utterance("fr", "Votre numéro est A 12.")])
        qtbot.waitUntil(lambda: pid_file.exists() and pid_file.read_text().strip() != "", timeout=5000)
        pid = int(pid_file.read_text())
        assert args_file.read_text().split()[:6] == ["-v", "fr", "-s", "140", "-a", "55"]
        speaker.stop()  # a touch
        qtbot.waitUntil(lambda: not _alive(pid), timeout=3000)  # not 30 s later
    finally:
        speaker.shutdown()


def _alive(pid: int) -> bool:
    import os

    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as stat_file:  # a zombie is not speaking any more
        return stat_file.read().split()[2] != "Z"


def test_a_kabyle_ticket_number_is_said_from_clips_letter_then_digits(qtbot, voiced_window, voice, office, tmp_path):
    from kiosk.ui.screenshots import sample_ticket

    clips = tmp_path / "office-voice"
    said = [write_clip(clips / "kab" / f"{prompt_id}.wav")
            for prompt_id in ("ticket.your_number", "letter.A", "digit.4", "digit.2")]
    window = voiced_window(voice_settings=VoiceSettings(clips=clips))
    window.set_language("kab")
    touch(qtbot, window.language_screen.listen_button)
    # The language screen's prompt in every language with a voice (Kabyle has none, no clip).
    qtbot.waitUntil(lambda: [entry[1] for entry in voice.said] == ["ar", "fr", "en"])
    voice.take()
    ticket = sample_ticket(office, "kab")
    assert ticket.ticket.label == "A-042"
    window.ticket_screen.show_ticket(ticket)
    window.show_screen(window.ticket_screen)
    wait_said(qtbot, voice, [("clip", path) for path in said])  # "your number is", A, 4, 2


def test_the_recordable_button_words_are_the_buttons_own(qtbot, voiced_window):
    """`maktab voice missing` gives, for each fixed button, the words that button shows: a clip
    recorded from the listing says what the citizen would read."""
    from PySide6.QtWidgets import QAbstractButton

    from kiosk.i18n import translate
    from kiosk.ui.citizen.voice_prompts import FIXED_BUTTONS

    window = voiced_window()
    window.set_language("fr")
    window.service_screen  # noqa: B018 (builds the later screens)
    qtbot.waitUntil(lambda: window.home_screen.ticket_button.accessibleName() == "Prendre un ticket")
    window.listening.hear(window.home_screen.ticket_button)  # listening mode's OK is labelled as it shows
    buttons = {b.objectName(): b for b in window.findChildren(QAbstractButton)}
    for name, (context, source) in FIXED_BUTTONS.items():
        assert name in buttons, name
        words = buttons[name].accessibleName()
        assert words == translate("fr", context, source), name
