"""A concern a clerk took on the phone reaches the central server with its channel, next
to a kiosk's, through the real sync client and a real server (SQLite and PostgreSQL)."""
from __future__ import annotations

from sqlalchemy import select

from kiosk.domain.concerns import Channel, ConcernDraft
from sync.client import SyncClient
from sync.server import db as D
from tests.sync.test_client import enroll_office


def test_the_channel_travels_to_the_central_server(server, office, tmp_path):
    state = enroll_office(server, office, tmp_path / "data")
    office.add_staff("Amina", "clerk", "4829")
    token = office.login("Amina", "4829").token
    kiosk = office.register_concern(ConcernDraft("roads", "Un grand trou devant l'école primaire", "fr"))
    phone = office.take_concern(token, ConcernDraft("lighting", "La rue des Oliviers est dans le noir", "fr",
                                                    channel=Channel.PHONE))
    with SyncClient(state, office.outbox) as client:
        assert client.push().rejected == 0
    c = D.concerns.c
    with server.store.engine.connect() as conn:
        stored = dict(conn.execute(select(c.code, c.channel).where(c.office_code == office.info.code)).all())
    assert stored == {kiosk.code: "kiosk", phone.code: "phone"}
