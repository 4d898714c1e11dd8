"""Devices in the back office: agents see their offices' devices, supervisors of the commune and
administrators revoke and make enrolment codes; out of sight is 404; every action is audited."""
from __future__ import annotations

import pytest

from sync.server import audit
from sync.server.errors import Refused
from sync.server.staff import COMMAND_LINE
from tests.server.staff_world import ADMIN, AGENT, OTHER_SUPERVISOR, SUPERVISOR, World


def enrolled(world: World, office: str, name: str = "kiosk hall") -> str:
    code, _ = world.store.device_admin.new_enroll_code(ADMIN, office)
    return world.store.enroll(code, name).device_id


def refusal(call) -> tuple[int, str]:
    with pytest.raises(Refused) as refused:
        call()
    return refused.value.http_status, refused.value.code


def test_each_role_lists_the_devices_of_the_offices_it_sees(world: World):
    alg1, alg2, orn = enrolled(world, "ALG-1"), enrolled(world, "ALG-2"), enrolled(world, "ORN-1")
    devices = world.store.device_admin
    assert [d["id"] for d in devices.list(AGENT)] == [alg1]
    assert {d["id"] for d in devices.list(SUPERVISOR)} == {alg1, alg2}
    assert {d["id"] for d in devices.list(ADMIN)} == {alg1, alg2, orn}
    assert [d["id"] for d in devices.list(SUPERVISOR, "ALG-2")] == [alg2]
    assert refusal(lambda: devices.list(AGENT, "ALG-2")) == (404, "not_found")


def test_an_agent_may_not_revoke_and_an_outsider_does_not_even_find_the_device(world: World):
    device = enrolled(world, "ALG-1")
    devices = world.store.device_admin
    assert refusal(lambda: devices.revoke(AGENT, device)) == (403, "forbidden")
    assert refusal(lambda: devices.revoke(OTHER_SUPERVISOR, device)) == (404, "not_found")
    assert refusal(lambda: devices.revoke(OTHER_SUPERVISOR, "dev-unknown")) == (404, "not_found")
    assert world.store.devices.get(device).revoked_at is None


def test_the_communes_supervisor_revokes_and_the_token_stops_working(world: World):
    code, _ = world.store.device_admin.new_enroll_code(ADMIN, "ALG-2")
    enrolment = world.store.enroll(code, "kiosk hall")
    done = world.store.device_admin.revoke(SUPERVISOR, enrolment.device_id)
    assert done["office_code"] == "ALG-2" and not done["already_revoked"]
    with pytest.raises(Refused) as refused:
        world.store.devices.authenticate(enrolment.token)
    assert refused.value.code == "revoked"
    assert world.store.device_admin.revoke(ADMIN, enrolment.device_id)["already_revoked"]
    assert [a for a in world.audit() if a[1] == "device.revoke"] == [
        ("samir", "device.revoke", enrolment.device_id), ("adel", "device.revoke", enrolment.device_id)]


def test_enrolment_codes_by_scope_work_once_and_are_not_kept_in_clear(world: World):
    devices = world.store.device_admin
    assert refusal(lambda: devices.new_enroll_code(AGENT, "ALG-1")) == (403, "forbidden")
    assert refusal(lambda: devices.new_enroll_code(SUPERVISOR, "ORN-1")) == (404, "not_found")
    code, expires = devices.new_enroll_code(SUPERVISOR, "ALG-1", ttl_hours=2)
    assert world.store.enroll(code, "desk 1").office_code == "ALG-1"
    with pytest.raises(Refused, match="unknown, already used or expired"):
        world.store.enroll(code, "desk 2")
    row = next(e for e in audit.entries(world.store.engine) if e["action"] == "device.enroll_code"
               and e["actor"] == "samir")
    assert row["target"] == "ALG-1" and row["details"] == {"expires_at": expires}
    assert code not in str(audit.entries(world.store.engine, limit=1000))


def test_a_bad_lifetime_is_refused_naming_the_option(world: World):
    with pytest.raises(Refused, match="--ttl-hours must be more than 0"):
        world.store.device_admin.new_enroll_code(ADMIN, "ALG-1", ttl_hours=0)


def test_the_command_line_acts_as_an_administrator_and_is_audited_as_cli(world: World):
    device = enrolled(world, "ORN-1")
    world.store.device_admin.revoke(COMMAND_LINE, device)
    assert ("cli", "device.revoke", device) in world.audit()
    assert audit.verify(world.store.engine).ok
