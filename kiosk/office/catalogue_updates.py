"""Central changes to the catalogue: a service opened or closed, its counter minutes or
its names, pulled from the server as `catalogue.service` updates.

The changes are kept in the `catalogue_overrides` table and laid over the catalogue
file whenever the office is built and whenever an update arrives, so they survive a
restart and a new catalogue file keeps them. They come from the server, so they write
no outbox event. Listeners get `OfficeEvent("catalogue.changed", {"code": ...})`.

`CatalogueService` is the office's catalogue part, built around the shared `UnitOfWork`:
its `current` catalogue (the file's, with the overrides) is what every other part reads.

Thread use: any thread (the sync thread applies updates), under the office lock.
"""
from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from kiosk.domain.catalogue import Catalogue, CatalogueError, validate_override, with_overrides
from kiosk.domain.clock import to_iso
from kiosk.office.unit_of_work import UnitOfWork
from kiosk.store import catalogue_overrides as override_rows

log = logging.getLogger(__name__)

APPLIED = "applied"
IGNORED = "ignored"


class CatalogueService:
    """The catalogue the office works with: the catalogue file's content (`base`) with the
    stored central overrides laid over it. `current` is what every other part reads."""

    def __init__(self, work: UnitOfWork, base: Catalogue):
        self._work = work
        self._base = base
        with work.read() as conn:
            self._merged = _merge(base, override_rows.all_overrides(conn))

    @property
    def current(self) -> Catalogue:
        return self._merged

    def catalogue_overrides(self) -> dict[str, dict[str, Any]]:
        """Service code → the fields the server changed (for tools and support)."""
        with self._work.read() as conn:
            return override_rows.all_overrides(conn)

    def apply_catalogue_update(self, data: Mapping[str, Any], source: str = "central") -> str:
        """Apply a `catalogue.service` update {code, active?, minutes?, names?}.

        Returns "applied", or "ignored" (logged) for an unknown service code or a bad
        value: one bad update must never stop the office.
        """
        code = data.get("code") if isinstance(data, Mapping) else None
        if not isinstance(code, str):
            log.warning("catalogue update without a service code ignored: %r", data)
            return IGNORED
        try:
            fields = validate_override(data)
        except CatalogueError as exc:
            log.warning("catalogue update for service %s refused: %s", code, exc)
            return IGNORED
        with self._work.lock:
            if code not in {s.code for s in self._base.services}:
                log.warning("catalogue update for service %s ignored: this office's catalogue has no such "
                            "service", code)
                return IGNORED
            with self._work.write() as conn:
                stored = override_rows.get_override(conn, code) or {}
                merged = {**stored, **fields}
                if "names" in stored and "names" in fields:
                    merged["names"] = {**stored["names"], **fields["names"]}
                override_rows.put_override(conn, code, merged, to_iso(self._work.clock.now()), source)
                overrides = override_rows.all_overrides(conn)
            self._merged = _merge(self._base, overrides)
        log.info("catalogue update for service %s applied: %s", code, fields)
        self._work.publish("catalogue.changed", {"code": code})
        return APPLIED


def _merge(base: Catalogue, overrides: dict[str, dict[str, Any]]) -> Catalogue:
    """`base` with every valid stored override; a bad row (edited by hand) is logged and skipped."""
    usable: dict[str, dict[str, Any]] = {}
    for code, fields in overrides.items():
        try:
            validate_override(fields)
        except CatalogueError as exc:
            log.error("stored catalogue override of service %s skipped: %s", code, exc)
            continue
        usable[code] = fields
    return with_overrides(base, usable)
