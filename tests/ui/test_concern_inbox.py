"""The desk's concerns inbox: filters, contact details for supervisors only, notes and public
answers, status changes (a reason to reject), reprint — and the citizen sees the change."""
from __future__ import annotations

import pytest

from kiosk.domain.concerns import ConcernDraft, ConcernStatus, Contact
from kiosk.i18n import install_language
from kiosk.ui.app import ensure_application
from kiosk.ui.desk.concerns_inbox import ConcernsInbox
from tests.ui.test_concern_flow import RecordingPrinter, build_flow, click


@pytest.fixture
def staff(office):
    office.add_staff("Amina", "clerk", "4829")
    office.add_staff("Chef", "supervisor", "8061")
    return {"clerk": office.login("Amina", "4829"), "supervisor": office.login("Chef", "8061")}


@pytest.fixture
def concerns(office):
    with_contact = office.register_concern(ConcernDraft(
        "water", "Pas d'eau au robinet depuis trois jours", "fr", "Cité des Pins",
        Contact("Karim", "0661234567"), consent=True)).code
    anonymous = office.register_concern(ConcernDraft("roads", "حفرة كبيرة في الطريق الرئيسي", "ar")).code
    return {"with_contact": with_contact, "anonymous": anonymous}


@pytest.fixture
def make_inbox(qtbot, office, staff):
    ensure_application()
    install_language("en")
    current = {"session": staff["clerk"]}

    def make(role="clerk", printer=None):
        current["session"] = staff[role] if role else None
        inbox = ConcernsInbox(office, lambda: current["session"], printer=printer)
        qtbot.addWidget(inbox)
        inbox.resize(1280, 800)
        inbox.show()
        qtbot.waitExposed(inbox)
        return inbox

    make.current = current
    return make


def test_clerk_sees_the_concern_but_not_the_contact(make_inbox, concerns):
    inbox = make_inbox("clerk")
    codes = [inbox.list.topLevelItem(i).text(0) for i in range(inbox.list.topLevelItemCount())]
    assert codes == [concerns["with_contact"], concerns["anonymous"]]
    inbox.list.setCurrentItem(inbox.item_for(concerns["with_contact"]))
    assert inbox.current.code == concerns["with_contact"]
    assert inbox.fields["contact"].text() == "hidden (supervisors only)"
    assert inbox.current.contact_phone is None and inbox.current.contact_name is None  # not even in memory
    assert "Pas d'eau" in inbox.text_view.toPlainText()
    assert inbox.fields["place"].text() == "Cité des Pins"


def test_supervisor_sees_the_contact(make_inbox, concerns):
    inbox = make_inbox("supervisor")
    inbox.open_concern(concerns["with_contact"])
    assert "Karim" in inbox.fields["contact"].text() and "+213661234567" in inbox.fields["contact"].text()
    inbox.open_concern(concerns["anonymous"])
    assert inbox.fields["contact"].text() == "anonymous"


def test_logged_out_shows_nothing(make_inbox, concerns):
    inbox = make_inbox(None)
    assert inbox.list.topLevelItemCount() == 0
    assert inbox.code_label.text() == "Please log in to see the concerns"


def test_filters(make_inbox, office, concerns, clock):
    inbox = make_inbox("clerk")
    inbox.category_filter.setCurrentIndex(inbox.category_filter.findData("roads"))
    assert [c.code for c in inbox.concerns] == [concerns["anonymous"]]
    inbox.category_filter.setCurrentIndex(0)
    office.change_concern_status(concerns["anonymous"], ConcernStatus.CLOSED, "fait", staff="Amina")
    inbox.refresh()
    assert [c.code for c in inbox.concerns] == [concerns["with_contact"]]  # "open" by default
    inbox.status_filter.setCurrentIndex(inbox.status_filter.findData("closed"))
    assert [c.code for c in inbox.concerns] == [concerns["anonymous"]]
    inbox.status_filter.setCurrentIndex(inbox.status_filter.findData("all"))
    inbox.age_filter.setCurrentIndex(inbox.age_filter.findData("over15"))
    assert inbox.concerns == []
    clock.advance(days=16)
    inbox.refresh()
    assert len(inbox.concerns) == 2
    inbox.office_filter.setCurrentIndex(1)
    assert inbox.office_filter.currentText() == f"This office ({office.info.code})"
    assert len(inbox.concerns) == 2


def test_status_changes_notes_and_answers(qtbot, make_inbox, office, concerns, settings):
    inbox = make_inbox("clerk")
    code = concerns["with_contact"]
    inbox.open_concern(code)
    assert inbox.status_buttons[ConcernStatus.IN_PROGRESS].isEnabled()
    click(qtbot, inbox.status_buttons[ConcernStatus.IN_PROGRESS])
    assert office.get_concern(code).status is ConcernStatus.IN_PROGRESS
    assert not inbox.status_buttons[ConcernStatus.IN_PROGRESS].isEnabled()  # already there

    inbox.note_edit.setPlainText("Appeler l'ADE demain")
    click(qtbot, inbox.internal_button)
    inbox.note_edit.setPlainText("L'ADE intervient jeudi matin.")
    click(qtbot, inbox.public_button)
    history = office.get_concern(code).history
    assert [(h.kind.value, h.public, h.by_staff) for h in history[-2:]] == [
        ("internal_note", False, "Amina"), ("public_answer", True, "Amina")]

    # Rejecting needs a reason the citizen can read.
    click(qtbot, inbox.status_buttons[ConcernStatus.REJECTED])
    assert inbox.error_label.text() == "Write the reason in the reason field: the citizen will read it."
    assert office.get_concern(code).status is ConcernStatus.IN_PROGRESS
    click(qtbot, inbox.status_buttons[ConcernStatus.ANSWERED])
    assert office.get_concern(code).status is ConcernStatus.ANSWERED

    # The citizen sees the change at the kiosk, without the internal note.
    flow = build_flow(qtbot, office, settings)
    flow.start_follow_up("fr")
    screen = flow.followup_screen
    screen.code_edit.setText(code)
    click(qtbot, screen.look_up_button)
    qtbot.waitUntil(lambda: not screen.busy)  # the office answers on the worker
    assert screen.status_label.text() == "Répondue"
    lines = " ".join(screen.history.item(i).text() for i in range(screen.history.count()))
    assert "L'ADE intervient jeudi matin." in lines and "demain" not in lines


def test_reject_with_reason(qtbot, make_inbox, office, concerns):
    inbox = make_inbox("supervisor")
    code = concerns["anonymous"]
    inbox.open_concern(code)
    inbox.reason_edit.setText("Relève de la wilaya, pas de la commune.")
    click(qtbot, inbox.status_buttons[ConcernStatus.REJECTED])
    concern = office.get_concern(code)
    assert concern.status is ConcernStatus.REJECTED
    assert concern.history[-1].text == "Relève de la wilaya, pas de la commune."
    assert not any(button.isEnabled() for button in inbox.status_buttons.values())  # final


def test_reprint_never_shows_the_phone_to_a_clerk(qtbot, make_inbox, concerns):
    printer = RecordingPrinter()
    inbox = make_inbox("clerk", printer)
    inbox.open_concern(concerns["with_contact"])
    click(qtbot, inbox.reprint_button)
    concern, language, show_phone = printer.calls[-1]
    assert (concern.code, language, show_phone) == (concerns["with_contact"], "fr", False)
    assert inbox.error_label.text() == "The receipt is being printed."


def test_inbox_in_arabic(qtbot, make_inbox, concerns):
    inbox = make_inbox("clerk")
    install_language("ar")
    qtbot.waitUntil(lambda: inbox.status_buttons[ConcernStatus.REJECTED].text() == "رفض")
    inbox.open_concern(concerns["anonymous"])
    assert inbox.fields["contact"].text() == "مخفية (للمشرفين فقط)"
    assert inbox.list.topLevelItem(1).text(2) == "مستلم"
    install_language("en")


def test_inbox_follows_office_events(make_inbox, office, concerns):
    inbox = make_inbox("clerk")
    assert len(inbox.concerns) == 2
    office.register_concern(ConcernDraft("waste", "Les poubelles ne sont plus ramassées", "fr"))
    inbox.on_office_event("concern.registered", {})
    assert len(inbox.concerns) == 3
    inbox.on_office_event("ticket.issued", {})  # not about concerns: nothing to do
    assert len(inbox.concerns) == 3
