"""The citizen's concern page: look a concern up by the code on the receipt, follow it, rate the
answer, say it did not solve the problem. No login; public layout (web/public.py).

    GET  /c                      the lookup form; /c?code=… checks the code and redirects (303)
                                 to /c/{CODE} in its printed form
    GET  /c/{code}               the page, in the concern's language unless ?lang= says otherwise
                                 (?done=… after a form: its confirmation)
    POST /c/{code}/rating        rating (1–5), rating_comment (optional)
    POST /c/{code}/not-resolved  reopen_comment (required)
    GET  /c/{code}/rating|not-resolved   back to the page (a refused form's language links)

A code whose check character fails never reaches the database (CitizenConcerns.parse);
lookups of unknown codes are throttled per address (429 page). The forms are protected by
web/public_forms.py; a refused form comes back with its message next to the field and what
was typed kept; every accepted POST redirects to the page with a confirmation, and sending
it again changes nothing. Plain `def` routes (the thread pool), except the form reader.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from sync.server.concerns.citizen import (
    MAX_RATING_COMMENT_CHARS,
    MAX_REOPEN_COMMENT_CHARS,
    LookupLocked,
    PublicConcern,
)
from sync.server.form_errors import N_, InvalidField
from sync.server.web import i18n
from sync.server.web.forms import see_other
from sync.server.web.public import public_language, render_public
from sync.server.web.public_forms import FORM_FIELD, form_token, public_post_allowed, remember_form_token

router = APIRouter()

DONE = {
    "rated": N_("Thank you: your rating is saved. You may change it while the answer stands."),
    "reopened": N_("Your concern is reopened. The office will look at it again and answer you here."),
}

#: The status in plain words, for the citizen (the back office's labels are for staff).
CITIZEN_STATUS = {
    "received": N_("Received: waiting to be handled"),
    "in_progress": N_("Being handled by the municipality"),
    "answered": N_("Answered"),
    "closed": N_("Closed"),
    "rejected": N_("Not accepted"),
}

HISTORY_WORDS = {
    "registered": N_("Made at the kiosk"),
    "status": N_("Status changed"),
    "reopened": N_("Reopened"),
    "answer": N_("Answer of the municipality"),
}

RATING_WORDS = {1: N_("1 — did not help at all"), 2: N_("2 — helped a little"), 3: N_("3 — helped"),
                4: N_("4 — helped well"), 5: N_("5 — solved my problem")}


def _address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _citizen(request: Request) -> Any:
    return request.app.state.store.citizen_concerns


def _lookup_page(request: Request, code: str = "", error: InvalidField | None = None, status: int = 200) -> Response:
    headers = None
    if isinstance(error, LookupLocked):
        headers = {"Retry-After": str(60 * int(error.params.get("minutes", 1)))}
    return render_public(request, "public/concern_lookup.html",
                         {"values": {"code": code}, "errors": {"code": error} if error else {},
                          "locked": isinstance(error, LookupLocked)}, status=status, headers=headers)


def _page_path(code: str, lang: str | None = None, done: str | None = None) -> str:
    query = urlencode([(k, v) for k, v in (("lang", lang), ("done", done)) if v])
    return f"/c/{code}" + (f"?{query}" if query else "") + ("#done" if done else "")


@router.get("/c")
def lookup(request: Request, code: str | None = None) -> Response:
    if code is None:
        return _lookup_page(request)
    try:
        parsed = _citizen(request).parse(code)
    except InvalidField as exc:
        return _lookup_page(request, code[:100], exc, exc.http_status)
    return see_other(_page_path(parsed.text, request.query_params.get("lang")))


@router.get("/c/{code}")
def concern_page(request: Request, code: str) -> Response:
    return _page(request, code)


def _page(request: Request, code: str, values: dict[str, str] | None = None, errors: dict[str, Any] | None = None,
          status: int = 200, lang: str | None = None) -> Response:
    citizen = _citizen(request)
    try:
        parsed = citizen.parse(code)
        if parsed.text != code:  # typed by hand into the address bar: the printed form
            return see_other(_page_path(parsed.text, request.query_params.get("lang")))
        concern: PublicConcern = citizen.view(code, _address(request))
    except InvalidField as exc:
        return _lookup_page(request, code[:100], exc, exc.http_status)
    lang = lang or public_language(request, concern.language)
    token = form_token(request)
    context = {
        "concern": concern, "values": values or {}, "errors": errors or {}, "form_token": token,
        "form_field": FORM_FIELD, "done": DONE.get(request.query_params.get("done", "")),
        "status_words": CITIZEN_STATUS, "history_words": HISTORY_WORDS,
        "rating_words": RATING_WORDS, "max_rating_comment": MAX_RATING_COMMENT_CHARS,
        "max_reopen_comment": MAX_REOPEN_COMMENT_CHARS, "path": f"/c/{concern.code}",
        "concern_dir": i18n.LANGUAGES[concern.language].direction if concern.language in i18n.LANGUAGES else "auto",
    }
    response = render_public(request, "public/concern.html", context, lang=lang, status=status)
    if concern.may_rate or concern.may_reopen:
        remember_form_token(response, request, token)
    return response


async def _public_form(request: Request) -> dict[str, str]:
    form = await request.form()
    return {k: v for k, v in form.items() if isinstance(v, str)}


def _refused_post(request: Request) -> Response:
    return render_public(request, "public/error.html", {
        "title": N_("This form cannot be accepted"),
        "explanation": N_("It was not sent from this page, or the page is too old. Open the concern's page "
                          "again and send the form from there.")}, status=403)


def _act(request: Request, code: str, fields: dict[str, str], action: str) -> Response:
    if not public_post_allowed(request, fields.get(FORM_FIELD)):
        return _refused_post(request)
    citizen = _citizen(request)
    lang = fields.get("lang") if fields.get("lang") in i18n.LANGUAGES else None
    # Two forms on one page, each with its own comment field (ids must differ).
    comment_field = "rating_comment" if action == "rated" else "reopen_comment"
    comment = fields.get(comment_field, "")
    try:
        if action == "rated":
            citizen.rate(code, fields.get("rating", ""), comment)
        else:
            citizen.reopen(code, comment)
    except InvalidField as exc:
        if exc.code == "not_found" or exc.field == "code":
            return _lookup_page(request, code[:100], exc, exc.http_status)
        field = comment_field if exc.field == "comment" else exc.field
        typed = {"rating": fields.get("rating", ""), comment_field: comment}
        return _page(request, code, typed, {field: exc}, 422 if exc.http_status == 400 else exc.http_status, lang)
    # A retried POST (same rating, already reopened) lands on the same confirmation: nothing changed twice.
    return see_other(_page_path(citizen.parse(code).text, lang, action))


@router.get("/c/{code}/{form}")
def form_address(request: Request, code: str, form: str) -> Response:
    """A refused form's page has the form's address; its language links (GET) lead back to the page."""
    if form not in ("rating", "not-resolved"):
        return _lookup_page(request, code[:100], None, 404)
    return see_other(_page_path(code, request.query_params.get("lang")))


@router.post("/c/{code}/rating")
def rate(request: Request, code: str, fields: dict[str, str] = Depends(_public_form)) -> Response:
    return _act(request, code, fields, "rated")


@router.post("/c/{code}/not-resolved")
def not_resolved(request: Request, code: str, fields: dict[str, str] = Depends(_public_form)) -> Response:
    return _act(request, code, fields, "reopened")


__all__ = ["router"]
