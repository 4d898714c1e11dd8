"""Citizens' concerns on the central server: kept current from the offices' events, and
worked by municipal staff (assign, note, answer, status, deadlines) from the back office
and the `maktab-server concern …` commands.

    projection.py   office concern.* events → the concerns table and history (in the push's transaction)
    workflow.py     CentralConcerns: the actions and reads, each one transaction, scope-checked
    listing.py      ConcernQuery → a keyset page; the home page's counts
    deadlines.py    answer deadlines per commune and category; due dates
    history.py      a concern's history rows
    rules.py        statuses, transitions, text limits and their refusals

Its schema additions are migration m005 (sync/server/db_concerns.py). Any thread.
"""
from __future__ import annotations

from sync.server.concerns.deadlines import Deadline
from sync.server.concerns.history import HistoryEntry
from sync.server.concerns.listing import ConcernCounts, ConcernPage, ConcernQuery, ConcernRow
from sync.server.concerns.projection import FirstAnswerHook, no_first_answer_hook, project_concern
from sync.server.concerns.workflow import CentralConcerns, ConcernDetail

__all__ = ["CentralConcerns", "ConcernCounts", "ConcernDetail", "ConcernPage", "ConcernQuery", "ConcernRow",
           "Deadline", "FirstAnswerHook", "HistoryEntry", "no_first_answer_hook", "project_concern"]
