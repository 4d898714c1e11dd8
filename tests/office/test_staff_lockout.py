"""PIN lockout: it ends by itself with a clean slate, a technician can end it sooner, and the audit log keeps both."""
import json

import pytest

from kiosk.domain.staff import MAX_FAILED_PINS
from kiosk.office import NotFound, OfficeError


def _wrong(office, name="Samir"):
    with pytest.raises(OfficeError) as err:
        office.login(name, "0000")
    return err.value.code


def _audit(office):
    return [(action, json.loads(data)) for action, data in
            office._db.execute("SELECT action, data FROM audit ORDER BY seq").fetchall()]


def test_a_single_wrong_pin_after_the_lock_ended_does_not_lock_again(office, local, clock):
    local.add_staff("Samir", "clerk", "7302")
    codes = [_wrong(office) for _ in range(MAX_FAILED_PINS)]
    assert codes == ["bad_login"] * (MAX_FAILED_PINS - 1) + ["locked"]
    clock.advance(minutes=16)  # the lock has ended
    assert _wrong(office) == "bad_login"  # one slip: a wrong PIN, not another 15 minutes
    assert office.login("Samir", "7302").name == "Samir"
    # The count started again at the end of the lock: it takes five more wrong PINs to lock.
    assert [_wrong(office) for _ in range(MAX_FAILED_PINS)][-2:] == ["bad_login", "locked"]
    locks = [data for action, data in _audit(local) if action == "staff.locked"]
    assert len(locks) == 2 and all(lock["failures"] == MAX_FAILED_PINS for lock in locks)
    assert local.verify_audit() is None


def test_unlocking_ends_the_lock_now_and_is_audited(office, local, clock):
    local.add_staff("Samir", "clerk", "7302")
    for _ in range(MAX_FAILED_PINS):
        _wrong(office)
    until = local.unlock_staff("Samir")  # the technician, on the office's own PC
    assert until is not None
    assert office.login("Samir", "7302").name == "Samir"
    assert local.unlock_staff("Samir") is None  # not locked any more
    unlocked = [data for action, data in _audit(local) if action == "staff.unlocked"]
    assert unlocked[0]["was_locked_until"] == until and unlocked[0]["name"] == "Samir"
    with pytest.raises(NotFound) as err:
        local.unlock_staff("Nobody")
    assert err.value.code == "unknown_staff"
