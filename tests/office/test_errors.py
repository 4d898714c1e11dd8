"""One error tree for local and remote offices (kiosk/office/errors.py): each refusal is
raised as its class by the local office, sent by the hub with the status of that class
(kiosk/hub/refusals.py), and raised again as the same class by `RemoteOffice`."""
from __future__ import annotations

import ast
import random
from pathlib import Path

import pytest

from kiosk.domain.concerns import ConcernDraft
from kiosk.domain.tracking_codes import new_tracking_code
from kiosk.hub.client import HubUnreachable, NotPaired, RemoteOffice
from kiosk.hub.refusals import STATUS_OF_KIND, kind_for_answer, status_of, status_of_kind
from kiosk.office import (
    BadLogin,
    Conflict,
    DatabaseDamaged,
    DatabaseUnreadable,
    DiskFull,
    InvalidInput,
    Locked,
    NotAllowed,
    NotFound,
    NotLoggedIn,
    OfficeError,
    Throttled,
    Unavailable,
    failure_from,
)
from kiosk.office.errors import KIND_OF_CODE, kind_of

REPO = Path(__file__).resolve().parents[2]
UNKNOWN = new_tracking_code("TST", random.Random(7)).text  # well formed, never registered


@pytest.fixture
def clerk(office, local):
    local.add_staff("Amina", "clerk", "4829")
    token = office.login("Amina", "4829").token
    office.open_counter(token, "3", ["EC-N12"])
    return token


def test_each_refusal_is_its_class_for_local_and_remote_offices(office, local, clerk):
    cases = [
        (NotFound, "unknown_service", lambda: office.issue_ticket("NO-SUCH")),
        (NotFound, "unknown_ticket", lambda: office.recall(clerk, "no-such-ticket")),
        (NotFound, "code_unknown", lambda: office.get_concern(UNKNOWN)),
        (Conflict, "counter_closed", lambda: office.call_next(clerk, "9")),
        (InvalidInput, "bad_language", lambda: office.issue_ticket("EC-N12", language="xx")),
        (InvalidInput, "bad_counter", lambda: office.open_counter(clerk, "#####", ["EC-N12"])),
        (NotLoggedIn, "not_logged_in", lambda: office.call_next("forged-token", "3")),
        (NotAllowed, "forbidden", lambda: office.set_announcement(clerk, {"fr": "Fermé"})),
        (BadLogin, "bad_login", lambda: office.login("Amina", "0000")),
    ]
    for kind, code, call in cases:
        with pytest.raises(kind) as refused:
            call()
        assert type(refused.value) is kind and refused.value.code == code


def test_a_used_action_id_is_a_conflict(office, clerk):
    office.issue_ticket("EC-N12")
    office.call_next(clerk, "3", action_id="press-1")
    with pytest.raises(Conflict) as refused:
        office.close_counter(clerk, "3", action_id="press-1")
    assert refused.value.code == "action_id_reused"


def test_a_closed_service_is_unavailable(office, local):
    local.apply_catalogue_update({"code": "EC-N12", "active": False})
    with pytest.raises(Unavailable) as refused:
        office.issue_ticket("EC-N12")
    assert refused.value.code == "service_closed"


def test_a_locked_account_is_locked(office, local):
    local.add_staff("Samir", "clerk", "7302")
    with pytest.raises(Locked):
        for _ in range(5):
            try:
                office.login("Samir", "0000")
            except BadLogin:
                pass


def test_a_refused_draft_is_invalid_input_with_every_problem(office):
    with pytest.raises(InvalidInput) as refused:
        office.register_concern(ConcernDraft("no-such-category", "court", "xx"))
    assert len(refused.value.problems) >= 2 and refused.value.code == refused.value.problems[0].code


def test_wrong_codes_are_throttled_with_the_wait(office):
    with pytest.raises(Throttled) as refused:
        for _ in range(20):
            with pytest.raises(NotFound):
                office.concern_public_view(UNKNOWN)
    assert refused.value.code == "lookup_throttled" and refused.value.retry_after_s > 0


def test_the_status_table_and_its_way_back_agree():
    for code, kind in KIND_OF_CODE.items():
        assert kind_for_answer(code, status_of_kind(kind)) is kind
        assert status_of(OfficeError(code, "")) == status_of(kind(code, ""))  # a bare raise answers as its class
    assert kind_of("text_too_short") is InvalidInput  # a draft's problem code
    # A code this client does not know (a newer hub): the status says the kind.
    assert kind_for_answer("some_new_code", 404) is NotFound
    assert kind_for_answer("some_new_code", 409) is Conflict
    assert kind_for_answer("some_new_code", 400) is InvalidInput
    assert set(STATUS_OF_KIND) >= {InvalidInput, NotFound, Conflict, NotAllowed, NotLoggedIn, Locked, Unavailable,
                                   Throttled}


@pytest.mark.parametrize(("failure", "status"), [
    (DiskFull("the disk is full"), 507),
    (DatabaseDamaged("the file is damaged"), 503),
    (DatabaseUnreadable("the file cannot be read"), 503),
])
def test_storage_failures_are_in_the_same_table_and_come_back_as_themselves(failure, status):
    assert status_of(failure) == status
    back = failure_from(failure.code, failure.message)
    assert type(back) is type(failure) and back.message == failure.message


def test_the_clients_own_refusals_are_in_the_tree():
    assert issubclass(HubUnreachable, Unavailable) and issubclass(NotPaired, NotLoggedIn)
    remote = RemoteOffice("http://127.0.0.1:9", "token", timeout=0.5, retries=0)  # nothing listens on port 9
    try:
        with pytest.raises(Unavailable) as refused:
            remote.waiting_counts()
        assert type(refused.value) is HubUnreachable
    finally:
        remote.close()


def test_no_office_code_raises_a_bare_office_error():
    """Every raise site names the kind of refusal (or builds it from a code with office_error)."""
    found = []
    for path in [*sorted((REPO / "kiosk" / "office").glob("*.py")), REPO / "kiosk" / "hub" / "client.py",
                 REPO / "kiosk" / "hub" / "transport.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) \
                    and isinstance(node.exc.func, ast.Name) and node.exc.func.id == "OfficeError":
                found.append(f"{path.name}:{node.lineno}")
    assert found == []
