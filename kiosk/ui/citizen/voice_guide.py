"""`VoiceGuide`: what the citizen kiosk says, and when (issue 13, items 1, 2 and 10).

Always spoken: the idle warning (it asks for an answer) and each stage of a call for
help ("someone is coming"), in words on the screen and in speech. In listening mode
(the "Listen" button, kiosk/ui/citizen/listening.py): the prompt of each screen as it
comes up — on the ticket screen the number, its letter by its name in the citizen's
language — and the words of each button the citizen touches. Speech stops the moment
the citizen touches the screen (`IdleWatch.touched`); what comes next replaces it.

Everything is said in the citizen's language (the language screen: its prompt in each
of the kiosk's languages, each language's button in that language), as a recorded clip
when there is one (`<voice.clips>/<lang>/<id>.wav`, then kiosk/assets/voice/<lang>/),
else by the speech engine when it has a voice for the language, else not at all:
Kabyle without a clip is silent, never read by another language's voice (docs/voice.md).

Thread use: GUI thread (the `Speaker` takes the sound off it).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton

from kiosk.domain.spoken_tickets import label_clip_ids, spoken_label
from kiosk.ui.citizen.voice_prompts import button_prompt_id, prompt_text
from kiosk.ui.speech.speaker import Speaker, Utterance

if TYPE_CHECKING:
    from kiosk.ui.citizen.window import CitizenWindow


class VoiceGuide(QObject):
    def __init__(self, window: CitizenWindow, speaker: Speaker):
        super().__init__(window)
        self.window = window
        self.speaker = speaker
        self.listening = window.listening
        window.idle.touched.connect(speaker.stop)
        window.idle_warning_shown.connect(lambda text, language: self.say("idle.warning", language, text))
        panel = window.help_call.panel
        panel.prompt_changed.connect(
            lambda text: self.say(f"help.{panel.stage.value}" if panel.stage else None, self.language, text))
        window.currentChanged.connect(self._screen_changed)
        self._hears_concern_steps = False
        self.listening.toggled.connect(self._toggled)
        self.listening.heard.connect(self._button_heard)

    @property
    def language(self) -> str:
        return self.window.session.language

    def say(self, prompt_id: str | None, language: str, text: str) -> None:
        """Say one thing, instead of whatever is being said."""
        self.speaker.say([self.utterance(prompt_id, language, text)])

    def utterance(self, prompt_id: str | None, language: str, text: str) -> Utterance:
        return Utterance(language, text, prompt_id)  # the speaker looks for its clip, off this thread

    def reset(self) -> None:
        """The session ends: listening mode off, nothing more said for that citizen."""
        self.listening.set_on(False)

    # ---- listening mode -----------------------------------------------------------------

    def _toggled(self, on: bool) -> None:
        said = [self.utterance("listening.on" if on else "listening.off", self.language,
                               prompt_text("listening.on" if on else "listening.off", self.language))]
        if on:
            said += self.screen_prompt()
        self.speaker.say(said)

    def _screen_changed(self, _index: int) -> None:
        flow = self.window.later_screen("concerns")
        if flow is not None and not self._hears_concern_steps:  # built after start-up: its steps too
            self._hears_concern_steps = True
            flow.stack.currentChanged.connect(self._screen_changed)
        self.listening.clear()
        if self.listening.on:
            self.speaker.say(self.screen_prompt())

    def _button_heard(self, button: QAbstractButton) -> None:
        name = button.objectName()
        language = name.removeprefix("language-") if name.startswith("language-") else self.language
        words = (button.accessibleName() or button.text()).strip()
        self.say(button_prompt_id(name), language, words)

    def screen_prompt(self) -> list[Utterance]:
        """What the screen on show says as it comes up (nothing for a screen without a prompt)."""
        window = self.window
        screen = window.currentWidget()
        if screen is window.language_screen:
            return [self.utterance("language.prompt", language, prompt_text("language.prompt", language))
                    for language in window.settings.kiosk.languages]
        if screen is window.later_screen("ticket"):
            issued = window.ticket_screen.issued
            if issued is None:
                refused = window.ticket_screen.refusal_message()  # the supervisor's controls: why, and when
                if refused:  # the hour in it is no clip's: the engine reads what the screen shows
                    return [self.utterance(None, self.language, refused)]
                return [self.utterance("ticket.none", self.language, prompt_text("ticket.none", self.language))]
            label = issued.ticket.label
            text = prompt_text("ticket.your_number", self.language, spoken_label(label, self.language))
            return [Utterance(self.language, text, "ticket.your_number", clip_tail=label_clip_ids(label))]
        later = window.later_screen  # screens not built yet are not on show
        if screen is later("concerns"):  # each step of a concern says its heading, as written
            header = getattr(window.concern_flow.stack.currentWidget(), "header", None)
            heading = header.title_label.text().strip() if header is not None else ""
            return [self.utterance(None, self.language, heading)] if heading else []
        prompt_id = {window.home_screen: "home.prompt", later("service"): "services.prompt",
                     later("documents"): "documents.prompt", later("priority"): "priority.prompt"}.get(screen)
        if prompt_id is None:
            return []
        return [self.utterance(prompt_id, self.language, prompt_text(prompt_id, self.language))]
