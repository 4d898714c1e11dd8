"""The hub's technician commands (`python -m kiosk.hub …`; meant to become `maktab hub …`).

    serve                         run the headless hub (LAN API) until Ctrl-C
    pair-code                     print a one-time pairing code (valid 10 minutes)
    devices                       list paired desks and displays
    revoke DEVICE_ID              refuse a device from now on (a stolen or replaced PC)
    pair URL CODE --name N --kind desk|display   (on a desk or display PC) pair it with the hub

Exit codes: 0 success, 1 the command failed (the message says why), 2 wrong usage or
configuration.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys

from kiosk.config import ConfigError, load_settings, training_settings
from kiosk.store.database import StoreError
from kiosk.store.owner_lock import name_this_process

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m kiosk.hub", description="Maktab hub: the office's LAN API.",
                                     epilog="Exit codes: 0 ok, 1 failed, 2 wrong usage or configuration. "
                                            "See docs/lan-api.md.")
    parser.add_argument("--config", metavar="PATH", help="settings file (TOML); default $MAKTAB_CONFIG")
    parser.add_argument("--data-dir", metavar="DIR", help="where the office database (or this PC's pairing) lives")
    parser.add_argument("--training", action="store_true",
                        help="the training office (DATA_DIR/training, port + 1), as `maktab --training`")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to the terminal")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    serve = sub.add_parser("serve", help="run the headless hub until Ctrl-C",
                           description="Serve the office's LAN API on [hub] host and port.")
    serve.add_argument("--no-code", action="store_true", help="do not print a pairing code at start")
    code = sub.add_parser("pair-code", help="print a one-time pairing code (valid 10 minutes)",
                          description="Print a one-time code to type on the desk or display PC being paired.")
    code.add_argument("--json", action="store_true", help="machine-readable output")
    devices = sub.add_parser("devices", help="list paired devices", description="List paired desks and displays.")
    devices.add_argument("--json", action="store_true", help="machine-readable output")
    revoke = sub.add_parser("revoke", help="refuse a paired device from now on",
                            description="Revoke a device: its stored token stops working at once.")
    revoke.add_argument("device_id", metavar="DEVICE_ID", help="as listed by `devices`")
    pair = sub.add_parser("pair", help="(on a desk or display PC) pair this PC with the hub",
                          description="Pair this PC with the hub using a code from `pair-code` on the hub; the "
                                      "token is stored in <data dir>/hub-device.json (0600). Then set hub.url.")
    pair.add_argument("url", metavar="URL", help="the hub's address, e.g. http://192.168.1.10:8765")
    pair.add_argument("code", metavar="CODE", help="the 6-digit pairing code shown on the hub")
    pair.add_argument("--name", required=True, help="this device's name, e.g. \"Guichet 3\"")
    pair.add_argument("--kind", choices=("desk", "display"), default="desk", help="desk (default) or display")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    name_this_process("maktab hub" if args.command == "serve" else f"maktab hub {args.command}")
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        settings = load_settings(args.config, data_dir=args.data_dir)
        if args.training:
            settings = training_settings(settings)
        return COMMANDS[args.command](args, settings)
    except ConfigError as exc:
        print(f"maktab hub: configuration error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except StoreError as exc:
        print(f"maktab hub: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return EXIT_OK if args.command == "serve" else EXIT_FAILED


def _pairing(settings):
    from kiosk.hub.pairing import Pairing

    return Pairing.open(settings.database_path)


def _serve(args, settings) -> int:
    from kiosk.hub.running import serve_forever

    serve_forever(settings, show_code=not args.no_code)
    return EXIT_OK


def _pair_code(args, settings) -> int:
    pairing = _pairing(settings)
    try:
        code = pairing.new_pairing_code()
    finally:
        pairing.close()
    if args.json:
        print(json.dumps({"code": code.code, "expires_at": code.expires_at}))
    else:
        print(f"pairing code: {code.shown}  (one device, valid until {code.expires_at} UTC)")
    return EXIT_OK


def _devices(args, settings) -> int:
    pairing = _pairing(settings)
    try:
        devices = pairing.devices()
    finally:
        pairing.close()
    if args.json:
        print(json.dumps([dataclasses.asdict(d) for d in devices], indent=2, ensure_ascii=False))
        return EXIT_OK
    for d in devices:
        state = f"revoked {d.revoked_at}" if d.revoked_at else f"last seen {d.last_seen_at or 'never'}"
        print(f"{d.id}  {d.kind:<7}  {d.name:<20}  paired {d.paired_at}  {state}")
    if not devices:
        print("no paired devices")
    return EXIT_OK


def _revoke(args, settings) -> int:
    pairing = _pairing(settings)
    try:
        done = pairing.revoke(args.device_id)
    finally:
        pairing.close()
    if not done:
        print(f"maktab hub: no live device {args.device_id} (see `devices`)", file=sys.stderr)
        return EXIT_FAILED
    print(f"device {args.device_id} revoked")
    return EXIT_OK


def _pair(args, settings) -> int:
    from kiosk.hub.connect import pair
    from kiosk.office import OfficeError

    try:
        remote = pair(args.url, args.code, args.name, args.kind, settings.data_dir, training=settings.training)
    except OfficeError as exc:
        print(f"maktab hub pair: {exc} ({exc.code})", file=sys.stderr)
        return EXIT_FAILED
    try:
        office = remote.info
    except OfficeError:
        office = None
    remote.close()
    where = f" of {office.name} ({office.code})" if office else ""
    print(f"paired with the hub{where}; now set [hub] url = \"{args.url}\" in this PC's settings")
    return EXIT_OK


COMMANDS = {"serve": _serve, "pair-code": _pair_code, "devices": _devices, "revoke": _revoke, "pair": _pair}

if __name__ == "__main__":
    sys.exit(main())
