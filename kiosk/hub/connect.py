"""Which office this PC works with, and pairing it with the hub.

    connect(settings)                           local Office (no hub.url) or RemoteOffice (paired);
                                                NotAllowed "training_mismatch" when the hub is
                                                not in this PC's mode (training or real)
    pair(base_url, code, name, kind, data_dir)  → RemoteOffice; the pairing is stored 0600

Qt-free; blocking (network and disk), called before the screens start or from a worker.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import requests

from kiosk.config import Settings
from kiosk.hub.client import DEFAULT_TIMEOUT, HubUnreachable, NotPaired, RemoteOffice
from kiosk.hub.codec import API_PREFIX
from kiosk.hub.pairing import (
    PairingError,
    StoredPairing,
    load_device_file,
    save_device_file,
)
from kiosk.office import Office, OfficeError
from kiosk.office.training import mode_mismatch

log = logging.getLogger(__name__)


def pair(base_url: str, code: str, name: str, kind: str, data_dir: Path | str,
         timeout: float | tuple[float, float] = DEFAULT_TIMEOUT, *, training: bool = False,
         **options: Any) -> RemoteOffice:
    """Pair this PC with the hub using a one-time code; store the token (0600) and connect.

    `training`: this PC runs in training mode; a hub in the other mode refuses the pairing
    (NotAllowed "training_mismatch") without spending the code."""
    base_url = base_url.rstrip("/")
    try:
        # Not retried after the request went out: the code is spent by the first attempt.
        response = requests.post(f"{base_url}{API_PREFIX}/pair",
                                 json={"code": code, "name": name, "kind": kind, "training": training},
                                 timeout=timeout)
    except (requests.ConnectionError, requests.Timeout) as exc:
        raise HubUnreachable(f"the hub at {base_url} does not answer: check its address and the network") from exc
    probe = RemoteOffice(base_url, "", timeout)
    try:
        answer = probe._answer(response)
    finally:
        probe.close()
    save_device_file(data_dir, StoredPairing(base_url, answer["device_id"], answer["token"], name, kind))
    log.info("paired with the hub at %s as %s (%s)", base_url, answer["device_id"], name)
    remote = RemoteOffice(base_url, answer["token"], timeout, **{"cache_dir": data_dir, **options})
    try:  # keep a first copy of the office and its catalogue, for a start before the hub is up
        _ = remote.info, remote.catalogue  # reading them fills the client's cache
    except OfficeError as exc:
        log.warning("paired, but could not read the office yet: %s", exc)
    return remote


def connect(settings: Settings, **options: Any) -> Office | RemoteOffice:
    """The office this PC works with: local (no `hub.url`) or the paired hub's.

    A local office is only the Office: the caller starts `HubServer` beside it to serve
    the LAN. A remote one uses the token stored by `pair()`; the configured `hub.url`
    wins over the stored address (the hub PC may have moved). The office info and
    catalogue last received are kept in the data dir, so the screens can start (and say
    that the hub is unreachable) before the hub PC is up.
    """
    if not settings.hub.url:
        return Office.open(settings)
    try:
        stored = load_device_file(settings.data_dir)
    except PairingError as exc:
        raise NotPaired(str(exc)) from None
    if stored is None:
        raise NotPaired(f"this PC is not paired with the hub at {settings.hub.url}: ask for a pairing code on "
                        "the hub (python -m kiosk.hub pair-code) and pair it")
    options = {"cache_dir": settings.data_dir, **options}
    remote = RemoteOffice(settings.hub.url or stored.hub_url, stored.token, **options)
    _refuse_other_mode(remote, settings.training)
    return remote


def _refuse_other_mode(remote: RemoteOffice, training: bool) -> None:
    """NotAllowed "training_mismatch" when the hub is not in this PC's mode (training or real).

    A hub that does not answer yet is let through: the screens start and say it is
    unreachable, and the office copy they read meanwhile comes from this mode's own folder."""
    try:
        info = remote.info
    except OfficeError:
        return
    mismatch = mode_mismatch(hub_training=info.training, device_training=training)
    if mismatch is not None:
        remote.close()
        raise mismatch
