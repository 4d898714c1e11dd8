"""Error pages: on web paths an error is an HTML page in the person's language; on the
sync API (`/api/…`) the app's JSON error handlers answer exactly as before.

`install_error_pages(app)` wraps the handlers `create_app` registered: each wrapper
looks at the path and either renders `errors/error.html` or calls the JSON handler. It
also turns `LoginRequired` into the redirect to /login and `FormNotAccepted` into the
way back to the form (forms.py). Handlers run on the event loop; rendering (which may
read the session) goes to the thread pool.
"""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from sqlalchemy.exc import OperationalError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync.server.errors import Refused
from sync.server.form_errors import N_
from sync.server.web.forms import FormNotAccepted, not_accepted_response
from sync.server.web.public import is_public_path, render_public
from sync.server.web.security import LoginRequired, is_web_path, login_redirect
from sync.server.web.templating import render

log = logging.getLogger(__name__)

PAGES = {
    400: (N_("This request cannot be answered"),
          N_("Something in the request is not right. Go back, check what you entered and try again.")),
    403: (N_("Not allowed"),
          N_("Your role does not allow this. Ask a supervisor or an administrator if you need it.")),
    404: (N_("Page not found"),
          N_("There is no such page, or it is not among what you may see. Check the address or go back to "
             "the home page.")),
    405: (N_("This request cannot be answered"),
          N_("This page cannot be used that way. Go back to the home page and try from there.")),
    500: (N_("Something went wrong"),
          N_("The server had an unexpected problem and nothing was changed. Try again; if it happens again, "
             "tell the administrator.")),
    503: (N_("The server is busy"),
          N_("The database did not answer in time and nothing was changed. Wait a moment and try again.")),
}


async def error_page(request: Request, status: int, explanation: str | None = None):
    title, default = PAGES.get(status, PAGES[400 if status < 500 else 500])
    headers = {"Retry-After": "5"} if status == 503 else None
    context = {"title": title, "explanation": explanation or default}
    if is_public_path(request.url.path):  # a citizen's page: no back-office header, no login
        return await run_in_threadpool(lambda: render_public(request, "public/error.html", context, status=status,
                                                             headers=headers))
    return await run_in_threadpool(render, request, "errors/error.html", context, status, headers)


def install_error_pages(app: FastAPI) -> None:
    json_handlers = dict(app.exception_handlers)

    def web_or_json(exc_class, web_handler):
        json_handler = json_handlers.get(exc_class)

        async def handler(request: Request, exc: Exception):
            if is_web_path(request.url.path) or json_handler is None:
                try:
                    return await web_handler(request, exc)
                except Exception:  # an error page that fails must not hide the first error
                    log.exception("the error page for %s failed", request.url.path)
                    if json_handler is None:
                        raise
            return await json_handler(request, exc)

        app.add_exception_handler(exc_class, handler)

    async def http_error(request: Request, exc: StarletteHTTPException):
        return await error_page(request, exc.status_code)

    async def refused(request: Request, exc: Refused):
        if exc.http_status == 401:
            return login_redirect(request, request.url.path)
        if exc.http_status in (403, 404):
            return await error_page(request, exc.http_status)
        return await error_page(request, exc.http_status if exc.http_status in PAGES else 400, exc.message)

    async def invalid(request: Request, _exc: RequestValidationError):
        return await error_page(request, 400)

    async def database_unavailable(request: Request, exc: OperationalError):
        log.warning("database unavailable on %s %s: %s", request.method, request.url.path,
                    str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        return await error_page(request, 503)

    async def unexpected(request: Request, _exc: Exception):
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return await error_page(request, 500)

    async def login_required(request: Request, exc: Exception):
        assert isinstance(exc, LoginRequired)
        return login_redirect(request, exc.next_path)

    async def not_accepted(request: Request, exc: Exception):
        assert isinstance(exc, FormNotAccepted)
        return not_accepted_response(request, exc)

    web_or_json(StarletteHTTPException, http_error)
    web_or_json(Refused, refused)
    web_or_json(RequestValidationError, invalid)
    web_or_json(OperationalError, database_unavailable)
    web_or_json(Exception, unexpected)
    app.add_exception_handler(LoginRequired, login_required)
    app.add_exception_handler(FormNotAccepted, not_accepted)


__all__ = ["PAGES", "error_page", "install_error_pages"]
