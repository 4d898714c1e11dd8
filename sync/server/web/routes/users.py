"""Staff accounts, for administrators (everyone) and supervisors (their communes' agents).

    GET /users    POST /users    POST /users/{username}/disable|enable|password

An agent asking for these pages gets 403: the page's existence is no secret, and the
service (sync/server/accounts.py) refuses the same way on the command line.
"""
from __future__ import annotations

import re

from fastapi import APIRouter, Depends, Request

from sync.server.errors import Refused
from sync.server.form_errors import N_
from sync.server.staff import ADMIN, AGENT, SUPERVISOR, StaffUser
from sync.server.web import i18n
from sync.server.web.forms import CheckedForm, checked_form, field_errors, see_other
from sync.server.web.security import require_role
from sync.server.web.templating import render

router = APIRouter()
ROLE_LABELS = {AGENT: N_("Agent"), SUPERVISOR: N_("Supervisor"), ADMIN: N_("Administrator")}
SAVED = {"added": N_("The user is added."), "disabled": N_("The user is disabled and logged out."),
         "enabled": N_("The user may log in again."),
         "password": N_("The password is changed; the user is logged out.")}
managers = require_role(SUPERVISOR, ADMIN)


def _split(text: str) -> list[str]:
    return [part for part in re.split(r"[,\s]+", text) if part]


def _page(request: Request, user: StaffUser, values: dict | None = None, errors: dict | None = None,
          status: int = 200):
    roles = [AGENT] if user.role == SUPERVISOR else [AGENT, SUPERVISOR, ADMIN]
    context = {
        "users": request.app.state.store.accounts.list(user), "values": values or {}, "errors": errors or {},
        "role_labels": ROLE_LABELS, "saved": SAVED.get(request.query_params.get("saved", "")),
        "role_options": [(role, ROLE_LABELS[role]) for role in roles],
        "language_options": [(language.code, language.name) for language in i18n.LANGUAGES.values()],
    }
    return render(request, "users/list.html", context, status)


@router.get("/users")
def users_page(request: Request, user: StaffUser = Depends(managers)):
    return _page(request, user)


@router.post("/users")
def add_user(request: Request, form: CheckedForm = Depends(checked_form), user: StaffUser = Depends(managers)):
    try:
        request.app.state.store.accounts.add(
            user, form.get("username"), form.get("display_name"), form.get("role"), form.get("password"),
            offices=_split(form.get("offices")), communes=[c.strip() for c in form.get("communes").split(",")],
            language=form.get("language", "ar"))
    except Refused as exc:
        return _page(request, user, form.fields, field_errors(exc), exc.http_status)
    return see_other("/users?saved=added")


def _act(request: Request, user: StaffUser, done: str, action, *args):
    try:
        action(*args)
    except Refused as exc:
        if exc.http_status == 404:
            raise
        return _page(request, user, errors=field_errors(exc), status=exc.http_status)
    return see_other(f"/users?saved={done}")


@router.post("/users/{username}/disable")
def disable_user(request: Request, username: str, form: CheckedForm = Depends(checked_form),
                 user: StaffUser = Depends(managers)):
    return _act(request, user, "disabled", request.app.state.store.accounts.disable, user, username)


@router.post("/users/{username}/enable")
def enable_user(request: Request, username: str, form: CheckedForm = Depends(checked_form),
                user: StaffUser = Depends(managers)):
    return _act(request, user, "enabled", request.app.state.store.accounts.enable, user, username)


@router.post("/users/{username}/password")
def reset_password(request: Request, username: str, form: CheckedForm = Depends(checked_form),
                   user: StaffUser = Depends(managers)):
    return _act(request, user, "password", request.app.state.store.accounts.reset_password, user, username,
                form.get("new_password"))
