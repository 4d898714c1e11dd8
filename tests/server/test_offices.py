"""Offices in the back office: who sees which, who may change their commune, and the audit of it
(store level, on SQLite and PostgreSQL), and `maktab-server office add --commune` / `office show`."""
from __future__ import annotations

import json

import pytest

from sync.server import cli
from sync.server.errors import Refused
from tests.server.staff_world import ADMIN, AGENT, OTHER_SUPERVISOR, SUPERVISOR, World, codes


def test_each_role_sees_its_offices_only(world: World):
    admin = world.store.office_admin
    assert codes(admin.list(ADMIN)) == ["ALG-1", "ALG-2", "ORN-1"]
    assert codes(admin.list(SUPERVISOR)) == ["ALG-1", "ALG-2"]
    assert codes(admin.list(AGENT)) == ["ALG-1"]
    assert admin.get(AGENT, "ALG-1")["commune"] == "Alger"


def test_an_office_out_of_sight_is_not_found_like_an_unknown_one(world: World):
    for code in ("ALG-2", "NOPE-9"):
        with pytest.raises(Refused) as refused:
            world.store.office_admin.get(AGENT, code)
        assert (refused.value.http_status, refused.value.code) == (404, "not_found")
        assert "among the offices you can see" in refused.value.message


def test_a_new_office_has_no_devices_and_no_report_yet(world: World):
    office = world.store.office_admin.get(ADMIN, "ORN-1")
    assert office["devices"] == 0 and office["last_sync_at"] is None
    assert office["backlog"] is None and office["printer"] is None and office["reported_at"] is None


def test_devices_and_last_sync_are_counted(world: World):
    code, _ = world.store.new_enroll_code("ALG-1")
    enrolled = world.store.enroll(code, "kiosk hall")
    second = world.store.enroll(world.store.new_enroll_code("ALG-1")[0], "desk 2")
    world.store.devices.revoke(second.device_id)
    office = world.store.office_admin.get(SUPERVISOR, "ALG-1")
    assert office["devices"] == 1  # the revoked one no longer counts
    assert office["last_sync_at"] >= enrolled.server_time


def test_only_an_administrator_moves_an_office_to_another_commune_and_it_is_audited(world: World):
    offices = world.store.office_admin
    with pytest.raises(Refused) as refused:
        offices.set_commune(SUPERVISOR, "ALG-2", "Oran")
    assert (refused.value.http_status, refused.value.code) == (403, "forbidden")
    with pytest.raises(Refused) as refused:
        offices.set_commune(OTHER_SUPERVISOR, "ALG-2", "Oran")
    assert refused.value.http_status == 404
    assert offices.set_commune(ADMIN, "ALG-2", "  Bab   El Oued ") == {
        "code": "ALG-2", "commune": "Bab El Oued", "previous": "Alger"}
    assert offices.get(ADMIN, "ALG-2")["commune"] == "Bab El Oued"
    assert ("adel", "office.commune", "ALG-2") in world.audit()
    assert not world.audit("samir")  # refused actions change nothing and are not recorded as done


def test_a_commune_name_too_long_is_refused_naming_the_field(world: World):
    with pytest.raises(Refused, match="commune: at most 100 characters"):
        world.store.office_admin.set_commune(ADMIN, "ALG-1", "x" * 101)


def test_adding_offices_is_for_administrators(world: World):
    with pytest.raises(Refused) as refused:
        world.store.office_admin.add(SUPERVISOR, "ALG-3", "APC Hydra", commune="Alger")
    assert refused.value.http_status == 403
    world.store.office_admin.add(ADMIN, "ALG-3", "APC Hydra", commune="Alger")
    world.store.add_office("ALG-3", "APC Hydra (annexe)")  # the CLI's path: renames, keeps the commune
    office = world.store.office_admin.get(ADMIN, "ALG-3")
    assert (office["name"], office["commune"]) == ("APC Hydra (annexe)", "Alger")
    assert [a for a in world.audit() if a[2] == "ALG-3"] == [("adel", "office.add", "ALG-3"),
                                                            ("cli", "office.update", "ALG-3")]


def test_cli_office_add_with_commune_then_show(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    assert cli.main(["office", "add", "TLM-1", "--name", "APC Tlemcen", "--commune", "Tlemcen", "--db", db]) == 0
    assert "in commune Tlemcen" in capsys.readouterr().out
    assert cli.main(["office", "show", "TLM-1", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Tlemcen" in out and "has not reported its status yet" in out
    assert cli.main(["office", "show", "TLM-1", "--db", db, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["code"], shown["commune"], shown["devices"], shown["printer"]) == ("TLM-1", "Tlemcen", 0, None)
    assert cli.main(["office", "show", "NOPE", "--db", db]) == cli.EXIT_ERROR
    assert "office add NOPE" in capsys.readouterr().err  # the administrator is told how to add it
