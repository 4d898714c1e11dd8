"""The live ticket page a citizen opens from the receipt's QR code.

    GET /t/{token}         the page: label, service, people ahead, wait, "called: counter N"
    GET /t/{token}/live    its live part alone (an HTML fragment), what static/ticket.js polls

The token is the one printed in the QR code (16 URL-safe characters); an address of any
other shape is a 404 before any lookup. The state comes from `store.live.follow`
(sync/server/live_tickets.py), mostly from memory; the live part is rendered once per
distinct state (an LRU of its HTML and ETag). No name, phone number or token is ever shown.

Caching keeps the server light: a few seconds of `public` max-age on both answers (a
snapshot arrives at most every 10 s), and an ETag on the live part, so a poll whose
answer has not changed costs a 304 and no bytes. Without JavaScript, a
`<noscript><meta http-equiv="refresh">` reloads the page instead.

Plain `def` routes (Starlette's thread pool).
"""
from __future__ import annotations

import functools
import hashlib
from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import Response

from sync.server.live_tickets import FollowedView
from sync.server.public_tickets import is_ticket_token
from sync.server.ticket_state import TicketState
from sync.server.web import timefmt
from sync.server.web.public import public_language, render_fragment, render_public

router = APIRouter()

MAX_AGE_S = 5  # a poll every 10 s: a cached answer is at most half a period old
REFRESH_S = 10  # the script's poll, and the no-script reload


def _followed(request: Request, token: str) -> FollowedView | None:
    if not is_ticket_token(token):
        return None  # wrong shape: not even looked up
    view: FollowedView | None = request.app.state.store.live.follow(token)
    return view


def _unknown(request: Request) -> Response:
    # The same page for a mistyped address and an unknown token: it says what to do either way.
    return render_public(request, "public/ticket_unknown.html", status=404)


def _context(request: Request, view: FollowedView, lang: str) -> dict[str, Any]:
    state = view.state
    names = view.service_names
    service = names.get(lang) or names.get("ar") or next(iter(names.values()), None) or state.service
    return {"ticket": state, "service_name": service, "refresh_s": REFRESH_S,
            "heard_at": timefmt.local_clock(state.heard_at, request.app.state.store.live.clock())}


@router.get("/t/{token}")
def ticket_page(request: Request, token: str):
    view = _followed(request, token)
    if view is None:
        return _unknown(request)
    lang = public_language(request, view.language)
    return render_public(request, "public/ticket.html", _context(request, view, lang), lang=lang, max_age=MAX_AGE_S)


@router.get("/t/{token}/live")
def ticket_live(request: Request, token: str):
    view = _followed(request, token)
    if view is None:
        return _unknown(request)
    lang = public_language(request, view.language)
    context = _context(request, view, lang)
    html, etag = _live_part(lang, context["ticket"], context["service_name"], context["heard_at"])
    headers = {"ETag": etag, "Cache-Control": f"public, max-age={MAX_AGE_S}", "Vary": "Accept-Language",
               "Content-Language": lang}
    if etag in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers=headers)
    return Response(html, media_type="text/html; charset=utf-8", headers=headers)


@functools.lru_cache(maxsize=4096)
def _live_part(lang: str, ticket: TicketState, service_name: str, heard_at: str) -> tuple[bytes, str]:
    """The live part and its ETag, rendered once per distinct state: most polls find nothing new."""
    html = render_fragment("public/ticket_live.html", {"ticket": ticket, "service_name": service_name,
                                                       "heard_at": heard_at}, lang).encode("utf-8")
    return html, '"' + hashlib.blake2b(html, digest_size=12).hexdigest() + '"'


__all__ = ["router"]
