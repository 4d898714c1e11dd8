"""Form posts: the CSRF check, the draft kept when a post cannot be accepted, field errors.

Every POST route takes `form: CheckedForm = Depends(checked_form)`:

    @router.post("/things/new")
    def add_thing(request: Request, form: CheckedForm = Depends(checked_form)):
        try:
            service.add(form.user, form.get("name"))
        except InvalidField as exc:
            return render(request, "things/new.html", {"values": form.fields, "errors": field_errors(exc)}, 422)
        return see_other("/things")

`checked_form` reads the body and accepts it only with a live session and its CSRF token
(hidden field `csrf_token`, or the `X-CSRF-Token` header that `<body hx-headers>` gives
every htmx request). Otherwise the fields typed (without the CSRF token and without any
field whose name contains "password") are kept as a draft in the browser's session row,
live or expired, and the person is sent back: to the page the form was on (stale token), or
to /login and then that page (expired session). When that page is rendered again, `render`
overlays the draft on the context's `values` and sets `draft_notice`, so a template that
fills its fields from `values` gets everything back with no code of its own.
The page of a form is the same-origin Referer's path (else the path posted to).
"""
from __future__ import annotations

import dataclasses
from typing import Any
from urllib.parse import urlsplit

from fastapi import Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.responses import Response

from sync.server.errors import Refused
from sync.server.form_errors import InvalidField
from sync.server.staff import StaffUser
from sync.server.web import i18n
from sync.server.web.security import SESSION_COOKIE, current_session, login_redirect
from sync.server.web_sessions import ActiveSession

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


@dataclasses.dataclass(frozen=True)
class CheckedForm:
    user: StaffUser
    fields: dict[str, str]  # the last value of each field, stripped of nothing
    form: FormData  # for fields given several times: form.getlist(name)

    def get(self, name: str, default: str = "") -> str:
        return self.fields.get(name, default)


class FormNotAccepted(Exception):
    """A post refused for an expired session (`logged_out`) or a stale CSRF token; see the module."""

    def __init__(self, page: str, logged_out: bool):
        self.page = page
        self.logged_out = logged_out


def _form_page(request: Request) -> str:
    referer = urlsplit(request.headers.get("referer", ""))
    if referer.path.startswith("/") and referer.netloc == request.url.netloc:
        return referer.path
    return request.url.path


def _draft_fields(form: FormData) -> dict[str, str]:
    return {name: value for name, value in form.items()
            if isinstance(value, str) and name != CSRF_FIELD and "password" not in name.lower()}


async def checked_form(request: Request) -> CheckedForm:
    form = await request.form()
    session = await run_in_threadpool(current_session, request)
    sent = form.get(CSRF_FIELD) or request.headers.get(CSRF_HEADER)
    if session is not None and session.csrf_matches(sent if isinstance(sent, str) else None):
        return CheckedForm(session.user, {k: v for k, v in form.items() if isinstance(v, str)}, form)
    page = _form_page(request)
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        await run_in_threadpool(request.app.state.store.accounts.sessions.keep_draft, token, page,
                                _draft_fields(form))
    raise FormNotAccepted(page, logged_out=session is None)


def not_accepted_response(request: Request, exc: FormNotAccepted) -> Response:
    if exc.logged_out:
        return login_redirect(request, exc.page)
    if request.headers.get("hx-request"):
        return Response(status_code=200, headers={"HX-Redirect": exc.page})
    return Response(status_code=303, headers={"Location": exc.page})


def draft_for(request: Request, session: ActiveSession | None) -> dict[str, str] | None:
    """The draft kept for the page being shown (given back once), for `render`."""
    if session is None or session.draft is None or request.method != "GET":
        return None
    return request.app.state.store.accounts.sessions.take_draft(session, request.url.path)


def error_text(exc: Refused) -> str:
    """A refusal in the language of the page being rendered."""
    if isinstance(exc, InvalidField):
        return i18n.gettext(exc.template).format(**exc.params)
    return i18n.gettext(exc.message)


def field_errors(exc: Refused) -> dict[str, Any]:
    """{field: message} for the form macros; a refusal not about a field goes under "_form"."""
    field = exc.field if isinstance(exc, InvalidField) else "_form"
    return {field: exc}


def see_other(path: str) -> Response:
    """The answer to a successful post: go to `path` (POST/redirect/GET)."""
    return Response(status_code=303, headers={"Location": path})


__all__ = ["CSRF_FIELD", "CheckedForm", "FormNotAccepted", "checked_form", "draft_for", "error_text",
           "field_errors", "not_accepted_response", "see_other"]
