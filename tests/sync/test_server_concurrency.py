"""Two `maktab-server serve` processes on one database, several devices pushing at once,
every batch sent to both (a retry racing the original): nothing lost, nothing twice."""
from __future__ import annotations

import collections
import threading

import pytest
from sqlalchemy import func, select

from sync import protocol as P
from sync.server import db as D
from sync.server.store import ServerStore

DEVICES = 4
EVENTS_PER_DEVICE = 1200
BATCH = 150


@pytest.mark.slow
def test_two_processes_store_concurrent_pushes_exactly_once(server_db_url, api):
    store = ServerStore(server_db_url)
    devices = []
    for i in range(DEVICES):
        office = f"OFF-{i % 2}"
        store.add_office(office, f"Office {i % 2}")
        code, _ = store.new_enroll_code(office)
        e = store.enroll(code, f"kiosk {i}")
        devices.append(type("Dev", (), {"device_id": e.device_id, "token": e.token,
                                        "headers": {"Authorization": f"Bearer {e.token}"}})())

    procs, urls = [], []
    try:
        for _ in range(2):
            port = api.free_port()
            procs.append(api.start_server_process(server_db_url, port))
            urls.append(f"http://127.0.0.1:{port}")
        for proc, url in zip(procs, urls):
            api.wait_healthy(url, timeout=60, proc=proc)

        results: dict[str, list[dict]] = collections.defaultdict(list)
        errors: list[str] = []
        lock = threading.Lock()

        def pusher(dev, url):
            try:
                for first in range(1, EVENTS_PER_DEVICE + 1, BATCH):
                    r = api.push(url, dev, api.make_events(first, BATCH, tag=dev.device_id), f"b{first}")
                    if r.status_code != 200:
                        errors.append(f"{url}: {r.status_code} {r.text[:200]}")
                        return
                    resp = r.json()
                    with lock:
                        results[dev.device_id] += resp["results"]
            except Exception as exc:
                errors.append(repr(exc))

        threads = [threading.Thread(target=pusher, args=(dev, url)) for dev in devices for url in urls]
        for t in threads:
            t.start()
        for t in threads:
            t.join(300)
        assert not errors, errors[:3]

        for dev in devices:
            by_seq = collections.defaultdict(list)
            for res in results[dev.device_id]:
                by_seq[res["seq"]].append(res["status"])
            assert sorted(by_seq) == list(range(1, EVENTS_PER_DEVICE + 1))
            for seq, statuses in by_seq.items():
                assert sorted(statuses) == [P.DUPLICATE, P.STORED], (dev.device_id, seq, statuses)

        with store.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(D.events)).scalar_one()
            distinct = conn.execute(select(func.count()).select_from(
                select(D.events.c.device_id, D.events.c.seq).distinct().subquery())).scalar_one()
            acked = dict(conn.execute(select(D.devices.c.id, D.devices.c.acked_through)).all())
        assert total == distinct == DEVICES * EVENTS_PER_DEVICE
        for dev in devices:
            # the last answers may have raced; one more (empty) push settles the ack point
            r = api.push(urls[0], dev, [])
            assert r.json()["acked_through"] == EVENTS_PER_DEVICE
            assert acked[dev.device_id] <= EVENTS_PER_DEVICE
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(15)
            except Exception:
                proc.kill()
        store.close()
