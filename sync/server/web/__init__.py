"""The back office: a web app inside the central server, for municipal staff.

`mount_web(app, store)` (called by `create_app`) adds the pages to the FastAPI app: the
routers of `routes/<area>.py`, static files under `/static/<version>/`, the security
headers and the HTML error pages of web paths. The sync API under `/api/v1` is untouched.

What a page module uses (docs/backoffice.md shows a whole page):

    templating.render(request, template, context, status=200)   a page in the user's language
    security.require_user / require_role(...)                    who is asking (FastAPI dependencies)
    forms.checked_form → CheckedForm(user, fields, form)          every POST: CSRF checked, draft kept
    forms.field_errors(exc), forms.see_other(path)                errors next to fields; POST/redirect/GET
    templates/macros/forms.html, macros/table.html                fields with errors, tables, next-page links

Route functions are plain `def` (Starlette's thread pool); the services they call take the
acting `StaffUser` first and check the scope there.
"""
from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from starlette.staticfiles import StaticFiles

from sync.server.web.templating import STATIC_DIR, STATIC_PREFIX

#: Static URLs carry a content hash, so a browser may keep each file for a year.
STATIC_CACHE_CONTROL = "public, max-age=31536000, immutable"


class VersionedStaticFiles(StaticFiles):
    def file_response(self, *args: Any, **kwargs: Any):
        response = super().file_response(*args, **kwargs)
        response.headers["Cache-Control"] = STATIC_CACHE_CONTROL
        return response


def mount_web(app: FastAPI, store: Any) -> None:
    from sync.server.web.errors import install_error_pages
    from sync.server.web.routes import (
        announcements,
        audit,
        auth,
        catalogue,
        concern_detail,
        concerns,
        deadlines,
        figures,
        home,
        offices,
        open311,
        open_figures,
        public_concern,
        ticket_page,
        users,
    )
    from sync.server.web.security import SecurityHeaders

    app.add_middleware(SecurityHeaders)
    app.mount(STATIC_PREFIX, VersionedStaticFiles(directory=STATIC_DIR), name="static")
    for router in (auth.router, home.router, users.router, concerns.router, concern_detail.router, deadlines.router,
                   figures.router, audit.router, offices.router, catalogue.router, announcements.router,
                   open311.router, open_figures.router, public_concern.router,
                   ticket_page.router):
        app.include_router(router, include_in_schema=False)
    install_error_pages(app)


__all__ = ["mount_web"]
