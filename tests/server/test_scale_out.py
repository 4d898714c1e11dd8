"""The central server as deployed: two app processes behind nginx on one PostgreSQL, 50 offices
syncing through nginx with the real client, one app process SIGKILLed mid-run and restarted.

What an operator would check afterwards: every event every office recorded is on the server
exactly once with the office's content, every office's outbox is empty, and the offices got
through it without anyone's help. Also: the shipped nginx config refuses an oversized body
with the protocol's JSON, and answers the protocol's 503 when no app process is up.
"""
from __future__ import annotations

import subprocess
import threading
import time

import pytest
import requests
from sqlalchemy import func, select

from sync import protocol as P
from sync.server import cli
from sync.server import db as D
from sync.server.deploy import nginx_binary, render_nginx_standalone, systemd_unit
from tests.server.scale_world import Cluster, check_exactly_once, make_offices, template_office

OFFICES = 50
LIVE_ROUNDS = 3  # after its backlog, each office records and pushes this many small bursts
pytestmark = pytest.mark.skipif(nginx_binary() is None,
                                reason="nginx is not installed: scripts/install-system-deps.sh --test")


@pytest.fixture
def cluster(pg_db_url, tmp_path):
    running = Cluster(pg_db_url, tmp_path, apps=2).start()
    yield running
    running.close()


def _stored(cluster: Cluster) -> int:
    with D.read_only(cluster.store.engine) as conn:
        return conn.execute(select(func.count()).select_from(D.events)).scalar_one()


def test_offices_sync_exactly_once_through_nginx_while_an_app_process_is_killed(cluster, tmp_path):
    template = template_office(tmp_path / "template.sqlite3", tickets=60)
    offices = make_offices(cluster, template, OFFICES, tmp_path)
    backlog = offices[0].outbox.stats().pending
    deadline = time.monotonic() + 90
    drained: dict[str, bool] = {}
    started = threading.Barrier(OFFICES + 1)

    def office_day(office):
        started.wait()
        ok = office.sync_until_drained(deadline, batch_events=20)
        for round_ in range(LIVE_ROUNDS):  # the office keeps issuing tickets after the backlog
            office.add_events(1 + round_, P.utc_now_iso())
            ok = office.sync_until_drained(deadline, batch_events=20) and ok
        drained[office.code] = ok

    threads = [threading.Thread(target=office_day, args=(o,), name=o.code) for o in offices]
    for t in threads:
        t.start()
    started.wait()
    total_backlog = backlog * OFFICES
    while _stored(cluster) < total_backlog // 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    stored_at_kill = _stored(cluster)
    cluster.kill(0)
    time.sleep(1.0)  # pushes meanwhile: nginx sends them to the other process
    cluster.restart(0)
    for t in threads:
        t.join(max(1.0, deadline - time.monotonic()))

    assert stored_at_kill < total_backlog, "the kill came after the backlog was in: it tested nothing"
    assert all(drained.get(o.code) for o in offices), \
        f"offices with events still pending: {[o.code for o in offices if not drained.get(o.code)]}"
    assert all(o.outbox.stats().pending == 0 and o.outbox.stats().rejected == 0 for o in offices)
    stored = check_exactly_once(cluster.store, offices)
    assert stored == OFFICES * (backlog + sum(1 + r for r in range(LIVE_ROUNDS)))
    # The restarted process is back in nginx's rotation and serves pushes.
    assert requests.get(f"http://127.0.0.1:{cluster.ports[0]}{P.HEALTH_PATH}", timeout=5).ok
    for office in offices:
        office.close()


def test_nginx_answers_with_the_protocols_json_when_the_body_is_too_big_or_no_app_answers(cluster):
    too_big = requests.post(cluster.base_url + P.BATCHES_PATH, data=b"x" * (P.MAX_BODY_BYTES + 1),
                            headers={"Content-Type": "application/json"}, timeout=10)
    assert too_big.status_code == 413
    assert too_big.json()["error"]["code"] == "too_large"
    cluster.kill(0)
    cluster.kill(1)
    down = requests.get(cluster.base_url + P.UPDATES_PATH, timeout=10)
    assert down.status_code == 503
    assert down.json()["error"]["code"] == "unavailable"
    assert down.headers["Retry-After"] == "5"


def test_the_printed_nginx_config_is_one_nginx_accepts_for_the_ports_given(tmp_path, capsys):
    assert cli.main(["nginx-config", "--ports", "8001", "8002", "8003", "--listen", "127.0.0.1:8080"]) == 0
    site = capsys.readouterr().out
    assert [line.split()[1] for line in site.splitlines() if line.strip().startswith("server 127.0.0.1:")] == [
        "127.0.0.1:8001", "127.0.0.1:8002", "127.0.0.1:8003"]
    conf = tmp_path / "nginx.conf"
    conf.write_text(render_nginx_standalone(site, tmp_path), encoding="utf-8")
    for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (tmp_path / "temp" / kind).mkdir(parents=True)
    checked = subprocess.run([nginx_binary(), "-t", "-p", str(tmp_path), "-c", str(conf), "-e",
                              str(tmp_path / "error.log")], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    assert cli.main(["systemd-unit"]) == 0
    assert capsys.readouterr().out == systemd_unit()
    assert "ExecStart=/opt/maktab/.venv/bin/maktab-server serve --host 127.0.0.1 --port %i" in systemd_unit()
