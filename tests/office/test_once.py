"""One mechanism applies every request id once, on disk: desk actions, tickets and concerns alike."""
import pytest

from kiosk.domain.concerns import ConcernDraft, Contact
from kiosk.domain.tickets import Priority, TicketStatus
from kiosk.office import Conflict, Office, OfficeError, OfficeInfo
from kiosk.office.once import Once, run_once
from kiosk.retention import RetentionPurger


@pytest.fixture
def clerk(office, local):
    local.add_staff("Amina", "clerk", "4829")
    token = office.login("Amina", "4829").token
    office.open_counter(token, "3", ["EC-N12"])
    return token


def count(office, sql: str) -> int:
    return office._db.execute(sql).fetchone()[0]


def test_a_local_desk_action_id_means_one_action(office, clerk):
    first, second = (office.issue_ticket("EC-N12").ticket for _ in range(2))
    office.call_next(clerk, "3", action_id="press-1")
    with pytest.raises(OfficeError) as exc:
        office.no_show(clerk, first.id, action_id="press-1")
    assert exc.value.code == "action_id_reused"
    assert office.ticket(first.id).status is TicketStatus.CALLED
    assert office.ticket(second.id).status is TicketStatus.WAITING


def test_a_retried_issue_is_the_same_ticket_even_after_reopening(local, tmp_path, clock, catalogue):
    # Local only: it reopens the database file, and names the asking device as the hub does.
    office = local
    issued = office.issue_ticket("EC-N12", Priority.ELDERLY, "fr", request_id="tap-1", device_id="kiosk-2")
    office.close()
    reopened = Office.open_path(tmp_path / "office.sqlite3", OfficeInfo("APC Test", "TST", "Africa/Algiers"),
                                clock, catalogue)
    try:
        again = reopened.issue_ticket("EC-N12", Priority.ELDERLY, "fr", request_id="tap-1", device_id="kiosk-2")
        assert again == issued
        other_kiosk = reopened.issue_ticket("EC-N12", Priority.ELDERLY, "fr", request_id="tap-1", device_id="k-3")
        assert other_kiosk.ticket.label == "A-002"
        assert count(reopened, "SELECT count(*) FROM tickets") == 2
        assert count(reopened, "SELECT count(*) FROM outbox WHERE type = 'ticket.issued'") == 2
    finally:
        reopened.close()


def test_a_retried_registration_is_the_same_concern(office, local):
    draft = ConcernDraft("water", "Pas d'eau depuis trois jours.", "fr", None, Contact("Nadia H.", "0661234567"),
                         consent=True)
    first = office.register_concern(draft, request_id="r-1")
    again = office.register_concern(draft, request_id="r-1")
    assert again == first and again.concern.contact_phone == "+213661234567"  # the receipt can still be printed
    with pytest.raises(Conflict) as exc:
        office.register_concern(ConcernDraft("water", "Une autre panne.", "fr"), request_id="r-1")
    assert exc.value.code == "action_id_reused"
    assert len(local.list_concerns()) == 1


def test_a_retried_issue_is_the_same_ticket(office, local):
    issued = office.issue_ticket("EC-N12", Priority.ELDERLY, "fr", request_id="tap-1")
    assert office.issue_ticket("EC-N12", Priority.ELDERLY, "fr", request_id="tap-1") == issued
    with pytest.raises(Conflict):
        office.issue_ticket("EC-N12", Priority.NONE, "fr", request_id="tap-1")  # another request, same id
    assert count(local, "SELECT count(*) FROM tickets") == 1


def test_answers_are_kept_a_day_then_forgotten_by_the_periodic_purge(local, clock):
    # Local only: the hub's periodic purge works on the database.
    office = local
    office.issue_ticket("EC-N12", request_id="tap-1", device_id="kiosk-2")
    clock.advance(hours=23)
    assert office.issue_ticket("EC-N12", request_id="tap-1", device_id="kiosk-2").ticket.label == "A-001"
    RetentionPurger(office, retention_days=180).run_once()
    assert count(office, "SELECT count(*) FROM request_answers") == 1  # not a day old yet
    clock.advance(hours=2)
    RetentionPurger(office, retention_days=180).run_once()
    assert count(office, "SELECT count(*) FROM request_answers") == 0


def test_run_once_does_the_work_once_and_answers_repeats_with_the_first_answer(local):
    # Local only: the helper itself, under the transaction of the office's own connection.
    done = []

    def work():
        done.append(1)
        return {"n": len(done)}, f"fresh {len(done)}"

    with local.work.write() as conn:
        once = Once.key("id-1", "desk-2", "count", what="x")
        first = run_once(once, conn, "2026-09-06T07:30:00.000Z", work)
        again = run_once(once, conn, "2026-09-06T07:30:01.000Z", work)
        without_id = run_once(None, conn, "2026-09-06T07:30:02.000Z", work)
    assert (first.answer, first.fresh, first.replayed) == ({"n": 1}, "fresh 1", False)
    assert (again.answer, again.fresh, again.replayed) == ({"n": 1}, None, True)
    assert without_id.answer == {"n": 2} and done == [1, 1]
