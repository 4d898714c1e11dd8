"""Offices that run themselves: systemd units for each role and `maktab install-service`.

    units.py       ServiceSpec → the text of a role's unit (one copy of every unit)
    roles.py       what each role runs and needs: command, groups, Debian packages
    installer.py   the install and uninstall plans: steps that dry-run prints and a real run does
    commands.py    the `install-service` / `uninstall-service` subcommands of `maktab`

Qt-free: it runs as root on a PC that may have no screen yet. See docs/operations.md
("A new office PC") and docs/decisions.md ("Kiosk screens at boot: cage on tty1").
"""
