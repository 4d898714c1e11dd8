"""Answer deadlines per commune and concern category, for supervisors (their communes) and
administrators (any commune, and the rule for every commune).

    GET /deadlines       the deadlines that apply to the user's communes, and the form to set one
    POST /deadlines      commune ("" = every commune, administrators), category, days

The rules (who, which bounds) and the new due dates of open concerns are the service's
(sync/server/concerns/deadlines.py), as for `maktab-server deadline set`. Thread pool.
"""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from sync.server.concerns import rules
from sync.server.concerns.deadlines import DEFAULT_DEADLINE_DAYS
from sync.server.errors import Refused
from sync.server.form_errors import N_
from sync.server.staff import ADMIN, SUPERVISOR, StaffUser
from sync.server.web.forms import CheckedForm, checked_form, field_errors, see_other
from sync.server.web.routes.concerns import translator
from sync.server.web.security import require_role
from sync.server.web.templating import render

router = APIRouter()
managers = require_role(SUPERVISOR, ADMIN)
EVERY_COMMUNE = ""


def _page(request: Request, user: StaffUser, values: dict | None = None, errors: dict | None = None,
          status: int = 200):
    concerns = request.app.state.store.concerns
    _ = translator(request, user)
    communes = sorted(user.communes)
    if user.is_admin:
        communes = list(request.app.state.store.office_admin.communes(user))
    commune_options = ([(EVERY_COMMUNE, _(N_("Every commune")))] if user.is_admin else []) + [
        (commune, commune) for commune in communes]
    changed = request.query_params.get("changed")
    context = {
        "deadlines": concerns.deadlines(user), "categories": concerns.categories(user),
        "commune_options": commune_options, "default_days": DEFAULT_DEADLINE_DAYS,
        "values": values or {"commune": communes[0] if communes and not user.is_admin else EVERY_COMMUNE},
        "errors": errors or {}, "changed": int(changed) if changed and changed.isdigit() else None,
    }
    return render(request, "concerns/deadlines.html", context, status)


@router.get("/deadlines")
def deadlines_page(request: Request, user: StaffUser = Depends(managers)):
    return _page(request, user)


@router.post("/deadlines")
def set_deadline(request: Request, form: CheckedForm = Depends(checked_form), user: StaffUser = Depends(managers)):
    raw_days = form.get("days").strip()
    try:
        if not raw_days.isdigit():
            raise rules.invalid("days", N_("Give a whole number of days, e.g. 30."))
        changed = request.app.state.store.concerns.set_deadline(user, form.get("commune") or None,
                                                                form.get("category").strip(), int(raw_days))
    except Refused as exc:
        return _page(request, user, form.fields, field_errors(exc), exc.http_status)
    return see_other(f"/deadlines?changed={changed}")


__all__ = ["router"]
