"""The citizen's rating and "not resolved" from the public concern page reach the office on its
next pull, like a back-office answer: the kiosk's follow-up then shows the concern reopened
with the citizen's comment; the rating is acknowledged (the office keeps no ratings)."""
from __future__ import annotations

import logging

import pytest

from kiosk.domain.concern_reopening import reopenings
from kiosk.domain.concerns import ConcernDraft
from kiosk.sync_adapter import OfficeUpdatesSink
from sync import protocol as P
from sync.client import SyncClient
from sync.ports import IGNORED
from tests.sync.test_client import enroll_office


@pytest.fixture
def state(server, office, tmp_path):
    return enroll_office(server, office, tmp_path / "data")


def test_a_reopening_from_the_public_page_reaches_the_kiosks_follow_up(server, office, state):
    category = office.catalogue.concern_categories[0].code
    registered = office.register_concern(ConcernDraft(category, "Le lampadaire de la rue 5 est éteint.", "fr"))
    with SyncClient(state, office.outbox, OfficeUpdatesSink(office)) as client:
        client.push()
        server.store.answer_concern(registered.code, "answered", answer="Réparé hier soir.")
        assert client.pull().applied == 1
        citizen = server.store.citizen_concerns
        assert citizen.rate(registered.code, "1", "Toujours éteint")
        assert citizen.reopen(registered.code, "Le lampadaire est toujours éteint.")
        pulled = client.pull()
    assert pulled.applied == 1 and pulled.ignored == 1  # the reopening applied, the rating acknowledged
    view = office.concern_public_view(registered.code)
    assert view.status.value == "in_progress"
    last = view.history[-1]
    assert (last.status.value, last.text) == ("in_progress", "Le lampadaire est toujours éteint.")
    assert reopenings(view) == (last,)  # what the follow-up screen shows as "Reopened"
    with SyncClient(state, office.outbox, OfficeUpdatesSink(office)) as client:
        assert client.pull().applied == 0  # pulled once, applied once


def test_an_office_skips_a_rating_without_complaint(office, caplog):
    sink = OfficeUpdatesSink(office)
    caplog.set_level(logging.WARNING)
    rating = P.Update(7, P.UPDATE_CONCERN_RATING, {"code": "TST-AB12-CDEF", "rating": 4, "at": "2026-09-07T08:00:00Z"},
                      "2026-09-07T08:00:01Z")
    assert sink.apply(rating) == IGNORED
    assert not caplog.records  # a known kind, not "not supported by this office yet"
