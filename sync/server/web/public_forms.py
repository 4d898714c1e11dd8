"""Cross-site protection for the public pages' forms, which have no session to hang a token on.

    form_token(request) -> str                 the token for the page's forms (the cookie's, or a new one)
    remember_form_token(response, request, token)   sets the cookie when the request did not carry it
    public_post_allowed(request, sent) -> bool      the POST came from our own page

Double-submit: the page's forms carry in a hidden field the same random token as the
`maktab_form` cookie (HttpOnly, SameSite=Strict, Path=/c/, no identity in it). A page of
another site can neither read the cookie nor make the browser send it (Strict), so it cannot
produce a matching pair; and the `Origin` (else the `Referer`) must name this host. Chosen
over an HMAC token because the server has no signing key to share between its processes,
and the cookie holds nothing but randomness. Any thread; pure functions of the request.
"""
from __future__ import annotations

import hmac
import secrets
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import Response

FORM_COOKIE = "maktab_form"
FORM_FIELD = "form_token"
COOKIE_PATH = "/c/"
_TOKEN_CHARS = 22  # token_urlsafe(16): 128 random bits


def form_token(request: Request) -> str:
    sent = request.cookies.get(FORM_COOKIE, "")
    return sent if len(sent) == _TOKEN_CHARS and sent.replace("-", "").replace("_", "").isalnum() \
        else secrets.token_urlsafe(16)


def remember_form_token(response: Response, request: Request, token: str) -> None:
    if request.cookies.get(FORM_COOKIE) != token:
        response.set_cookie(FORM_COOKIE, token, httponly=True, samesite="strict", path=COOKIE_PATH,
                            secure=request.url.scheme == "https")


def _same_host(request: Request) -> bool:
    host = request.headers.get("host", "")
    origin = request.headers.get("origin")
    if origin is not None:
        return origin != "null" and urlsplit(origin).netloc == host
    return urlsplit(request.headers.get("referer", "")).netloc == host


def public_post_allowed(request: Request, sent: object) -> bool:
    cookie = request.cookies.get(FORM_COOKIE, "")
    return (_same_host(request) and isinstance(sent, str) and len(cookie) == _TOKEN_CHARS
            and hmac.compare_digest(cookie.encode(), sent.encode()))


__all__ = ["FORM_COOKIE", "FORM_FIELD", "form_token", "public_post_allowed", "remember_form_token"]
