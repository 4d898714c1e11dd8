"""Live updates over Server-Sent Events, and a hub restarted in the middle of the day."""
from __future__ import annotations

import threading
import time
import uuid

import pytest
import requests
from hub_helpers import Recorder, wait_until

from kiosk.hub.client import HubUnreachable
from kiosk.hub.running import HubServer
from kiosk.office import Office, OfficeInfo

A = "EC-N12"


def count(office, sql: str, *args) -> int:
    return office._db.execute(sql, args).fetchone()[0]


def test_a_subscribed_display_receives_the_call_with_counter_and_label(make_device, office):
    display = make_device("Salle", "display")
    desk = make_device("Guichet 1")
    seen = Recorder()
    display.subscribe(seen)
    wait_until(lambda: display.online)
    assert seen.of("hub.connection")[0].data == {"online": True}
    token = desk.login("amina", "4829").token
    desk.open_counter(token, "3", [A])
    issued = desk.issue_ticket(A)
    desk.call_next(token, "3")
    called = wait_until(lambda: seen.of("ticket.called"))
    assert called[0].data["counter"] == "3" and called[0].data["label"] == issued.ticket.label
    assert seen.kinds().index("ticket.issued") < seen.kinds().index("ticket.called")
    assert "hub.resync" not in seen.kinds()


def test_events_have_increasing_ids_and_heartbeats(hub, desk, office):
    with requests.get(hub.url + "/lan/v1/events", headers=desk._headers, stream=True, timeout=5) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        lines = []
        for line in response.iter_lines(chunk_size=None, decode_unicode=True):
            lines.append(line)
            if line == ": connected":  # the hub has registered this stream: what follows reaches it
                for _ in range(3):
                    office.issue_ticket(A)
            if line == ": ping":  # heartbeat_s is 1 s in these tests
                break
    ids = [line[4:] for line in lines if line.startswith("id: ")]
    boot = ids[0].rsplit("-", 1)[0]
    assert [int(i.rsplit("-", 1)[1]) for i in ids] == [0, 1, 2, 3]  # hello, then the three tickets
    assert all(i.startswith(boot + "-") for i in ids)


def test_a_short_drop_is_resumed_from_last_event_id(hub, desk, office):
    def read_events(last_id, n):
        headers = dict(desk._headers, **({"Last-Event-ID": last_id} if last_id else {}))
        events = []
        with requests.get(hub.url + "/lan/v1/events", headers=headers, stream=True, timeout=5) as response:
            kind = None
            for line in response.iter_lines(chunk_size=None, decode_unicode=True):
                if line.startswith("event: "):
                    kind = line[7:]
                elif line.startswith("id: "):
                    events.append((kind, line[4:]))
                    if len(events) == n:
                        return events
        return events

    ((hello, last_id),) = read_events(None, 1)
    assert hello == "hello"
    office.issue_ticket(A)
    office.issue_ticket(A)  # issued while this client was away
    missed = read_events(last_id, 2)
    assert [kind for kind, _ in missed] == ["ticket.issued", "ticket.issued"]
    ((kind, _),) = read_events("0badb007-3", 1)  # another run of the hub: cannot resume
    assert kind == "resync"


def test_the_hub_restarts_mid_day_and_the_desk_carries_on(office, staff, tmp_path, clock, catalogue, make_device,
                                                          hub):
    port = hub.port
    desk = make_device("Guichet 1")
    seen = Recorder()
    desk.subscribe(seen)
    wait_until(lambda: desk.online)
    token = desk.login("amina", "4829").token
    desk.open_counter(token, "1", [A])
    tickets = [desk.issue_ticket(A).ticket for _ in range(3)]
    assert desk.call_next(token, "1").id == tickets[0].id
    wait_until(lambda: seen.of("ticket.called"))

    hub.stop()
    office.close()
    wait_until(lambda: desk.online is False)
    action = str(uuid.uuid4())
    with pytest.raises(HubUnreachable) as exc:
        desk.call_next(token, "1", action_id=action)  # the clerk presses "next" while the hub is down
    assert exc.value.code == "hub_unreachable"

    reopened = Office.open_path(tmp_path / "office.sqlite3", OfficeInfo("APC Test", "TST", "Africa/Algiers"),
                                clock, catalogue)
    restarted = HubServer(reopened, "127.0.0.1", port, heartbeat_s=1.0).start()
    try:
        wait_until(lambda: desk.online)
        connection = [e.data["online"] for e in seen.of("hub.connection")]
        assert connection == [True, False, True]
        assert seen.of("hub.connection")[1].data == {"online": False, "reason": "hub_unreachable"}
        wait_until(lambda: seen.of("hub.resync"))  # another run of the hub: screens reload their snapshot

        # the same press, retried: applied once, with the same answer every time
        second = desk.call_next(token, "1", action_id=action)  # the staff session survived the restart
        assert second.id == tickets[1].id
        assert desk.call_next(token, "1", action_id=action).id == tickets[1].id
        wait_until(lambda: len(seen.of("ticket.called")) == 2)

        # an action whose retries span the restart window still lands exactly once
        restarted.stop()
        reopened.close()
        result = {}
        press = str(uuid.uuid4())
        worker = threading.Thread(target=lambda: result.setdefault("t", _call_with_patience(desk, token, press)))
        worker.start()
        time.sleep(0.3)
        reopened = Office.open_path(tmp_path / "office.sqlite3", OfficeInfo("APC Test", "TST", "Africa/Algiers"),
                                    clock, catalogue)
        restarted = HubServer(reopened, "127.0.0.1", port, heartbeat_s=1.0).start()
        worker.join(20)
        assert result["t"].id == tickets[2].id
        wait_until(lambda: len(seen.of("ticket.called")) == 3)
        time.sleep(0.3)

        assert count(reopened, "SELECT count(*) FROM tickets") == 3
        assert count(reopened, "SELECT count(*) FROM outbox WHERE type = 'ticket.called'") == 3
        assert count(reopened, "SELECT count(*) FROM outbox WHERE type = 'ticket.issued'") == 3
        assert [e.data["ticket_id"] for e in seen.of("ticket.called")] == [t.id for t in tickets]
        assert len(seen.of("ticket.issued")) == 3
    finally:
        restarted.stop()
        reopened.close()


def _call_with_patience(desk, token, action_id):
    """What the desk does: its own retries with backoff (urllib3's), then the same action_id again."""
    for _ in range(40):
        try:
            return desk.call_next(token, "1", action_id=action_id)
        except HubUnreachable:
            time.sleep(0.1)
    raise AssertionError("the hub never came back")
