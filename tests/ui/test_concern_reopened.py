"""The kiosk's follow-up says when a concern was reopened: the citizen said "not resolved"
on the public page, the central server sent `concern.status {status: in_progress, by:
citizen}` and the office applied it (kiosk/sync_adapter.py). The whole way from a phone
is tests/web/test_public_concern_page.py."""
from __future__ import annotations

import pytest

from kiosk.domain.concerns import ConcernStatus
from kiosk.sync_adapter import APPLIED, OfficeUpdatesSink
from sync import protocol as P
from tests.office.concern_helpers import ack_all
from tests.ui.test_concern_flow import build_flow, click
from tests.ui.test_concern_followup import register

REOPENED_AT = "2026-09-06T09:00:00+00:00"  # 10:00 in Algiers, after the answer
COMMENT = "Toujours en panne."
REOPENED = {  # the reopened line, and the history's head for the citizen's comment
    "ar": ("أُعيد فتحه في", "أعيد فتحه"),
    "fr": ("Rouverte le", "Rouverte\u00a0: " + COMMENT),
    "kab": ("Yettwaldi tikkelt nniḍen di", "Yettwaldi tikkelt nniḍen"),
    "en": ("Reopened on", "Reopened: " + COMMENT),
}


def _look_up(qtbot, office, settings, code, language):
    flow = build_flow(qtbot, office, settings)
    flow.start_follow_up(language)
    screen = flow.followup_screen
    qtbot.keyClicks(screen.code_edit, code)
    click(qtbot, screen.look_up_button)
    qtbot.waitUntil(lambda: screen.result.isVisible())
    return screen


def _history(screen) -> list[str]:
    return [screen.history.item(i).text() for i in range(screen.history.count())]


@pytest.mark.parametrize("language", ["ar", "fr", "kab", "en"])
def test_a_concern_reopened_from_the_phone_says_so(qtbot, office, settings, language):
    code = register(office)
    office.change_concern_status(code, ConcernStatus.ANSWERED, "La lampe a été remplacée.", staff="Amina")
    ack_all(office)  # the answer reached the server, which the citizen read on their phone
    update = P.Update(41, P.UPDATE_CONCERN_STATUS, {"code": code, "status": "in_progress", "reason": COMMENT,
                                                    "by": "citizen", "at": REOPENED_AT}, REOPENED_AT)
    assert OfficeUpdatesSink(office).apply(update) == APPLIED

    screen = _look_up(qtbot, office, settings, code, language)
    line, head = REOPENED[language]
    assert screen.reopened_label.isVisible()
    assert line in screen.reopened_label.text() and "10:00" in screen.reopened_label.text()
    history = _history(screen)
    assert head in history[0] and COMMENT in history[0], history  # newest first
    # The big answer stays the office's word, not the citizen's comment.
    assert "La lampe a été remplacée." in screen.answer_label.text()


def test_a_concern_answered_once_is_not_called_reopened(qtbot, office, settings):
    code = register(office)
    office.change_concern_status(code, ConcernStatus.IN_PROGRESS, staff="Amina")
    office.change_concern_status(code, ConcernStatus.ANSWERED, "La lampe a été remplacée.", staff="Amina")
    screen = _look_up(qtbot, office, settings, code, "fr")
    assert not screen.reopened_label.isVisible()
    assert not any("Rouverte" in line for line in _history(screen))
