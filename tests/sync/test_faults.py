"""Sync through a fault-injecting proxy (real sockets on 127.0.0.1) to a real server.

Whatever the network does — cuts while sending or answering, 5xx, 429/503 with
Retry-After, a slow link, a captive portal's 200 page, a replayed request — the server
ends up holding exactly the office's events: none lost, none twice, and an event is
marked acked only after the server said it has it.
"""
from __future__ import annotations

import itertools
import random
import threading

import pytest

from kiosk.sync_adapter import office_ports
from sync.backoff import Backoff
from sync.client import SyncClient
from sync.errors import ServerBusy, ServerUnreachable, SyncError, UnexpectedAnswer
from sync.loop import SyncLoop
from sync.state import SyncState
from tests.sync.faultproxy import FAULTS, FaultProxy
from tests.sync.test_client import enroll_office, issue, outbox_events, server_events


def _port(server) -> int:
    return int(server.base_url.rsplit(":", 1)[1])


@pytest.fixture
def proxied(server, office, tmp_path):
    """(proxy, state pointing at the proxy) for an enrolled office."""
    state = enroll_office(server, office, tmp_path / "data")
    with FaultProxy(_port(server), slow_chunk=2048, slow_pause_s=0.01) as proxy:
        state.update(server_url=proxy.base_url)
        yield proxy, state


def _acked_only_what_the_server_has(server, office, device_id):
    on_server = set(server_events(server, device_id))
    acked = {(e.seq, e.event_id) for e in office.outbox.list("acked", limit=1_000_000)}
    assert acked <= on_server, "an event was marked acked that the server does not hold"


@pytest.mark.parametrize("fault", [f for f in FAULTS if f != "pass"])
def test_each_fault_alone_loses_nothing_and_duplicates_nothing(server, office, proxied, fault):
    proxy, state = proxied
    issue(office, 30)
    proxy.queue(fault)
    with SyncClient(state, office.outbox) as client:
        outcome = None
        try:
            client.push()
        except (ServerBusy, UnexpectedAnswer, ServerUnreachable) as exc:
            outcome = exc
        _acked_only_what_the_server_has(server, office, state.device_id)
        if fault in ("status_500", "status_503", "status_429", "forward_then_500"):
            assert isinstance(outcome, ServerBusy)
            if fault in ("status_503", "status_429"):
                assert outcome.retry_after == 1.0
        elif fault in ("html_200", "json_200_wrong"):
            assert isinstance(outcome, UnexpectedAnswer)
        elif fault == "drop_response":  # cut after the answer's head: urllib3 cannot retry that part
            assert isinstance(outcome, ServerUnreachable) and "cut while" in outcome.message
        else:  # a cut while sending is retried by urllib3 (a batch is idempotent); slow/replayed just work
            assert outcome is None
        if outcome is not None:
            assert office.outbox.stats().acked == 0 and state.last_error
            result = client.push()
            if fault in ("forward_then_500", "drop_response"):
                assert result.duplicate == 30  # the server had stored them: acknowledged now, not twice
    assert office.outbox.stats().pending == 0
    assert server_events(server, state.device_id) == outbox_events(office)
    assert proxy.faults_seen()[fault] == 1


def test_thirty_rounds_of_random_faults_end_with_exactly_the_office_events(server, office, proxied):
    proxy, state = proxied
    rng = random.Random(20261125)
    faulty = [f for f in FAULTS if f != "pass"]
    enabled = threading.Event()
    enabled.set()

    order = faulty[:]
    rng.shuffle(order)
    next_fault = itertools.cycle(order)  # every kind comes up, in a mixed order

    def chooser(method, path):
        if enabled.is_set() and rng.random() < 0.6:
            return next(next_fault)
        return "pass"

    proxy.chooser = chooser
    rounds = threading.Condition()
    seen = []

    def on_status(status):
        with rounds:
            seen.append(status)
            rounds.notify_all()

    # Retry-After is capped at 50 ms here only to keep the test short (it is honoured in full by default).
    loop = SyncLoop(office_ports(office), state, on_status=on_status, debounce_s=0.01, pull_interval_s=0.2,
                    backoff=Backoff(base=0.01, cap=0.05, retry_after_cap=0.05),
                    client_options={"batch_events": 40})
    loop.start()
    try:
        for _ in range(30):
            issue(office, rng.randint(1, 60))
            with rounds:
                target = len(seen) + 1  # at least one attempt after these tickets
                assert rounds.wait_for(lambda target=target: len(seen) >= target, timeout=30)
            _acked_only_what_the_server_has(server, office, state.device_id)
        enabled.clear()
        loop.wake(force=True)
        with rounds:
            assert rounds.wait_for(lambda: seen[-1].online and office.outbox.stats().pending == 0, timeout=60)
    finally:
        loop.stop()
    assert server_events(server, state.device_id) == outbox_events(office)
    assert office.outbox.stats().rejected == 0
    assert set(proxy.faults_seen()) >= set(faulty), proxy.faults_seen()
    assert any(not s.online for s in seen), "the faults never showed as offline"


def test_a_stalled_answer_times_out_and_the_retry_is_idempotent(server, office, proxied):
    proxy, state = proxied
    # 16 bytes, then silence longer than the client's read timeout: the answer stalls
    proxy.slow_chunk, proxy.slow_pause_s = 16, 1.5
    issue(office, 10)
    proxy.queue("slow")
    with SyncClient(state, office.outbox, timeout=(2.0, 1.0)) as client:
        client.push()  # urllib3 read-retry: the server got the batch twice and stored it once
    pushes = [fault for method, path, fault in proxy.log if method == "POST" and path.endswith("/batches")]
    assert pushes == ["slow", "pass"]
    assert server_events(server, state.device_id) == outbox_events(office)
    assert office.outbox.stats().pending == 0


def test_an_unreachable_server_leaves_everything_pending(office, tmp_path):
    state = SyncState(server_url="http://127.0.0.1:9", device_id="dev-x", office_code="TST", token="t")
    issue(office, 4)
    with SyncClient(state, office.outbox) as client, pytest.raises(SyncError, match="cannot reach the server"):
        client.push()
    assert office.outbox.stats().pending == 4
    assert {e.attempts for e in office.outbox.list()} == {1}
