"""The LAN client's service controls and service levels (part of `RemoteOffice`).

A mixin so kiosk/hub/client.py stays one screen of transport and desk calls: the same
`_request` as every other call, the same errors (kiosk/hub/transport.py). The routes
are kiosk/hub/routes/services.py; docs/lan-api.md describes them.

Thread use: any thread (the calls block on the network: screens call them through their
worker helper).
"""
from __future__ import annotations

import uuid
from typing import Any
from urllib.parse import quote

from kiosk.domain.service_controls import ServiceControl, ServiceLevel, control_from, control_json
from kiosk.hub import codec


class ServiceCalls:
    def _request(self, method: str, path: str, *, body: dict[str, Any] | None = None,
                 params: dict[str, Any] | None = None, staff: str | None = None) -> Any:
        raise NotImplementedError  # RemoteOffice's

    def service_controls(self) -> list[ServiceControl]:
        return [control_from(c) for c in self._request("GET", "/service-controls")]

    def set_service_control(self, token: str, control: ServiceControl, action_id: str | None = None, *,
                            device_id: str = "") -> ServiceControl:
        body = {key: value for key, value in control_json(control).items() if key != "service_code"}
        body["action_id"] = action_id or str(uuid.uuid4())
        path = f"/supervisor/service-controls/{quote(control.service_code, safe='')}"
        return control_from(self._request("PUT", path, body=body, staff=token))

    def service_targets(self) -> dict[str, int]:
        return {code: int(minutes) for code, minutes in self._request("GET", "/service-targets").items()}

    def service_levels(self) -> list[ServiceLevel]:
        return [codec.level_from(level) for level in self._request("GET", "/service-levels")]
