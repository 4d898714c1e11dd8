"""What the central server sends to offices: the numbered feed of updates each office pulls.

    add_update(conn, kind, data, office)  one more update, inside the caller's transaction
    UpdateFeed(engine, devices, public_url)
        .pull(device, cursor, limit)      a page of updates for the device's office (and the public_url)
        .publish(kind, data, office)      any update kind, for one office or all (None)
    announcement_data(texts)              an announcement's data, checked
    catalogue_service_data(code, …)       a change to one service of the offices' catalogues, checked

Announcements and catalogue changes are published by people, so through the back office's
audited functions (sync/server/catalogue_admin.py), which the CLI calls too.

Built by `ServerStore` (`store.updates`); every method is one transaction, called from the
app's worker threads or the `maktab-server` CLI.

Rows of `updates` are numbered under an advisory lock (PostgreSQL), so a reader never sees
cursor N+1 committed before N (it would skip N).
"""
from __future__ import annotations

import datetime as dt
import json
import secrets
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Engine, and_, bindparam, or_, select, text, update
from sqlalchemy.engine import Connection

from sync import protocol as P
from sync.server import db as D
from sync.server.devices import Device, DeviceRegistry, require_office, still_valid
from sync.server.errors import Refused
from sync.server.form_errors import N_, InvalidField

# Same rules as the office's catalogue file (kiosk/domain/catalogue.py), which sync/ may not import.
SERVICE_CODE_RE = P.SERVICE_CODE_RE
SERVICE_MAX_MINUTES = P.SERVICE_MAX_MINUTES
SERVICE_MAX_NAME = P.SERVICE_MAX_NAME
#: Longest announcement text per language: it must fit the hall's display.
ANNOUNCEMENT_MAX = 500


def add_update(conn: Connection, kind: str, data: Mapping[str, Any], office_code: str | None) -> P.Update:
    if conn.dialect.name == "postgresql":
        # Held to commit: cursors become visible in the order they were given out.
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": D.UPDATES_LOCK_KEY})
    at = P.utc_now_iso()
    cursor = conn.execute(
        D.updates.insert().values(office_code=office_code, kind=kind,
                                  data=P.canonical_json(data).decode("utf-8"), at=at)
        .returning(D.updates.c.cursor)
    ).scalar_one()
    return P.Update(cursor, kind, dict(data), at)


_u, _d = D.updates.c, D.devices.c
#: A page of updates after :cursor for the device's office, in one round trip with the check that
#: the device may still pull: its row joined to what is new (no row: refused; one row of NULLs:
#: nothing new). Built once, so a pull costs no SQLAlchemy construction.
_PAGE = (select(_u.cursor, _u.kind, _u.data, _u.at)
         .select_from(D.devices.outerjoin(D.updates, and_(
             _u.cursor > bindparam("cursor"),
             or_(_u.office_code == bindparam("office_code"), _u.office_code.is_(None)))))
         .where(_d.id == bindparam("device_id"), _d.token_hash == bindparam("token"), _d.revoked_at.is_(None))
         .order_by(_u.cursor).limit(bindparam("rows")))


class UpdateFeed:
    def __init__(self, engine: Engine, devices: DeviceRegistry, public_url: str | None = None):
        self.engine = engine
        self.devices = devices
        self._seen_at: dict[str, str] = {}  # device id → when this process last wrote its last_seen_at
        # Sent with every page, so an office always holds the current value, and learns
        # that it was removed (a page without it means "none").
        self.public_url = public_url

    def pull(self, device: Device, cursor: int, limit: int) -> P.PullResponse:
        """A page of updates after `cursor`, checking in the same statement that the device (maybe
        from the verified-device cache) may still pull: Refused 401 if revoked or re-enrolled."""
        now = P.utc_now()
        stale = P.format_time(now - dt.timedelta(minutes=1))
        seen = max(device.last_seen_at or "", self._seen_at.get(device.id, ""))
        if seen < stale:  # a write at most once a minute (per process)
            with self.engine.begin() as conn:
                if not conn.execute(update(D.devices).where(still_valid(device))
                                    .values(last_seen_at=P.format_time(now))).rowcount:
                    raise self.devices.stale_refusal(conn, device)
            self._seen_at[device.id] = P.format_time(now)
        with D.read_only(self.engine) as conn:
            rows = conn.execute(_PAGE, {"device_id": device.id, "token": device.token_hash,
                                        "office_code": device.office_code, "cursor": cursor,
                                        "rows": limit + 1}).all()
            if not rows:
                raise self.devices.stale_refusal(conn, device)
        rows = [r for r in rows if r.cursor is not None]
        more = len(rows) > limit
        items = [P.Update(r.cursor, r.kind, json.loads(r.data), r.at) for r in rows[:limit]]
        return P.PullResponse(items, items[-1].cursor if items else cursor, more, P.utc_now_iso(),
                              public_url=self.public_url)

    def publish(self, kind: str, data: Mapping[str, Any], office_code: str | None) -> P.Update:
        """Add an update for one office (or all, with None) to pull."""
        if kind not in P.UPDATE_KINDS:
            raise Refused(f"update kind {kind!r} is unknown; use one of {', '.join(P.UPDATE_KINDS)}",
                          "invalid_request", 422)
        with self.engine.begin() as conn:
            if office_code is not None:
                require_office(conn, office_code)
            return add_update(conn, kind, data, office_code)


# ---------------------------------------------------------------------------- checking what is published


def announcement_data(texts: Mapping[str, str]) -> dict[str, Any]:
    """The `announcement` update's data {id, texts} for these texts, or Refused saying what is wrong."""
    texts = {lang: t.strip() for lang, t in texts.items() if t and t.strip()}
    if not texts:
        raise InvalidField("texts", N_("the announcement has no text: write it in at least one language "
                                       "(on the command line: TEXT or --ar/--fr/--kab/--en)"))
    too_long = sorted(lang for lang, t in texts.items() if len(t) > ANNOUNCEMENT_MAX)
    if too_long:
        raise InvalidField(f"text_{too_long[0]}", N_("at most {max} characters, got {count}"),
                           {"max": ANNOUNCEMENT_MAX, "count": len(texts[too_long[0]])})
    unknown = set(texts) - set(P.ANNOUNCEMENT_LANGUAGES) - {"default"}
    if unknown:
        raise Refused(f"unknown language(s) {sorted(unknown)}", "invalid_request", 422)
    return {"id": f"ann-{secrets.token_hex(6)}", "texts": texts}


def catalogue_service_data(code: str, *, active: bool | None = None, minutes: float | None = None,
                           names: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The `catalogue.service` update's data {code, active?, minutes?, names?} with only the given
    fields, or Refused naming the field and what it must be."""
    if not isinstance(code, str) or not SERVICE_CODE_RE.match(code):
        raise InvalidField("code", N_("service code {code} is not valid: capital letters, digits and '-' "
                                      "(at most 16), as in the office's catalogue.toml"), {"code": repr(code)})
    data: dict[str, Any] = {"code": code}
    if active is not None:
        data["active"] = bool(active)
    if minutes is not None:
        if isinstance(minutes, bool) or not 0 < minutes <= SERVICE_MAX_MINUTES:
            raise InvalidField("minutes", N_("minutes per citizen must be more than 0 and at most {max}, "
                                             "got {got}"), {"max": SERVICE_MAX_MINUTES, "got": f"{minutes:g}"})
        data["minutes"] = int(minutes) if float(minutes).is_integer() else float(minutes)
    if names:
        unknown = sorted(set(names) - set(P.ANNOUNCEMENT_LANGUAGES))
        if unknown:
            raise Refused(f"unknown language(s) {unknown}; use {', '.join(P.ANNOUNCEMENT_LANGUAGES)}",
                          "invalid_request", 422)
        clean = {lang: (text or "").strip() for lang, text in names.items()}
        bad = sorted(lang for lang, text in clean.items() if not text or len(text) > SERVICE_MAX_NAME)
        if bad:
            raise InvalidField(f"name_{bad[0]}", N_("the name in {languages} must be 1 to {max} characters"),
                               {"languages": ", ".join(bad), "max": SERVICE_MAX_NAME})
        data["names"] = clean
    if len(data) == 1:
        raise InvalidField("_form", N_("nothing to change for service {code}: give new names, minutes or "
                                       "open/closed (on the command line: --name-LANG, --minutes, --active)"),
                           {"code": code})
    return data

__all__ = ["SERVICE_CODE_RE", "UpdateFeed", "add_update", "announcement_data", "catalogue_service_data"]
