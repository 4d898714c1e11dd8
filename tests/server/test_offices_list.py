"""`OfficeAdmin.list`'s filters and pages, staleness and `communes` (store level, SQLite and PostgreSQL)."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from sync import protocol as P
from sync.server import db as D
from sync.server.errors import Refused
from sync.server.form_errors import InvalidField
from tests.server.staff_world import ADMIN, AGENT, OTHER_SUPERVISOR, SUPERVISOR, codes


def last_seen(world, office: str, days_ago: float) -> None:
    device = world.store.enroll(world.store.new_enroll_code(office)[0], "kiosk").device_id
    when = P.format_time(P.utc_now() - dt.timedelta(days=days_ago))
    with world.store.engine.begin() as conn:
        conn.execute(update(D.devices).where(D.devices.c.id == device).values(last_seen_at=when))


def test_an_office_is_stale_after_a_day_without_sync_or_when_it_never_synced(world):
    last_seen(world, "ALG-1", 0.5)
    last_seen(world, "ALG-2", 2.5)
    rows = {r["code"]: r for r in world.store.office_admin.list(ADMIN)}
    assert [(c, rows[c]["stale"], rows[c]["days_since_sync"]) for c in rows] == \
        [("ALG-1", False, 0), ("ALG-2", True, 2), ("ORN-1", True, None)]
    assert codes(world.store.office_admin.list(ADMIN, stale_only=True)) == ["ALG-2", "ORN-1"]
    assert codes(world.store.office_admin.list(AGENT, stale_only=True)) == []


def test_filters_and_pages_stay_within_what_the_user_sees(world):
    admin = world.store.office_admin
    assert codes(admin.list(ADMIN, commune="Alger")) == ["ALG-1", "ALG-2"]
    assert codes(admin.list(OTHER_SUPERVISOR, commune="Alger")) == []
    assert codes(admin.list(ADMIN, limit=2)) == ["ALG-1", "ALG-2"]
    assert codes(admin.list(ADMIN, after="ALG-2", limit=2)) == ["ORN-1"]
    assert codes(admin.list(SUPERVISOR, after="ALG-1")) == ["ALG-2"]


def test_the_communes_offered_are_those_of_the_offices_seen(world):
    assert world.store.office_admin.communes(ADMIN) == ["Alger", "Oran"]
    assert world.store.office_admin.communes(SUPERVISOR) == ["Alger"]
    assert world.store.office_admin.communes(AGENT) == ["Alger"]


def test_refusals_name_the_field_a_form_shows_them_next_to(world):
    catalogue = world.store.catalogue_admin
    cases = [(lambda: catalogue.set_catalogue_service(ADMIN, "EC-N12", "ALG-1", minutes=0), "minutes"),
             (lambda: catalogue.set_catalogue_service(ADMIN, "bad code", "ALG-1", minutes=5), "code"),
             (lambda: catalogue.set_catalogue_service(ADMIN, "EC-N12", "ALG-1", names={"kab": ""}), "name_kab"),
             (lambda: catalogue.set_catalogue_service(ADMIN, "EC-N12", "ALG-1"), "_form"),
             (lambda: catalogue.announce(ADMIN, {"fr": " "}, "ALG-1"), "texts"),
             (lambda: catalogue.announce(ADMIN, {"fr": "ok", "en": "x" * 501}, "ALG-1"), "text_en"),
             (lambda: world.store.office_admin.set_commune(ADMIN, "ALG-1", "x" * 101), "commune")]
    for call, field in cases:
        with pytest.raises(InvalidField) as refused:
            call()
        assert refused.value.field == field and refused.value.http_status == 422
    with pytest.raises(Refused, match="unknown language"):  # only the command line can say that
        catalogue.announce(ADMIN, {"de": "Hallo"}, "ALG-1")
    assert catalogue.announce(ADMIN, {"fr": "x" * 500}, "ALG-1").data["texts"] == {"fr": "x" * 500}


def test_office_names_for_pickers_follow_the_same_scope(world):
    store = world.store
    for person in (ADMIN, SUPERVISOR, AGENT, OTHER_SUPERVISOR):
        names = store.office_admin.names(person)
        assert codes(names) == codes(store.office_admin.list(person))
        assert all(set(o) == {"code", "name", "commune"} for o in names)
