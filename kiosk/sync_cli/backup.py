"""`maktab-sync backup` and `restore`: the office database copied consistently, and put back.

Main thread of the `maktab-sync` process.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.sync_cli.context import EXIT_OK, Context, out


def cmd_backup(args: argparse.Namespace, ctx: Context) -> int:
    from kiosk.store.backup import backup_database

    info = backup_database(ctx.db_path, Path(args.file))
    out(args, f"backup written to {info.file} ({info.bytes:,} bytes, integrity ok, readable by this user only)",
         info.as_dict())
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, ctx: Context) -> int:
    from kiosk.store.backup import restore_database

    info = restore_database(Path(args.file), ctx.db_path)
    kept = f"the previous database was kept as {info.previous_kept_as}" if info.previous_kept_as else \
        "there was no database before"
    floors = (f"; today's ticket numbers continue after those already handed out ({info.ticket_floors_raised} "
              "service(s) and day(s) kept their last number)" if info.ticket_floors_raised else "")
    out(args, f"restored {info.database} from {info.restored_from} (integrity ok); {kept}{floors}", info.as_dict())
    return EXIT_OK
