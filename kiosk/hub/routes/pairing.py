"""`POST /pair`: a desk, display or kiosk PC spends a one-time code for its device token
(kiosk/hub/pairing.py). Open to all: it is how a device gets a token in the first place.

Thread use: uvicorn's thread pool.
"""
from __future__ import annotations

from fastapi import APIRouter, Request

from kiosk.hub import codec
from kiosk.hub.bodies import PairBody, refusals
from kiosk.hub.routes.deps import HubDep
from kiosk.office.training import mode_mismatch

router = APIRouter()


@router.post("/pair", responses=refusals(400, 403, 429))
def pair(body: PairBody, request: Request, hub: HubDep):
    # Wrong codes are throttled per address: a guesser on the LAN cannot lock out the technician.
    address = request.client.host if request.client else ""
    # Refused before the code is spent: the technician pairs the PC with the right hub using the same code.
    mismatch = mode_mismatch(hub_training=hub.office.info.training, device_training=body.training)
    if mismatch is not None:
        raise mismatch
    found, token = hub.pairing.pair(body.code, body.name, body.kind, address)
    return {"device_id": found.id, "token": token, "name": found.name, "kind": found.kind,
            "office": codec.info_json(hub.office.info)}
