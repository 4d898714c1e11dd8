"""`maktab-server concern …` and `deadline …`: the workflow from the command line, and one
concern end to end through the real sync API (an office pushes, an agent answers, the
office pulls the answer)."""
from __future__ import annotations

import json

import requests

from sync import protocol as P
from sync.server import cli
from sync.server.staff import StaffUser
from tests.server.concern_world import ALGER_A, ORAN


def run(capsys, *argv, db):
    code = cli.main([*argv, "--db", db])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_concern_worked_from_the_command_line(concern_world, capsys):
    w = concern_world
    db = w.store.db_url
    w.register(ALGER_A, "ALG-C-0001", at="2020-01-06T08:00:00Z")
    w.register(ORAN, "ORN-C-0001", at="2099-01-06T08:00:00Z")

    code, out, _ = run(capsys, "concern", "list", "--overdue", db=db)
    assert code == 0 and "ALG-C-0001" in out and "ORN-C-0001" not in out and "2020-02-05T08:00:00.000Z !" in out
    assert run(capsys, "concern", "assign", "ALG-C-0001", "amina", db=db)[0] == 0
    assert run(capsys, "concern", "note", "ALG-C-0001", "Voirie prévenue", db=db)[0] == 0
    code, _, err = run(capsys, "concern", "status", "ALG-C-0001", "in_progress", "--reason", " ", db=db)
    assert code == cli.EXIT_ERROR and "reason" in err
    assert run(capsys, "concern", "status", "ALG-C-0001", "in_progress", "--reason", "Transmis", db=db)[0] == 0
    code, out, _ = run(capsys, "concern", "show", "ALG-C-0001", db=db)
    assert code == 0 and "owner amina" in out and "[internal] Voirie prévenue" in out and "Transmis" in out
    code, out, _ = run(capsys, "concern", "list", "--office", ALGER_A, "--json", db=db)
    (row,) = json.loads(out)["rows"]
    assert row["assigned_to"] == "amina" and row["status"] == "in_progress" and row["overdue"] is True
    code, _, err = run(capsys, "concern", "assign", "ALG-C-0001", "omar", db=db)
    assert code == cli.EXIT_ERROR and "assignee" in err
    code, _, err = run(capsys, "concern", "show", "NOPE-1", db=db)
    assert code == cli.EXIT_ERROR and "no concern" in err

    code, out, _ = run(capsys, "deadline", "set", "--category", "roads", "--days", "15", "--commune", "Oran", db=db)
    assert code == 0 and "1 open concerns" in out
    code, out, _ = run(capsys, "deadline", "list", "--json", db=db)
    assert json.loads(out)["deadlines"] == [{"commune": "Oran", "category": "roads", "days": 15}]
    code, _, err = run(capsys, "deadline", "set", "--category", "roads", "--days", "400", db=db)
    assert code == cli.EXIT_ERROR and "365" in err


def test_an_agents_answer_reaches_the_office_through_the_sync_api(server, device, api):
    ev = P.Event.create(1, "ev-1", P.CONCERN_REGISTERED, "2026-09-06T08:00:00Z", {
        "concern_id": "01J0", "code": "ALG-C-0042", "category": "roads", "text": "حفرة في الطريق", "language": "ar",
        "registered_at": "2026-09-06T08:00:00Z", "status": "received"})
    assert api.push(server, device, [ev]).json()["results"][0]["status"] == P.STORED
    agent = StaffUser(1, "amina", "Amina", "agent", offices=frozenset({device.office_code}))
    server.store.concerns.answer(agent, device.office_code, "ALG-C-0042", "سيتم إصلاح الطريق يوم الاثنين")
    r = requests.get(server.url(P.UPDATES_PATH), headers=device.headers, timeout=10)
    (update,) = P.parse_pull_response(r.json()).updates
    assert update.kind == P.UPDATE_CONCERN_STATUS
    assert update.data["code"] == "ALG-C-0042" and update.data["status"] == "answered"
    assert update.data["public_answer"] == "سيتم إصلاح الطريق يوم الاثنين"
