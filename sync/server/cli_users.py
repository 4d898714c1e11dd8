"""`maktab-server user …` and `maktab-server audit …`: staff accounts and the audit log.

A thin layer over `store.accounts` (sync/server/accounts.py) and sync/server/audit.py,
acting as `COMMAND_LINE` (an administrator: whoever holds the server's database). The
first administrator is created here: `maktab-server user add NAME --name … --role admin`.
Passwords are asked twice on the terminal (getpass), or read from the first line of
stdin with `--password-stdin` (scripts). Exit codes as in sync/server/cli.py; `audit
verify` exits 1 when the chain is broken and prints each problem.
"""
from __future__ import annotations

import getpass
import sys

from sync.server.cli import EXIT_ERROR, EXIT_OK, _out, _store
from sync.server.staff import COMMAND_LINE


def _password(args) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("password (at least 10 characters): ")
    if getpass.getpass("the same password again: ") != first:
        raise ValueError("the two passwords differ; nothing was changed. Run the command again.")
    return first


def cmd_user_add(args) -> int:
    user = _store(args).accounts.add(COMMAND_LINE, args.username, args.name, args.role, _password(args),
                                     offices=args.office or (), communes=args.commune or (),
                                     language=args.language)
    scope = ("every office" if user.offices is None
             else ", ".join(sorted(user.offices)) or "no office yet (no office in those communes)")
    _out(args, f"user {user.username} ({user.role}) added; sees: {scope}",
         {"username": user.username, "role": user.role, "offices": None if user.offices is None
          else sorted(user.offices), "communes": sorted(user.communes), "language": user.language})
    return EXIT_OK


def cmd_user_list(args) -> int:
    rows = _store(args).accounts.list(COMMAND_LINE)
    lines = [f"{'USERNAME':<20}  {'ROLE':<10}  {'LANG':<4}  {'DISABLED':<24}  SCOPE"]
    lines += [f"{r['username']:<20}  {r['role']:<10}  {r['language']:<4}  {r['disabled_at'] or 'no':<24}  "
              f"{', '.join(r['offices'] + r['communes']) or 'all'}  ({r['display_name']})" for r in rows]
    _out(args, "\n".join(lines) if rows else "(no staff users; add one: maktab-server user add …)", rows)
    return EXIT_OK


def cmd_user_disable(args) -> int:
    _store(args).accounts.disable(COMMAND_LINE, args.username)
    _out(args, f"user {args.username} disabled; their sessions are closed", {"username": args.username})
    return EXIT_OK


def cmd_user_enable(args) -> int:
    _store(args).accounts.enable(COMMAND_LINE, args.username)
    _out(args, f"user {args.username} enabled", {"username": args.username})
    return EXIT_OK


def cmd_user_reset_password(args) -> int:
    _store(args).accounts.reset_password(COMMAND_LINE, args.username, _password(args))
    _out(args, f"password of {args.username} changed; their sessions are closed", {"username": args.username})
    return EXIT_OK


def cmd_audit_verify(args) -> int:
    from sync.server.audit import verify

    check = verify(_store(args).engine)
    human = (f"audit log intact: {check.rows} rows" if check.ok
             else "\n".join([f"audit log BROKEN ({len(check.problems)} problems in {check.rows} rows):",
                             *check.problems]))
    _out(args, human, {"rows": check.rows, "ok": check.ok, "problems": check.problems})
    return EXIT_OK if check.ok else EXIT_ERROR


def cmd_audit_list(args) -> int:
    from sync.server.audit import entries

    rows = entries(_store(args).engine, args.limit, args.before, args.actor)
    lines = [f"{r['id']:>6}  {r['at']}  {r['actor']:<20}  {r['action']:<22}  {r['target']}  {r['details'] or ''}"
             for r in rows]
    _out(args, "\n".join(lines) or "(no audit entries)", rows)
    return EXIT_OK


def add_commands(add, sub) -> None:
    """Add `user …` and `audit …` to the parser; `add(name, func, help, parent)` is cli.build_parser's."""
    p = add("user", None, "manage the back office's staff accounts")
    user_sub = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    q = add("add", cmd_user_add, "add a staff user (the first administrator is created this way)", user_sub)
    q.add_argument("username", metavar="USERNAME", help="3-32 characters: a-z, 0-9, '.', '_', '-'")
    q.add_argument("--name", required=True, help="the person's name as colleagues know it")
    q.add_argument("--role", required=True, choices=["agent", "supervisor", "admin"],
                   help="agent: works the concerns of its offices; supervisor: runs its communes' offices; "
                        "admin: everything")
    q.add_argument("--office", action="append", metavar="CODE", help="an office of an agent (repeat for several)")
    q.add_argument("--commune", action="append", metavar="NAME",
                   help="a commune of a supervisor (repeat for several; see office add --commune)")
    q.add_argument("--language", default="ar", choices=["ar", "fr", "en", "kab"],
                   help="language of the pages (default ar)")
    q.add_argument("--password-stdin", action="store_true", help="read the password from stdin's first line")
    q = add("list", cmd_user_list, "list staff users: role, language, disabled, offices or communes", user_sub)
    q = add("disable", cmd_user_disable, "stop a user from logging in and close their sessions", user_sub)
    q.add_argument("username", metavar="USERNAME")
    q = add("enable", cmd_user_enable, "let a disabled user log in again", user_sub)
    q.add_argument("username", metavar="USERNAME")
    q = add("reset-password", cmd_user_reset_password, "set a new password and close the user's sessions",
            user_sub)
    q.add_argument("username", metavar="USERNAME")
    q.add_argument("--password-stdin", action="store_true", help="read the password from stdin's first line")

    p = add("audit", None, "read and check the hash-chained audit log of staff actions")
    audit_sub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    add("verify", cmd_audit_verify, "recompute the chain; exit 1 and name each edited or deleted row", audit_sub)
    q = add("list", cmd_audit_list, "the newest audit entries first", audit_sub)
    q.add_argument("--limit", type=int, default=100, help="at most this many entries (default 100)")
    q.add_argument("--before", type=int, metavar="ID", help="only entries older than this id (next page)")
    q.add_argument("--actor", metavar="USERNAME", help="only this person's actions")
