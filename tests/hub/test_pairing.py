"""Pairing a desk or display with the hub, its stored token, and device authentication."""
from __future__ import annotations

import concurrent.futures
import http.client
import json
import os
import stat
import subprocess
import sys
import urllib.parse

import pytest
import requests
from hub_helpers import FAST, Recorder, wait_until

from kiosk.config import HubSettings, Settings
from kiosk.hub.client import NotPaired, RemoteOffice
from kiosk.hub.connect import connect, pair
from kiosk.hub.pairing import FREE_WRONG_CODES, device_file
from kiosk.office import Office, OfficeError


def test_the_hub_and_its_client_import_without_pyside6():
    code = ("import sys, kiosk.hub.server, kiosk.hub.running, kiosk.hub.client, kiosk.hub.connect; "
            "assert 'PySide6' not in sys.modules, sorted(m for m in sys.modules if 'PySide' in m)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_desk_pairs_once_then_reconnects_with_its_stored_token(hub, office, tmp_path):
    code = hub.pairing.new_pairing_code()
    assert len(code.code) == 6 and code.code.isdigit()
    data_dir = tmp_path / "desk-pc"
    first = pair(hub.url, code.shown, "Guichet 3", "desk", data_dir, **FAST)
    try:
        assert first.info.code == "TST"
    finally:
        first.close()

    path = device_file(data_dir)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    stored = json.loads(path.read_text())
    assert stored["hub_url"] == hub.url and stored["device_id"] and stored["token"]
    (token_hash,) = office._db.execute("SELECT token_hash FROM devices WHERE id = ?", [stored["device_id"]]).fetchone()
    assert stored["token"] not in token_hash and len(token_hash) == 64  # sha256, never the token itself

    # After a reboot: no code, no login on the device, the stored token is enough.
    settings = Settings(data_dir=data_dir, hub=HubSettings(url=hub.url))
    again = connect(settings, **FAST)
    try:
        assert isinstance(again, RemoteOffice)
        assert [s.code for s in again.services()] == [s.code for s in office.services()]
    finally:
        again.close()

    # The code was for one device only.
    with pytest.raises(OfficeError) as refused:
        pair(hub.url, code.code, "Guichet 4", "desk", tmp_path / "other", **FAST)
    assert refused.value.code == "bad_pairing_code"
    assert [d.name for d in hub.pairing.devices()] == ["Guichet 3"]


def test_connect_without_hub_url_is_the_local_office_and_unpaired_is_said_plainly(tmp_path):
    local = connect(Settings(data_dir=tmp_path / "hub-pc"))
    try:
        assert isinstance(local, Office)
    finally:
        local.close()
    with pytest.raises(NotPaired) as exc:
        connect(Settings(data_dir=tmp_path / "new-pc", hub=HubSettings(url="http://192.0.2.1:8765")))
    assert exc.value.code == "not_paired"


def test_an_expired_code_is_refused(hub, clock, tmp_path):
    code = hub.pairing.new_pairing_code()
    clock.advance(minutes=11)
    with pytest.raises(OfficeError) as exc:
        pair(hub.url, code.code, "Guichet 1", "desk", tmp_path / "pc", **FAST)
    assert exc.value.code == "bad_pairing_code"


def _pair_from(source_ip: str, hub_url: str, code: str) -> tuple[int, dict]:
    """POST /pair from a given loopback address (127.0.0.x: another PC on the LAN, as the hub sees it)."""
    parts = urllib.parse.urlsplit(hub_url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10, source_address=(source_ip, 0))
    try:
        conn.request("POST", "/lan/v1/pair", json.dumps({"code": code, "name": "Guichet 1", "kind": "desk"}),
                     {"Content-Type": "application/json"})
        response = conn.getresponse()
        return response.status, json.loads(response.read())
    finally:
        conn.close()


def test_wrong_codes_slow_down_their_sender_only_and_the_rightful_code_still_works(hub, clock):
    good = hub.pairing.new_pairing_code()
    wrong = f"{(int(good.code) + 1) % 1_000_000:06d}"
    for _ in range(FREE_WRONG_CODES):
        status, body = _pair_from("127.0.0.3", hub.url, wrong)
        assert (status, body["error"]["code"]) == (403, "bad_pairing_code")
    # The guesser now waits, longer after each wrong code: 2 s, then 4 s (on the office clock).
    status, body = _pair_from("127.0.0.3", hub.url, wrong)
    assert (status, body["error"]["code"]) == (429, "pairing_throttled")
    assert body["error"]["retry_after_s"] == 2.0 and "try again in 2 s" in body["error"]["message"]
    clock.advance(seconds=2)
    assert _pair_from("127.0.0.3", hub.url, wrong)[0] == 403
    status, body = _pair_from("127.0.0.3", hub.url, good.code)
    assert (status, body["error"]["retry_after_s"]) == (429, 4.0)  # even the right code waits, from there

    # The technician's PC, at another address, pairs with the code shown on the hub.
    status, body = _pair_from("127.0.0.2", hub.url, good.code)
    assert status == 200 and body["token"]
    assert [d.name for d in hub.pairing.devices()] == ["Guichet 1"]


def test_a_burst_of_parallel_guesses_gets_no_more_free_tries(hub):
    good = hub.pairing.new_pairing_code()
    wrong = f"{(int(good.code) + 1) % 1_000_000:06d}"
    with concurrent.futures.ThreadPoolExecutor(12) as pool:
        statuses = sorted(pool.map(lambda _: _pair_from("127.0.0.4", hub.url, wrong)[0], range(24)))
    assert statuses == [403] * FREE_WRONG_CODES + [429] * (24 - FREE_WRONG_CODES)


@pytest.mark.parametrize("authorization", [None, "Bearer not-a-token", "Basic abc", "Bearer "])
def test_absent_or_unknown_device_token_is_401(hub, authorization):
    headers = {"Authorization": authorization} if authorization else {}
    for path in ("/lan/v1/office", "/lan/v1/waiting-counts", "/lan/v1/events"):
        response = requests.get(hub.url + path, headers=headers, timeout=5)
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "bad_device_token"
    response = requests.post(hub.url + "/lan/v1/desk/call-next", json={"counter": "1"}, headers=headers, timeout=5)
    assert response.status_code == 401


def test_a_revoked_device_is_refused(hub, make_device):
    desk = make_device("Guichet 9")
    assert desk.waiting_counts()
    (device,) = hub.pairing.devices()
    assert hub.pairing.revoke(device.id)
    with pytest.raises(OfficeError) as exc:
        desk.waiting_counts()
    assert exc.value.code == "bad_device_token"
    assert hub.pairing.devices()[0].revoked_at is not None
    seen = Recorder()
    desk.subscribe(seen)
    wait_until(lambda: seen.of("hub.connection"))
    assert seen.of("hub.connection")[0].data == {"online": False, "reason": "bad_device_token"}


def test_a_display_reads_but_cannot_act(hub, make_device, office):
    display = make_device("Salle", "display")
    office.issue_ticket("ETAT-CIVIL" if any(s.code == "ETAT-CIVIL" for s in office.services())
                        else office.services()[0].code)
    assert sum(display.waiting_counts().values()) == 1
    board = display.board()
    assert set(board) >= {"recent_calls", "waiting_counts", "announcements", "counters", "event_id"}
    for act in (lambda: display.login("amina", "4829"), lambda: display.issue_ticket(office.services()[0].code)):
        with pytest.raises(OfficeError) as exc:
            act()
        assert exc.value.code == "device_forbidden"


def test_a_desk_booting_before_the_hub_still_knows_its_office(hub, office, tmp_path):
    data_dir = tmp_path / "desk-pc"
    pair(hub.url, hub.pairing.new_pairing_code().code, "Guichet 5", "desk", data_dir, **FAST).close()
    settings = Settings(data_dir=data_dir, hub=HubSettings(url=hub.url))

    hub.stop()  # a power cut: every PC reboots, the hub PC comes up last
    later = connect(settings, **FAST)
    try:
        assert later.info == office.info and later.catalogue == office.catalogue  # screens can be drawn
        with pytest.raises(OfficeError) as exc:
            later.waiting_counts()
        assert exc.value.code == "hub_unreachable"
    finally:
        later.close()
