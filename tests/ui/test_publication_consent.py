"""The consent screen's publication question: "no" until the citizen touches "yes", the answer
carried in the concern (office database, outbox event, LAN), the next citizen starting from
"no", and the screen whole at 1024×768 in every language."""
from __future__ import annotations

import json

import pytest

from kiosk.domain.languages import LANGUAGES
from kiosk.i18n import install_language, translate
from kiosk.ui.theme import MIN_TOUCH_PX
from tests.ui.test_concern_flow import build_flow, choose_category, click, send, type_on_keyboard


def to_consent(qtbot, flow, language: str, text: str = "pas d'eau depuis lundi") -> None:
    flow.start_register(language)
    choose_category(qtbot, flow, "water")
    type_on_keyboard(qtbot, flow.text_screen.keyboard, text)
    click(qtbot, flow.text_screen.next_button)
    click(qtbot, flow.place_screen.skip_button)
    qtbot.waitUntil(lambda: flow.current_screen() == "consent")
    # The language change reaches the widgets as posted events: wait for the screen to speak it.
    expected = translate(language, "ConsentScreen", "No")
    qtbot.waitUntil(lambda: flow.consent_screen.publish_no_button.accessibleName() == expected)


def registered_event(office, code: str) -> dict:
    for event in office.outbox.list(limit=1000):
        if event.type == "concern.registered" and event.payload["code"] == code:
            return event.payload
    raise AssertionError(f"no concern.registered event for {code}")


def test_not_published_unless_the_citizen_says_yes(qtbot, office, settings):
    flow = build_flow(qtbot, office, settings)
    to_consent(qtbot, flow, "fr")
    screen = flow.consent_screen
    assert screen.publish_no_button.isChecked() and not screen.publish_yes_button.isChecked()
    assert "publié de façon anonyme" in screen.publish_question.text()
    assert screen.publish_no_button.accessibleName() == "Non"
    assert screen.publish_yes_button.accessibleDescription() == "Publier le texte de ma préoccupation sans mon nom"
    click(qtbot, screen.anonymous_button)
    qtbot.waitUntil(lambda: flow.current_screen() == "review")
    send(qtbot, flow)
    code = flow.confirmation_screen.code_label.text()
    assert office.get_concern(code).publish_text is False
    assert registered_event(office, code)["publish_text"] is False


def test_yes_is_carried_to_the_office_and_the_central_event(qtbot, office, settings):
    flow = build_flow(qtbot, office, settings)
    to_consent(qtbot, flow, "ar", "الشارع مظلم ليلا")
    screen = flow.consent_screen
    click(qtbot, screen.publish_yes_button)
    assert screen.publish_yes_button.isChecked() and not screen.publish_no_button.isChecked()
    click(qtbot, screen.anonymous_button)  # the two questions are independent
    qtbot.waitUntil(lambda: flow.current_screen() == "review")
    send(qtbot, flow)
    code = flow.confirmation_screen.code_label.text()
    stored = office.get_concern(code)
    assert stored.publish_text is True and not stored.has_contact
    assert registered_event(office, code)["publish_text"] is True
    (row,) = office.work.db.execute("SELECT publish_text FROM concerns WHERE code = ?", [code]).fetchall()
    assert row == (1,)


def test_changing_the_answer_back_to_no_counts(qtbot, office, settings):
    flow = build_flow(qtbot, office, settings)
    to_consent(qtbot, flow, "en", "bins not emptied")
    click(qtbot, flow.consent_screen.publish_yes_button)
    click(qtbot, flow.consent_screen.publish_no_button)
    click(qtbot, flow.consent_screen.anonymous_button)
    send(qtbot, flow)
    assert office.get_concern(flow.confirmation_screen.code_label.text()).publish_text is False


def test_the_next_citizen_starts_from_no(qtbot, office, settings):
    flow = build_flow(qtbot, office, settings)
    to_consent(qtbot, flow, "fr")
    click(qtbot, flow.consent_screen.publish_yes_button)
    flow.cancel()  # the citizen leaves (home button, idle): everything is forgotten
    assert flow.draft.publish_text is False
    to_consent(qtbot, flow, "fr")
    assert flow.consent_screen.publish_no_button.isChecked()
    assert flow.draft_to_send().publish_text is False


SAMPLE = {"ar": "الشارع مظلم ليلا", "fr": "la rue est sombre la nuit", "kab": "ulac aman deg uɣrem",
          "en": "the street is dark at night"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_screen_is_whole_at_1024_by_768(qtbot, office, settings, language):
    flow = build_flow(qtbot, office, settings)
    flow.resize(1024, 768)
    install_language(language)
    try:
        to_consent(qtbot, flow, language, SAMPLE[language])
        screen = flow.consent_screen
        qtbot.waitUntil(lambda: screen.scroll_area.viewport().height() > 0)
        # Everything in view: nothing to scroll to, nothing past the window's bottom edge (once the
        # language change has been laid out: the page's texts of the language before may linger a moment).
        qtbot.waitUntil(lambda: screen.scroll_area.verticalScrollBar().maximum() == 0, timeout=2000)
        for button in (screen.publish_no_button, screen.publish_yes_button, screen.anonymous_button,
                       screen.agree_button):
            assert button.height() >= MIN_TOUCH_PX and button.width() >= MIN_TOUCH_PX
            bottom = button.mapTo(flow, button.rect().bottomRight()).y()
            assert bottom < flow.height(), (button.objectName(), bottom)
            assert button.fontMetrics().horizontalAdvance(button.text()) < button.width(), button.text()
    finally:
        install_language("ar")


def test_the_answer_crosses_the_lan_to_the_hub(office):
    """A kiosk that is a LAN client: the draft's answer is in the request body, and back in the concern."""
    from kiosk.domain.concerns import ConcernDraft
    from kiosk.hub import codec

    draft = ConcernDraft("water", "pas d'eau depuis lundi", "fr", publish_text=True)
    body = json.loads(json.dumps(codec.draft_json(draft)))
    assert body["publish_text"] is True and codec.draft_from(body) == draft
    older_kiosk = {k: v for k, v in body.items() if k != "publish_text"}
    assert codec.draft_from(older_kiosk).publish_text is False
    registered = office.register_concern(codec.draft_from(body))
    assert codec.concern_from(json.loads(json.dumps(codec.concern_json(registered.concern)))).publish_text is True
