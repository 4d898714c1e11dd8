"""`maktab-sync enroll`: this office device gets its token from the central server (one-time code).

Main thread of the `maktab-sync` process.
"""
from __future__ import annotations

import argparse
import socket
from pathlib import Path

from kiosk.sync_cli.context import EXIT_OK, EXIT_USAGE, CliError, Context, out


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


def cmd_enroll(args: argparse.Namespace, ctx: Context) -> int:
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
    out(args, f"enrolled: device {resp.device_id} of office {resp.office_code} ({resp.office_name}) with "
               f"{ctx.state.server_url}\nstate saved in {ctx.state.path} (readable by this user only)",
         {"device_id": resp.device_id, "office_code": resp.office_code, "office_name": resp.office_name,
          "server_url": ctx.state.server_url, "state_file": str(ctx.state.path)})
    return EXIT_OK
