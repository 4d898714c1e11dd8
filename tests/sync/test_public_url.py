"""The central server's public address (`public_url`): checked where it is set (`serve
--public-url`, $MAKTAB_PUBLIC_URL), sent with every pull (optional field), kept by the office
(a pull without it means unset), on SQLite and PostgreSQL, and by `serve` as production runs it."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from kiosk.sync_adapter import OfficeUpdatesSink
from sync import protocol as P
from sync.client import SyncClient
from sync.server import cli
from sync.server.store import ServerStore
from sync.state import SyncState
from tests.sync.test_client import enroll_office

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("given", "kept"), [
    ("https://maktab.example.dz", "https://maktab.example.dz"),
    ("https://maktab.example.dz/", "https://maktab.example.dz"),
    ("  HTTPS://Maktab.example.dz/pub//  ", "https://Maktab.example.dz/pub"),
    ("http://10.0.0.5:8443/citoyen/", "http://10.0.0.5:8443/citoyen"),
])
def test_a_public_url_is_normalised(given, kept):
    assert P.check_public_url(given) == kept


@pytest.mark.parametrize(("given", "said"), [
    ("", "absolute address"),
    (None, "absolute address"),
    (42, "absolute address"),
    ("maktab.example.dz", "https://"),
    ("ftp://maktab.example.dz", "https://"),
    ("https://", "https://"),
    ("https://maktab.example.dz/?office=1", "query"),
    ("https://maktab.example.dz/#top", "fragment"),
    ("https://maktab.example.dz?", "query"),
    ("https://admin:secret@maktab.example.dz", "password"),
    ("https://maktab.example.dz/a b", "spaces"),
    ("https://maktab.example.dz:99999", "not a valid address"),
    ("https://maktab.example.dz/" + "x" * 80, "at most 100"),
])
def test_a_bad_public_url_is_refused_saying_why(given, said):
    with pytest.raises(P.ProtocolError) as refused:
        P.check_public_url(given, "--public-url")
    assert said in refused.value.message and "--public-url" in refused.value.message


def test_the_pull_answer_carries_it_only_when_set():
    bare = P.PullResponse([], 0, False, "2026-09-06T08:00:00.000Z")
    assert "public_url" not in bare.to_dict()
    assert P.parse_pull_response(bare.to_dict()).public_url is None  # what older servers answer
    with_url = P.PullResponse([], 0, False, "2026-09-06T08:00:00.000Z", public_url="https://m.example.dz")
    assert P.parse_pull_response(with_url.to_dict()).public_url == "https://m.example.dz"
    with pytest.raises(P.ProtocolError, match="pull answer.public_url"):
        P.parse_pull_response({**bare.to_dict(), "public_url": "javascript:alert(1)"})


# ---------------------------------------------------------------------------- through a real server


def test_the_office_keeps_the_last_public_url_and_forgets_it_when_unset(server, office, tmp_path):
    state = enroll_office(server, office, tmp_path / "data")
    heard = []
    office.subscribe(lambda event: heard.append(event) if event.kind == "public_url.changed" else None)
    sink = OfficeUpdatesSink(office)
    with SyncClient(state, office.outbox, sink) as client:
        client.pull()
        assert office.public_url() is None and heard == []  # a server without one: receipts as before

        server.store.updates.public_url = "https://maktab.example.dz/pub"
        raw = requests.get(server.url(P.UPDATES_PATH), headers={"Authorization": f"Bearer {state.token}"},
                           timeout=10).json()
        assert raw["public_url"] == "https://maktab.example.dz/pub"
        client.pull()
        assert office.public_url() == "https://maktab.example.dz/pub"
        client.pull()  # every pull repeats it: told to the screens once
        assert [e.data for e in heard] == [{"public_url": "https://maktab.example.dz/pub"}]

        server.store.updates.public_url = None
        raw = requests.get(server.url(P.UPDATES_PATH), headers={"Authorization": f"Bearer {state.token}"},
                           timeout=10).json()
        assert "public_url" not in raw
        client.pull()
    assert office.public_url() is None
    assert [e.data["public_url"] for e in heard] == ["https://maktab.example.dz/pub", None]


def test_the_public_url_survives_a_restart_of_the_office(server, office, tmp_path, clock, catalogue):
    from kiosk.office import Office

    state = enroll_office(server, office, tmp_path / "data")
    server.store.updates.public_url = "https://maktab.example.dz"
    with SyncClient(state, office.outbox, OfficeUpdatesSink(office)) as client:
        client.pull()
    path = office.database_file
    office.close()
    again = Office.open_path(path, office.info, clock, catalogue, pin_hash_cost="test")
    try:
        assert again.public_url() == "https://maktab.example.dz"
    finally:
        again.close()


def test_the_office_refuses_a_bad_value_from_any_caller(office):
    from kiosk.office import InvalidInput

    with pytest.raises(InvalidInput) as refused:
        office.set_public_url("https://m.example.dz/?x=1")
    assert refused.value.code == "bad_public_url"
    assert office.public_url() is None


# ---------------------------------------------------------------------------- maktab-server serve


def _serve(db_url: str, port: int, *args: str, env_url: str | None = None) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "MAKTAB_PUBLIC_URL"}
    env["PYTHONPATH"] = str(REPO)
    if env_url is not None:
        env["MAKTAB_PUBLIC_URL"] = env_url
    return subprocess.Popen([sys.executable, "-m", "sync.server.cli", "serve", "--db", db_url, "--port", str(port),
                             "--log-level", "warning", *args], cwd=REPO, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.mark.parametrize(("args", "env_url", "expected"), [
    (["--public-url", "https://maktab.example.dz/citoyen/", "--workers", "2"], None,
     "https://maktab.example.dz/citoyen"),
    ([], "https://env.example.dz/", "https://env.example.dz"),
    (["--public-url", "https://flag.example.dz"], "https://env.example.dz", "https://flag.example.dz"),
])
def test_serve_sends_its_public_url_to_the_offices(tmp_path, api, office, args, env_url, expected):
    db_url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    store = ServerStore(db_url)
    store.add_office(office.info.code, office.info.name)
    code, _ = store.new_enroll_code(office.info.code)
    store.close()
    port = api.free_port()
    proc = _serve(db_url, port, *args, env_url=env_url)
    try:
        base = f"http://127.0.0.1:{port}"
        api.wait_healthy(base, timeout=60, proc=proc)
        state = SyncState.load(tmp_path / "data")
        SyncClient.enroll(state, base, code, "kiosk hall")
        with SyncClient(state, office.outbox, OfficeUpdatesSink(office)) as client:
            client.pull()
        assert office.public_url() == expected
    finally:
        proc.terminate()
        proc.wait(20)


@pytest.mark.parametrize(("argv", "env_url", "said"), [
    (["--public-url", "maktab.example.dz"], None, "--public-url 'maktab.example.dz' must start with https://"),
    (["--public-url", "https://maktab.example.dz/?x=1"], None, "query"),
    ([], "ftp://maktab.example.dz", "$MAKTAB_PUBLIC_URL 'ftp://maktab.example.dz' must start with https://"),
])
def test_serve_refuses_a_bad_public_url_before_starting(tmp_path, capsys, monkeypatch, argv, env_url, said):
    monkeypatch.delenv("MAKTAB_PUBLIC_URL", raising=False)
    if env_url is not None:
        monkeypatch.setenv("MAKTAB_PUBLIC_URL", env_url)
    db_url = f"sqlite:///{tmp_path / 'never.sqlite3'}"
    assert cli.main(["serve", "--db", db_url, *argv]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert said in err
    assert not (tmp_path / "never.sqlite3").exists()  # nothing started, nothing created
