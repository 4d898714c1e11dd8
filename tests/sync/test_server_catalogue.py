"""`catalogue.service` updates: published with `maktab-server catalogue set` (or
`ServerStore.set_catalogue_service`), pulled by a real office over HTTP, applied to its catalogue."""
from __future__ import annotations

import json

import pytest

from kiosk.sync_adapter import OfficeUpdatesSink
from sync import protocol as P
from sync.client import SyncClient
from sync.ports import APPLIED, IGNORED
from sync.server import cli
from sync.server.store import Refused, ServerStore
from sync.state import SyncState


@pytest.fixture
def store(tmp_path):
    store = ServerStore(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    store.add_office("ALG-16001", "APC Alger Centre")
    yield store
    store.close()


def _enrolled(server, office, data_dir) -> SyncState:
    server.store.add_office(office.info.code, office.info.name)
    code, _ = server.store.new_enroll_code(office.info.code)
    state = SyncState.load(data_dir)
    SyncClient.enroll(state, server.base_url, code, "kiosk hall")
    return state


def _pull(office, state):
    with SyncClient(state, office.outbox, OfficeUpdatesSink(office)) as client:
        return client.pull()


# ---------------------------------------------------------------------------- the store


def test_only_the_given_fields_are_published(store):
    upd = store.set_catalogue_service("EC-N12", "ALG-16001", active=False)
    assert (upd.kind, upd.data) == (P.UPDATE_CATALOGUE_SERVICE, {"code": "EC-N12", "active": False})
    upd = store.set_catalogue_service("EC-N12", None, minutes=4.0, names={"fr": " Naissance ", "ar": "ميلاد"})
    assert upd.data == {"code": "EC-N12", "minutes": 4, "names": {"fr": "Naissance", "ar": "ميلاد"}}


@pytest.mark.parametrize("kwargs, message", [
    ({}, "nothing to change"),
    ({"names": {}}, "nothing to change"),
    ({"minutes": 0}, "minutes per citizen must be more than 0 and at most 240"),
    ({"minutes": 240.5}, "minutes per citizen must be"),
    ({"minutes": float("nan")}, "minutes per citizen must be"),
    ({"names": {"de": "Geburt"}}, "unknown language"),
    ({"names": {"fr": "  "}}, "the name in fr must be 1 to 120 characters"),
])
def test_bad_requests_are_refused(store, kwargs, message):
    with pytest.raises(Refused, match=message):
        store.set_catalogue_service("EC-N12", "ALG-16001", **kwargs)


def test_bad_code_and_unknown_office_are_refused(store):
    with pytest.raises(Refused, match="service code 'ec n12' is not valid"):
        store.set_catalogue_service("ec n12", None, active=True)
    with pytest.raises(Refused, match="office 'ORN-31001' does not exist"):
        store.set_catalogue_service("EC-N12", "ORN-31001", active=True)


# ---------------------------------------------------------------------------- the command


def test_catalogue_set_command(store, capsys):
    db = store.db_url
    assert cli.main(["catalogue", "set", "EC-N12", "--office", "ALG-16001", "--active", "no", "--minutes", "6",
                     "--name-fr", "Naissance", "--name-kab", "Tlalit", "--db", db, "--json"]) == cli.EXIT_OK
    out = json.loads(capsys.readouterr().out)
    assert out["kind"] == "catalogue.service" and out["cursor"] > 0
    assert out["data"] == {"code": "EC-N12", "active": False, "minutes": 6,
                           "names": {"fr": "Naissance", "kab": "Tlalit"}}

    assert cli.main(["catalogue", "set", "EC-N12", "--all", "--active", "yes", "--db", db]) == cli.EXIT_OK
    assert "service EC-N12 (active=True) queued as update" in capsys.readouterr().out


@pytest.mark.parametrize("argv, message", [
    (["EC-N12", "--office", "NOPE", "--active", "no"], "office 'NOPE' does not exist"),
    (["EC-N12", "--all"], "nothing to change for service EC-N12"),
    (["EC-N12", "--all", "--minutes", "300"], "minutes per citizen must be more than 0 and at most 240"),
    (["EC-N12", "--all", "--minutes", "-1"], "minutes per citizen must be"),
])
def test_catalogue_set_errors_exit_1_with_a_clear_message(store, capsys, argv, message):
    assert cli.main(["catalogue", "set", *argv, "--db", store.db_url]) == cli.EXIT_ERROR
    assert message in capsys.readouterr().err


@pytest.mark.parametrize("argv", [
    ["EC-N12", "--active", "no"],  # no target
    ["EC-N12", "--all", "--office", "ALG-16001", "--active", "no"],
    ["EC-N12", "--all", "--active", "maybe"],
    ["EC-N12", "--all", "--minutes", "many"],
])
def test_catalogue_set_usage_errors_exit_2(store, capsys, argv):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["catalogue", "set", *argv, "--db", store.db_url])
    assert exit_.value.code == cli.EXIT_USAGE
    capsys.readouterr()


# ---------------------------------------------------------------------------- end to end


def test_published_changes_reach_the_office_services(server, office, tmp_path, capsys):
    state = _enrolled(server, office, tmp_path / "data")
    original = office.catalogue.service("EC-12S").name("fr")
    assert cli.main(["catalogue", "set", "EC-N12", "--office", office.info.code, "--active", "no",
                     "--db", server.db_url]) == 0
    server.store.set_catalogue_service("EC-12S", None, names={"fr": "Copie intégrale"}, minutes=9)
    server.store.set_catalogue_service("NOT-HERE", None, active=False)  # another office's service
    seen = []
    office.subscribe(seen.append)

    result = _pull(office, state)

    assert result.applied == 2
    codes = {s.code for s in office.services()}
    assert "EC-N12" not in codes and "EC-12S" in codes
    renamed = office.catalogue.service("EC-12S")
    assert renamed.name("fr") == "Copie intégrale" != original and renamed.typical_minutes == 9
    assert [e.data["code"] for e in seen if e.kind == "catalogue.changed"] == ["EC-N12", "EC-12S"]
    assert office.outbox.list(limit=1000) == []  # nothing goes back to the server
    assert _pull(office, state).applied == 0  # the cursor moved on


def test_the_sink_reports_applied_and_ignored(office):
    sink = OfficeUpdatesSink(office)
    assert sink.apply(P.Update(1, P.UPDATE_CATALOGUE_SERVICE, {"code": "EC-N12", "active": False}, "t")) == APPLIED
    assert sink.apply(P.Update(2, P.UPDATE_CATALOGUE_SERVICE, {"code": "NOPE", "active": False}, "t")) == IGNORED
    assert sink.apply(P.Update(3, P.UPDATE_CATALOGUE_SERVICE, {"code": "EC-N12", "minutes": -1}, "t")) == IGNORED
    assert "EC-N12" not in {s.code for s in office.services()}
