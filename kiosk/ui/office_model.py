"""`OfficeModel`: what the screens show of the office, read off the GUI thread, and the
one way a screen calls the office.

A screen never calls the office itself: over the LAN (`RemoteOffice`) every call is an
HTTP request, and a hub that is down answers only after its retries (seconds). So:

- what screens draw (office info, catalogue, the estimated wait of each open service, the
  central server's public address for QR codes) is an `OfficeSnapshot`, read by
  `read_snapshot` on the worker and replaced as a whole when the answer comes (`changed`);
  the office's events (through the `OfficeBridge`) ask for a fresh one, a burst of them
  becoming one read (`Coalescer`);
- what screens do (issue a ticket, register a concern, look one up) goes through
  `model.run(fn, *args, on_success=…, on_failure=…)`: `fn` runs on the worker, the
  callbacks on the GUI thread;
- whether the office answers is `reachable` (`reachable_changed`): a read or an action
  that finds the hub unreachable, or the event stream saying so, turns it off; the
  stream coming back (or any read that succeeds) turns it on again.

The first snapshot is read once at start-up, before the first window exists
(`OfficeModel.start(office, …)` in `kiosk/ui/app.py`): the screens are built from it.

Thread use: GUI thread; `read_snapshot` runs on the worker's pool thread.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable, Mapping
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from kiosk.domain.catalogue import Catalogue, Service, in_tamazight_script
from kiosk.domain.service_controls import Availability
from kiosk.i18n import tamazight_script
from kiosk.office import OfficeError, OfficeInfo, OfficePort, StoreError
from kiosk.ui.bridge import OfficeBridge
from kiosk.ui.clock import SYSTEM_UI_CLOCK, UiClock
from kiosk.ui.coalescer import Coalescer
from kiosk.ui.worker import Callback, Worker

log = logging.getLogger(__name__)

UNREACHABLE = "hub_unreachable"  # RemoteOffice's HubUnreachable code
# After a queue change (a ticket issued or called) the waits are read again a quarter second
# later, not at once: at once (one query per service, under the office lock) they would compete
# with that ticket's receipt being drawn and sent; a quarter second later the citizen is reading
# the ticket screen, and a burst of queue events is one read. Other changes are read at once.
REFRESH_DELAY_MS = 250


class OfficeFacts(Protocol):
    """What a receipt needs of the office: an `OfficeModel` (kiosk) or the office itself (desk)."""

    @property
    def info(self) -> OfficeInfo: ...

    @property
    def catalogue(self) -> Catalogue: ...

    def public_url(self) -> str | None:
        """The central server's public address for the receipts' QR codes (None: unset)."""
        ...


class ServiceLookup(Protocol):
    """A service by its code as it is named now: an `OfficeModel` (live) or a `Catalogue`."""

    def service(self, code: str) -> Service: ...


def service_name(lookup: ServiceLookup, code: str, language: str) -> str:
    """The service's name in `language`; a service gone from the catalogue by its code (a
    ticket taken before the catalogue changed still has a line to show)."""
    try:
        return lookup.service(code).name(language)
    except KeyError:
        return code


@dataclasses.dataclass(frozen=True)
class OfficeSnapshot:
    """The office as the screens draw it, at one moment."""

    info: OfficeInfo
    catalogue: Catalogue
    waits: Mapping[str, int]  # service code → estimated wait (minutes); absent when unknown
    public_url: str | None = None  # the central server's public address (QR codes), None: unset
    # service code → taking tickets or why not (closed, outside its hours, today's limit);
    # absent: taking, or not known
    availability: Mapping[str, Availability] = dataclasses.field(default_factory=dict)

    def services(self) -> tuple[Service, ...]:
        """The open services, in catalogue order."""
        return self.catalogue.active_services()


def read_snapshot(office: OfficePort, *, with_waits: bool = True) -> OfficeSnapshot:
    """Read what the screens show (worker thread: over the LAN it is one request per service)."""
    info = office.info
    catalogue = in_tamazight_script(office.catalogue, tamazight_script())  # Kabyle as the office writes it
    try:
        public_url = office.public_url()
    except StoreError:  # the office has said what is wrong (PROBLEM_EVENT): receipts without links
        public_url = None
    waits: dict[str, int] = {}
    availability: dict[str, Availability] = {}
    if with_waits:
        for service in catalogue.active_services():
            try:
                waits[service.code] = office.estimated_wait(service.code)
            except StoreError:  # the office has said what is wrong (PROBLEM_EVENT): no figure
                pass
        try:
            availability = {level.service_code: level.availability for level in office.service_levels()
                            if not level.availability.taking}
        except StoreError:
            pass
    return OfficeSnapshot(info, catalogue, waits, public_url, availability)


def is_unreachable(exc: BaseException) -> bool:
    return isinstance(exc, OfficeError) and exc.code == UNREACHABLE


class OfficeModel(QObject):
    changed = Signal()  # a new snapshot: catalogue, info or waits
    reachable_changed = Signal(bool)

    def __init__(self, office: OfficePort, snapshot: OfficeSnapshot, worker: Worker,
                 bridge: OfficeBridge | None = None, parent: QObject | None = None, *,
                 clock: UiClock = SYSTEM_UI_CLOCK, reachable: bool = True, waits: bool = True):
        super().__init__(parent)
        self.office = office  # only for `run(office.method, …)`: never called here on the GUI thread
        self._clock_now = office.clock.now  # the office's clock object is local on both office kinds
        self.worker = worker
        self._snapshot = snapshot
        self._reachable = reachable
        # The desk shows no waits: without them a ticket event changes nothing it reads here.
        self._waits = waits
        # What the event stream last said (None: it has not said): an answer to a call sent
        # before the stream was lost must not hide the loss.
        self._stream_online: bool | None = None
        self._closed = False
        self._reads = Coalescer(self._read, clock, self, delay_ms=REFRESH_DELAY_MS)
        if bridge is not None:
            bridge.event.connect(self._office_event)
            if waits:
                bridge.queue_changed.connect(self._reads.request)

    @classmethod
    def start(cls, office: OfficePort, worker: Worker, bridge: OfficeBridge | None = None,
              parent: QObject | None = None, *, clock: UiClock = SYSTEM_UI_CLOCK,
              waits: bool = True) -> OfficeModel:
        """The model with its first snapshot (start-up, before any window: screens are built from it).

        The waits are read on the worker when a screen that shows them asks (`refresh`); an
        office that does not answer at all (a hub down with nothing cached) raises its
        `HubUnreachable` to the caller. `waits=False` (the desk): never read the waits.
        """
        return cls(office, read_snapshot(office, with_waits=False), worker, bridge, parent, clock=clock,
                   waits=waits)

    # ---- what screens read -------------------------------------------------------------

    @property
    def snapshot(self) -> OfficeSnapshot:
        return self._snapshot

    @property
    def info(self) -> OfficeInfo:
        return self._snapshot.info

    @property
    def catalogue(self) -> Catalogue:
        return self._snapshot.catalogue

    def service(self, code: str) -> Service:
        """A service as the catalogue now names it (the screens' `catalogue.service`)."""
        return self._snapshot.catalogue.service(code)

    def services(self) -> tuple[Service, ...]:
        return self._snapshot.services()

    def public_url(self) -> str | None:
        """The central server's public address as last read (receipts' and screens' QR codes)."""
        return self._snapshot.public_url

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self._snapshot.info.timezone)

    def now(self) -> dt.datetime:
        """The office's clock (kept on both office kinds: no request), for "opens at 14:00"."""
        return self._clock_now()

    def availability(self, service_code: str) -> Availability | None:
        """Why the service takes no ticket now (closed, hours, limit), or None: it takes tickets."""
        return self._snapshot.availability.get(service_code)

    def wait(self, service_code: str) -> int | None:
        """The estimated wait in minutes, None while not known."""
        return self._snapshot.waits.get(service_code)

    @property
    def reachable(self) -> bool:
        return self._reachable

    # ---- what screens do ---------------------------------------------------------------

    def run(self, fn: Callable[..., Any], *args: Any, on_success: Callback | None = None,
            on_failure: Callback | None = None, **kwargs: Any) -> int:
        """`fn(*args, **kwargs)` on the worker; the callbacks on the GUI thread.

        An unreachable hub also turns `reachable` off before `on_failure` runs; an answer
        turns it on, unless the event stream has said the hub is lost since.
        """

        def succeeded(result: object) -> None:
            if self._stream_online is not False:
                self._set_reachable(True)
            if on_success is not None:
                on_success(result)

        def failed(exc: object) -> None:
            if isinstance(exc, BaseException) and is_unreachable(exc):
                self._set_reachable(False)
            if on_failure is not None:
                on_failure(exc)

        return self.worker.submit(fn, *args, on_success=succeeded, on_failure=failed, **kwargs)

    def refresh(self) -> None:
        """Read a fresh snapshot now (or right after the read in flight: requests meanwhile become one)."""
        self._reads.now()

    def close(self) -> None:
        """Answers still on their way are ignored from now on."""
        self._closed = True
        self._reads.stop()

    # ---- reading -----------------------------------------------------------------------

    def _read(self) -> None:
        self.run(read_snapshot, self.office, with_waits=self._waits, on_success=self._read_done,
                 on_failure=self._read_failed)

    def _read_done(self, snapshot: object) -> None:
        if self._reads.finished() or self._closed:
            return  # something changed while reading: the next answer is the one to show
        assert isinstance(snapshot, OfficeSnapshot)
        self._snapshot = snapshot
        self.changed.emit()

    def _read_failed(self, exc: object) -> None:
        self._reads.finished()
        if not is_unreachable(exc if isinstance(exc, BaseException) else Exception()):
            log.warning("cannot read the office for the screens: %s", exc)

    def _office_event(self, kind: str, data: dict) -> None:
        if kind == "hub.connection":
            online = bool(data.get("online"))
            self._stream_online = online
            self._set_reachable(online)
            if online:
                self.refresh()
        elif kind in ("catalogue.changed", "hub.resync", "public_url.changed", "service.control_changed"):
            self.refresh()

    def _set_reachable(self, reachable: bool) -> None:
        if reachable != self._reachable and not self._closed:
            self._reachable = reachable
            self.reachable_changed.emit(reachable)


__all__ = ["OfficeFacts", "OfficeModel", "OfficeSnapshot", "ServiceLookup", "is_unreachable", "read_snapshot"]
