"""What the kiosk's voice says, each prompt under a stable id (docs/voice.md).

A prompt id names one thing said — a screen's prompt ("home.prompt"), a help stage
("help.asked"), a button ("button.take-ticket", "button.service-EC-N12") — whatever the
language. Its text comes from the Qt catalogues in the citizen's language (the same
text the screen shows, where the screen shows it); a recorded clip
`<folder>/<lang>/<id>.wav` replaces it (kiosk/ui/speech/clips.py), which is how Kabyle is spoken.
`maktab voice missing` lists the ids without a clip, from `recordable_prompts`.

Thread use: any (`kiosk.i18n.translate` reads loaded catalogues only).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.languages import ENDONYMS
from kiosk.i18n import translate

CONTEXT = "VoicePrompts"
# Prompt ids are file names: lowercase words, dots and dashes (service codes keep their capitals).
PROMPT_ID_RE = re.compile(r"^[a-z_]+(\.[A-Za-z0-9_-]+)+$")

# id → (catalogue context, English source). Help and idle texts are the ones the panel and
# the banner show: the citizen hears what is written.
PROMPTS: dict[str, tuple[str, str]] = {
    "language.prompt": (CONTEXT, QT_TRANSLATE_NOOP("VoicePrompts", "Choose your language.")),
    "listening.on": (CONTEXT, QT_TRANSLATE_NOOP(
        "VoicePrompts", "Listening mode. Touch a button to hear it. Touch it again, or touch OK, to choose it.")),
    "listening.off": (CONTEXT, QT_TRANSLATE_NOOP("VoicePrompts", "Listening mode is off.")),
    "home.prompt": (CONTEXT, QT_TRANSLATE_NOOP(
        "VoicePrompts", "Welcome. To take a ticket, choose “Take a ticket”.")),
    "services.prompt": (CONTEXT, QT_TRANSLATE_NOOP("VoicePrompts", "Which service did you come for?")),
    "documents.prompt": (CONTEXT, QT_TRANSLATE_NOOP(
        "VoicePrompts", "Choose a service to see the documents to bring.")),
    "priority.prompt": (CONTEXT, QT_TRANSLATE_NOOP(
        "VoicePrompts", "Do you need priority? If not, choose “No, thank you”.")),
    "ticket.your_number": (CONTEXT, QT_TRANSLATE_NOOP(
        "VoicePrompts", "Your number is %1. Take your receipt and wait until your number is called.")),
    "ticket.none": (CONTEXT, QT_TRANSLATE_NOOP(
        "VoicePrompts", "Sorry, no ticket can be given now. Please ask at reception.")),
    "idle.warning": ("CitizenWindow", "Are you still there? Touch the screen to continue."),
    "help.sending": ("HelpPanel", "Calling a member of staff…"),
    "help.asked": ("HelpPanel", "Someone is coming to help you. Please stay at the kiosk."),
    "help.coming": ("HelpPanel", "A member of staff is on the way."),
    "help.failed": ("HelpPanel", "We could not call anyone from this kiosk. Please ask at reception."),
}

# The buttons whose words never change (their object names), with the words: clips for them
# may be recorded once. Service tiles are "button.service-<code>" and "button.documents-<code>".
FIXED_BUTTONS: dict[str, tuple[str, str]] = {
    "take-ticket": ("HomeScreen", "Take a ticket"),
    "documents": ("HomeScreen", "Services and documents"),
    "register-concern": ("HomeScreen", "Register a concern"),
    "follow-concern": ("HomeScreen", "Follow my concern"),
    "change-language": ("HomeScreen", "Change language"),
    "large-text": ("HomeScreen", "Larger text"),
    "back": ("ScreenHeader", "Back"),
    "home": ("ScreenHeader", "Start"),
    "help": ("HelpButton", "Help"),
    "listen": ("ListenButton", "Listen"),
    "priority-none": ("PriorityScreen", "No, thank you"),
    "priority-elderly": ("PriorityScreen", "Aged 60 or over"),
    "priority-disability": ("PriorityScreen", "Disability"),
    "priority-pregnancy": ("PriorityScreen", "Pregnancy"),
    "ticket-done": ("TicketScreen", "Done"),
    "documents-take-ticket": ("DocumentsScreen", "Take a ticket for this service"),
    "idle-more-time": ("CitizenWindow", "More time"),
    "help-close": ("HelpPanel", "OK"),
    "listening-ok": ("ListeningMode", "OK"),
}


def prompt_text(prompt_id: str, language: str, *args: str) -> str:
    """The text of a fixed prompt in `language`, `%1`… filled with `args`."""
    context, source = PROMPTS[prompt_id]
    text = translate(language, context, source)
    for number, arg in enumerate(args, start=1):
        text = text.replace(f"%{number}", arg)
    return text


def button_prompt_id(object_name: str) -> str | None:
    """"button.<object name>" for a named button, None for one without a usable name."""
    prompt_id = f"button.{object_name}"
    return prompt_id if object_name and PROMPT_ID_RE.match(prompt_id) else None


def recordable_prompts(language: str, catalogue: Catalogue | None = None) -> Iterable[tuple[str, str]]:
    """(id, text in `language`) of everything the kiosk may say: the fixed prompts, the
    fixed buttons, each language's own name, the catalogue's services, and the ticket
    letters and digits said after a recorded "ticket.your_number"."""
    for prompt_id in PROMPTS:
        # A prompt with a number: its clip says the words before it, the number follows
        # from letter and digit clips (docs/voice.md).
        yield prompt_id, prompt_text(prompt_id, language).split("%1")[0].strip()
    for name, (context, source) in FIXED_BUTTONS.items():
        yield f"button.{name}", translate(language, context, source)
    # Each language button is spoken in its own language: listed under that language only.
    yield f"button.language-{language}", ENDONYMS[language]
    services = catalogue.services if catalogue else ()
    for service in services:
        yield f"button.service-{service.code}", service.name(language)
        yield f"button.documents-{service.code}", service.name(language)
    # After the "ticket.your_number" clip: the ticket's letter, then its number digit by digit.
    for letter in sorted({service.prefix for service in services}):
        yield f"letter.{letter}", letter
    for digit in range(10):
        yield f"digit.{digit}", str(digit)
