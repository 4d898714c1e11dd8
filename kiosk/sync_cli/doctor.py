"""`maktab-sync doctor`: enrolment, server, TLS, clock, disk, database, outbox, printer and file modes, checked.

Main thread of the `maktab-sync` process.
"""
from __future__ import annotations

import argparse
import shlex
import shutil
from pathlib import Path
from typing import Any

from kiosk.config import Settings
from kiosk.sync_cli.context import EXIT_FAILED, EXIT_OK, EXIT_UNREACHABLE, Context, out
from kiosk.sync_cli.outbox import format_age, status_data


def _check(name: str, ok: bool | None, detail: str) -> dict[str, Any]:
    return {"check": name, "ok": ok, "detail": detail}


def _printer_check(settings: Settings) -> dict[str, Any]:
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


def cmd_doctor(args: argparse.Namespace, ctx: Context) -> int:
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
        d = status_data(ctx)
        old = d["oldest_pending_age_s"] or 0
        checks.append(_check("outbox", d["rejected"] == 0 and old < 86400,
                             f"{d['pending']} pending (oldest {format_age(d['oldest_pending_age_s'])}), "
                             f"{d['rejected']} rejected"))
    checks.append(_printer_check(ctx.settings))
    checks.append(_private_files_check(ctx.data_dir))
    failed = [c for c in checks if c["ok"] is False]
    marks = {True: "ok  ", False: "FAIL", None: "?   "}
    out(args, "\n".join(f"[{marks[c['ok']]}] {c['check']:<9} {c['detail']}" for c in checks),
         {"ok": not failed, "checks": checks})
    if unreachable:
        return EXIT_UNREACHABLE
    return EXIT_FAILED if failed else EXIT_OK


def _location_options(args: argparse.Namespace) -> list[str]:
    """The --config / --data-dir this run was given, so a suggested command works as typed."""
    options = []
    if args.config:
        options += ["--config", str(args.config)]
    if args.data_dir:
        options += ["--data-dir", str(args.data_dir)]
    return options
