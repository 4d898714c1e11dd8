"""A long backlog is pushed at the same pace to its end: the client counts it once, not per batch.

`maktab-sync push` shows a progress bar fed by `SyncClient.push(progress=…)`. Counting what is
still pending after every batch read the rest of the backlog each time: a million events
in batches of 500 meant about a billion index entries read. The count now comes down by
what each batch settled."""
from __future__ import annotations

from kiosk.store.database import transaction
from kiosk.store.outbox import append_event
from sync.client import SyncClient
from tests.sync.test_client import enroll_office, issue, outbox_events, server_events


class CountedStats:
    """The office's outbox, counting how often the client asks for its counts."""

    def __init__(self, outbox):
        self._outbox = outbox
        self.stats_calls = 0

    def __getattr__(self, name):
        return getattr(self._outbox, name)

    def stats(self):
        self.stats_calls += 1
        return self._outbox.stats()


def test_push_counts_the_backlog_once_and_its_progress_comes_down_to_nothing(server, office, tmp_path):
    state = enroll_office(server, office, tmp_path / "data")
    issue(office, 118)
    with transaction(office._db) as conn:  # one the server refuses: it leaves the backlog too
        append_event(conn, "not-a-type", "2026-09-06T08:00:00.000Z", {"x": 1})
    outbox = CountedStats(office.outbox)
    seen: list[tuple[int, int]] = []
    with SyncClient(state, outbox, batch_events=20) as client:
        result = client.push(progress=lambda total, pending: seen.append((total.sent, pending)))
    assert result.batches == 6 and result.stored == 118 and result.rejected == 1
    assert outbox.stats_calls == 1
    assert [pending for _, pending in seen] == [99, 79, 59, 39, 19, 0]
    assert [sent for sent, _ in seen] == [20, 40, 60, 80, 100, 119]
    assert office.outbox.stats().pending == 0
    assert len(server_events(server, state.device_id)) == 118 == len(outbox_events(office)) - 1
