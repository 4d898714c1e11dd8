"""`maktab-server` commands, their help, exit codes and the recorded migrations."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from sync import protocol as P
from sync.server import cli
from sync.server import db as D

REPO = Path(__file__).resolve().parents[2]

COMMANDS = [[], ["serve"], ["migrate"], ["office"], ["office", "add"], ["office", "list"], ["office", "show"],
            ["enroll-code"], ["device"], ["device", "list"], ["device", "revoke"], ["import"], ["concern"],
            ["concern", "answer"], ["concern", "list"], ["concern", "show"], ["concern", "assign"], ["concern", "note"],
            ["concern", "status"], ["deadline"], ["deadline", "list"], ["deadline", "set"], ["announce"],
            ["catalogue"], ["catalogue", "set"], ["user"], ["user", "add"], ["user", "list"], ["user", "disable"],
            ["user", "enable"], ["user", "reset-password"], ["audit"], ["audit", "verify"], ["audit", "list"],
            ["figures"], ["figures", "rebuild"], ["nginx-config"], ["systemd-unit"]]


def _all_commands(parser, prefix=()):
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield [*prefix, name]
                yield from _all_commands(sub, (*prefix, name))


def test_every_command_is_listed_here_and_has_help(capsys):
    assert sorted(map(tuple, _all_commands(cli.build_parser()))) == sorted(map(tuple, COMMANDS[1:]))
    for command in COMMANDS:
        with pytest.raises(SystemExit) as exit_:
            cli.main([*command, "--help"])
        assert exit_.value.code == 0
        out = capsys.readouterr().out
        assert "usage: maktab-server" in out and "exit codes" in out


def test_documented_in_the_protocol_doc():
    doc = (REPO / "docs" / "sync-protocol.md").read_text(encoding="utf-8")
    for command in COMMANDS[1:]:
        assert f"maktab-server {' '.join(command)}" in doc, command


def test_usage_errors_exit_2(capsys):
    for argv in (["announce", "hello"], ["concern", "answer", "C1", "--status", "lost"], ["nothing"], []):
        with pytest.raises(SystemExit) as exit_:
            cli.main(argv)
        assert exit_.value.code == cli.EXIT_USAGE, argv
    capsys.readouterr()


def test_operator_workflow(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    assert cli.main(["office", "add", "ALG-16001", "--name", "APC Alger Centre", "--db", db]) == 0
    assert cli.main(["enroll-code", "--office", "ALG-16001", "--db", db, "--json"]) == 0
    capsys.readouterr()
    assert cli.main(["enroll-code", "--office", "ALG-16001", "--ttl-hours", "2", "--db", db]) == 0
    code = capsys.readouterr().out.splitlines()[0]
    assert len(code) == 19 and code.count("-") == 3
    assert set(code.replace("-", "")) <= set(P.ENROLL_CODE_ALPHABET)

    assert cli.main(["enroll-code", "--office", "NOPE", "--db", db]) == cli.EXIT_ERROR
    assert "office add NOPE" in capsys.readouterr().err

    assert cli.main(["announce", "--all", "--ar", "مرحبا", "--fr", "Bienvenue", "--db", db]) == 0
    assert cli.main(["announce", "--office", "ALG-16001", "Fermeture", "à", "15h", "--db", db, "--json"]) == 0
    capsys.readouterr()

    assert cli.main(["concern", "answer", "C-404", "--status", "answered", "--db", db]) == cli.EXIT_ERROR
    assert "no concern" in capsys.readouterr().err
    assert cli.main(["--db", db, "office", "list"]) == 0
    assert "ALG-16001\tAPC Alger Centre" in capsys.readouterr().out


def test_concern_answer_via_cli_is_pulled(server, device, api, capsys):
    ev = P.Event.create(1, "c1", P.CONCERN_REGISTERED, "2026-09-06T08:00:00Z",
                        {"code": "C-7", "category": "water", "text": "fuite", "language": "fr",
                         "registered_at": "2026-09-06T08:00:00Z"})
    api.push(server, device, [ev])
    assert cli.main(["concern", "answer", "C-7", "--status", "rejected", "--db", server.db_url]) == 1
    assert "--reason" in capsys.readouterr().err
    assert cli.main(["concern", "answer", "C-7", "--status", "answered", "--answer", "Réparé",
                     "--db", server.db_url]) == 0
    r = requests.get(server.url(P.UPDATES_PATH), headers=device.headers, timeout=10)
    (upd,) = P.parse_pull_response(r.json()).updates
    assert upd.data["status"] == "answered" and upd.data["public_answer"] == "Réparé"


def test_unreachable_database_exits_1(capsys):
    code = cli.main(["office", "list", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none"])
    assert code == cli.EXIT_ERROR
    assert "database" in capsys.readouterr().err


def test_migrations_are_recorded_and_rerun_is_a_no_op(server_db_url):
    engine = D.make_engine(server_db_url)
    try:
        assert D.migrate(engine) == [name for name, _ in D.MIGRATIONS]
        assert D.migrate(engine) == []
        assert D.applied_migrations(engine) == [name for name, _ in D.MIGRATIONS]
    finally:
        engine.dispose()


def test_migrate_command(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'm.sqlite3'}"
    assert cli.main(["migrate", "--db", db, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["all"] == [name for name, _ in D.MIGRATIONS]


def test_serve_runs_uvicorn_with_workers(tmp_path, api):
    port = api.free_port()
    db = f"sqlite:///{tmp_path / 's.sqlite3'}"
    proc = subprocess.Popen([sys.executable, "-m", "sync.server.cli", "serve", "--db", db, "--port", str(port),
                             "--workers", "2", "--log-level", "warning"], cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        api.wait_healthy(f"http://127.0.0.1:{port}", timeout=60, proc=proc)
        assert requests.get(f"http://127.0.0.1:{port}{P.HEALTH_PATH}", timeout=5).json()["service"] == "maktab-server"
    finally:
        proc.terminate()
        proc.wait(20)


def test_sync_imports_without_qt_or_kiosk():
    code = ("import sys, sync.protocol, sync.server.app, sync.server.cli, sync.server.store; "
            "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'kiosk'))); assert not bad, bad")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
