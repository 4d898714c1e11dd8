"""Catalogue changes and announcements from the back office: scope by role, the CLI's validation
and stored effect (an update the office pulls), the audit, and reading them back."""
from __future__ import annotations

import pytest

from sync import protocol as P
from sync.server import cli
from sync.server.errors import Refused
from sync.server.staff import COMMAND_LINE
from tests.server.staff_world import ADMIN, AGENT, OTHER_SUPERVISOR, SUPERVISOR, World


def refusal(call) -> tuple[int, str]:
    with pytest.raises(Refused) as refused:
        call()
    return refused.value.http_status, refused.value.code


def pulled(world: World, office: str) -> list[P.Update]:
    device = world.store.devices.get(world.store.enroll(world.store.new_enroll_code(office)[0], "k").device_id)
    return world.store.pull(device, 0, 100).updates


def test_who_may_change_what(world: World):
    catalogue = world.store.catalogue_admin
    assert refusal(lambda: catalogue.set_catalogue_service(AGENT, "EC-N12", "ALG-1", active=False)) == \
        (403, "forbidden")
    assert refusal(lambda: catalogue.announce(AGENT, {"fr": "Fermé"}, "ALG-1")) == (403, "forbidden")
    assert refusal(lambda: catalogue.announce(OTHER_SUPERVISOR, {"fr": "Fermé"}, "ALG-1")) == (404, "not_found")
    assert refusal(lambda: catalogue.announce(SUPERVISOR, {"fr": "Fermé"}, None)) == (403, "forbidden")
    assert refusal(lambda: catalogue.set_catalogue_service(SUPERVISOR, "EC-N12", None, active=False)) == \
        (403, "forbidden")
    catalogue.announce(SUPERVISOR, {"fr": "Fermé lundi"}, "ALG-2")
    catalogue.announce(ADMIN, {"fr": "Bonne fête"}, None)
    assert [(a, act, t) for a, act, t in world.audit() if act == "announcement"] == [
        ("samir", "announcement", "ALG-2"), ("adel", "announcement", "*")]


def test_same_validation_as_the_cli(world: World):
    catalogue = world.store.catalogue_admin
    for kwargs, message in (({}, "nothing to change"), ({"minutes": 0}, "minutes per citizen must be more than 0"),
                            ({"names": {"de": "Geburt"}}, "unknown language")):
        with pytest.raises(Refused, match=message):
            catalogue.set_catalogue_service(SUPERVISOR, "EC-N12", "ALG-1", **kwargs)
    with pytest.raises(Refused, match="the announcement has no text"):
        catalogue.announce(SUPERVISOR, {"fr": "  "}, "ALG-1")
    assert not world.audit("samir")


def test_the_web_and_the_cli_store_the_same_update_for_the_office(world: World, server_db_url, capsys):
    world.store.catalogue_admin.set_catalogue_service(SUPERVISOR, "EC-N12", "ALG-1", active=False, minutes=4)
    assert cli.main(["catalogue", "set", "EC-N12", "--office", "ALG-1", "--active", "no", "--minutes", "4",
                     "--db", server_db_url]) == 0
    capsys.readouterr()
    web, by_cli = [u for u in pulled(world, "ALG-1") if u.kind == P.UPDATE_CATALOGUE_SERVICE]
    assert web.data == by_cli.data == {"code": "EC-N12", "active": False, "minutes": 4}
    assert [(a, t) for a, act, t in world.audit() if act == "catalogue.set"] == [("samir", "ALG-1"), ("cli", "ALG-1")]


def test_catalogue_view_folds_the_changes_for_the_office_and_for_every_office(world: World):
    catalogue = world.store.catalogue_admin
    catalogue.set_catalogue_service(COMMAND_LINE, "EC-N12", None, names={"fr": "Naissance"})
    catalogue.set_catalogue_service(SUPERVISOR, "EC-N12", "ALG-1", active=False)
    catalogue.set_catalogue_service(SUPERVISOR, "EC-N12", "ALG-2", minutes=9)
    view = catalogue.catalogue_view(AGENT, "ALG-1")
    assert view["reported_at"] is None  # the office never sent its own list
    (service,) = view["services"]
    assert (service["code"], service["names"], service["active"], service["reported"]) == \
        ("EC-N12", {"fr": "Naissance"}, False, False)
    assert "minutes" not in service  # ALG-2's change is not ALG-1's
    assert service["central"] == {"names": {"fr": "Naissance"}, "active": False}
    assert refusal(lambda: catalogue.catalogue_view(AGENT, "ALG-2")) == (404, "not_found")


def test_announcements_newest_first_with_the_current_one(world: World):
    catalogue = world.store.catalogue_admin
    catalogue.announce(ADMIN, {"fr": "Pour tous"}, None)
    catalogue.announce(SUPERVISOR, {"fr": "Pour Alger Centre", "ar": "لمكتب الجزائر الوسطى"}, "ALG-1")
    catalogue.announce(SUPERVISOR, {"fr": "Pour Bab El Oued"}, "ALG-2")
    shown = catalogue.announcements(AGENT, "ALG-1")
    assert [(a["texts"]["fr"], a["source"], a["current"]) for a in shown] == [
        ("Pour Alger Centre", "central", True), ("Pour tous", "central_all", False)]
    assert refusal(lambda: catalogue.announcements(AGENT, "ORN-1")) == (404, "not_found")
