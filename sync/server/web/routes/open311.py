"""Open311 GeoReport v2 (read), public, under `/open311/v2/`: services, the list of requests and
one request, each as `.json` or `.xml` (docs/open311.md). The service is `store.open311`
(sync/server/open311.py), which publishes only public fields.

Errors here are Open311's error bodies in the asked encoding, never the back office's HTML pages:
each route turns a refusal (the service's, including an unavailable database) into `[{"code": …, "description": …}]`
itself, and a catch-all route answers any other path under /open311/ with a 404 in that shape.
Plain `def` routes: Starlette's thread pool.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import Response

from sync import protocol as P
from sync.server.errors import Refused
from sync.server.open311 import Open311Refused, error_items, parse_request_query, to_json, to_xml

router = APIRouter()

CACHE_CONTROL = "public, max-age=60"
MEDIA_TYPES = {"json": "application/json", "xml": "text/xml; charset=utf-8"}


def _encode(fmt: str, root: str, item: str, items: list[dict[str, Any]], status: int = 200,
            headers: dict[str, str] | None = None) -> Response:
    body = to_json(items) if fmt == "json" else to_xml(root, item, items)
    return Response(body, status_code=status, media_type=MEDIA_TYPES[fmt], headers=headers)


def _answer(fmt: str, root: str, item: str, produce: Callable[[], list[dict[str, Any]]]) -> Response:
    if fmt not in MEDIA_TYPES:
        return _error("json", Open311Refused(f"format {fmt[:20]!r} is not offered: end the path in .json or .xml",
                                             404))
    try:
        items = produce()
    except Refused as refused:
        return _error(fmt, refused)
    return _encode(fmt, root, item, items, headers={"Cache-Control": CACHE_CONTROL})


def _error(fmt: str, refused: Refused) -> Response:
    headers = {"Cache-Control": "no-store", **({"Retry-After": "5"} if refused.http_status == 503 else {})}
    return _encode(fmt, "errors", "error", error_items(refused), refused.http_status, headers)


def _open311(request: Request):
    return request.app.state.store.open311


@router.get("/open311/v2/services.{fmt}")
def services(request: Request, fmt: str):
    return _answer(fmt, "services", "service", _open311(request).services)


@router.get("/open311/v2/requests.{fmt}")
def requests_list(request: Request, fmt: str):
    def produce():
        query = parse_request_query(request.query_params, P.utc_now())
        return _open311(request).requests(query)

    return _answer(fmt, "service_requests", "request", produce)


@router.get("/open311/v2/requests/{service_request_id}.{fmt}")
def one_request(request: Request, service_request_id: str, fmt: str):
    return _answer(fmt, "service_requests", "request", lambda: [_open311(request).request(service_request_id)])


@router.get("/open311/{rest:path}")
def unknown(rest: str):
    fmt = "xml" if rest.endswith(".xml") else "json"
    return _error(fmt, Open311Refused("there is no such Open311 resource: use /open311/v2/services.json, "
                                      "/open311/v2/requests.json or /open311/v2/requests/{id}.json", 404))
