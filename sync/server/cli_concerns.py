"""`maktab-server concern …` and `maktab-server deadline …`: the concern workflow on the
command line, as the administrator `COMMAND_LINE`, through the same service functions
as the back office (sync/server/concerns/). A thin argparse layer; exit codes as
`maktab-server` (sync/server/cli.py, which registers these commands). Main thread.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from sync.server.staff import COMMAND_LINE

Store = Callable[[argparse.Namespace], Any]
Out = Callable[[argparse.Namespace, str, Any], None]


def register(sub: Any, add: Callable[..., argparse.ArgumentParser], store: Store, out: Out) -> None:
    """Add the `concern` and `deadline` command groups to the parser's subcommands."""

    def concerns(args: argparse.Namespace) -> Any:
        return store(args).concerns

    def office_of(args: argparse.Namespace) -> str:
        return args.office or concerns(args).locate(COMMAND_LINE, args.code)

    def cmd_answer(args: argparse.Namespace) -> int:
        upd = concerns(args).decide(COMMAND_LINE, args.code, args.status, args.answer, args.reason, args.office)
        out(args, f"concern {args.code}: {args.status} (update {upd.cursor} queued for its office)", upd.to_dict())
        return 0

    def cmd_list(args: argparse.Namespace) -> int:
        from sync.server.concerns import ConcernQuery

        query = ConcernQuery(offices=tuple(args.office or ()), category=args.category, status=args.status,
                             overdue=args.overdue, unassigned=args.unassigned, text=args.text,
                             received_from=args.received_from, received_to=args.received_to, sort=args.sort,
                             after=args.after, limit=args.limit)
        page = concerns(args).list(COMMAND_LINE, query)
        lines = [f"{'OFFICE':<12}  {'CODE':<16}  {'CATEGORY':<14}  {'STATUS':<11}  {'RECEIVED':<24}  "
                 f"{'DUE':<24}  {'OWNER':<12}  TEXT"]
        lines += [f"{r.office_code:<12}  {r.code:<16}  {(r.category or '')[:14]:<14}  {r.status:<11}  "
                  f"{r.registered_at:<24}  {(r.due_at or '') + (' !' if r.overdue else ''):<24}  "
                  f"{(r.assigned_to or '-')[:12]:<12}  {(r.excerpt or '')[:40]}" for r in page.rows]
        if page.next_cursor:
            lines.append(f"(more: --after {page.next_cursor})")
        out(args, "\n".join(lines) if page.rows else "(no concerns)",
            {"rows": [dataclasses.asdict(r) for r in page.rows], "next_cursor": page.next_cursor})
        return 0

    def cmd_show(args: argparse.Namespace) -> int:
        d = concerns(args).get(COMMAND_LINE, office_of(args), args.code)
        lines = [f"concern {d.code} at office {d.office_code} ({d.office_name or '?'}, commune {d.commune or '?'})",
                 f"category {d.category}, status {d.status}, language {d.language}",
                 f"received {d.registered_at}, due {d.due_at}{' (OVERDUE)' if d.overdue else ''}, "
                 f"owner {d.assigned_to or 'nobody'}", "", d.text or "", "", "history:"]
        lines += [f"  {h.at}  {h.actor:<12}  {h.kind:<10}  {h.status or '':<11}  {'' if h.public else '[internal] '}"
                  f"{h.body or ''}{' — ' + h.reason if h.reason else ''}" for h in d.history]
        out(args, "\n".join(lines), dataclasses.asdict(d))
        return 0

    def cmd_assign(args: argparse.Namespace) -> int:
        office = office_of(args)
        assignee = None if args.user == "-" else args.user
        concerns(args).assign(COMMAND_LINE, office, args.code, assignee)
        out(args, f"concern {args.code}: assigned to {assignee or 'nobody'}",
            {"office_code": office, "code": args.code, "assigned_to": assignee})
        return 0

    def cmd_note(args: argparse.Namespace) -> int:
        office = office_of(args)
        concerns(args).add_note(COMMAND_LINE, office, args.code, args.text)
        out(args, f"concern {args.code}: internal note added (not sent to the office)",
            {"office_code": office, "code": args.code})
        return 0

    def cmd_status(args: argparse.Namespace) -> int:
        upd = concerns(args).set_status(COMMAND_LINE, office_of(args), args.code, args.status, args.reason)
        out(args, f"concern {args.code}: {args.status} (update {upd.cursor} queued for its office)", upd.to_dict())
        return 0

    def cmd_deadline_list(args: argparse.Namespace) -> int:
        from sync.server.db_backoffice import DEFAULT_DEADLINE_DAYS

        rows = concerns(args).deadlines(COMMAND_LINE)
        lines = [f"{'COMMUNE':<20}  {'CATEGORY':<20}  DAYS"]
        lines += [f"{r.commune or '(all communes)':<20}  {r.category:<20}  {r.days}" for r in rows]
        lines.append(f"(any other category: {DEFAULT_DEADLINE_DAYS} days)")
        out(args, "\n".join(lines), {"deadlines": [dataclasses.asdict(r) for r in rows],
                                     "default_days": DEFAULT_DEADLINE_DAYS})
        return 0

    def cmd_deadline_set(args: argparse.Namespace) -> int:
        changed = concerns(args).set_deadline(COMMAND_LINE, args.commune, args.category, args.days)
        where = f"commune {args.commune}" if args.commune else "every commune"
        out(args, f"deadline of {args.category} in {where}: {args.days} days ({changed} open concerns got a new "
                  "due date)", {"commune": args.commune, "category": args.category, "days": args.days,
                                "recomputed": changed})
        return 0

    def code_and_office(p: argparse.ArgumentParser) -> None:
        p.add_argument("code", metavar="CODE", help="the concern code printed on the citizen's receipt")
        p.add_argument("--office", metavar="CODE", help="office of the concern, if the code exists in several")

    p = add("concern", None, "work citizens' concerns: list, show, assign, note, answer, status")
    concern_sub = p.add_subparsers(dest="concern_command", metavar="ACTION", required=True)
    q = add("answer", cmd_answer, "set a concern's status and public answer; the office pulls it", concern_sub)
    q.add_argument("code", metavar="CODE", help="the concern code printed on the citizen's receipt")
    q.add_argument("--status", required=True, choices=["answered", "in_progress", "closed", "rejected"])
    q.add_argument("--answer", metavar="TEXT", help="public answer shown to the citizen")
    q.add_argument("--reason", metavar="TEXT", help="reason (required with --status rejected)")
    q.add_argument("--office", metavar="CODE", help="office of the concern, if the code exists in several")

    q = add("list", cmd_list, "list concerns, newest first (a page at a time)", concern_sub)
    q.add_argument("--office", metavar="CODE", action="append", help="only this office (repeat for several)")
    q.add_argument("--overdue", action="store_true", help="only open concerns past their due date")
    q.add_argument("--unassigned", action="store_true", help="only concerns nobody owns")
    q.add_argument("--status", choices=["open", "received", "in_progress", "answered", "closed", "rejected"])
    q.add_argument("--category", metavar="CODE", help="only this category")
    q.add_argument("--text", metavar="WORDS", help="a code prefix, or words of the text (with another filter)")
    q.add_argument("--received-from", type=dt.date.fromisoformat, metavar="YYYY-MM-DD", help="received on or after")
    q.add_argument("--received-to", type=dt.date.fromisoformat, metavar="YYYY-MM-DD", help="received on or before")
    q.add_argument("--sort", choices=["newest", "oldest", "due"], default="newest", help="order (default newest)")
    q.add_argument("--limit", type=int, default=50, metavar="N", help="rows per page, 1 to 100 (default 50)")
    q.add_argument("--after", metavar="CURSOR", help="the next page: the cursor printed under the previous one")

    q = add("show", cmd_show, "one concern with its due date, owner and full history", concern_sub)
    code_and_office(q)
    q = add("assign", cmd_assign, "give a concern an owner (an agent or supervisor of its office)", concern_sub)
    code_and_office(q)
    q.add_argument("user", metavar="USER", help="the owner's username, or - for nobody")
    q = add("note", cmd_note, "add an internal note (never sent to the office or the citizen)", concern_sub)
    code_and_office(q)
    q.add_argument("text", metavar="TEXT", help="the note")
    q = add("status", cmd_status, "change a concern's status with a reason the citizen sees", concern_sub)
    code_and_office(q)
    q.add_argument("status", metavar="STATUS", choices=["in_progress", "answered", "closed", "rejected"],
                   help="in_progress (also: reopen), answered, closed or rejected")
    q.add_argument("--reason", required=True, metavar="TEXT", help="why (shown in the history and to the citizen)")

    p = add("deadline", None, "answer deadlines per concern category (default 30 days)")
    deadline_sub = p.add_subparsers(dest="deadline_command", metavar="ACTION", required=True)
    add("list", cmd_deadline_list, "list the deadlines set per commune and category", deadline_sub)
    q = add("set", cmd_deadline_set, "set a category's deadline for one commune or all; open concerns get new due "
            "dates", deadline_sub)
    q.add_argument("--category", required=True, metavar="CODE", help="the concern category code")
    q.add_argument("--days", required=True, type=int, metavar="N", help="days to answer, 1 to 365")
    q.add_argument("--commune", metavar="NAME", help="only this commune (default: every commune)")


__all__ = ["register"]
