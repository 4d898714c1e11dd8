"""One concern: what the citizen wrote, its dates and owner, its whole history, and the forms
an agent uses on it.

    GET  /concerns/{office}/{code}               the page (?done=… after an action: its confirmation)
    POST /concerns/{office}/{code}/assign        assignee (supervisor: anyone who may own it; "" = nobody)
    POST /concerns/{office}/{code}/take          an agent takes it       POST …/give-back   and gives it back
    POST /concerns/{office}/{code}/note          an internal note (never shown to the citizen)
    POST /concerns/{office}/{code}/answer        the public answer, in the citizen's language
    POST /concerns/{office}/{code}/status        a status change with its reason

Each action calls `store.concerns` (sync/server/concerns/workflow.py), which checks scope and
role: a concern the user does not see is a 404 page; a refused form comes back with the
message next to its field and what was typed kept. Plain `def` routes: the thread pool.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Depends, Request

from sync.server.concerns import ConcernDetail, rules
from sync.server.errors import Refused
from sync.server.form_errors import N_
from sync.server.staff import StaffUser
from sync.server.web.concern_labels import (
    CHANNEL_LABELS,
    HISTORY_LABELS,
    LANGUAGE_LABELS,
    STATUS_LABELS,
    text_direction,
)
from sync.server.web.forms import CheckedForm, checked_form, field_errors, see_other
from sync.server.web.routes.concerns import translator
from sync.server.web.security import require_user
from sync.server.web.templating import render

router = APIRouter()

DONE = {
    "assigned": N_("The concern's owner is changed."),
    "taken": N_("The concern is yours now."),
    "given_back": N_("You gave the concern back; it has no owner now."),
    "noted": N_("Your internal note is saved. The citizen does not see it."),
    "answered": N_("Your answer is saved. The office shows it to the citizen after its next sync."),
    "status": N_("The status is changed. The office shows it to the citizen after its next sync."),
}


def _status_options(detail: ConcernDetail, _: Callable[[str], str]) -> list[tuple[str, str]]:
    """Where the concern may go from here by a status change (answered: through the answer form)."""
    allowed = rules.TRANSITIONS.get(detail.status, frozenset())
    options = [(status, _(STATUS_LABELS[status])) for status in rules.STATUSES
               if status in allowed and (status != rules.ANSWERED or detail.public_answer)
               and status != detail.status]
    return [("", _(N_("Choose a status")))] + options


def _page(request: Request, user: StaffUser, office_code: str, code: str, values: dict | None = None,
          errors: dict | None = None, status: int = 200):
    concerns = request.app.state.store.concerns
    detail = concerns.get(user, office_code, code)  # a concern the user does not see: Refused 404 → 404 page
    _ = translator(request, user)
    owners = []
    if user.is_supervisor:
        owners = [("", _(N_("Nobody")))] + [
            (o["username"], f'{o["display_name"]} ({o["username"]})')
            for o in concerns.possible_owners(user, office_code, code)]
    context: dict[str, Any] = {
        "concern": detail, "values": {"assignee": detail.assigned_to or "", **(values or {})},
        "errors": errors or {}, "done": DONE.get(request.query_params.get("done", "")),
        "status_labels": STATUS_LABELS, "history_labels": HISTORY_LABELS, "language_labels": LANGUAGE_LABELS,
        "channel_labels": CHANNEL_LABELS,
        "citizen_dir": text_direction(detail.language), "owner_options": owners,
        "status_options": _status_options(detail, _),
        "may_answer": rules.ANSWERED in rules.TRANSITIONS.get(detail.status, frozenset()),
        "path": f"/concerns/{office_code}/{code}",
    }
    return render(request, "concerns/detail.html", context, status)


@router.get("/concerns/{office_code}/{code}")
def concern_page(request: Request, office_code: str, code: str, user: StaffUser = Depends(require_user)):
    return _page(request, user, office_code, code)


def _act(request: Request, form: CheckedForm, office_code: str, code: str, done: str,
         action: Callable[[], Any]):
    try:
        action()
    except Refused as exc:
        if exc.http_status == 404:
            raise
        return _page(request, form.user, office_code, code, form.fields, field_errors(exc), exc.http_status)
    return see_other(f"/concerns/{office_code}/{code}?done={done}#done")


@router.post("/concerns/{office_code}/{code}/assign")
def assign(request: Request, office_code: str, code: str, form: CheckedForm = Depends(checked_form)):
    concerns = request.app.state.store.concerns
    return _act(request, form, office_code, code, "assigned",
                lambda: concerns.assign(form.user, office_code, code, form.get("assignee") or None))


@router.post("/concerns/{office_code}/{code}/take")
def take(request: Request, office_code: str, code: str, form: CheckedForm = Depends(checked_form)):
    concerns = request.app.state.store.concerns
    return _act(request, form, office_code, code, "taken",
                lambda: concerns.assign(form.user, office_code, code, form.user.username))


@router.post("/concerns/{office_code}/{code}/give-back")
def give_back(request: Request, office_code: str, code: str, form: CheckedForm = Depends(checked_form)):
    concerns = request.app.state.store.concerns
    return _act(request, form, office_code, code, "given_back",
                lambda: concerns.assign(form.user, office_code, code, None))


@router.post("/concerns/{office_code}/{code}/note")
def note(request: Request, office_code: str, code: str, form: CheckedForm = Depends(checked_form)):
    concerns = request.app.state.store.concerns
    return _act(request, form, office_code, code, "noted",
                lambda: concerns.add_note(form.user, office_code, code, form.get("note")))


@router.post("/concerns/{office_code}/{code}/answer")
def answer(request: Request, office_code: str, code: str, form: CheckedForm = Depends(checked_form)):
    concerns = request.app.state.store.concerns
    return _act(request, form, office_code, code, "answered",
                lambda: concerns.answer(form.user, office_code, code, form.get("answer")))


@router.post("/concerns/{office_code}/{code}/status")
def change_status(request: Request, office_code: str, code: str, form: CheckedForm = Depends(checked_form)):
    concerns = request.app.state.store.concerns

    def act() -> None:
        status, reason = form.get("status"), form.get("reason")
        if not status:  # the select's "Choose a status": say it next to the select, in the user's language
            concerns.get(form.user, office_code, code)  # an unseen concern stays a 404, not a form error
            raise rules.invalid("status", N_("Choose the new status."))
        concerns.set_status(form.user, office_code, code, status, reason)

    return _act(request, form, office_code, code, "status", act)


__all__ = ["router"]
