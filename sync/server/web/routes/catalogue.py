"""The offices' service catalogue: what an office reported, with the central changes on top; edit a service.

    GET  /catalogue?office=CODE|*                 the services of one office (or the changes for every office)
    GET  /catalogue/service?office=…&code=…       the form for one service
    POST /catalogue/service                       send the change (the same function as `maktab-server
                                                  catalogue set`: sync/server/catalogue_admin.py)

For supervisors (their communes' offices) and administrators (any office, and "every office":
office=*). Only what the person changed on the form is sent, as `catalogue set` sends only
the options given: an office keeps what nobody touched. Plain `def` routes (thread pool).
"""
from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request

from sync import protocol as P
from sync.server.errors import Refused
from sync.server.form_errors import N_, InvalidField
from sync.server.staff import ADMIN, SUPERVISOR, StaffUser
from sync.server.web.forms import CheckedForm, checked_form, field_errors, see_other
from sync.server.web.security import require_role
from sync.server.web.templating import render

router = APIRouter()
managers = require_role(SUPERVISOR, ADMIN)
EVERY_OFFICE = "*"
#: The languages of a service's names, in the order of the form, with their writing direction.
NAME_LANGUAGES = [("ar", N_("Arabic"), "rtl"), ("fr", N_("French"), "ltr"), ("kab", N_("Tamazight"), "ltr"),
                  ("en", N_("English"), "ltr")]
assert {lang for lang, _label, _dir in NAME_LANGUAGES} == set(P.ANNOUNCEMENT_LANGUAGES)


def chosen_office(request: Request, user: StaffUser, offices: list[dict[str, Any]]) -> str | None:
    """The office asked for (`office`, "*" for every office), else the user's only office, else None."""
    asked = request.query_params.get("office", "").strip()
    if asked:
        return asked
    return offices[0]["code"] if len(offices) == 1 and not user.is_admin else None


def service_code(office: str) -> str | None:
    return None if office == EVERY_OFFICE else office


@router.get("/catalogue")
def catalogue_page(request: Request, user: StaffUser = Depends(managers)):
    store = request.app.state.store
    offices = store.office_admin.names(user)
    office = chosen_office(request, user, offices)
    view = store.catalogue_admin.catalogue_view(user, service_code(office)) if office else None
    return render(request, "catalogue/list.html", {
        "offices": offices, "office": office, "view": view, "every": user.is_admin,
        "saved": request.query_params.get("saved"), "values": {}, "errors": {}})


def _current(store: Any, user: StaffUser, office: str, code: str) -> dict[str, Any]:
    """The service as the catalogue page shows it; `known` False when the server knows nothing of it."""
    view = store.catalogue_admin.catalogue_view(user, service_code(office))  # Refused 404 for an unseen office
    found = next((s for s in view["services"] if s["code"] == code), None)
    return {**found, "known": True} if found else {"code": code, "names": {}, "known": False}


def _form_values(service: dict[str, Any]) -> dict[str, str]:
    values = {f"name_{lang}": service.get("names", {}).get(lang, "") for lang, _label, _dir in NAME_LANGUAGES}
    minutes = service.get("minutes")
    values["minutes"] = "" if minutes is None else f"{minutes:g}"
    active = service.get("active")
    values["active"] = "" if active is None else ("yes" if active else "no")
    return values


def _edit_page(request: Request, office: str, service: dict[str, Any], values: dict[str, str],
               errors: dict[str, Any] | None = None, status: int = 200):
    return render(request, "catalogue/edit.html", {
        "office": office, "service": service, "text_languages": NAME_LANGUAGES, "values": values,
        "errors": errors or {}}, status)


@router.get("/catalogue/service")
def edit_service(request: Request, user: StaffUser = Depends(managers)):
    office = request.query_params.get("office", "").strip()
    code = request.query_params.get("code", "").strip().upper()
    if not office:
        return see_other("/catalogue")
    service = _current(request.app.state.store, user, office, code)  # code "": a service not listed
    return _edit_page(request, office, service, {"code": code, **_form_values(service)})


def _minutes(text: str) -> float | None:
    text = text.strip().replace(",", ".")  # 7,5 as written in French
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise InvalidField("minutes", N_("write a number of minutes, e.g. 5 or 7.5")) from None


def changes(form: CheckedForm, current: dict[str, str]) -> dict[str, Any]:
    """The keyword arguments of `set_catalogue_service` for what differs from the form's starting values
    (a blank name or minutes field means "as it is")."""
    names = {lang: form.get(f"name_{lang}").strip() for lang, _label, _dir in NAME_LANGUAGES
             if form.get(f"name_{lang}").strip() and form.get(f"name_{lang}").strip() != current[f"name_{lang}"]}
    minutes = _minutes(form.get("minutes"))
    if minutes is not None and current["minutes"] and float(current["minutes"]) == minutes:
        minutes = None
    active_text = form.get("active")
    active = None if active_text not in ("yes", "no") or active_text == current["active"] else active_text == "yes"
    return {"names": names or None, "minutes": minutes, "active": active}


@router.post("/catalogue/service")
def save_service(request: Request, form: CheckedForm = Depends(checked_form)):
    managers(form.user)  # the same role check as the pages
    store = request.app.state.store
    office, code = form.get("office").strip(), form.get("code").strip().upper()
    service = _current(store, form.user, office, code)
    try:
        store.catalogue_admin.set_catalogue_service(form.user, code, service_code(office),
                                                    **changes(form, _form_values(service)))
    except InvalidField as exc:
        return _edit_page(request, office, service, form.fields, field_errors(exc), exc.http_status)
    except Refused as exc:
        if exc.http_status in (403, 404):
            raise
        return _edit_page(request, office, service, form.fields, field_errors(exc), exc.http_status)
    return see_other("/catalogue?" + urlencode({"office": office, "saved": code}))
