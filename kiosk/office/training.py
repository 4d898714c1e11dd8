"""Training mode on the office side: which database a training office may open, and marking it.

    claim_database_mode(db, training, where)     at every open: mark a fresh training
                                                 database, refuse a mix of the two modes
    mode_mismatch(hub_training=, device_training=)  the refusal when a desk, display or kiosk PC
                                                 and its hub are not in the same mode, or None

A training office (`maktab --training`, settings from `kiosk.config.training_settings`)
works in its own folder. Its database carries the mark `mode = training` (the `settings`
table, kiosk/store/office_settings.py), and the mark is what the rest relies on: the outbox
queues nothing in a marked database (kiosk/store/outbox.py), the sync loop does not start
for a training office (kiosk/hub/sync_runner.py) and `maktab-sync` refuses a marked file
(kiosk/sync_cli/context.py). The two refusals below keep the modes from mixing:

- a real office never opens a training database (it would serve citizens and sync nothing);
- a training office never marks a database that already holds real events (it would stop
  their sync for good).

Thread use: any; called once while the office is built.
"""
from __future__ import annotations

import sqlite3

import sqlite_utils

from kiosk.office.errors import NotAllowed
from kiosk.store import office_settings
from kiosk.store.database import transaction
from kiosk.store.errors import StoreError


class WrongModeDatabase(StoreError):
    """The database belongs to the other mode (training or real); the message says which and what to do."""

    code = "wrong_mode_database"


def claim_database_mode(db: sqlite_utils.Database, training: bool, where: str = "the office database") -> None:
    """Mark `db` as a training database when `training` and it is fresh; refuse a mix of modes."""
    conn: sqlite3.Connection = db.conn
    marked = office_settings.is_training(conn)
    if marked and not training:
        raise WrongModeDatabase(
            f"{where} is a training database: nothing in it is real and it is never synced. "
            "Start with --training to practise on it, or point --data-dir at the office's real data folder")
    if training and not marked:
        if conn.execute("SELECT 1 FROM outbox LIMIT 1").fetchone() is not None:
            raise WrongModeDatabase(
                f"{where} holds real office events, so it cannot become a training database. "
                "Training keeps its own folder (<data dir>/training): do not point --data-dir into a real one")
        with transaction(db) as write:
            office_settings.write_setting(write, office_settings.MODE, office_settings.TRAINING)


def mode_mismatch(*, hub_training: bool, device_training: bool) -> NotAllowed | None:
    """Why a PC in one mode may not work with a hub in the other (None: same mode).

    Said at pairing (the hub refuses, the code is not spent) and when a paired PC starts
    (kiosk/hub/connect.py): a training desk must never call real citizens, and a real desk
    never serve from the practice office."""
    if hub_training == device_training:
        return None
    if hub_training:
        return NotAllowed("training_mismatch",
                          "this hub is a TRAINING hub (practice office): start this PC with --training to use it, "
                          "or give the address of the office's real hub")
    return NotAllowed("training_mismatch",
                      "this hub is the office's REAL hub, and this PC runs in training mode: give the training "
                      "hub's address (its port is the real one + 1), or start without --training")
