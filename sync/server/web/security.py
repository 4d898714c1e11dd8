"""Who is asking: the session cookie, `require_user` / `require_role`, and the security headers.

    current_session(request) -> ActiveSession | None    the cookie's live session (cached per request)
    require_user(request) -> StaffUser                   a FastAPI dependency for every page and action:
        no live session → a page is redirected (303) to /login?next=<path>; an htmx request gets
        401 with `HX-Redirect: /login?next=…` (htmx then loads the login page)
    require_role(*roles)                                 a dependency factory: other roles get a 403 page
    set_session_cookie / clear_session_cookie            `maktab_session`: HttpOnly, SameSite=Strict,
        Path=/, Secure when the request came over HTTPS (uvicorn honours X-Forwarded-Proto)
    SecurityHeaders                                      ASGI middleware: CSP without inline script,
        no framing, same-origin referrer, nosniff — on web paths only (the sync API is untouched)

Route functions are plain `def` (Starlette's thread pool), so the database calls here block
only a worker thread.
"""
from __future__ import annotations

from urllib.parse import quote

from fastapi import Depends, HTTPException, Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.server.staff import StaffUser
from sync.server.web_sessions import ActiveSession

SESSION_COOKIE = "maktab_session"
LANGUAGE_COOKIE = "maktab_lang"
API_PREFIXES = ("/api/", "/openapi.json", "/docs", "/redoc")

CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                           "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
                           "base-uri 'none'; object-src 'none'")
WEB_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"x-content-type-options", b"nosniff"),
]


def is_web_path(path: str) -> bool:
    return not path.startswith(API_PREFIXES)


class SecurityHeaders:
    """Adds WEB_HEADERS to every answer on a web path (pure ASGI: nothing for the sync API to pay)."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not is_web_path(scope["path"]):
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *((n, v) for n, v in WEB_HEADERS if n not in names)]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _accounts(request: Request):
    return request.app.state.store.accounts


def current_session(request: Request) -> ActiveSession | None:
    """The live session of the request's cookie (looked up once per request)."""
    if not hasattr(request.state, "web_session"):
        token = request.cookies.get(SESSION_COOKIE, "")
        request.state.web_session = _accounts(request).resolve(token) if token else None
    return request.state.web_session


class LoginRequired(Exception):
    """No live session: send the person to the login page, then back to `next_path`."""

    def __init__(self, next_path: str):
        self.next_path = next_path


def login_url(next_path: str) -> str:
    return "/login" if next_path in ("", "/") else f"/login?next={quote(next_path, safe='/')}"


def login_redirect(request: Request, next_path: str) -> Response:
    if request.headers.get("hx-request"):
        return Response(status_code=401, headers={"HX-Redirect": login_url(next_path)})
    return Response(status_code=303, headers={"Location": login_url(next_path)})


def safe_next(next_path: str | None) -> str:
    """A local path to go to after login (never another site)."""
    if next_path and next_path.startswith("/") and not next_path.startswith(("//", "/\\")):
        return next_path
    return "/"


def require_user(request: Request) -> StaffUser:
    session = current_session(request)
    if session is None:
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise LoginRequired(path if request.method == "GET" else request.url.path)
    return session.user


def require_role(*roles: str):
    """A dependency: the user, if their role is one of `roles` (else a 403 page)."""

    def dependency(user: StaffUser = Depends(require_user)) -> StaffUser:
        if user.role not in roles:
            raise HTTPException(403, "your role may not open this page")
        return user

    return dependency


def set_session_cookie(response: Response, request: Request, token: str) -> None:
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="strict", path="/",
                        secure=request.url.scheme == "https")


def clear_session_cookie(response: Response, request: Request) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict",
                           secure=request.url.scheme == "https")


__all__ = ["LANGUAGE_COOKIE", "SESSION_COOKIE", "LoginRequired", "SecurityHeaders", "clear_session_cookie",
           "current_session", "is_web_path", "login_redirect", "require_role", "require_user", "safe_next",
           "set_session_cookie"]
