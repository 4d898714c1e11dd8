"""The central server's public address (`public_url`), as the office last heard it.

The sync client hands the value of every completed pull to `PublicAddress.received`
(through kiosk/sync_adapter.py); it is kept in the office database, so a restart or a
cut link keeps printing the same QR codes, and a pull without it means "unset" (receipts
go back to carrying no link). Screens and receipts read it through the `OfficePort`
(`public_url()`); a change is told to every listener as `OfficeEvent("public_url.changed",
{"public_url": …})`, which the hub forwards to the LAN, so the kiosks' snapshots follow.

Thread use: any thread, under the office lock.
"""
from __future__ import annotations

from kiosk.office.errors import InvalidInput
from kiosk.office.unit_of_work import UnitOfWork
from kiosk.store import office_settings
from sync import protocol as P

CHANGED = "public_url.changed"


class PublicAddress:
    def __init__(self, work: UnitOfWork):
        self._work = work

    def current(self) -> str | None:
        if self._work.info.training:  # a practice receipt's QR code never opens a real public page
            return None
        with self._work.read() as conn:
            return office_settings.read_setting(conn, office_settings.PUBLIC_URL)

    def received(self, public_url: str | None) -> bool:
        """Keep what the server said (None: it has no public address); True when it changed.

        InvalidInput when the value is not an absolute http(s) address (the protocol
        checks it already; this keeps the database clean whoever calls)."""
        if public_url is not None:
            try:
                public_url = P.check_public_url(public_url)
            except P.ProtocolError as exc:
                raise InvalidInput("bad_public_url", exc.message) from None
        with self._work.lock:  # (re-entrant) the check and the write see the same value
            if self.current() == public_url:
                return False  # the usual case: every pull repeats it, and nothing is written
            with self._work.write() as conn:
                office_settings.write_setting(conn, office_settings.PUBLIC_URL, public_url)
        self._work.publish(CHANGED, {"public_url": public_url})
        return True
