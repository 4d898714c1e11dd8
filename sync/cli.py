"""`maktab-sync`: the technician's sync tool at an office (enroll, status, push/pull, outbox,
USB export, doctor, database backup/restore).

A thin argparse layer over `sync.client` and the office database. It runs in its own
process beside a running kiosk: the office database is SQLite in WAL mode, so both may
use it at once, and pushes are idempotent, so the kiosk's loop and this tool may push
the same events without harm.

Exit codes (also in `--help` and docs/operations.md):
  0  ok
  1  failed (refused by the server, not enrolled, bad file, database problem, TLS not valid)
  2  usage or configuration error
  3  server unreachable (network down, timeout, busy for longer than --max-wait, or a
     captive portal answering in its place); nothing was lost, try again later
  4  done, but the server rejected some events (they are parked: see `outbox list --state rejected`)
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import shlex
import shutil
import socket
import sqlite3
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_UNREACHABLE, EXIT_REJECTED = 0, 1, 2, 3, 4

EPILOG = """exit codes:
  0  ok
  1  failed (refused, not enrolled, bad file, database problem, TLS not valid)
  2  usage or configuration error
  3  server unreachable (try again later; nothing is lost)
  4  done, but some events were rejected by the server (see: outbox list --state rejected)
See docs/operations.md."""

log = logging.getLogger("maktab-sync")


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_FAILED):
        super().__init__(message)
        self.message = message
        self.code = code


# ---------------------------------------------------------------------------- context


class Context:
    """Settings, sync state and (lazily) the office of one command run."""

    def __init__(self, args):
        from kiosk.config import load_settings

        self.args = args
        self.settings = load_settings(args.config, data_dir=args.data_dir)
        self.data_dir = self.settings.data_dir
        from sync.state import SyncState

        self.state = SyncState.load(self.data_dir)
        self._office = None

    @property
    def db_path(self) -> Path:
        return self.settings.database_path

    def office(self):
        if self._office is None:
            if not self.db_path.exists():
                raise CliError(f"no office database at {self.db_path}; check --data-dir / --config, or start the "
                               "kiosk once to create it")
            from kiosk.office import Office

            self._office = Office.open(self.settings)
        return self._office

    def client(self, *, with_sink: bool = False, **options):
        from sync.client import SyncClient

        if not self.state.enrolled:
            raise CliError("this office device is not enrolled yet: run maktab-sync enroll --server URL --code CODE")
        office = self.office()
        sink = None
        if with_sink:
            from kiosk.sync_adapter import OfficeUpdatesSink

            sink = OfficeUpdatesSink(office)
        return SyncClient(self.state, office.outbox, sink, **options)

    def close(self) -> None:
        if self._office is not None:
            self._office.close()


def _out(args, human: str, data: Any) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    elif human:
        print(human)


class Progress:
    """A one-line progress bar on stderr, shown only on a terminal (and never with --json)."""

    def __init__(self, args, total: int, label: str):
        self.total = max(total, 1)
        self.label = label
        self.enabled = (not getattr(args, "json", False) and not getattr(args, "no_progress", False)
                        and sys.stderr.isatty())
        self._last = 0.0

    def update(self, done: int, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last < 0.1:
            return
        self._last = now
        frac = min(done / self.total, 1.0)
        bar = "#" * int(frac * 30)
        sys.stderr.write(f"\r{self.label} [{bar:<30}] {done}/{self.total} ({frac:.0%})")
        sys.stderr.flush()

    def done(self, done: int) -> None:
        if self.enabled:
            self.update(done, force=True)
            sys.stderr.write("\n")


# ---------------------------------------------------------------------------- commands


def enroll_code_problem(code: str) -> str | None:
    """Why `code` cannot be an enrolment code as `maktab-server enroll-code` prints them, or None.

    Checked before anything is sent, so a typo is named at once and no attempt is spent."""
    from sync import protocol as P

    typed = P.normalize_enroll_code(code)
    example = "K7QD-3MXA-9PTF-W2HE"
    length = P.ENROLL_CODE_GROUPS * P.ENROLL_CODE_GROUP_LEN
    impossible = sorted({ch for ch in typed if ch not in P.ENROLL_CODE_ALPHABET})
    if impossible:
        verb = "appears" if len(impossible) == 1 else "appear"
        return (f"the enrolment code {code!r} contains {', '.join(repr(ch) for ch in impossible)}, which never "
                f"{verb} in a code (codes use the digits 2–9 and the letters without I, L, O and U, e.g. {example}): "
                "check what you typed against what the central operator gave you")
    if len(typed) != length:
        return (f"the enrolment code {code!r} has {len(typed)} letters and digits; a code has {length}, in four "
                f"groups like {example}: check that none is missing or doubled")
    return None


def cmd_enroll(args, ctx: Context) -> int:
    from sync.client import SyncClient
    from sync.errors import Refused
    from sync.transport import check_server_url

    if ctx.state.enrolled and not args.force:
        raise CliError(f"this office is already enrolled as device {ctx.state.device_id} with "
                       f"{ctx.state.server_url}; add --force to enroll again (the old token stops being used)")
    ca = str(Path(args.ca_bundle).expanduser().resolve()) if args.ca_bundle else None
    if ca and not Path(ca).is_file():
        raise CliError(f"--ca-bundle {args.ca_bundle}: no such file (give the PEM file of the private CA)",
                       EXIT_USAGE)
    check_server_url(args.server, args.allow_http)
    problem = enroll_code_problem(args.code)
    if problem:
        raise CliError(f"{problem}. Nothing was sent.", EXIT_USAGE)
    name = args.name or socket.gethostname()
    try:
        resp = SyncClient.enroll(ctx.state, args.server, args.code, name, ca_bundle=ca, allow_http=args.allow_http)
    except Refused as exc:
        if exc.code != "invalid_code":
            raise
        raise CliError(f"the server at {args.server.rstrip('/')} did not accept the enrolment code {args.code!r}: "
                       "it is mistyped, already used or expired. Compare it with what the central operator gave "
                       "you; if it matches, ask for a new one (maktab-server enroll-code --office CODE).") from None
    _out(args, f"enrolled: device {resp.device_id} of office {resp.office_code} ({resp.office_name}) with "
               f"{ctx.state.server_url}\nstate saved in {ctx.state.path} (readable by this user only)",
         {"device_id": resp.device_id, "office_code": resp.office_code, "office_name": resp.office_name,
          "server_url": ctx.state.server_url, "state_file": str(ctx.state.path)})
    return EXIT_OK


def _status_data(ctx: Context) -> dict[str, Any]:
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


def cmd_status(args, ctx: Context) -> int:
    d = _status_data(ctx)
    lines = [f"server:        {d['server_url'] or '(not enrolled)'}",
             f"device:        {d['device_id'] or '-'}  office {d['office_code'] or '-'}",
             f"outbox:        {d['pending']} pending, {d['acked']} acked, {d['rejected']} rejected",
             f"oldest pending: {_age(d['oldest_pending_age_s'])}",
             f"last success:  {d['last_success_at'] or 'never'}",
             f"last error:    {d['last_error'] or '-'}",
             f"clock offset:  {'-' if d['server_clock_offset_s'] is None else str(d['server_clock_offset_s']) + ' s'}"]
    _out(args, "\n".join(lines), d)
    return EXIT_OK


def _age(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


def cmd_push(args, ctx: Context) -> int:
    from sync.backoff import Backoff
    from sync.errors import ServerBusy, ServerUnreachable, UnexpectedAnswer

    client = ctx.client()
    outbox = client.outbox
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
    _out(args, human, data)
    return EXIT_REJECTED if total.rejected else EXIT_OK


def cmd_pull(args, ctx: Context) -> int:
    client = ctx.client(with_sink=True)
    try:
        result = client.pull()
    finally:
        client.close()
    _out(args, f"pulled {result.applied + result.kept_local + result.ignored} updates: {result.applied} applied, "
               f"{result.kept_local} kept local (a local change is not sent yet), {result.ignored} ignored; "
               f"cursor {result.cursor}",
         {"applied": result.applied, "kept_local": result.kept_local, "ignored": result.ignored,
          "cursor": result.cursor, "pages": result.pages})
    return EXIT_OK


def _event_data(e) -> dict[str, Any]:
    return {"seq": e.seq, "event_id": e.event_id, "type": e.type, "occurred_at": e.occurred_at, "state": e.state,
            "attempts": e.attempts, "last_error": e.last_error, "payload": e.payload}


def cmd_outbox_list(args, ctx: Context) -> int:
    events = ctx.office().outbox.list(args.state, args.limit, args.after)
    lines = [f"{e.seq:>8}  {e.state:<8}  {e.type:<24}  {e.occurred_at}  attempts {e.attempts}"
             + (f"  {e.last_error}" if e.last_error else "") for e in events]
    data = [{k: v for k, v in _event_data(e).items() if k != "payload"} for e in events]
    _out(args, "\n".join(lines) or "(no events)", data)
    return EXIT_OK


def cmd_outbox_show(args, ctx: Context) -> int:
    event = ctx.office().outbox.get(args.seq)
    if event is None:
        raise CliError(f"no outbox event with seq {args.seq}")
    data = _event_data(event)
    _out(args, json.dumps(data, ensure_ascii=False, indent=2), data)
    return EXIT_OK


def cmd_outbox_retry(args, ctx: Context) -> int:
    n = ctx.office().outbox.retry_rejected()
    _out(args, f"{n} rejected events are pending again (they go with the next push)", {"requeued": n})
    return EXIT_OK


def cmd_export(args, ctx: Context) -> int:
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
    _out(args, f"{n} pending events written to {path}\nImport it at the central server (maktab-server import "
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


# ---------------------------------------------------------------------------- doctor


def _check(name: str, ok: bool | None, detail: str) -> dict[str, Any]:
    return {"check": name, "ok": ok, "detail": detail}


def _printer_check(settings) -> dict[str, Any]:
    url = settings.printer_url
    try:
        from kiosk.printing.diagnosis import check_printer
    except ImportError:
        return _check("printer", None, f"{url}: unknown (printing support is not installed)")
    check = check_printer(url, settings.printer.profile, status_timeout_s=settings.printer.status_timeout_s)
    return _check("printer", check.ok, f"{url}: {check.detail}")


def _private_files_check(data_dir: Path) -> dict[str, Any]:
    """Names and phone numbers are in these files: other users of the PC must not read them (a warning)."""
    from sync.private_files import loose_modes

    loose = loose_modes(data_dir)
    if not loose:
        return _check("files", True, f"{data_dir} and its files are readable by this user only")
    shown = "; ".join(f"{m} (run: {m.fix})" for m in loose[:5])
    more = f"; {len(loose) - 5} more" if len(loose) > 5 else ""
    return _check("files", None, f"WARNING: readable by other users of this PC: {shown}{more}. All at once: "
                                 f"chmod -R go-rwx {shlex.quote(str(data_dir))}")


def cmd_doctor(args, ctx: Context) -> int:
    from sync.client import SyncClient
    from sync.errors import SyncError, TLSError

    checks = []
    unreachable = False
    st = ctx.state
    checks.append(_check("enrolled", st.enrolled, f"device {st.device_id} of office {st.office_code} with "
                                                  f"{st.server_url}" if st.enrolled else "not enrolled: run "
                                                  "maktab-sync enroll"))
    if st.enrolled and st.office_code != ctx.settings.office.code:
        checks.append(_check("office", None, f"enrolled for office {st.office_code} but the kiosk settings say "
                                             f"{ctx.settings.office.code} (tracking codes carry the latter): check "
                                             "[office] code in the settings file"))
    if st.enrolled:
        try:
            client = SyncClient(st)
            try:
                health = client.health()
            finally:
                client.close()
            checks.append(_check("server", True, f"{st.server_url} answers as a Maktab server (protocol "
                                                 f"{health.protocol})"))
            https = st.server_url.startswith("https://")
            checks.append(_check("tls", True if https else None,
                                 "certificate verified" + (f" with CA {st.ca_bundle}" if st.ca_bundle else "")
                                 if https else "plain http (loopback or --allow-http): no TLS"))
            offset = st.server_clock_offset_s or 0.0
            checks.append(_check("clock", abs(offset) <= 120,
                                 f"this machine is {abs(offset):.1f} s {'behind' if offset > 0 else 'ahead of'} "
                                 "the server" + ("" if abs(offset) <= 120 else "; set the date and time (NTP)")))
        except TLSError as exc:
            checks.append(_check("server", False, exc.message))
            checks.append(_check("tls", False, exc.message))
        except SyncError as exc:
            unreachable = True
            checks.append(_check("server", False, exc.message))
    try:
        usage = shutil.disk_usage(ctx.data_dir if ctx.data_dir.exists() else ctx.data_dir.parent)
        free_mb = usage.free / 1e6
        checks.append(_check("disk", free_mb >= 200, f"{free_mb:,.0f} MB free in {ctx.data_dir}"
                                                     + ("" if free_mb >= 200 else "; free some space")))
    except OSError as exc:
        checks.append(_check("disk", False, f"{ctx.data_dir}: {exc}"))
    from kiosk.doctor_database import database_check

    database = database_check(ctx.db_path, _location_options(args))
    checks.append(database)
    if database["ok"]:  # a damaged file is not opened as the office: its outbox cannot be trusted
        d = _status_data(ctx)
        old = d["oldest_pending_age_s"] or 0
        checks.append(_check("outbox", d["rejected"] == 0 and old < 86400,
                             f"{d['pending']} pending (oldest {_age(d['oldest_pending_age_s'])}), "
                             f"{d['rejected']} rejected"))
    checks.append(_printer_check(ctx.settings))
    checks.append(_private_files_check(ctx.data_dir))
    failed = [c for c in checks if c["ok"] is False]
    marks = {True: "ok  ", False: "FAIL", None: "?   "}
    _out(args, "\n".join(f"[{marks[c['ok']]}] {c['check']:<9} {c['detail']}" for c in checks),
         {"ok": not failed, "checks": checks})
    if unreachable:
        return EXIT_UNREACHABLE
    return EXIT_FAILED if failed else EXIT_OK


def _location_options(args) -> list[str]:
    """The --config / --data-dir this run was given, so a suggested command works as typed."""
    options = []
    if args.config:
        options += ["--config", str(args.config)]
    if args.data_dir:
        options += ["--data-dir", str(args.data_dir)]
    return options


# ---------------------------------------------------------------------------- backup / restore


def cmd_backup(args, ctx: Context) -> int:
    from kiosk.store.backup import backup_database

    info = backup_database(ctx.db_path, Path(args.file))
    _out(args, f"backup written to {info.file} ({info.bytes:,} bytes, integrity ok, readable by this user only)",
         info.as_dict())
    return EXIT_OK


def cmd_restore(args, ctx: Context) -> int:
    from kiosk.store.backup import restore_database

    info = restore_database(Path(args.file), ctx.db_path)
    kept = f"the previous database was kept as {info.previous_kept_as}" if info.previous_kept_as else \
        "there was no database before"
    floors = (f"; today's ticket numbers continue after those already handed out ({info.ticket_floors_raised} "
              "service(s) and day(s) kept their last number)" if info.ticket_floors_raised else "")
    _out(args, f"restored {info.database} from {info.restored_from} (integrity ok); {kept}{floors}", info.as_dict())
    return EXIT_OK


# ---------------------------------------------------------------------------- parser


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


if __name__ == "__main__":
    sys.exit(main())
