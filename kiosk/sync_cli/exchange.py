"""`maktab-sync push`, `pull` and `export`: events to the server (over the network or on a USB stick), updates back.

Main thread of the `maktab-sync` process; a busy or unreachable server is retried here,
waiting as `sync.backoff.Backoff` says, for up to `--max-wait` seconds.
"""
from __future__ import annotations

import argparse
import datetime as dt
import logging
import time
from pathlib import Path

from kiosk.sync_cli.context import EXIT_OK, EXIT_REJECTED, CliError, Context, Progress, out

log = logging.getLogger("maktab-sync")


def cmd_push(args: argparse.Namespace, ctx: Context) -> int:
    from sync.backoff import Backoff
    from sync.errors import ServerBusy, ServerUnreachable, UnexpectedAnswer

    client = ctx.client()
    outbox = ctx.office().outbox  # the client's own
    bar = Progress(args, outbox.stats().pending, "push")
    deadline = time.monotonic() + args.max_wait
    backoff = Backoff(base=1.0, cap=30.0)
    from sync.results import PushResult

    total = PushResult()
    try:
        while True:
            try:
                total.add(client.push(progress=lambda r, pending: bar.update(total.sent + r.sent)))
                break
            except (ServerBusy, ServerUnreachable, UnexpectedAnswer) as exc:
                if not exc.transient:
                    raise
                wait = backoff.next_delay(getattr(exc, "retry_after", None))
                if time.monotonic() + wait > deadline:
                    raise
                log.warning("%s; trying again in %.0f s", exc.message, wait)
                time.sleep(wait)
    finally:
        bar.done(total.sent)
        client.close()
    stats = outbox.stats()
    data = {"batches": total.batches, "sent": total.sent, "stored": total.stored, "duplicate": total.duplicate,
            "rejected": total.rejected, "bytes_sent": total.bytes_sent, "pending": stats.pending,
            "rejections": [{"seq": s, "reason": r} for s, r in total.rejections]}
    human = (f"pushed {total.sent} events in {total.batches} batches: {total.stored} stored, {total.duplicate} "
             f"already there, {total.rejected} rejected; {stats.pending} still pending")
    for seq, reason in total.rejections[:20]:
        human += f"\n  rejected seq {seq}: {reason}"
    out(args, human, data)
    return EXIT_REJECTED if total.rejected else EXIT_OK


def cmd_pull(args: argparse.Namespace, ctx: Context) -> int:
    client = ctx.client(with_sink=True)
    try:
        result = client.pull()
    finally:
        client.close()
    out(args, f"pulled {result.applied + result.kept_local + result.ignored} updates: {result.applied} applied, "
               f"{result.kept_local} kept local (a local change is not sent yet), {result.ignored} ignored; "
               f"cursor {result.cursor}",
         {"applied": result.applied, "kept_local": result.kept_local, "ignored": result.ignored,
          "cursor": result.cursor, "pages": result.pages})
    return EXIT_OK


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from sync.export import export_batch_file

    if not ctx.state.enrolled:
        raise CliError("this office device is not enrolled: a batch file is signed with the device's key")
    if not ctx.state.signing_key_registered:
        _register_signing_key_for_export(ctx)
    outbox = ctx.office().outbox
    path = Path(args.file)
    if path.is_dir():
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        path = path / f"{ctx.state.office_code}-{ctx.state.device_id}-{stamp}.maktab-batch.jsonl"
    bar = Progress(args, outbox.stats().pending, "export")
    n = export_batch_file(outbox, ctx.state, path, progress=bar.update)
    bar.done(n)
    out(args, f"{n} pending events written to {path}\nImport it at the central server (maktab-server import "
               f"FILE); they stay pending here and are acknowledged at the next push.",
         {"file": str(path), "events": n})
    return EXIT_OK


def _register_signing_key_for_export(ctx: Context) -> None:
    """A device enrolled before signed batch files gets its key now, if the server can be reached:
    a file signed with a key the server does not know would be refused at import."""
    from sync.client import SyncClient
    from sync.errors import SyncError

    try:
        with SyncClient(ctx.state) as client:
            client.register_signing_key()
    except SyncError as exc:
        raise CliError(f"this device's batch-file signing key is not registered with the central server yet (the "
                       f"device was enrolled before signed files), and registering it failed: {exc.message} "
                       "Connect once (maktab-sync push), or enrol again (maktab-sync enroll --force), then "
                       "export.") from None
