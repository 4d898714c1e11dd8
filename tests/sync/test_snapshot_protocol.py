"""The snapshot's shape (sync/protocol/snapshot.py): runs of labels go compact and come back
exactly; a run cannot smuggle more tickets than the bound."""
from __future__ import annotations

import pytest

from sync import protocol as P
from sync.protocol.snapshot import compact_labels


def body(waiting) -> dict:
    return {"protocol": 1, "device_id": "dev-1", "taken_at": "2026-09-06T08:00:00Z", "day": "2026-09-06",
            "queues": {"EC": {"waiting": waiting, "minutes": 5, "counters": 1}}, "called": []}


def test_runs_of_consecutive_numbers_are_sent_compact_and_read_back_exactly():
    labels = ["P-003", "A-040", "A-041", "A-042", "A-044", "A-998", "A-999", "A-1000", "B-07", "B-08", "C-001"]
    compact = compact_labels(labels)
    assert compact == ["P-003", "A-040+2", "A-044", "A-998+2", "B-07", "B-08", "C-001"]
    snapshot = P.parse_snapshot(body(compact))
    assert snapshot.queues["EC"].waiting == tuple(labels)
    assert snapshot.to_dict()["queues"]["EC"]["waiting"] == compact


@pytest.mark.parametrize("entry", ["A-001+9999", "A-01+3", "A-001+0", "A+3", "A-001+-1"])
def test_a_run_that_is_too_long_or_not_a_run_is_refused(entry):
    with pytest.raises(P.ProtocolError) as refused:
        P.parse_snapshot(body([entry]))
    assert refused.value.http_status == 400 and "snapshot.queues.EC.waiting" in refused.value.message
