"""Pages: the Jinja2 environment and `render(request, template, context)`.

Every page is rendered by `render`, which adds what `base.html` and the macros need:
`user` (or None), `csrf_token`, `lang`/`dir`, `languages`, `nav` (the areas the user's
role may open), `values` (the context's `values` overlaid by a kept draft of this page's
form, see forms.py), `draft_notice` (True when a draft was given back) and `static_url()`.
Autoescape is on; `_()` / `{% trans %}` translate through i18n.py.

Static files are served under `/static/<version>/…` where the version is a hash of their
content, so they can be cached for a year and still change with a release. Any thread
(Jinja2 environments are thread-safe once built); call `render` from sync route functions.
"""
from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from sync.server.errors import Refused
from sync.server.form_errors import N_
from sync.server.staff import StaffUser
from sync.server.web import i18n, timefmt
from sync.server.web.forms import draft_for, error_text
from sync.server.web.security import current_session

WEB_DIR = Path(__file__).parent
TEMPLATES_DIR = WEB_DIR / "templates"
STATIC_DIR = WEB_DIR / "static"


def _static_version() -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in STATIC_DIR.rglob("*") if p.is_file()):
        digest.update(path.relative_to(STATIC_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


STATIC_VERSION = _static_version()
STATIC_PREFIX = f"/static/{STATIC_VERSION}"


def static_url(name: str) -> str:
    return f"{STATIC_PREFIX}/{name}"


#: The areas of the back office: (label, path, who may open it). Pages not built yet are still listed,
#: so every helper adds its router at the path given here.
NAV: list[tuple[str, str, str]] = [
    (N_("Concerns"), "/concerns", "agent"),
    (N_("Offices"), "/manage/offices", "agent"),
    (N_("Figures"), "/figures", "agent"),
    (N_("Catalogue"), "/catalogue", "supervisor"),
    (N_("Announcements"), "/announcements", "supervisor"),
    (N_("Users"), "/users", "supervisor"),
    (N_("Audit"), "/audit", "admin"),
]
_RANK = {"agent": 0, "supervisor": 1, "admin": 2}


def nav_for(user: StaffUser | None) -> list[dict[str, str]]:
    if user is None:
        return []
    return [{"label": label, "path": path} for label, path, role in NAV if _RANK[user.role] >= _RANK[role]]


environment = Environment(loader=FileSystemLoader(TEMPLATES_DIR), autoescape=select_autoescape(default=True),
                          extensions=["jinja2.ext.i18n"], trim_blocks=True, lstrip_blocks=True)
environment.install_gettext_callables(i18n.gettext, i18n.ngettext, newstyle=True)  # type: ignore[attr-defined]
environment.globals.update(static_url=static_url, languages=list(i18n.LANGUAGES.values()))


def _error_text(error: Refused | str) -> str:
    """An error next to a field: a refusal from a service, or a message id from a route."""
    return error_text(error) if isinstance(error, Refused) else i18n.gettext(error)


environment.filters["error_text"] = _error_text
environment.filters.update(local_time=timefmt.local_time, local_date=timefmt.local_date)


def request_language(request: Request, user: StaffUser | None) -> str:
    if user is not None and user.language in i18n.LANGUAGES:
        return user.language
    return i18n.negotiate(request.cookies.get("maktab_lang"), request.headers.get("accept-language"))


def render(request: Request, template: str, context: Mapping[str, Any] | None = None, status: int = 200,
                headers: Mapping[str, str] | None = None) -> HTMLResponse:
    """`template` rendered with the page context of `request` (see the module docstring)."""
    session = current_session(request)
    user = session.user if session else None
    lang = request_language(request, user)
    context = dict(context or {})
    draft = draft_for(request, session)
    values = {**context.get("values", {}), **(draft or {})}
    page = {"request": request, "user": user, "csrf_token": session.csrf_token if session else "",
            "lang": lang, "dir": i18n.LANGUAGES[lang].direction, "nav": nav_for(user),
            "draft_notice": draft is not None, **context, "values": values}
    token = i18n.use_language(lang)
    try:
        html = environment.get_template(template).render(page)
    finally:
        i18n.reset_language(token)
    return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store", **(headers or {})})

__all__ = ["NAV", "STATIC_DIR", "STATIC_PREFIX", "STATIC_VERSION", "environment", "nav_for", "render",
           "request_language", "static_url"]
