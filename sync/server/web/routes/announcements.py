"""Announcements on the offices' screens: the current and past ones of an office, and a new one.

    GET  /announcements?office=CODE|*     the office's announcements (or those sent to every office)
    POST /announcements                   send one (the same function as `maktab-server announce`)

For supervisors (their communes' offices) and administrators (any office, and every office:
office=*). The texts are in Arabic, French, Tamazight and English; each textarea writes in
its language's direction. Plain `def` routes (Starlette's thread pool).
"""
from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request

from sync.server.errors import Refused
from sync.server.form_errors import N_
from sync.server.staff import StaffUser
from sync.server.web.forms import CheckedForm, checked_form, field_errors, see_other
from sync.server.web.routes.catalogue import NAME_LANGUAGES, chosen_office, managers, service_code
from sync.server.web.templating import render

router = APIRouter()
SOURCES = {"central": N_("Sent from here"), "central_all": N_("Sent to every office"),
           "office": N_("Set at the office")}


def _page(request: Request, user: StaffUser, office: str | None, values: dict | None = None,
          errors: dict | None = None, status: int = 200):
    store = request.app.state.store
    offices = store.office_admin.names(user)
    office = office or chosen_office(request, user, offices)
    items = store.catalogue_admin.announcements(user, service_code(office)) if office else None
    return render(request, "announcements/list.html", {
        "offices": offices, "office": office, "announcements": items, "every": user.is_admin,
        "text_languages": NAME_LANGUAGES, "sources": SOURCES, "saved": request.query_params.get("saved") == "1",
        "values": values or {}, "errors": errors or {}}, status)


@router.get("/announcements")
def announcements_page(request: Request, user: StaffUser = Depends(managers)):
    return _page(request, user, None)


@router.post("/announcements")
def send_announcement(request: Request, form: CheckedForm = Depends(checked_form)):
    managers(form.user)
    office = form.get("office").strip()
    texts = {lang: form.get(f"text_{lang}") for lang, _label, _dir in NAME_LANGUAGES}
    try:
        request.app.state.store.catalogue_admin.announce(form.user, texts, service_code(office))
    except Refused as exc:
        if exc.http_status in (403, 404):
            raise
        return _page(request, form.user, office, form.fields, field_errors(exc), exc.http_status)
    return see_other("/announcements?" + urlencode({"office": office, "saved": "1"}))
