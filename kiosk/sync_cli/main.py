"""`maktab-sync`'s argument parser and entry point: every command, its options and exit codes.

Main thread of the `maktab-sync` process; the package docstring says what the tool is for.
"""
from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
from collections.abc import Sequence

from kiosk.sync_cli.backup import cmd_backup, cmd_restore
from kiosk.sync_cli.context import EXIT_FAILED, EXIT_UNREACHABLE, EXIT_USAGE, CliError, Context
from kiosk.sync_cli.doctor import cmd_doctor
from kiosk.sync_cli.enrolment import cmd_enroll
from kiosk.sync_cli.exchange import cmd_export, cmd_pull, cmd_push
from kiosk.sync_cli.outbox import cmd_outbox_list, cmd_outbox_retry, cmd_outbox_show, cmd_status

EPILOG = """exit codes:
  0  ok
  1  failed (refused, not enrolled, bad file, database problem, TLS not valid)
  2  usage or configuration error
  3  server unreachable (try again later; nothing is lost)
  4  done, but some events were rejected by the server (see: outbox list --state rejected)
See docs/operations.md."""


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", metavar="PATH", default=argparse.SUPPRESS,
                        help="kiosk settings file (TOML); default $MAKTAB_CONFIG")
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="the office's data folder (office.sqlite3, sync.json); default $MAKTAB_DATA_DIR "
                             "or the user's data directory")
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                        help="log details to stderr")
    with_json = argparse.ArgumentParser(add_help=False)
    with_json.add_argument("--json", action="store_true", help="print the result as JSON (for scripts)")

    parser = argparse.ArgumentParser(
        prog="maktab-sync", parents=[common], epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Office ↔ central server sync: enrol this office, see and push its queued events, pull "
                    "central updates, carry events by USB, check the installation, back up the database.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(name, func, help_, parent=sub, json_=True):
        p = parent.add_parser(name, parents=[common] + ([with_json] if json_ else []), help=help_,
                              description=help_, epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
        p.set_defaults(func=func)
        return p

    p = add("enroll", cmd_enroll, "enrol this office device with the central server (one-time code)")
    p.add_argument("--server", required=True, metavar="URL", help="central server, e.g. https://maktab.interieur.dz")
    p.add_argument("--code", required=True, metavar="CODE", help="one-time code from the central operator")
    p.add_argument("--name", metavar="NAME", help="this device's name as the server shows it (default: host name)")
    p.add_argument("--ca-bundle", metavar="PATH", help="PEM file of a private CA that signed the server certificate")
    p.add_argument("--allow-http", action="store_true",
                   help="allow plain http to a non-loopback server (the token travels unencrypted)")
    p.add_argument("--force", action="store_true", help="enrol again even if already enrolled")

    add("status", cmd_status, "show the outbox counts and the last sync (JSON keys: pending, acked, rejected, "
                              "oldest_pending_age_s, last_success_at, last_error, server_clock_offset_s, …)")

    p = add("push", cmd_push, "send every pending event now (until none is pending, or an error)")
    p.add_argument("--max-wait", type=float, default=60.0, metavar="S",
                   help="keep retrying a busy or unreachable server for up to S seconds (default 60; 0: no retry)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")

    add("pull", cmd_pull, "fetch central updates (announcements, concern answers) now")

    p = add("outbox", None, "look at the queue of events waiting for the server", json_=False)
    osub = p.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    q = add("list", cmd_outbox_list, "list events in seq order", osub)
    q.add_argument("--state", choices=["pending", "acked", "rejected"], help="only events in this state")
    q.add_argument("--limit", type=int, default=50, metavar="N", help="at most N events (default 50)")
    q.add_argument("--after", type=int, default=0, metavar="SEQ", help="only events after this seq (paging)")
    q = add("show", cmd_outbox_show, "show one event with its payload", osub)
    q.add_argument("seq", type=int, metavar="SEQ")
    add("retry-rejected", cmd_outbox_retry, "make rejected events pending again (after the server was fixed)", osub)

    p = add("export", cmd_export, "write pending events to a signed batch file for a USB stick (they stay pending)")
    p.add_argument("file", metavar="FILE", help="the file to write, or a folder (a name is chosen)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")

    add("doctor", cmd_doctor, "check enrolment, server, TLS, clock, disk, database, outbox and printer")

    p = add("backup", cmd_backup, "copy the office database consistently, even while the kiosk runs")
    p.add_argument("file", metavar="FILE|DIR", help="an existing folder (a dated office-YYYYMMDD-HHMMSS.sqlite3 is "
                                                    "written in it), or the backup file to write (*.sqlite3)")

    p = add("restore", cmd_restore, "replace the office database by a backup, once the kiosk, hub and desks "
                                    "using it are stopped (the old one is kept beside it)")
    p.add_argument("file", metavar="FILE", help="a backup made by maktab-sync backup")
    # Kept so that old scripts still parse; a restore under a running office loses tickets, so nothing overrides it.
    p.add_argument("--force", action="store_true", help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    for name, default in (("config", None), ("data_dir", None), ("verbose", False), ("json", False)):
        if not hasattr(args, name):
            setattr(args, name, default)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # urllib3 logs every connection retry; the technician gets one clear line per attempt instead.
    logging.getLogger("urllib3").setLevel(logging.DEBUG if args.verbose else logging.ERROR)
    from kiosk.config import ConfigError
    from kiosk.store.database import StoreError
    from kiosk.store.owner_lock import name_this_process
    from sync.errors import ConfigError as SyncConfigError
    from sync.errors import ServerBusy, ServerUnreachable, SyncError, TLSError, UnexpectedAnswer
    from sync.state import StateError

    name_this_process(f"maktab-sync {args.command}")
    ctx = None
    try:
        ctx = Context(args)
        return args.func(args, ctx)
    except ConfigError as exc:
        print(f"maktab-sync: configuration error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SyncConfigError as exc:
        print(f"maktab-sync: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except TLSError as exc:
        print(f"maktab-sync: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    except (ServerUnreachable, ServerBusy, UnexpectedAnswer) as exc:
        print(f"maktab-sync: {exc.message}", file=sys.stderr)
        return EXIT_UNREACHABLE
    except SyncError as exc:
        print(f"maktab-sync: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    except CliError as exc:
        print(f"maktab-sync: {exc.message}", file=sys.stderr)
        return exc.code
    except (StoreError, StateError, OSError, sqlite3.Error) as exc:
        print(f"maktab-sync: {_one_line(exc)}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return EXIT_FAILED
    finally:
        if ctx is not None:
            ctx.close()


def _one_line(exc: BaseException) -> str:
    """A storage failure as the technician should read it: what is wrong and what to do."""
    import errno

    from kiosk.store.errors import (
        DatabaseDamaged,
        DatabaseUnreadable,
        StoreError,
        classify,
    )

    if isinstance(exc, sqlite3.Error):
        exc = classify(exc, "the database file") or exc
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return f"the disk is full ({exc.filename or exc.strerror}): nothing was written; free some space and try again"
    if isinstance(exc, (DatabaseDamaged, DatabaseUnreadable)):
        return f"{exc.message}; maktab-sync doctor says what to do"
    return exc.message if isinstance(exc, StoreError) else str(exc)

