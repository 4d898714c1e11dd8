"""What every `maktab-sync` command shares: exit codes, the run's context, JSON or human output, progress.

Main thread of the `maktab-sync` process.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported when first used: `--help` and `status` stay quick and Qt-free
    from kiosk.office import Office
    from sync.client import SyncClient

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_UNREACHABLE, EXIT_REJECTED = 0, 1, 2, 3, 4


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_FAILED):
        super().__init__(message)
        self.message = message
        self.code = code


# ---------------------------------------------------------------------------- context


class Context:
    """Settings, sync state and (lazily) the office of one command run."""

    def __init__(self, args: argparse.Namespace):
        from kiosk.config import load_settings

        self.args = args
        self.settings = load_settings(args.config, data_dir=args.data_dir)
        self.data_dir = self.settings.data_dir
        from kiosk.store.office_settings import is_training_file
        from sync.state import SyncState

        if self.settings.training or is_training_file(self.settings.database_path):
            # Checked before anything is read or written here (enrolment, batch files, pushes).
            raise CliError(f"{self.settings.database_path} is a training database (maktab --training): nothing "
                           "in it is real, so it is never synced. Point --data-dir at the office's real data "
                           "folder", EXIT_USAGE)
        self.state = SyncState.load(self.data_dir)
        self._office: Office | None = None

    @property
    def db_path(self) -> Path:
        return self.settings.database_path

    def office(self) -> Office:
        if self._office is None:
            if not self.db_path.exists():
                raise CliError(f"no office database at {self.db_path}; check --data-dir / --config, or start the "
                               "kiosk once to create it")
            from kiosk.office import Office

            self._office = Office.open(self.settings)
        return self._office

    def client(self, *, with_sink: bool = False, **options: Any) -> SyncClient:
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


def out(args: argparse.Namespace, human: str, data: Any) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    elif human:
        print(human)


class Progress:
    """A one-line progress bar on stderr, shown only on a terminal (and never with --json)."""

    def __init__(self, args: argparse.Namespace, total: int, label: str):
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
