"""Answers to request and action ids (SQL only), in the caller's transaction.

A row says: device D's id R was used for the request whose fingerprint is F, and was
answered A. `answer_for` is read before applying a request, `remember` writes the
answer in the same transaction as the change, `forget_before` drops old rows.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Mapping
from typing import Any


class ReusedId(Exception):
    """The id was already used by this device for a different request."""


def fingerprint(action: str, arguments: Mapping[str, Any]) -> str:
    """A stable hash of what is asked: the same action with the same arguments, the same hash."""
    text = json.dumps({"action": action, "arguments": arguments}, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def answer_for(conn: sqlite3.Connection, device_id: str, request_id: str, fingerprint: str) -> dict[str, Any] | None:
    """The first answer to this request, or None if the id is new. Raises ReusedId when the
    id was used for something else."""
    row = conn.execute("SELECT fingerprint, answer FROM request_answers WHERE device_id = ? AND request_id = ?",
                       (device_id, request_id)).fetchone()
    if row is None:
        return None
    if row[0] != fingerprint:
        raise ReusedId(request_id)
    return json.loads(row[1])


def remember(conn: sqlite3.Connection, device_id: str, request_id: str, fingerprint: str, at: str,
             answer: Mapping[str, Any]) -> None:
    conn.execute("INSERT INTO request_answers (device_id, request_id, fingerprint, at, answer) VALUES (?, ?, ?, ?, ?)",
                 (device_id, request_id, fingerprint, at, json.dumps(answer)))


def forget_before(conn: sqlite3.Connection, cutoff: str) -> int:
    """Drop the answers given before `cutoff` (UTC ISO text); returns how many."""
    return conn.execute("DELETE FROM request_answers WHERE at < ?", (cutoff,)).rowcount
