"""The words of the desk's "New concern" form (kiosk/ui/desk/concern_intake.py), in the
clerk's language, in one translation context ("IntakeWords", kiosk/translations/concerns_*.ts).

Kept apart from the form's widgets: they change for another reason (a new channel, a new
refusal code, a better sentence). The field problems the kiosk also meets keep the kiosk's
words (`ConcernTexts.problem`); only what is the clerk's own is here.

Thread use: GUI thread (the translator is read where the text is shown).
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from kiosk.domain.concerns import Channel
from kiosk.ui.desk.texts import arg


class IntakeWords(QObject):
    def title(self) -> str:
        return self.tr("New concern for a citizen")

    def how(self) -> str:
        return self.tr("How it came")

    def channel(self, channel: Channel) -> str:
        names = {
            Channel.COUNTER: self.tr("At the counter"),
            Channel.PHONE: self.tr("Phone call"),
            Channel.LETTER: self.tr("Letter"),
            Channel.EMAIL: self.tr("E-mail"),
            Channel.KIOSK: self.tr("Kiosk"),
            Channel.WEB: self.tr("Web form"),
        }
        return names[Channel(channel)]

    def about(self) -> str:
        return self.tr("What it is about")

    def citizen_language(self) -> str:
        return self.tr("The citizen's language")

    def language(self, code: str) -> str:
        names = {"ar": "العربية", "fr": "Français", "kab": "Taqbaylit", "en": "English"}  # each in its own words
        return names.get(code, code)

    def text(self) -> str:
        return self.tr("The concern")

    def text_hint(self) -> str:
        return self.tr("Write what the citizen says or wrote, in their words.")

    def remaining(self) -> str:
        return self.tr("%1 characters left")

    def contact(self) -> str:
        return self.tr("Contact (only if the citizen wants an answer by phone)")

    def name_hint(self) -> str:
        return self.tr("Name (optional)")

    def phone_hint(self) -> str:
        return self.tr("Phone number")

    def consent(self) -> str:
        return self.tr("The citizen agrees that the office keeps this name and number to contact them")

    def publish(self) -> str:
        return self.tr("The citizen agrees that the text may be published without their name or contact")

    def cancel(self) -> str:
        return self.tr("Cancel")

    def register(self) -> str:
        return self.tr("Register the concern")

    def sending(self) -> str:
        return self.tr("Sending…")

    def done(self) -> str:
        return self.tr("The concern is registered. Its tracking code:")

    def after(self, channel: Channel, masked_phone: str | None) -> str:
        """What the clerk does next with the code."""
        if channel is Channel.PHONE:
            text = self.tr("Read the code out to the citizen, one character at a time, and ask them to write it "
                           "down: with it they follow their concern at the kiosk or on the web.")
        elif channel in (Channel.LETTER, Channel.EMAIL):
            text = self.tr("Send the code to the citizen with the answer to their letter or e-mail: with it they "
                           "follow their concern at the kiosk or on the web.")
        else:
            text = self.tr("Give the receipt to the citizen: the code on it lets them follow their concern at the "
                           "kiosk or on the web.")
        if masked_phone:
            # an embedding, not an isolate: Qt's labels lay "+213 6•• … 42" out backwards in Arabic with one
            text += "\n" + arg(self.tr("The office may call the citizen at %1."), f"\u202a{masked_phone}\u202c")
        return text

    def printing(self) -> str:
        return self.tr("The receipt is being printed.")

    def close(self) -> str:
        return self.tr("Close")

    def refusal(self, code: str) -> str | None:
        """The clerk's words for a refusal that is not a field problem of the kiosk's, or None."""
        messages = {
            "bad_channel": self.tr("Choose how the concern came."),
            "hub_unreachable": self.tr("The office hub cannot be reached. Nothing was lost: press "
                                       "\"Register the concern\" again in a moment."),
            "not_logged_in": self.tr("Your session has ended. Please log in again."),
            "forbidden": self.tr("Your role may not register concerns."),
            "consent_required": self.tr("Keep the name and number only if the citizen agrees: tick the consent "
                                        "box, or empty the contact fields."),
            "phone_required": self.tr("A contact needs a phone number: write it, or empty the name."),
        }
        return messages.get(code)


__all__ = ["IntakeWords"]
