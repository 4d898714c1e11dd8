"""Migration m006: the answers to request and action ids, kept on disk.

Registered in `kiosk/store/migrations.py` (never edit it once shipped: add a new
migration). One table serves every "apply once per id" of the office: a desk's
`action_id`, a kiosk's `request_id` for a ticket or a concern. Each row binds the id, as
chosen by one device, to what was asked (a hash of the action and its arguments), and
keeps the first answer, written in the same transaction as the change itself; so a
retry after a lost answer, even across a hub crash, gets that answer back, and a
different request reusing the id is refused. `kiosk/store/request_answers.py` reads
and writes it.
"""
from __future__ import annotations

import sqlite_utils


def m006_request_answers(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE request_answers (
            device_id TEXT NOT NULL,  -- the paired device that chose the id ('' for this PC's own screens)
            request_id TEXT NOT NULL,  -- a desk's action_id or a kiosk's request_id
            fingerprint TEXT NOT NULL,  -- sha256 of the action and its arguments: one id, one action
            at TEXT NOT NULL,
            answer TEXT NOT NULL,  -- JSON: what the first attempt answered (ids, never personal data)
            PRIMARY KEY (device_id, request_id)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX request_answers_at ON request_answers (at)")
    # m003's desk_actions kept answers by action id alone, for any device and any action.
    # Its rows are answers to retries of a few seconds, never needed after a hub upgrade.
    db.execute("DROP TABLE IF EXISTS desk_actions")
