"""`maktab-server user …` and `audit …`: the first administrator, the list, disabling, resetting,
and `audit verify` finding an edited and a deleted row."""
from __future__ import annotations

import io
import json

from sqlalchemy import create_engine, delete, update

from sync.server import cli
from sync.server.db_backoffice import audit_log
from sync.server.store import ServerStore

PASSWORD = "the first admin's password"


def _run(capsys, *argv, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_user_commands(tmp_path, capsys, monkeypatch):
    db = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    assert _run(capsys, "office", "add", "ALG-1", "--name", "APC", "--commune", "Alger Centre", "--db", db)[0] == 0
    code, out, _ = _run(capsys, "user", "add", "root", "--name", "Root", "--role", "admin", "--password-stdin",
                        "--db", db, stdin=PASSWORD + "\n", monkeypatch=monkeypatch)
    assert code == 0 and "sees: every office" in out
    code, out, _ = _run(capsys, "user", "add", "sam", "--name", "Sam", "--role", "supervisor", "--commune",
                        "Alger Centre", "--password-stdin", "--db", db, stdin=PASSWORD, monkeypatch=monkeypatch)
    assert code == 0 and "sees: ALG-1" in out
    code, _, err = _run(capsys, "user", "add", "x", "--name", "X", "--role", "agent", "--office", "ALG-1",
                        "--password-stdin", "--db", db, stdin="short\n", monkeypatch=monkeypatch)
    assert code == cli.EXIT_ERROR and "username: Use 3 to 32 characters" in err
    code, out, _ = _run(capsys, "user", "list", "--json", "--db", db)
    users = {u["username"]: u for u in json.loads(out)}
    assert set(users) == {"root", "sam"} and users["sam"]["communes"] == ["Alger Centre"]
    assert _run(capsys, "user", "disable", "sam", "--db", db)[0] == 0
    assert json.loads(_run(capsys, "user", "list", "--json", "--db", db)[1])[1]["disabled_at"]
    store = ServerStore(db)
    assert _run(capsys, "user", "reset-password", "root", "--password-stdin", "--db", db,
                stdin="a second good password\n", monkeypatch=monkeypatch)[0] == 0
    assert store.accounts.login("root", "a second good password", "127.0.0.1").user.username == "root"
    code, _, err = _run(capsys, "user", "disable", "nobody", "--db", db)
    assert code == cli.EXIT_ERROR and "no staff user 'nobody'" in err
    code, out, _ = _run(capsys, "audit", "list", "--json", "--db", db)
    assert [e["action"] for e in json.loads(out)][:3] == ["login", "user.reset_password", "user.disable"]


def test_password_typed_twice_must_match(tmp_path, capsys, monkeypatch):
    db = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    answers = iter([PASSWORD, PASSWORD + "x"])
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": next(answers))
    code, _, err = _run(capsys, "user", "add", "root", "--name", "Root", "--role", "admin", "--db", db)
    assert code == cli.EXIT_ERROR and "the two passwords differ" in err


def test_audit_verify_finds_an_edited_and_a_deleted_row(tmp_path, capsys, monkeypatch):
    db = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    for name in ("ana", "bob", "cyd", "dan"):
        _run(capsys, "user", "add", name, "--name", name.title(), "--role", "admin", "--password-stdin", "--db", db,
             stdin=PASSWORD, monkeypatch=monkeypatch)
    code, out, _ = _run(capsys, "audit", "verify", "--db", db)
    assert code == 0 and "intact: 4 rows" in out
    engine = create_engine(db)
    with engine.begin() as conn:
        conn.execute(update(audit_log).where(audit_log.c.id == 2).values(actor="someone else"))
    code, out, _ = _run(capsys, "audit", "verify", "--db", db)
    assert code == cli.EXIT_ERROR and "row 2 (" in out and "was edited" in out
    with engine.begin() as conn:
        conn.execute(update(audit_log).where(audit_log.c.id == 2).values(actor="cli"))
        conn.execute(delete(audit_log).where(audit_log.c.id == 3))
    code, out, _ = _run(capsys, "audit", "verify", "--db", db, "--json")
    report = json.loads(out)
    assert code == cli.EXIT_ERROR and not report["ok"]
    assert any(p.startswith("row 4: the chain is broken between row 2") for p in report["problems"])
