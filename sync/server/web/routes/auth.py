"""Logging in and out, the language switch, and the person's own account page.

    GET/POST /login          POST /logout          POST /logout-everywhere
    POST /language           GET /account          POST /account/password

Route functions are plain `def`: Starlette runs them in its thread pool.
"""
from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from sync.server.errors import Refused
from sync.server.form_errors import N_
from sync.server.staff import StaffUser
from sync.server.web import i18n
from sync.server.web.forms import CheckedForm, checked_form, field_errors, see_other
from sync.server.web.security import (
    LANGUAGE_COOKIE,
    SESSION_COOKIE,
    clear_session_cookie,
    current_session,
    require_user,
    safe_next,
    set_session_cookie,
)
from sync.server.web.templating import render

router = APIRouter()


def _address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _language_options() -> list[tuple[str, str]]:
    return [(language.code, language.name) for language in i18n.LANGUAGES.values()]


@router.get("/login")
def login_page(request: Request, next: str = "/"):
    if current_session(request) is not None:
        return see_other(safe_next(next))
    expired = bool(request.cookies.get(SESSION_COOKIE))  # a cookie without a live session: it went idle
    return render(request, "auth/login.html", {"next": safe_next(next), "values": {}, "errors": {},
                                               "expired": expired})


@router.post("/login")
def login(request: Request, username: str = Form(""), password: str = Form(""), next: str = Form("/")):
    accounts = request.app.state.store.accounts
    try:
        opened = accounts.login(username, password, _address(request), request.headers.get("user-agent"),
                                previous_token=request.cookies.get(SESSION_COOKIE))
    except Refused as exc:
        return render(request, "auth/login.html", {"next": safe_next(next), "values": {"username": username},
                                                   "errors": field_errors(exc)}, exc.http_status)
    response = see_other(opened.next_path or safe_next(next))
    set_session_cookie(response, request, opened.token)
    return response


@router.post("/logout")
def logout(request: Request, form: CheckedForm = Depends(checked_form)):
    request.app.state.store.accounts.logout(request.cookies.get(SESSION_COOKIE, ""))
    response = see_other("/login")
    clear_session_cookie(response, request)
    return response


@router.post("/logout-everywhere")
def logout_everywhere(request: Request, form: CheckedForm = Depends(checked_form)):
    request.app.state.store.accounts.logout_everywhere(form.user)
    response = see_other("/login")
    clear_session_cookie(response, request)
    return response


@router.post("/language")
async def switch_language(request: Request) -> Response:
    """Before login the choice lives in a cookie; after login it is saved with the user (CSRF checked)."""
    form = await request.form()
    lang = str(form.get("lang", ""))
    next_path = safe_next(str(form.get("next", "/")))
    if lang not in i18n.LANGUAGES:
        return see_other(next_path)
    if await run_in_threadpool(current_session, request) is not None:
        checked = await checked_form(request)  # the same check as every other post
        await run_in_threadpool(request.app.state.store.accounts.set_language, checked.user, lang)
    response = see_other(next_path)
    response.set_cookie(LANGUAGE_COOKIE, lang, max_age=365 * 24 * 3600, httponly=True, samesite="strict",
                        path="/", secure=request.url.scheme == "https")
    return response


@router.get("/account")
def account_page(request: Request, user: StaffUser = Depends(require_user)):
    saved = N_("Your password is changed.") if request.query_params.get("saved") == "password" else None
    return render(request, "account/account.html", {"language_options": _language_options(), "errors": {},
                                                    "saved": saved})


@router.post("/account/password")
def change_password(request: Request, form: CheckedForm = Depends(checked_form)):
    accounts = request.app.state.store.accounts
    context = {"language_options": _language_options(), "saved": None}
    if form.get("new_password") != form.get("new_password_again"):
        return render(request, "account/account.html",
                      {**context, "errors": {"new_password_again": N_("The two new passwords differ.")}}, 422)
    try:
        accounts.change_password(form.user, form.get("current_password"), form.get("new_password"))
    except Refused as exc:
        return render(request, "account/account.html", {**context, "errors": field_errors(exc)}, exc.http_status)
    # Every session of the user was closed (a stolen cookie stops working); this browser gets a new one.
    opened = accounts.login(form.user.username, form.get("new_password"), _address(request),
                            request.headers.get("user-agent"))
    response = see_other("/account?saved=password")
    set_session_cookie(response, request, opened.token)
    return response
