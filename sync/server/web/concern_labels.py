"""The words the concern pages show for the workflow's codes (statuses, history kinds, the
citizen's language), marked for translation; and the sort orders of the list.

Plain data shared by routes/concerns.py, routes/concern_detail.py and their templates; any thread.
"""
from __future__ import annotations

from sync.server.concerns import history, rules
from sync.server.form_errors import N_

STATUS_LABELS = {
    rules.RECEIVED: N_("Received"),
    rules.IN_PROGRESS: N_("In progress"),
    rules.ANSWERED: N_("Answered"),
    rules.CLOSED: N_("Closed"),
    rules.REJECTED: N_("Rejected"),
}

HISTORY_LABELS = {
    history.REGISTERED: N_("Registered at the kiosk"),
    history.STATUS: N_("Status changed"),
    history.REOPENED: N_("Reopened"),
    history.ANSWER: N_("Public answer"),
    history.NOTE: N_("Internal note"),
    history.ASSIGNED: N_("Assigned"),
    history.RATED: N_("Rated by the citizen"),
}

#: The citizen's language (the kiosk's languages), and the direction its text is written in.
LANGUAGE_LABELS = {"ar": N_("Arabic"), "fr": N_("French"), "kab": N_("Tamazight"), "en": N_("English")}
RIGHT_TO_LEFT = frozenset({"ar"})

#: How a concern reached the office (sync.protocol.CONCERN_CHANNELS).
CHANNEL_LABELS = {
    "kiosk": N_("Kiosk"),
    "counter": N_("At the counter"),
    "phone": N_("Phone call"),
    "letter": N_("Letter"),
    "email": N_("E-mail"),
    "web": N_("Web form"),
}

SORT_LABELS = {"newest": N_("Newest first"), "oldest": N_("Oldest first"), "due": N_("Due date, soonest first")}


def text_direction(language: str | None) -> str:
    return "rtl" if language in RIGHT_TO_LEFT else "ltr" if language else "auto"


__all__ = ["CHANNEL_LABELS", "HISTORY_LABELS", "LANGUAGE_LABELS", "RIGHT_TO_LEFT", "SORT_LABELS", "STATUS_LABELS",
           "text_direction"]
