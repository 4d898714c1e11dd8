"""The `maktab` command: start the kiosk and the office's tools.

    maktab [--config PATH] [--data-dir DIR] [--fullscreen]   start the citizen kiosk
    maktab screenshots DIR [--lang L] [--size WxH]            render every screen to PNG
    maktab print-test [--printer URL]                         print a sample receipt
    maktab simulate --tickets N [--concerns M] [--days D]     fill the database with simulated days
    maktab staff add|list|reset-pin|unlock                    manage desk staff (kiosk/staff_cli.py)
    maktab report --from DAY [--to DAY] [--format pdf|csv]    the office's activity report (kiosk/reports/cli.py)
    maktab hub [--host H] [--port P] | hub pair|devices|revoke run the office hub; pair desks and displays
    maktab desk [--hub URL [--pair CODE]]                     desk mode for a counter clerk
    maktab display [--hub URL [--pair CODE]] [--windowed]     the hall display board
    maktab install-service|uninstall-service ROLE             run hub, kiosk, desk or display at boot (systemd)
    maktab voice missing [--language L] [--json]              prompts without a recorded clip (kiosk/voice_cli.py)

Every command takes --training: the same command on the practice office (its own folder
DATA_DIR/training and hub port, never synced; `maktab simulate --training` fills it with a
realistic morning). See README "Training mode".

Exit codes: 0 success, 1 the command failed (the message says why), 2 wrong usage or
configuration.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from kiosk import staff_cli, voice_cli
from kiosk.config import ConfigError, Settings, load_settings, training_settings
from kiosk.domain.catalogue import CatalogueError
from kiosk.domain.languages import LANGUAGES
from kiosk.reports import cli as report_cli
from kiosk.services import commands as service_commands
from kiosk.store.database import StoreError
from kiosk.store.owner_lock import name_this_process

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _common(parser: argparse.ArgumentParser, top: bool = False) -> None:
    # On subcommands the options default to "not given", so `maktab --data-dir X simulate` keeps X.
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--config", metavar="PATH", default=default,
                        help="settings file (TOML); default $MAKTAB_CONFIG")
    parser.add_argument("--data-dir", metavar="DIR", default=default,
                        help="where the office database lives; default $MAKTAB_DATA_DIR or the user's data directory")
    parser.add_argument("--training", action="store_true", default=False if top else argparse.SUPPRESS,
                        help="training mode: a practice office in DIR/training, hub on port+1, a TRAINING band "
                             "on every screen, SPECIMEN receipts, nothing ever sent to the central server")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="maktab", description="Maktab citizen-office kiosk. Without a command, starts the citizen kiosk.",
        epilog="Exit codes: 0 ok, 1 failed, 2 wrong usage or configuration. See docs/configuration.md.")
    _common(parser, top=True)
    parser.add_argument("--fullscreen", action="store_true", help="fill the screen (kiosk mode)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to the terminal")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    kiosk = sub.add_parser("kiosk", help="start the citizen kiosk (the default)")
    _common(kiosk)
    kiosk.add_argument("--fullscreen", action="store_true", default=argparse.SUPPRESS,
                       help="fill the screen (kiosk mode)")
    for target in (parser, kiosk):
        target.add_argument("--hub", metavar="URL", default=None if target is parser else argparse.SUPPRESS,
                            help="use the office hub at URL instead of running it here")
        target.add_argument("--pair", metavar="CODE", default=None if target is parser else argparse.SUPPRESS,
                            help="pair this kiosk PC with the hub (code from `maktab hub pair`)")
        target.add_argument("--name", default=None if target is parser else argparse.SUPPRESS,
                            help="this PC's name when pairing")

    shots = sub.add_parser("screenshots", help="render every screen in every language to PNG files",
                           description="Render every screen to DIR/<lang>-<screen>.png, without showing a window.")
    _common(shots)
    shots.add_argument("directory", metavar="DIR", help="output folder (created if missing)")
    shots.add_argument("--lang", choices=LANGUAGES, action="append", help="only this language (repeatable)")
    shots.add_argument("--size", default=None,
                       help="every window exactly WIDTHxHEIGHT (default: 1280x800, the display 1920x1080)")

    ptest = sub.add_parser("print-test", help="print a sample receipt",
                           description="Print a sample ticket receipt to check the printer.")
    _common(ptest)
    ptest.add_argument("--printer", metavar="URL", help="printer URL (default: the configured one)")
    ptest.add_argument("--lang", choices=LANGUAGES, default="ar", help="receipt language (default ar)")

    sim = sub.add_parser("simulate", help="fill the office database with simulated days",
                         description="Fill the office database with realistic simulated days, for demos, staff "
                                     "training and benchmarks. Past days are complete; today's citizens wait in line.")
    _common(sim)
    sim.add_argument("--tickets", type=int, default=0, metavar="N", help="tickets per day (about)")
    sim.add_argument("--concerns", type=int, default=0, metavar="M",
                     help="citizen concerns spread over the simulated days, some already handled")
    sim.add_argument("--days", type=int, default=1, metavar="D", help="number of days ending today (default 1)")
    sim.add_argument("--seed", type=int, help="random seed, for a repeatable simulation")
    sim.add_argument("--no-clerks", action="store_true",
                     help="today's citizens only take tickets: the line waits for real desks (training)")
    sim.epilog = ("With --training and neither --tickets nor --concerns: the ready practice morning (a line "
                  "across services, concerns to answer, practice accounts with their PINs printed at the end).")

    hub = sub.add_parser("hub", help="run the office hub headless (database + LAN API for desks and displays)",
                         description="Run the office hub: the database and the LAN API that desks and the hall "
                                     "display use. Without an action it serves until Ctrl-C. The citizen kiosk "
                                     "runs the hub itself when [hub] url is empty; run this on a PC without a "
                                     "kiosk screen. See docs/lan-api.md.")
    _common(hub)
    hub.add_argument("--host", help="listen address (default [hub] host, 0.0.0.0)")
    hub.add_argument("--port", type=int, help="port (default [hub] port, 8765)")
    hub.add_argument("--no-code", action="store_true", help="do not print a pairing code at start")
    hub_sub = hub.add_subparsers(dest="hub_command", metavar="ACTION")
    pair_code = hub_sub.add_parser("pair", help="print a one-time pairing code for a new desk or display",
                                   description="Print a one-time 6-digit code (valid 10 minutes) to type on the "
                                               "desk or display PC being paired.")
    _common(pair_code)
    pair_code.add_argument("--json", action="store_true", help="machine-readable output")
    devices = hub_sub.add_parser("devices", help="list paired desks and displays")
    _common(devices)
    devices.add_argument("--json", action="store_true", help="machine-readable output")
    revoke = hub_sub.add_parser("revoke", help="refuse a paired device from now on (stolen or replaced PC)")
    _common(revoke)
    revoke.add_argument("device_id", metavar="DEVICE_ID", help="as listed by `maktab hub devices`")

    for name, kind_help in (("desk", "desk mode for a counter clerk"), ("display", "the hall display board")):
        screen = sub.add_parser(name, help=kind_help,
                                description=f"Start {kind_help}. On its own PC it reaches the hub over the LAN: "
                                            "pair once with --hub URL --pair CODE (the code from `maktab hub pair`); "
                                            "after that it reconnects by itself. Without a hub address it uses the "
                                            "office database on this PC.")
        _common(screen)
        screen.add_argument("--hub", metavar="URL", help="the hub's address, e.g. http://192.168.1.10:8765 "
                                                         "(default [hub] url)")
        screen.add_argument("--pair", metavar="CODE", help="pair this PC with the hub using this one-time code")
        screen.add_argument("--name", help="this PC's name when pairing, e.g. \"Guichet 3\"")
        if name == "display":
            screen.add_argument("--windowed", action="store_true", help="a window instead of the full screen")

    staff_cli.add_parser(sub, _common)
    service_commands.add_service_commands(sub)
    report_cli.add_parser(sub, _common)
    voice_cli.add_parser(sub, _common)
    return parser


def _settings(args) -> Settings:
    settings = load_settings(args.config, data_dir=args.data_dir)
    return training_settings(settings) if args.training else settings


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if getattr(args, "verbose", False) else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    command = args.command or "kiosk"
    name_this_process(f"maktab {command}")  # how `maktab-sync restore` names this process if it is in the way
    try:
        settings = _settings(args)
        return COMMANDS[command](args, settings)
    except (ConfigError, CatalogueError) as exc:
        print(f"maktab: configuration error: {exc}", file=sys.stderr)
        if command == "kiosk":
            # A kiosk in a hall has no terminal: it shows the technician page instead of vanishing.
            _broken_config_page(args, exc)
        return EXIT_USAGE
    except StoreError as exc:  # damaged, unreadable, disk full: one line, what is wrong and what to do
        print(f"maktab: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return EXIT_FAILED


def _broken_config_page(args, exc: Exception) -> None:
    """The out-of-service page listing every settings problem and the file to fix."""
    from kiosk.config import ENV_CONFIG
    from kiosk.ui.app import run_out_of_service

    source = args.config or os.environ.get(ENV_CONFIG) or ""
    problems = [line for line in str(exc).splitlines() if line.strip()]
    fix = (f"Fix the settings file {source} (see docs/configuration.md), then start the kiosk again." if source
           else "Fix the settings (see docs/configuration.md), then start the kiosk again.")
    run_out_of_service(problems + [fix], fullscreen=bool(getattr(args, "fullscreen", False)))


def _run_kiosk(args, settings: Settings) -> int:
    from kiosk.hub.pairing import load_device_file
    from kiosk.ui.app import run_kiosk

    if args.hub or args.pair or settings.hub.url or load_device_file(settings.data_dir):
        settings = _screen_settings(args, settings, "kiosk")
        if settings is None:
            return EXIT_FAILED

    return run_kiosk(settings, fullscreen=args.fullscreen)


def _screenshots(args, settings: Settings) -> int:
    from kiosk.ui.screenshots import render_all_screens

    try:
        width, height = (int(x) for x in (args.size or "1280x800").lower().split("x"))
    except ValueError:
        print(f"maktab screenshots: --size must look like 1280x800, got {args.size!r}", file=sys.stderr)
        return EXIT_USAGE
    # An explicit size is every window's, the display's too; else each its usual screen.
    display_size = None if args.size else (1920, 1080)
    paths = render_all_screens(settings, Path(args.directory), languages=args.lang, size=(width, height),
                               display_size=display_size)
    for path in paths:
        print(path)
    return EXIT_OK


def _print_test(args, settings: Settings) -> int:
    from kiosk.printing.diagnosis import check_printer
    from kiosk.printing.printers import Delivery
    from kiosk.printing.sample import print_sample_receipt

    url = args.printer or settings.printer_url
    check = check_printer(url, settings.printer.profile, status_timeout_s=settings.printer.status_timeout_s)
    if check.ok is False:  # say what is missing rather than fail at the first byte
        print(f"maktab print-test: cannot print to {url}: {check.detail}", file=sys.stderr)
        return EXIT_FAILED
    try:
        result = print_sample_receipt(settings, url, args.lang)
    except Exception as exc:  # the printer layer raises errors meant for a technician
        print(f"maktab print-test: could not print to {url}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if result.delivery is Delivery.PRINTED:
        print(f"sample receipt printed ({result.note}): {result.where}")
    else:
        print(f"sample receipt sent, not confirmed ({result.note}): {result.where}")
    return EXIT_OK


def _simulate(args, settings: Settings) -> int:
    from kiosk.office import Office
    from kiosk.simulation import simulate
    from kiosk.simulation_concerns import simulate_concerns

    if settings.training and not (args.tickets or args.concerns):
        return _practice_morning(args, settings)
    if args.tickets < 0 or args.concerns < 0 or args.days < 1 or not (args.tickets or args.concerns):
        print("maktab simulate: give --tickets N and/or --concerns M (≥ 0), and --days ≥ 1", file=sys.stderr)
        return EXIT_USAGE
    from kiosk.domain.clock import FixedClock, SystemClock

    # The simulation moves its own clock through the day, up to the real "now".
    office = Office.open(settings, clock=FixedClock(SystemClock().now()))
    try:
        def progress(done: int, total: int) -> None:
            width = 30
            filled = width * done // total
            print(f"\r[{'#' * filled}{'.' * (width - filled)}] day {done}/{total}", end="", file=sys.stderr)

        report = simulate(office, tickets_per_day=args.tickets, days=args.days, seed=args.seed,
                          serve_today=not args.no_clerks,
                          progress=progress if sys.stderr.isatty() else None) if args.tickets else None
        concerns = simulate_concerns(office, args.concerns, days=args.days, seed=args.seed) if args.concerns else 0
    finally:
        office.close()
    if report:
        print(f"simulated {report.tickets} tickets over {report.days} day(s) "
              f"({report.first_day} to {report.last_day}) in {settings.database_path}")
    if concerns:
        print(f"simulated {concerns} concerns over {args.days} day(s) in {settings.database_path}")
    return EXIT_OK


def _practice_morning(args, settings: Settings) -> int:
    """`maktab simulate --training`: the ready practice morning, and the accounts to log in with."""
    from kiosk.domain.clock import FixedClock, SystemClock
    from kiosk.office import Office
    from kiosk.training_scenario import practice_morning

    office = Office.open(settings, clock=FixedClock(SystemClock().now()))
    try:
        morning = practice_morning(office, seed=args.seed)
    finally:
        office.close()
    print(f"TRAINING office ready in {settings.database_path} (nothing in it is real, nothing is ever synced):\n"
          f"  {morning.tickets} citizens this morning: {morning.waiting} waiting, {morning.called} called or at a "
          f"counter\n"
          f"  {morning.concerns} concerns, {morning.to_answer} to answer\n"
          f"Practice accounts (desk mode: maktab desk --training):")
    for name, role, pin in morning.accounts:
        print(f"  {name:<16} {role:<11} PIN {pin}")
    return EXIT_OK


def _hub(args, settings: Settings) -> int:
    import dataclasses

    from kiosk.hub import cli as hub_cli

    action = getattr(args, "hub_command", None)
    if action is None:
        hub_settings = dataclasses.replace(settings.hub, host=args.host or settings.hub.host,
                                           port=args.port or settings.hub.port)
        from kiosk.hub.running import serve_forever

        try:
            serve_forever(dataclasses.replace(settings, hub=hub_settings), show_code=not args.no_code)
        except OSError as exc:
            print(f"maktab hub: cannot listen on {hub_settings.host}:{hub_settings.port}: {exc}", file=sys.stderr)
            return EXIT_FAILED
        return EXIT_OK
    handlers = {"pair": hub_cli.COMMANDS["pair-code"], "devices": hub_cli.COMMANDS["devices"],
                "revoke": hub_cli.COMMANDS["revoke"]}
    return handlers[action](args, settings)


def _screen_settings(args, settings: Settings, kind: str) -> Settings | None:
    """Settings pointing at the hub given on the command line, pairing first if asked."""
    import dataclasses

    from kiosk.hub.pairing import load_device_file

    stored = load_device_file(settings.data_dir)
    # After pairing, this PC finds its hub again by itself (reboots, no options).
    url = args.hub or settings.hub.url or (stored.hub_url if stored else "")
    if args.pair:
        if not url:
            print(f"maktab {kind}: --pair needs the hub's address: --hub http://HUB-PC:8765", file=sys.stderr)
            return None
        from kiosk.hub.connect import pair
        from kiosk.office import OfficeError

        try:
            pair(url, args.pair, args.name or f"{kind} {os.uname().nodename}", kind, settings.data_dir,
                 training=settings.training).close()
        except OfficeError as exc:
            print(f"maktab {kind}: pairing failed: {exc}", file=sys.stderr)
            return None
        print(f"paired with the hub at {url}")
    elif url and stored is None:
        print(f"maktab {kind}: this PC is not paired with the hub at {url} yet.\n"
              f"On the hub run `maktab hub pair`, then here: maktab {kind} --hub {url} --pair CODE",
              file=sys.stderr)
        return None
    return dataclasses.replace(settings, hub=dataclasses.replace(settings.hub, url=url or ""))


def _desk(args, settings: Settings) -> int:
    settings = _screen_settings(args, settings, "desk")
    if settings is None:
        return EXIT_FAILED
    from kiosk.ui.desk.app import run_desk

    return run_desk(settings)


def _display(args, settings: Settings) -> int:
    settings = _screen_settings(args, settings, "display")
    if settings is None:
        return EXIT_FAILED
    from kiosk.ui.display.app import run_display

    return run_display(settings, fullscreen=not args.windowed)


COMMANDS = {
    "kiosk": _run_kiosk,
    "screenshots": _screenshots,
    "print-test": _print_test,
    "simulate": _simulate,
    "staff": staff_cli.run,
    "hub": _hub,
    "desk": _desk,
    "display": _display,
    **service_commands.COMMANDS,
    "report": report_cli.run,
    "voice": voice_cli.run,
}

if __name__ == "__main__":
    sys.exit(main())
