"""`maktab staff add|list|reset-pin|unlock`: the staff who use desk mode, managed on the
office's own PC (PINs asked at the terminal, or read from stdin with --pin-stdin).

Exit codes: 0 done, 1 refused (the message says why).
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from kiosk.config import Settings

EXIT_OK, EXIT_FAILED = 0, 1


def add_parser(sub, common: Callable[[argparse.ArgumentParser], None]) -> None:
    _common = common
    staff = sub.add_parser("staff", help="manage the staff who use desk mode",
                           description="Add, list and reset the PIN of desk staff. PINs are 4–8 digits, stored "
                                       "hashed (argon2); they are asked for at the terminal (or read from stdin "
                                       "with --pin-stdin).")
    _common(staff)
    staff_sub = staff.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    add = staff_sub.add_parser("add", help="add a staff member")
    _common(add)
    add.add_argument("name", help="the name the person logs in with")
    add.add_argument("--role", choices=["clerk", "supervisor"], default="clerk",
                     help="clerk (desk, concerns) or supervisor (also contact details, announcements)")
    add.add_argument("--pin-stdin", action="store_true", help="read the PIN from standard input")
    listing = staff_sub.add_parser("list", help="list staff members")
    _common(listing)
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    reset = staff_sub.add_parser("reset-pin", help="set a new PIN (also unlocks a locked account)")
    _common(reset)
    reset.add_argument("name")
    reset.add_argument("--pin-stdin", action="store_true", help="read the PIN from standard input")
    unlock = staff_sub.add_parser("unlock", help="unlock an account locked by wrong PINs (audited)",
                                  description="Unlock a staff account now (it unlocks by itself 15 minutes after "
                                              "the fifth wrong PIN) and forget its wrong PINs. The unlock is "
                                              "recorded in the audit log.")
    _common(unlock)
    unlock.add_argument("name", help="the name the person logs in with")


def _read_pin(args) -> str:
    if args.pin_stdin:
        return sys.stdin.readline().strip()
    import getpass

    pin = getpass.getpass("PIN (4–8 digits): ")
    if getpass.getpass("PIN again: ") != pin:
        raise ValueError("the two PINs differ")
    return pin


def run(args, settings: Settings) -> int:
    import json

    from kiosk.domain.clock import SystemClock, to_iso
    from kiosk.office import Office, OfficeError

    office = Office.open(settings)
    try:
        if args.staff_command == "list":
            rows = office.list_staff()
            if args.json:
                print(json.dumps(rows, ensure_ascii=False, indent=2))
            else:
                now = to_iso(SystemClock().now())  # a lock that has ended is not shown (it counts for nothing)
                for row in rows:
                    locked = f"  locked until {row['locked_until']}" if (row["locked_until"] or "") > now else ""
                    print(f"{row['name']:<24} {row['role']:<10}{locked}")
            return EXIT_OK
        if args.staff_command == "unlock":
            was_locked_until = office.unlock_staff(args.name)
            print(f"{args.name} unlocked (was locked until {was_locked_until})" if was_locked_until
                  else f"{args.name} was not locked; wrong PINs forgotten")
            return EXIT_OK
        pin = _read_pin(args)
        if args.staff_command == "add":
            office.add_staff(args.name, args.role, pin)
            print(f"added {args.role} {args.name}")
        else:
            office.reset_pin(args.name, pin)
            print(f"new PIN set for {args.name}")
        return EXIT_OK
    except (OfficeError, ValueError) as exc:
        print(f"maktab staff: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        office.close()


__all__ = ["add_parser", "run"]
