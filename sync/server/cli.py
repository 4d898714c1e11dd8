"""`maktab-server`: run the central server and do the central operator's chores.

A thin argparse layer over `ServerStore`. Exit codes: 0 ok, 1 error (refused, not
found, bad file, database unreachable), 2 usage (bad arguments; argparse's own code).
The database is `--db URL`, else $MAKTAB_SERVER_DB, else a SQLite file in the user's
data directory. Commands that a script would read accept `--json`.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

from sync.server import cli_concerns

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

EPILOG = ("exit codes: 0 ok, 1 error (refused, not found, bad file, database unreachable), 2 usage. "
          "The database is --db URL, else $MAKTAB_SERVER_DB, else a SQLite file in the user's data directory.")


def _db_url(args) -> str:
    from sync.server.db import default_db_url

    return args.db or default_db_url()


def _store(args):
    from sync.server.store import ServerStore

    return ServerStore(_db_url(args))


def _out(args, human: str, data: Any) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(human)


# ---------------------------------------------------------------------------- commands


def cmd_serve(args) -> int:
    import uvicorn

    from sync import protocol as P
    from sync.server.app import PUBLIC_URL_ENV, public_url_from_env
    from sync.server.db import make_engine, migrate

    try:  # checked before anything starts: a bad address would be printed on every receipt
        public_url = (P.check_public_url(args.public_url, "--public-url") if args.public_url is not None
                      else public_url_from_env())
    except P.ProtocolError as exc:
        print(f"maktab-server: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    url = _db_url(args)
    engine = make_engine(url)
    applied = migrate(engine)  # once, before the workers start
    engine.dispose()
    if applied:
        print(f"database migrated: {', '.join(applied)}", file=sys.stderr)
    os.environ["MAKTAB_SERVER_DB"] = url  # the workers' app factory reads it
    if public_url:
        os.environ[PUBLIC_URL_ENV] = public_url
    else:
        os.environ.pop(PUBLIC_URL_ENV, None)
    uvicorn.run("sync.server.app:app_from_env", factory=True, host=args.host, port=args.port,
                workers=args.workers, log_level=args.log_level, proxy_headers=True,
                ssl_certfile=args.ssl_certfile, ssl_keyfile=args.ssl_keyfile)
    return EXIT_OK


def cmd_nginx_config(args) -> int:
    from sync.server.deploy import render_nginx_site

    print(render_nginx_site(args.ports, host=args.app_host, listen=args.listen or ["80"],
                            server_name=args.server_name, tls_cert=args.tls_cert, tls_key=args.tls_key), end="")
    return EXIT_OK


def cmd_systemd_unit(args) -> int:
    from sync.server.deploy import systemd_unit

    print(systemd_unit(), end="")
    return EXIT_OK


def cmd_migrate(args) -> int:
    from sync.server.db import applied_migrations, make_engine, migrate

    engine = make_engine(_db_url(args))
    applied = migrate(engine)
    _out(args, f"applied: {', '.join(applied) or 'nothing (up to date)'}",
         {"applied": applied, "all": applied_migrations(engine)})
    return EXIT_OK


def cmd_office_add(args) -> int:
    from sync.server.staff import COMMAND_LINE

    saved = _store(args).office_admin.add(COMMAND_LINE, args.code, args.name, args.commune)
    where = f" in commune {saved['commune']}" if saved.get("commune") else ""
    _out(args, f"office {args.code} ({saved['name']}){where} saved", saved)
    return EXIT_OK


def cmd_office_show(args) -> int:
    from sync.server.staff import COMMAND_LINE

    office = _store(args).office_admin.get(COMMAND_LINE, args.code)
    labels = (("code", "code"), ("name", "name"), ("commune", "commune"), ("last sync", "last_sync_at"),
              ("devices", "devices"), ("backlog", "backlog"), ("version", "version"), ("printer", "printer"),
              ("help requests", "help_requests"), ("last report", "reported_at"))
    human = "\n".join(f"{label:<14} {'-' if office[key] is None else office[key]}" for label, key in labels)
    if office["reported_at"] is None:
        human += "\n(this office has not reported its status yet: it does with its next push)"
    _out(args, human, office)
    return EXIT_OK


def cmd_office_list(args) -> int:
    rows = _store(args).offices()
    _out(args, "\n".join(f"{r['code']}\t{r['name']}" for r in rows) or "(no offices)", rows)
    return EXIT_OK


def cmd_enroll_code(args) -> int:
    from sync.server.staff import COMMAND_LINE

    code, expires = _store(args).device_admin.new_enroll_code(COMMAND_LINE, args.office, args.ttl_hours)
    _out(args, f"{code}\n(one-time code for office {args.office}, valid until {expires})",
         {"code": code, "office_code": args.office, "expires_at": expires})
    return EXIT_OK


def cmd_device_list(args) -> int:
    from sync.server.staff import COMMAND_LINE

    rows = _store(args).device_admin.list(COMMAND_LINE, args.office)
    lines = [f"{'ID':<20}  {'OFFICE':<12}  {'NAME':<20}  {'ENROLLED AT':<24}  {'LAST SEEN':<24}  {'REVOKED':<24}  KEY"]
    lines += [f"{r['id']:<20}  {r['office_code']:<12}  {r['name'][:20]:<20}  {r['enrolled_at']:<24}  "
              f"{r['last_seen_at'] or 'never':<24}  {r['revoked_at'] or 'no':<24}  "
              f"{'yes' if r['signing_key'] else 'no'}"
              for r in rows]
    _out(args, "\n".join(lines) if rows else "(no devices)", rows)
    return EXIT_OK


def cmd_device_revoke(args) -> int:
    from sync.server.staff import COMMAND_LINE

    info = _store(args).device_admin.revoke(COMMAND_LINE, args.device_id)
    when = f"already revoked on {info['revoked_at']}" if info["already_revoked"] else "revoked"
    _out(args, f"device {info['id']} of office {info['office_code']} {when}: its token is refused from now on "
               "(401); the office must enrol it again with a new code to sync.", info)
    return EXIT_OK


def cmd_import(args) -> int:
    results = _store(args).import_batch_file(args.file)
    total = {"stored": 0, "duplicate": 0, "rejected": 0}
    lines = []
    for r in results:
        for k in total:
            total[k] += getattr(r, k)
        lines.append(f"device {r.device_id} batch {r.batch_id}: stored {r.stored}, duplicate {r.duplicate}, "
                     f"rejected {r.rejected}")
        for res in r.response.results:
            if res.status == "rejected":
                lines.append(f"  rejected seq {res.seq}: {res.reason}")
    lines.append(f"total: stored {total['stored']}, duplicate {total['duplicate']}, rejected {total['rejected']}")
    _out(args, "\n".join(lines), {"batches": [
        {"device_id": r.device_id, "batch_id": r.batch_id, "stored": r.stored, "duplicate": r.duplicate,
         "rejected": r.rejected, "acked_through": r.response.acked_through,
         "results": [x.to_dict() for x in r.response.results]} for r in results], "total": total})
    return EXIT_OK


def cmd_announce(args) -> int:
    texts = {lang: getattr(args, lang) for lang in ("ar", "fr", "kab", "en") if getattr(args, lang)}
    if args.text:
        texts["default"] = " ".join(args.text)
    from sync.server.staff import COMMAND_LINE

    upd = _store(args).catalogue_admin.announce(COMMAND_LINE, texts, None if args.all else args.office)
    _out(args, f"announcement {upd.data['id']} queued as update {upd.cursor} for "
               f"{'all offices' if args.all else 'office ' + args.office}", upd.to_dict())
    return EXIT_OK


def cmd_catalogue_set(args) -> int:
    names = {lang: getattr(args, f"name_{lang}") for lang in ("ar", "fr", "kab", "en")
             if getattr(args, f"name_{lang}") is not None}
    active = None if args.active is None else args.active == "yes"
    from sync.server.staff import COMMAND_LINE

    upd = _store(args).catalogue_admin.set_catalogue_service(COMMAND_LINE, args.code,
                                                             None if args.all else args.office, active=active,
                                                             minutes=args.minutes, names=names)
    changes = ", ".join(f"{k}={v}" for k, v in upd.data.items() if k != "code")
    _out(args, f"service {args.code} ({changes}) queued as update {upd.cursor} for "
               f"{'all offices' if args.all else 'office ' + args.office}", upd.to_dict())
    return EXIT_OK


def cmd_figures_rebuild(args) -> int:
    from sync.server.staff import COMMAND_LINE

    counted = _store(args).figures.rebuild(COMMAND_LINE, args.office)
    where = f"office {args.office}" if args.office else "every office"
    _out(args, f"figures of {where} rebuilt from {counted} events", {"office_code": args.office, "events": counted})
    return EXIT_OK


# ---------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="database URL: sqlite:///FILE or postgresql+psycopg://USER@HOST/DB "
                             "(default: $MAKTAB_SERVER_DB, else a SQLite file in the user data directory)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="print the result as JSON (for scripts)")

    parser = argparse.ArgumentParser(
        prog="maktab-server", parents=[common], epilog=EPILOG,
        description="Maktab central server: receives office event batches and serves central updates.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(name, func, help_, parent=sub):
        p = parent.add_parser(name, parents=[common], help=help_, description=help_, epilog=EPILOG)
        p.set_defaults(func=func)
        return p

    p = add("serve", cmd_serve, "run the HTTP server (uvicorn)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8443, help="TCP port (default 8443)")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="worker processes (default 1; use PostgreSQL for more than one)")
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"],
                   help="uvicorn log level (default info)")
    p.add_argument("--ssl-certfile", metavar="PEM",
                   help="serve TLS with this certificate (else put a TLS proxy in front)")
    p.add_argument("--ssl-keyfile", metavar="PEM", help="private key of --ssl-certfile")
    p.add_argument("--public-url", metavar="URL",
                   help="address where citizens' phones reach this server's public pages, e.g. "
                        "https://maktab.example.dz (default: $MAKTAB_PUBLIC_URL); offices print it in the "
                        "receipts' QR codes. Unset: receipts carry no link")

    add("migrate", cmd_migrate, "create or upgrade the database schema, and the coming months' partitions "
        "of the events (serve does it too)")
    p = add("nginx-config", cmd_nginx_config, "print nginx's config for N app processes behind it "
            "(for /etc/nginx/conf.d; see docs/operations.md)")
    p.add_argument("--ports", type=int, nargs="+", required=True, metavar="PORT",
                   help="the app processes' ports (maktab-server serve --port …)")
    p.add_argument("--app-host", default="127.0.0.1", help="where the app processes listen (default 127.0.0.1)")
    p.add_argument("--listen", action="append", metavar="ARGS",
                   help="an nginx listen directive's arguments, e.g. '443 ssl' (repeatable; default 80)")
    p.add_argument("--server-name", default="_", help="nginx server_name (default _: any)")
    p.add_argument("--tls-cert", metavar="PEM", help="certificate (with --tls-key and --listen '443 ssl')")
    p.add_argument("--tls-key", metavar="PEM", help="private key of --tls-cert")
    add("systemd-unit", cmd_systemd_unit, "print the maktab-server@.service template unit (one app process per port)")

    p = add("office", None, "manage offices")
    office_sub = p.add_subparsers(dest="office_command", metavar="ACTION", required=True)
    q = add("add", cmd_office_add, "add an office (or rename an existing one)", office_sub)
    q.add_argument("code", metavar="CODE", help="office code, e.g. ALG-16001 (letters, digits, '-', '_')")
    q.add_argument("--name", required=True, help="the office's name as shown to staff")
    q.add_argument("--commune", metavar="NAME",
                   help="the commune the office belongs to (its supervisors run it); kept if not given")
    add("list", cmd_office_list, "list offices", office_sub)
    q = add("show", cmd_office_show, "show an office: commune, last sync, devices, and its last status report "
            "(backlog, version, printer, help requests)", office_sub)
    q.add_argument("code", metavar="CODE", help="the office code")

    p = add("enroll-code", cmd_enroll_code, "print a one-time code that enrolls one device for an office")
    p.add_argument("--office", required=True, metavar="CODE", help="the office the device will belong to")
    p.add_argument("--ttl-hours", type=float, default=72, help="hours the code stays valid (default 72)")

    p = add("device", None, "see and revoke enrolled office devices")
    device_sub = p.add_subparsers(dest="device_command", metavar="ACTION", required=True)
    q = add("list", cmd_device_list, "list devices: office, name, enrolled at, last seen, revoked, signing key",
            device_sub)
    q.add_argument("--office", metavar="CODE", help="only this office's devices")
    q = add("revoke", cmd_device_revoke, "stop a device at once: its pushes and pulls get 401 until it is enrolled "
            "again with a new code", device_sub)
    q.add_argument("device_id", metavar="ID", help="the device id (see: maktab-server device list)")

    p = add("import", cmd_import, "import a signed batch file exported by an office technician")
    p.add_argument("file", metavar="FILE", help="the .maktab-batch.jsonl file")

    cli_concerns.register(sub, add, _store, _out)

    p = add("announce", cmd_announce, "send an announcement to one office's screens or to all offices")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--office", metavar="CODE", help="only this office")
    target.add_argument("--all", action="store_true", help="every office")
    p.add_argument("text", nargs="*", metavar="TEXT", help="text for every language (if no per-language text)")
    for lang, name in (("ar", "Arabic"), ("fr", "French"), ("kab", "Tamazight (Kabyle)"), ("en", "English")):
        p.add_argument(f"--{lang}", metavar="TEXT", help=f"{name} text")

    p = add("catalogue", None, "change the offices' service catalogue")
    catalogue_sub = p.add_subparsers(dest="catalogue_command", metavar="ACTION", required=True)
    q = add("set", cmd_catalogue_set,
            "open or close a service, or change its counter minutes or names, at one office or all; "
            "only the options given change (an office without this service code ignores it)", catalogue_sub)
    q.add_argument("code", metavar="CODE", help="the service code from catalogue.toml, e.g. EC-N12")
    target = q.add_mutually_exclusive_group(required=True)
    target.add_argument("--office", metavar="CODE", help="only this office")
    target.add_argument("--all", action="store_true", help="every office")
    q.add_argument("--active", choices=["yes", "no"], help="yes: citizens can take tickets; no: the tile disappears")
    q.add_argument("--minutes", type=float, metavar="N",
                   help="typical counter minutes per citizen (more than 0, at most 240)")
    for lang, name in (("ar", "Arabic"), ("fr", "French"), ("kab", "Tamazight (Kabyle)"), ("en", "English")):
        q.add_argument(f"--name-{lang}", metavar="TEXT", help=f"the service's name in {name}")

    from sync.server import cli_users

    cli_users.add_commands(add, sub)
    p = add("figures", None, "the back office's figures (kept up to date at each push)")
    figures_sub = p.add_subparsers(dest="figures_command", metavar="ACTION", required=True)
    q = add("rebuild", cmd_figures_rebuild, "recompute the figures from the stored events (safe to repeat; "
            "for a database whose events predate the figures, or after a fix in how they are counted)",
            figures_sub)
    q.add_argument("--office", metavar="CODE", help="only this office (default: every office)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    for name in ("db", "json"):
        if not hasattr(args, name):
            setattr(args, name, None if name == "db" else False)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from sqlalchemy.exc import SQLAlchemyError

    from sync.protocol import ProtocolError
    from sync.server.store import Refused

    try:
        return args.func(args)
    except (Refused, ProtocolError) as exc:
        print(f"maktab-server: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(f"maktab-server: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except SQLAlchemyError as exc:
        logging.getLogger(__name__).debug("database error", exc_info=True)
        print(f"maktab-server: database error ({type(exc).__name__}): {str(exc).splitlines()[0]}. "
              "Check --db / $MAKTAB_SERVER_DB and that the database is running.", file=sys.stderr)
        return EXIT_ERROR
    except ValueError as exc:
        print(f"maktab-server: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
