"""The sync client against a real server on 127.0.0.1 (SQLite and PostgreSQL server storage)."""
from __future__ import annotations

import os
import stat
import threading

import pytest
import requests
from sqlalchemy import select

from kiosk.store.database import transaction
from kiosk.store.outbox import append_event
from kiosk.sync_adapter import OfficeUpdatesSink, office_ports
from sync import device_key
from sync import protocol as P
from sync.backoff import Backoff
from sync.client import SyncClient
from sync.errors import ConfigError, Unauthorized, UnexpectedAnswer
from sync.loop import SyncLoop, SyncStatus
from sync.ports import APPLIED, KEPT_LOCAL, OutboxPort, SyncPorts
from sync.server import db as D
from sync.state import SyncState
from sync.transport import check_server_url, parse_retry_after
from tests.sync.faultproxy import FaultProxy


def enroll_office(server, office, data_dir, base_url=None) -> SyncState:
    server.store.add_office(office.info.code, office.info.name)
    code, _ = server.store.new_enroll_code(office.info.code)
    state = SyncState.load(data_dir)
    SyncClient.enroll(state, base_url or server.base_url, code, "kiosk hall")
    return state


def server_events(server, device_id: str) -> list[tuple[int, str]]:
    with server.store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(
            select(D.events.c.seq, D.events.c.event_id).where(D.events.c.device_id == device_id)
            .order_by(D.events.c.seq))]


def outbox_events(office) -> list[tuple[int, str]]:
    return [(e.seq, e.event_id) for e in office.outbox.list(limit=1_000_000)]


def issue(office, n: int) -> None:
    codes = [s.code for s in office.services()]
    for i in range(n):
        office.clock.advance(seconds=7)
        office.issue_ticket(codes[i % len(codes)])


@pytest.fixture
def state(server, office, tmp_path):
    return enroll_office(server, office, tmp_path / "data")


# ---------------------------------------------------------------------------- enrolment and state


def test_sqlite_outbox_satisfies_the_port(office):
    assert isinstance(office.outbox, OutboxPort)


def test_enroll_saves_a_private_state_file(server, office, tmp_path):
    state = enroll_office(server, office, tmp_path / "data")
    path = tmp_path / "data" / "sync.json"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    again = SyncState.load(tmp_path / "data")
    assert again.enrolled and again.office_code == "TST" and again.device_id.startswith("dev-")
    assert again.token == state.token and server.store.device_for_token(again.token).id == again.device_id
    assert again.server_clock_offset_s is not None and abs(again.server_clock_offset_s) < 5
    assert "token" not in repr(again)
    assert not list((tmp_path / "data").glob(".sync-*"))  # no temporary file left behind


def test_plain_http_only_to_loopback_or_when_allowed():
    assert check_server_url("http://127.0.0.1:8000/") == "http://127.0.0.1:8000"
    assert check_server_url("http://localhost:8000") == "http://localhost:8000"
    with pytest.raises(ConfigError, match="--allow-http"):
        check_server_url("http://central.example.dz")
    assert check_server_url("http://10.0.0.5:8443", allow_http=True) == "http://10.0.0.5:8443"
    assert check_server_url("https://central.example.dz") == "https://central.example.dz"
    with pytest.raises(ConfigError):
        check_server_url("ftp://central.example.dz")


def test_enrolment_behind_a_captive_portal_does_not_spend_the_code(server, office, tmp_path):
    server.store.add_office("TST", "APC Test")
    code, _ = server.store.new_enroll_code("TST")
    with FaultProxy(int(server.base_url.rsplit(":", 1)[1])) as proxy:
        proxy.queue("html_200")
        state = SyncState.load(tmp_path)
        with pytest.raises(UnexpectedAnswer, match="captive portal"):
            SyncClient.enroll(state, proxy.base_url, code, "kiosk")
        assert not state.enrolled
        SyncClient.enroll(state, proxy.base_url, code, "kiosk")  # the same code still works
    assert state.enrolled


# ---------------------------------------------------------------------------- push


def test_push_sends_every_pending_event_exactly_once(server, office, state):
    issue(office, 120)  # more than two batches (of 50: the size does not matter, the count does)
    with SyncClient(state, office.outbox, batch_events=50) as client:
        result = client.push()
    assert result.batches == 3 and result.stored == len(outbox_events(office)) and result.rejected == 0
    assert office.outbox.stats().pending == 0
    assert server_events(server, state.device_id) == outbox_events(office)
    assert state.last_error is None and state.last_success_at
    saved = SyncState.load(state.path.parent)
    assert saved.last_success_at == state.last_success_at


def test_a_rejected_event_is_parked_and_does_not_block_the_others(server, office, state):
    issue(office, 3)
    with transaction(office._db) as conn:
        bad = append_event(conn, "not-a-type", "yesterday", {"x": 1})
    issue(office, 3)
    with SyncClient(state, office.outbox) as client:
        result = client.push()
        assert result.rejected == 1 and result.stored == 6
        parked = office.outbox.get(bad)
        assert parked.state == "rejected" and "family.action" in parked.last_error
        assert office.outbox.stats().pending == 0
        issue(office, 2)  # later events still flow
        assert client.push().stored == 2
        assert office.outbox.retry_rejected() == 1
        assert client.push().rejected == 1  # still wrong, parked again; nothing stalls
    assert len(server_events(server, state.device_id)) == 8


def test_events_that_cannot_be_sent_at_all_are_parked_not_retried_forever(server, office, state):
    issue(office, 2)
    with transaction(office._db) as conn:
        nan = append_event(conn, "ticket.note", "2026-09-06T07:30:00.000Z", {"x": float("nan")})
        huge = append_event(conn, "ticket.note", "2026-09-06T07:30:00.000Z", {"blob": os.urandom(700_000).hex()})
    issue(office, 2)
    with SyncClient(state, office.outbox) as client:
        result = client.push()
    assert result.stored == 4 and result.rejected == 2
    assert "JSON" in office.outbox.get(nan).last_error
    assert "too large" in office.outbox.get(huge).last_error
    assert office.outbox.stats().pending == 0


def test_a_token_cannot_push_for_another_device_or_office(server, office, state, tmp_path, api):
    other = api.enroll(server, "ORN-31001", "APC Oran")
    issue(office, 2)
    stolen = SyncState(**{**state.to_dict(), "device_id": other.device_id})
    with SyncClient(stolen, office.outbox) as client, pytest.raises(Unauthorized, match="only its own events"):
        client.push()
    assert office.outbox.stats().pending == 2 and server.store.count_events() == 0
    # The other office's token cannot push this office's events either.
    forged = SyncState(**{**state.to_dict(), "token": other.token})
    with SyncClient(forged, office.outbox) as client, pytest.raises(Unauthorized):
        client.push()
    unknown = SyncState(**{**state.to_dict(), "token": P.new_token()})
    with SyncClient(unknown, office.outbox) as client, pytest.raises(Unauthorized, match="token is unknown"):
        client.push()
    assert server.store.count_events() == 0


def test_captive_portal_and_wrong_json_are_not_success(server, office, state):
    issue(office, 5)
    with FaultProxy(int(server.base_url.rsplit(":", 1)[1])) as proxy:
        proxy_state = SyncState(**{**state.to_dict(), "server_url": proxy.base_url})
        with SyncClient(proxy_state, office.outbox) as client:
            for fault in ("html_200", "json_200_wrong"):
                proxy.queue(fault)
                with pytest.raises(UnexpectedAnswer, match="Nothing was marked|captive portal"):
                    client.push()
                assert office.outbox.stats().pending == 5
            assert {e.attempts for e in office.outbox.list()} == {2}
            assert "captive portal" in proxy_state.last_error or "Maktab" in proxy_state.last_error
            assert client.push().stored == 5
    assert office.outbox.stats().acked == 5


def test_bodies_are_gzip_and_small(server, office, state):
    issue(office, 500)
    with SyncClient(state, office.outbox) as client:
        client.push()
    assert client.bytes_sent / 500 < 150  # uuid ids and timestamps do not compress below ~80 B


def test_retry_after_is_honoured_and_backoff_is_capped_and_jittered():
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    b = Backoff(base=1, cap=8)
    delays = [b.next_delay() for _ in range(10)]
    assert all(0.5 <= d <= 8 for d in delays) and max(delays[5:]) <= 8 and min(delays[5:]) >= 4
    assert len(set(delays)) > 5  # jittered
    assert 30 <= b.next_delay(retry_after=30) <= 33
    b.reset()
    assert b.next_delay() <= 1


# ---------------------------------------------------------------------------- pull


def test_pull_brings_announcements_and_keeps_the_cursor(server, office, state):
    server.store.announce({"ar": "مرحبا بكم", "fr": "Bienvenue"}, None)
    server.store.announce({"fr": "Fermeture à 15h"}, "TST")
    server.store.announce({"fr": "Oran seulement"}, _other_office(server))
    sink = OfficeUpdatesSink(office)
    with SyncClient(state, office.outbox, sink, pull_limit=1) as client:
        result = client.pull()
    assert result.applied == 2 and result.pages >= 2
    assert [a["texts"] for a in office.announcements()][-1] == {"fr": "Fermeture à 15h"}
    assert SyncState.load(state.path.parent).pull_cursor == result.cursor > 0
    with SyncClient(state, office.outbox, sink) as client:
        assert client.pull().applied == 0  # nothing new; nothing applied twice


def _other_office(server) -> str:
    server.store.add_office("ORN-31001", "APC Oran")
    return "ORN-31001"


def test_a_pulled_announcement_does_not_overwrite_an_unsent_local_one(server, office, state):
    with transaction(office._db) as conn:  # a supervisor's announcement, not yet sent
        append_event(conn, "announcement.set", "2026-09-06T07:30:00.000Z",
                     {"texts": {"fr": "local"}, "office_code": "TST"})
    server.store.announce({"fr": "central"}, "TST")
    sink = OfficeUpdatesSink(office)
    with SyncClient(state, office.outbox, sink) as client:
        assert client.pull().kept_local == 1
    assert not any(a["texts"].get("fr") == "central" for a in office.announcements())


class _RecordingConcernOffice:
    """Only for the sink's mapping: the real mixin is tested in tests/office."""

    def __init__(self, outbox):
        self.outbox = outbox
        self.calls = []

    def apply_central_concern_update(self, code, status, public_answer, at, reason=None):
        self.calls.append((code, status, public_answer, at) + ((reason,) if reason else ()))
        return "kept_local" if code == "LOCAL" else "applied"


def test_concern_updates_are_handed_to_the_office(office):
    fake = _RecordingConcernOffice(office.outbox)
    sink = OfficeUpdatesSink(fake, office.outbox)
    data = {"code": "TST-AB12-C", "status": "answered", "at": "2026-09-07T08:00:00Z", "public_answer": "Réparé lundi"}
    upd = P.Update(3, P.UPDATE_CONCERN_STATUS, data, "2026-09-07T08:00:01Z")
    assert sink.apply(upd) == APPLIED
    assert fake.calls == [("TST-AB12-C", "answered", "Réparé lundi", "2026-09-07T08:00:00Z")]
    local = P.Update(4, P.UPDATE_CONCERN_STATUS, {"code": "LOCAL", "status": "closed"}, "2026-09-07T08:00:01Z")
    assert sink.apply(local) == KEPT_LOCAL


def test_concern_answer_reaches_the_citizen(server, office, state, api):
    from kiosk.domain.concerns import ConcernDraft

    category = office.catalogue.concern_categories[0].code
    registered = office.register_concern(ConcernDraft(category, "Le trottoir devant l'école est cassé.", "fr"))
    with SyncClient(state, office.outbox, OfficeUpdatesSink(office)) as client:
        client.push()
        server.store.answer_concern(registered.code, "answered", answer="Les travaux commencent lundi.")
        assert client.pull().applied == 1
    view = office.concern_public_view(registered.code)
    assert view.status.value == "answered"
    assert "Les travaux commencent lundi." in [h.text for h in view.history]
    with SyncClient(state, office.outbox, OfficeUpdatesSink(office)) as client:
        assert client.pull().applied == 0  # pulled once, applied once


def test_a_pulled_concern_status_does_not_overwrite_an_unsent_local_change(server, office, state):
    from kiosk.domain.concerns import ConcernDraft

    category = office.catalogue.concern_categories[0].code
    registered = office.register_concern(ConcernDraft(category, "L'éclairage public est en panne.", "fr"))
    with SyncClient(state, office.outbox, OfficeUpdatesSink(office)) as client:
        client.push()
        server.store.answer_concern(registered.code, "in_progress")
        with transaction(office._db) as conn:  # a clerk's change, not sent yet
            append_event(conn, "concern.status_changed", "2026-09-06T08:00:00.000Z",
                         {"code": registered.code, "status": "closed", "office_code": "TST"})
        assert client.pull().kept_local == 1
    assert office.concern_public_view(registered.code).status.value == "received"


# ---------------------------------------------------------------------------- export → import


def test_export_then_import_then_push_acks_everything_exactly_once(server, office, state, tmp_path):
    issue(office, 700)
    path = tmp_path / "usb" / "office.maktab-batch.jsonl"
    path.parent.mkdir()
    with SyncClient(state, office.outbox) as client:
        assert client.export_batch_file(path) == 700
        assert office.outbox.stats().pending == 700  # exporting acknowledges nothing
        results = server.store.import_batch_file(path)
        assert sum(r.stored for r in results) == 700
        issue(office, 3)  # made after the export
        pushed = client.push()
    assert pushed.duplicate == 700 and pushed.stored == 3
    assert office.outbox.stats().pending == 0
    assert server_events(server, state.device_id) == outbox_events(office)


def test_an_export_signed_with_another_key_is_refused(server, office, state, tmp_path):
    issue(office, 2)
    path = tmp_path / "x.maktab-batch.jsonl"
    wrong = SyncState(**{**state.to_dict(), "signing_key": device_key.new_private_key()})
    with SyncClient(wrong, office.outbox) as client:
        client.export_batch_file(path)
    with pytest.raises(P.BadSignature):
        server.store.import_batch_file(path)
    assert server.store.count_events() == 0


# ---------------------------------------------------------------------------- the loop


def test_loop_pushes_each_new_ticket_and_reports_status(server, office, state):
    statuses: list[SyncStatus] = []
    seen = threading.Condition()

    def on_status(status):
        with seen:
            statuses.append(status)
            seen.notify_all()

    server.store.announce({"fr": "Bonjour"}, "TST")
    loop = SyncLoop(office_ports(office), state, on_status=on_status, debounce_s=0.05)
    loop.start()
    try:
        with seen:
            assert seen.wait_for(lambda: statuses and statuses[-1].online, timeout=20)
        assert office.announcements()[-1]["texts"] == {"fr": "Bonjour"}
        issue(office, 10)
        with seen:
            assert seen.wait_for(lambda: statuses[-1].pending == 0 and office.outbox.stats().acked >= 10,
                                 timeout=20)
        assert statuses[-1].last_success_at and statuses[-1].label == "online"
    finally:
        loop.stop()
    assert not loop.running
    assert server_events(server, state.device_id) == outbox_events(office)


def test_loop_goes_offline_and_backs_off_when_the_server_is_down(office, tmp_path):
    state = SyncState(server_url="http://127.0.0.1:9", device_id="dev-x", office_code="TST", token="t")
    issue(office, 2)
    loop = SyncLoop(office_ports(office), state, backoff=Backoff(base=2, cap=4))
    delay = loop.run_once()
    assert 1 <= delay <= 2 and loop.last_status.online is False and loop.last_status.pending == 2
    assert "cannot reach the server" in state.last_error
    assert 2 <= loop.run_once() <= 4


def test_loop_honours_retry_after_of_a_busy_server(server, office, state):
    issue(office, 2)
    with FaultProxy(int(server.base_url.rsplit(":", 1)[1])) as proxy:
        proxy.queue("status_429")
        state.update(server_url=proxy.base_url)
        loop = SyncLoop(SyncPorts(office.outbox), state, backoff=Backoff(base=0.01, cap=0.02))
        assert loop.run_once() >= 1.0  # Retry-After: 1, not the tiny backoff
        proxy.queue("status_503")
        assert loop.run_once() >= 1.0
        assert loop.run_once() is None and office.outbox.stats().pending == 0


def test_office_ports_serialise_with_the_office(office):
    ports = office_ports(office)
    assert ports.outbox.stats().pending == 0
    woken = []
    unsubscribe = ports.subscribe(lambda: woken.append(1))
    issue(office, 1)
    unsubscribe()
    issue(office, 1)
    assert woken == [1]


# ---------------------------------------------------------------------------- TLS


@pytest.fixture
def tls_server(tmp_path):
    """A real server over https on 127.0.0.1 with a certificate from a private (self-signed) CA."""
    import shutil
    import subprocess

    import uvicorn

    from sync.server.app import create_app
    from sync.server.store import ServerStore

    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed: cannot make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    db_url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    store = ServerStore(db_url)
    sock = __import__("socket").socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db_url, store=store), log_level="warning", lifespan="off",
                                        ssl_certfile=str(cert), ssl_keyfile=str(key)))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    base = f"https://127.0.0.1:{port}"
    import time

    deadline = time.monotonic() + 20
    while True:
        try:
            requests.get(base + P.HEALTH_PATH, verify=str(cert), timeout=2)
            break
        except requests.ConnectionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    yield base, str(cert), store
    srv.should_exit = True
    thread.join(10)
    sock.close()
    store.close()


def test_tls_is_verified_and_a_private_ca_can_be_configured(tls_server, office, tmp_path):
    from sync.errors import TLSError

    base, ca, store = tls_server
    store.add_office("TST", "APC Test")
    code, _ = store.new_enroll_code("TST")
    state = SyncState.load(tmp_path / "data")
    with pytest.raises(TLSError, match="--ca-bundle"):
        SyncClient.enroll(state, base, code, "kiosk")  # the system CAs do not know this server
    assert not state.enrolled
    SyncClient.enroll(state, base, code, "kiosk", ca_bundle=ca)
    assert SyncState.load(tmp_path / "data").ca_bundle == ca
    issue(office, 3)
    with SyncClient(SyncState.load(tmp_path / "data"), office.outbox) as client:
        assert client.push().stored == 3
    assert store.count_events() == 3
