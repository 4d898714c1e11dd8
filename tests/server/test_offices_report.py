"""The office's status report: sent by a real kiosk sync client with its pushes, kept by a real
server (SQLite and PostgreSQL), shown in the back office; old clients keep working; bad reports
are refused with the field named, and a client never lets a bad report hold back its events."""
from __future__ import annotations

import importlib.metadata
import secrets
import threading

import pytest
import requests

from kiosk.printing.printer_state import PrinterState
from kiosk.printing.printers import open_printer
from kiosk.printing.spool import JobState, PrintSpool
from kiosk.sync_adapter import office_ports
from sync import protocol as P
from sync.client import SyncClient
from sync.loop import SyncLoop
from sync.server import cli
from sync.state import SyncState
from tests.printing.fake_printer import ANSWERED, FakeNetworkPrinter
from tests.server.staff_world import ADMIN

GOOD = {"backlog": 0, "version": "1.2.3", "printer": "ok", "help_requests": 0, "at": "2026-09-06T07:30:00.000Z"}


def enrolled_state(server, office, data_dir) -> SyncState:
    server.store.add_office(office.info.code, office.info.name)
    code, _ = server.store.new_enroll_code(office.info.code)
    state = SyncState.load(data_dir)
    SyncClient.enroll(state, server.base_url, code, "kiosk hall")
    return state


def client_for(office, state, printer="paper_out", **options) -> SyncClient:
    ports = office_ports(office, printer_state=lambda: printer)
    return SyncClient(state, ports.outbox, ports.sink, office_status=ports.office_status, **options)


def issue(office, n: int) -> None:
    code = office.services()[0].code
    for _ in range(n):
        office.clock.advance(seconds=7)
        office.issue_ticket(code)


def shown(server, code: str = "TST") -> dict:
    return server.store.office_admin.get(ADMIN, code)


@pytest.fixture
def state(server, office, tmp_path):
    return enrolled_state(server, office, tmp_path / "data")


def test_a_real_office_reports_with_its_push_and_the_back_office_shows_it(server, office, state):
    issue(office, 12)
    with client_for(office, state, batch_events=5) as client:
        result = client.push()
    assert result.batches == 3 and result.stored == 12
    report = shown(server)
    assert report["backlog"] == 0  # what was left after the last batch: nothing
    assert (report["printer"], report["help_requests"]) == ("paper_out", 0)
    assert report["version"] == importlib.metadata.version("maktab")
    assert report["reported_at"] and report["received_at"]
    view = server.store.catalogue_admin.catalogue_view(ADMIN, "TST")
    assert [s["code"] for s in view["services"]] == [s.code for s in office.catalogue.services]
    first = view["services"][0]
    assert first["reported"] and first["names"]["fr"] == office.catalogue.services[0].names["fr"]


def test_the_report_counts_the_open_calls_for_help_and_their_events_reach_the_server(server, office, state):
    office.ask_for_help("Borne 1")
    office.ask_for_help("Borne 1")  # a repeated press: still one request
    office.ask_for_help("Borne 2", device_id="kiosk-2")
    with client_for(office, state) as client:
        result = client.push()
    assert result.stored == 2  # the two help.requested events, stored by the server
    assert shown(server)["help_requests"] == 2



def test_an_unchanged_report_is_not_sent_again_but_a_change_is_even_with_nothing_to_push(server, office, state):
    printer = ["ok"]
    ports = office_ports(office, printer_state=lambda: printer[0])
    with SyncClient(state, ports.outbox, ports.sink, office_status=ports.office_status) as client:
        client.push()  # nothing pending: one empty batch carries the first report
        assert client.requests_sent == 1 and shown(server)["printer"] == "ok"
        client.push()
        assert client.requests_sent == 1  # nothing changed: no request at all
        printer[0] = "offline"
        client.push()
        assert client.requests_sent == 2 and shown(server)["printer"] == "offline"


def test_a_central_catalogue_change_comes_back_in_the_next_report(server, office, state):
    code = office.catalogue.services[0].code
    with client_for(office, state) as client:
        client.push()
        server.store.catalogue_admin.set_catalogue_service(ADMIN, code, "TST", active=False)
        pending = server.store.catalogue_admin.catalogue_view(ADMIN, "TST")["services"][0]
        assert pending["central"] == {"active": False} and pending["active"] is False  # sent, not yet reported
        client.pull()
        client.push()
    service = server.store.catalogue_admin.catalogue_view(ADMIN, "TST")["services"][0]
    assert (service["code"], service["active"], service["reported"], service["central"]) == (code, False, True, None)


def test_the_kiosk_printer_s_real_condition_reaches_the_back_office(server, office, state):
    printer = FakeNetworkPrinter()  # speaks ESC/POS status on loopback, like a network receipt printer
    printer.mode = "paper_out"
    tracker = PrinterState()
    jobs: dict[str, set[JobState]] = {}
    changed = threading.Condition()

    def on_status(job_id, job_state, reason):  # what the kiosk gives its spool: the tracker, then the UI
        tracker.on_status(job_id, job_state, reason)
        with changed:
            jobs.setdefault(job_id, set()).add(job_state)
            changed.notify_all()

    def wait_for(job_id, job_state):
        with changed:
            assert changed.wait_for(lambda: job_state in jobs.get(job_id, ()), 10)

    ports = office_ports(office, printer_state=tracker.state)
    try:
        with PrintSpool(open_printer(printer.url, status_timeout_s=ANSWERED), on_status,
                        backoff_initial_s=0.02, backoff_max_s=0.1) as spool, \
                SyncClient(state, ports.outbox, ports.sink, office_status=ports.office_status) as client:
            client.push()
            assert shown(server)["printer"] == "unknown"  # nothing printed yet
            job = spool.submit(b"\x1b@A-001", "A-001")
            wait_for(job, JobState.FAILED_RETRYING)
            client.push()
            assert shown(server)["printer"] == "paper_out"
            printer.mode = "ok"  # someone put a new roll in: the waiting receipt comes out
            wait_for(job, JobState.PRINTED)
            client.push()
            assert shown(server)["printer"] == "ok"
    finally:
        printer.close()


def test_the_hub_loop_sends_the_report(server, office, state):
    online = threading.Event()
    loop = SyncLoop(office_ports(office), state, on_status=lambda s: s.online and online.set(), debounce_s=0.05)
    loop.start()
    try:
        assert online.wait(20)
    finally:
        loop.stop()
    assert shown(server)["printer"] == "unknown"  # the hub alone does not know the kiosk's printer


def test_an_old_client_without_the_report_still_syncs(server, office, state):
    issue(office, 3)
    with SyncClient(state, office.outbox) as client:
        assert client.push().stored == 3
    report = shown(server)
    assert report["reported_at"] is None and report["last_sync_at"] is not None


def test_a_bad_report_from_the_kiosk_never_holds_back_the_events(server, office, state):
    issue(office, 2)
    with client_for(office, state, printer="jammed") as client:
        assert client.push().stored == 2
    assert shown(server)["reported_at"] is None
    assert office.outbox.stats().pending == 0


@pytest.mark.parametrize("change, field", [
    ({"printer": "jammed"}, "office_status.printer must be one of ok, paper_out"),
    ({"backlog": -1}, "office_status.backlog must be a whole number from 0"),
    ({"backlog": True}, "office_status.backlog must be a whole number"),
    ({"help_requests": "2"}, "office_status.help_requests must be a whole number"),
    ({"version": "1.0 beta"}, "office_status.version must be a version"),
    ({"at": "2026-09-06 07:30"}, "office_status.at"),
    ({"services": [{"code": "EC-N12", "names": {"fr": "x"}, "active": True, "minutes": 0}]},
     "office_status.services[0].minutes must be more than 0"),
    ({"services": [{"code": "ec", "names": {}, "active": True, "minutes": 3}]}, "office_status.services[0].code"),
])
def test_bad_report_values_are_refused_with_the_field_named(server, device, api, change, field):
    body = P.make_push_request(device.device_id, f"b-{secrets.token_hex(4)}", api.make_events(1, 2))
    body["office_status"] = {**GOOD, **change}  # type: ignore[typeddict-unknown-key]
    r = requests.post(server.url(P.BATCHES_PATH), json=body, headers=device.headers, timeout=10)
    assert r.status_code == 422, r.text
    assert r.json()["error"]["code"] == "invalid_request" and field in r.json()["error"]["message"]
    assert server.store.count_events(device.device_id) == 0  # nothing of the batch was stored


def test_unknown_keys_inside_the_report_are_ignored_and_an_older_report_does_not_win(server, device, api):
    def send(report, first):
        body = P.make_push_request(device.device_id, f"b-{secrets.token_hex(4)}", api.make_events(first, 1))
        body["office_status"] = report  # type: ignore[typeddict-unknown-key]
        r = requests.post(server.url(P.BATCHES_PATH), json=body, headers=device.headers, timeout=10)
        assert r.status_code == 200, r.text

    send({**GOOD, "backlog": 5, "at": "2026-09-06T08:00:00.000Z", "battery": 80}, 1)
    send({**GOOD, "backlog": 9, "at": "2026-09-06T07:00:00.000Z"}, 2)  # a late retry of an older push
    report = shown(server, device.office_code)
    assert (report["backlog"], report["reported_at"]) == (5, "2026-09-06T08:00:00.000Z")


def test_office_show_prints_the_report(server, office, state, capsys):
    with client_for(office, state) as client:
        client.push()
    assert cli.main(["office", "show", "TST", "--db", server.db_url]) == 0
    out = capsys.readouterr().out
    assert "paper_out" in out and "backlog" in out and "has not reported" not in out
