"""`store.audit`: the audit log as administrators read it (the page and the CLI's rules in one place)."""
from __future__ import annotations

import pytest

from sync.server import audit
from sync.server.errors import Refused
from sync.server.staff import COMMAND_LINE
from sync.server.store import ServerStore
from tests.server.staff_world import AGENT, SUPERVISOR


@pytest.fixture
def store(server_db_url):
    s = ServerStore(server_db_url)
    with s.engine.begin() as conn:
        for n in range(7):
            audit.record(conn, "amina" if n % 2 else "samir", "concern.note" if n < 5 else "login", f"t-{n}")
    yield s
    s.close()


def test_only_administrators_read_or_verify_it(store):
    # all_entries refuses when called, before its first row: a streamed download starts only once allowed
    for user in (AGENT, SUPERVISOR):
        for call in (lambda u=user: store.audit.page(u), lambda u=user: store.audit.all_entries(u),
                     lambda u=user: store.audit.verify(u)):
            with pytest.raises(Refused) as refused:
                call()
            assert refused.value.http_status == 403
    assert store.audit.verify(COMMAND_LINE).ok


def test_pages_filter_by_person_and_action_newest_first(store):
    first = store.audit.page(COMMAND_LINE, action="concern.note", limit=2)
    assert [r["target"] for r in first.rows] == ["t-4", "t-3"] and first.next_before is not None
    second = store.audit.page(COMMAND_LINE, action="concern.note", before_id=first.next_before, limit=2)
    assert [r["target"] for r in second.rows] == ["t-2", "t-1"]
    last = store.audit.page(COMMAND_LINE, action="concern.note", before_id=second.next_before, limit=2)
    assert [r["target"] for r in last.rows] == ["t-0"] and last.next_before is None
    assert [r["target"] for r in store.audit.page(COMMAND_LINE, actor="amina", action="login").rows] == ["t-5"]
    assert [r["target"] for r in store.audit.page(COMMAND_LINE, actor="samir", action="login").rows] == ["t-6"]


def test_the_export_reads_every_row_in_batches(store, monkeypatch):
    monkeypatch.setattr(store.audit, "EXPORT_BATCH", 2)
    assert [r["target"] for r in store.audit.all_entries(COMMAND_LINE, actor="amina")] == ["t-5", "t-3", "t-1"]
    assert len(list(store.audit.all_entries(COMMAND_LINE))) == 7
