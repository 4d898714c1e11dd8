"""How a concern reached the office, on the central server (SQLite and PostgreSQL): events
from offices that predate the field count as kiosk concerns, the list filters by channel,
the concern shows it, and the figures count concerns per channel."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from sync.server.concerns import ConcernQuery
from sync.server.errors import Refused
from sync.server.figures.schema import figures_daily, figures_monthly
from tests.server.concern_world import ALGER_A, ALGER_B

DAY = "2026-09-06T08:00:00.000Z"


def _channels(world, user="root", **filters) -> dict[str, str]:
    rows = world.store.concerns.list(world.staff[user], ConcernQuery(**filters)).rows
    return {r.code: r.channel for r in rows}


def test_an_old_office_event_without_channel_is_a_kiosk_concern(concern_world):
    w = concern_world
    w.register(ALGER_A, "A-OLD", at=DAY)  # the payload as offices sent it before channels
    w.register(ALGER_A, "A-PHONE", at=DAY, channel="phone")
    assert _channels(w) == {"A-OLD": "kiosk", "A-PHONE": "phone"}
    detail = w.store.concerns.get(w.staff["root"], ALGER_A, "A-PHONE")
    assert detail.channel == "phone"


def test_the_list_filters_by_channel_and_refuses_an_unknown_one(concern_world):
    w = concern_world
    w.register(ALGER_A, "A-K", at=DAY)
    w.register(ALGER_A, "A-C", at=DAY, channel="counter")
    w.register(ALGER_B, "B-L", at=DAY, channel="letter")
    w.register(ALGER_B, "B-C", at=DAY, channel="counter")
    assert sorted(_channels(w, channel="counter")) == ["A-C", "B-C"]
    assert sorted(_channels(w, channel="kiosk")) == ["A-K"]
    assert sorted(_channels(w, "amina", channel="counter")) == ["A-C"]  # scope still applies
    with pytest.raises(Refused, match="^channel: "):
        _channels(w, channel="fax")


def test_figures_count_concerns_per_channel(concern_world):
    w = concern_world
    w.register(ALGER_A, "A-1", at=DAY)
    w.register(ALGER_A, "A-2", at=DAY, channel="phone")
    w.register(ALGER_A, "A-3", at=DAY, channel="phone")
    w.register(ALGER_A, "A-4", at=DAY, channel="email")
    w.register(ALGER_A, "A-5", at=DAY, channel="pigeon")  # a newer office's channel: total only
    for table in (figures_daily, figures_monthly):
        f = table.c
        with w.store.engine.connect() as conn:
            row = conn.execute(select(f.concerns_received, f.concerns_kiosk, f.concerns_phone, f.concerns_email,
                                      f.concerns_counter).where(f.office_code == ALGER_A)).one()
        assert tuple(row) == (5, 1, 2, 1, 0)
    assert _channels(w)["A-5"] == "pigeon"  # kept as sent, not passed off as another channel


def test_the_back_office_filters_shows_and_downloads_the_channel(web, browser):
    from tests.server.concern_pages_world import Kiosks
    from tests.server.test_web_concerns import codes_in, logged_in

    kiosks = Kiosks(web.store)
    kiosks.register("ALG-1", "ALG1-K", at=DAY)
    kiosks.register("ALG-1", "ALG1-P", at=DAY, channel="phone")
    agent = logged_in(browser, "sup", "fr")
    page = agent.get("/concerns?status=any&channel=phone")
    assert page.status_code == 200 and codes_in(page.text) == ["ALG1-P"]
    assert '<option value="phone" selected>Appel téléphonique</option>' in page.text
    refused = agent.get("/concerns?status=any&channel=fax")
    assert refused.status_code == 422 and "n’est pas un canal" in refused.text
    detail = agent.get("/concerns/ALG-1/ALG1-P")
    assert "<dt>Canal</dt><dd>Appel téléphonique</dd>" in detail.text
    assert "Enregistrée par le bureau pour le citoyen · Appel téléphonique" in detail.text
    assert "Enregistrée à la borne" in agent.get("/concerns/ALG-1/ALG1-K").text
    csv_text = agent.get("/concerns.csv?status=any").text
    assert {line.split(",")[1]: line.split(",")[4] for line in csv_text.splitlines()[1:]} == {
        "ALG1-K": "kiosk", "ALG1-P": "phone"}


def test_the_migration_gives_stored_concerns_their_channel_and_counts_them(concern_world):
    from sqlalchemy import delete, text

    from sync.server import db as D
    from sync.server.figures.schema import CHANNEL_COUNTERS

    w = concern_world
    w.register(ALGER_A, "A-OLD", at=DAY)
    w.register(ALGER_A, "A-PHONE", at=DAY, channel="phone")  # an office updated before the server
    with w.store.engine.begin() as conn:  # back to the schema before m012
        conn.execute(text("DROP INDEX concerns_channel_registered"))
        conn.execute(text("ALTER TABLE concerns DROP COLUMN channel"))
        for table in ("figures_daily", "figures_monthly"):
            for name in CHANNEL_COUNTERS:
                conn.execute(text(f"ALTER TABLE {table} DROP COLUMN {name}"))
        conn.execute(delete(D.schema_migrations).where(D.schema_migrations.c.name == "m012_concern_channel"))
    assert D.migrate(w.store.engine) == ["m012_concern_channel"]
    assert _channels(w) == {"A-OLD": "kiosk", "A-PHONE": "phone"}
    f = figures_daily.c
    with w.store.engine.connect() as conn:
        row = conn.execute(select(f.concerns_received, f.concerns_kiosk, f.concerns_phone)
                           .where(f.office_code == ALGER_A)).one()
    assert tuple(row) == (2, 1, 1)
