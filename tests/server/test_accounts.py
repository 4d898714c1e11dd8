"""Accounts without HTTP: who each role sees, who may manage whom, what bad input says."""
from __future__ import annotations

import pytest

from sync.server.errors import Refused
from sync.server.form_errors import InvalidField
from sync.server.staff import COMMAND_LINE
from tests.server.conftest import PASSWORD


def test_each_role_sees_its_scope(web):
    accounts = web.store.accounts
    users = {u["username"]: u for u in accounts.list(COMMAND_LINE)}
    sup = accounts.load(accounts.login("sup", PASSWORD, "10.0.0.1").user.id)
    agent = accounts.load(accounts.login("agent", PASSWORD, "10.0.0.1").user.id)
    admin = accounts.load(accounts.login("admin", PASSWORD, "10.0.0.1").user.id)
    assert sup.offices == {"ALG-1", "ALG-2"} and sup.runs_commune("Alger Centre") and not sup.runs_commune("Oran")
    assert agent.offices == {"ALG-1"} and admin.offices is None
    assert users["agent"]["offices"] == ["ALG-1"] and users["sup"]["communes"] == ["Alger Centre"]
    # An office moved into the supervisor's commune is theirs at the next load.
    web.store.add_office("ORN-1", "APC Oran 1", "Alger Centre")
    assert accounts.load(sup.id).offices == {"ALG-1", "ALG-2", "ORN-1"}


def test_supervisors_manage_only_their_communes_agents(web):
    accounts = web.store.accounts
    sup = accounts.login("sup", PASSWORD, "10.0.0.1").user
    agent = accounts.login("agent", PASSWORD, "10.0.0.1").user
    accounts.add(sup, "nadia", "Nadia", "agent", PASSWORD, offices=["ALG-2"])
    with pytest.raises(InvalidField) as refused:
        accounts.add(sup, "omar", "Omar", "agent", PASSWORD, offices=["ORN-1"])
    assert refused.value.http_status == 403 and refused.value.field == "offices"
    with pytest.raises(Refused) as refused:
        accounts.add(sup, "boss", "Boss", "admin", PASSWORD)
    assert refused.value.http_status in (403, 422)
    assert {u["username"] for u in accounts.list(sup)} == {"agent", "nadia"}
    with pytest.raises(Refused) as refused:
        accounts.disable(sup, "admin")  # exists, but not theirs: not found
    assert refused.value.http_status == 404
    with pytest.raises(Refused) as refused:
        accounts.list(agent)
    assert refused.value.http_status == 403


@pytest.mark.parametrize(("field", "kwargs", "words"), [
    ("username", {"username": "A b"}, "3 to 32 characters"),
    ("role", {"role": "boss"}, "Choose one of: agent, supervisor, admin"),
    ("password", {"password": "short"}, "at least 10 characters"),
    ("offices", {"offices": ["NOPE-1"]}, "Office NOPE-1 does not exist"),
    ("offices", {"offices": []}, "at least one office"),
    ("username", {"username": "agent"}, "is taken"),
])
def test_bad_input_names_the_field_and_what_to_do(web, field, kwargs, words):
    args = {"username": "lina", "display_name": "Lina", "role": "agent", "password": PASSWORD,
            "offices": ["ALG-1"], **kwargs}
    with pytest.raises(InvalidField) as refused:
        web.store.accounts.add(COMMAND_LINE, **args)
    assert refused.value.field == field and words in refused.value.message


def test_passwords_are_stored_as_argon2_hashes_only(web):
    from sqlalchemy import select

    from sync.server.db_backoffice import staff_users

    with web.store.engine.connect() as conn:
        hashes = conn.execute(select(staff_users.c.password_hash)).scalars().all()
    assert hashes and all(h.startswith("$argon2id$") and PASSWORD not in h for h in hashes)


def test_an_unknown_username_costs_the_same_argon2_work_as_a_wrong_password(web, monkeypatch):
    from argon2 import PasswordHasher

    verified: list[str] = []

    class CountingHasher(PasswordHasher):
        def verify(self, hash, password):
            verified.append(hash)
            return super().verify(hash, password)

    accounts = web.store.accounts
    monkeypatch.setattr(accounts, "hasher", CountingHasher(time_cost=1, memory_cost=8, parallelism=1))
    for name in ("agent", "nobody-here"):
        with pytest.raises(InvalidField) as refused:
            accounts.login(name, "not the password", "10.0.0.9")
        assert refused.value.field == "password" and refused.value.http_status == 401  # the same answer
    assert len(verified) == 2 and all(h.startswith("$argon2id$") for h in verified)


def test_sessions_store_only_a_hash_of_the_token_and_are_touched_at_most_once_a_minute(web, web_clock):
    from sqlalchemy import select

    from sync.server.db_backoffice import web_sessions

    accounts = web.store.accounts
    opened = accounts.login("agent", PASSWORD, "10.0.0.1")

    def stored():
        with web.store.engine.connect() as conn:
            return conn.execute(select(web_sessions.c.token_hash, web_sessions.c.last_seen_at)).one()

    first = stored()
    assert opened.token not in first.token_hash and len(first.token_hash) == 64
    web_clock.advance(0.5)
    assert accounts.resolve(opened.token) is not None and stored().last_seen_at == first.last_seen_at
    web_clock.advance(1)
    assert accounts.resolve(opened.token) is not None and stored().last_seen_at > first.last_seen_at
