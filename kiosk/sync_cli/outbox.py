"""`maktab-sync status` and `maktab-sync outbox list|show|retry-rejected`: the queue of events for the server.

Main thread of the `maktab-sync` process.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from kiosk.sync_cli.context import EXIT_OK, CliError, Context, out
from sync.ports import OutboxEventLike


def status_data(ctx: Context) -> dict[str, Any]:
    from kiosk.store.outbox import oldest_pending_age_s

    data: dict[str, Any] = {"enrolled": ctx.state.enrolled, "server_url": ctx.state.server_url or None,
                            "device_id": ctx.state.device_id or None, "office_code": ctx.state.office_code or None,
                            "pending": None, "acked": None, "rejected": None, "oldest_pending_age_s": None,
                            "pull_cursor": ctx.state.pull_cursor, "last_success_at": ctx.state.last_success_at,
                            "last_attempt_at": ctx.state.last_attempt_at, "last_error": ctx.state.last_error,
                            "server_clock_offset_s": ctx.state.server_clock_offset_s,
                            "database": str(ctx.db_path)}
    if ctx.db_path.exists():
        stats = ctx.office().outbox.stats()
        age = oldest_pending_age_s(stats, dt.datetime.now(dt.UTC))
        data.update(pending=stats.pending, acked=stats.acked, rejected=stats.rejected,
                    oldest_pending_age_s=None if age is None else round(age, 1))
    return data


def cmd_status(args: argparse.Namespace, ctx: Context) -> int:
    d = status_data(ctx)
    lines = [f"server:        {d['server_url'] or '(not enrolled)'}",
             f"device:        {d['device_id'] or '-'}  office {d['office_code'] or '-'}",
             f"outbox:        {d['pending']} pending, {d['acked']} acked, {d['rejected']} rejected",
             f"oldest pending: {format_age(d['oldest_pending_age_s'])}",
             f"last success:  {d['last_success_at'] or 'never'}",
             f"last error:    {d['last_error'] or '-'}",
             f"clock offset:  {'-' if d['server_clock_offset_s'] is None else str(d['server_clock_offset_s']) + ' s'}"]
    out(args, "\n".join(lines), d)
    return EXIT_OK


def format_age(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


def _event_data(e: OutboxEventLike) -> dict[str, Any]:
    return {"seq": e.seq, "event_id": e.event_id, "type": e.type, "occurred_at": e.occurred_at, "state": e.state,
            "attempts": e.attempts, "last_error": e.last_error, "payload": e.payload}


def cmd_outbox_list(args: argparse.Namespace, ctx: Context) -> int:
    events = ctx.office().outbox.list(args.state, args.limit, args.after)
    lines = [f"{e.seq:>8}  {e.state:<8}  {e.type:<24}  {e.occurred_at}  attempts {e.attempts}"
             + (f"  {e.last_error}" if e.last_error else "") for e in events]
    data = [{k: v for k, v in _event_data(e).items() if k != "payload"} for e in events]
    out(args, "\n".join(lines) or "(no events)", data)
    return EXIT_OK


def cmd_outbox_show(args: argparse.Namespace, ctx: Context) -> int:
    event = ctx.office().outbox.get(args.seq)
    if event is None:
        raise CliError(f"no outbox event with seq {args.seq}")
    data = _event_data(event)
    out(args, json.dumps(data, ensure_ascii=False, indent=2), data)
    return EXIT_OK


def cmd_outbox_retry(args: argparse.Namespace, ctx: Context) -> int:
    n = ctx.office().outbox.retry_rejected()
    out(args, f"{n} rejected events are pending again (they go with the next push)", {"requeued": n})
    return EXIT_OK
