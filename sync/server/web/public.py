"""Public pages: what a citizen opens from a receipt's QR code, and the open figures.

    render_public(request, template, context, lang=None, status=200, max_age=0)
    render_fragment(template, context, lang) → str   a part of a page that a script swaps in
    public_language(request, preferred=None) → "ar" | "fr" | "kab" | "en"
    is_public_path(path) → bool          the error pages of these paths use the public layout

No account, no session, no cookie of ours (except the concern page's form token,
web/public_forms.py): the language is the `?lang=` of the address
(the switch is plain links, so a page stays cacheable and works without JavaScript), else
the page's own language (a concern's), else the browser's, else Arabic. Pages extend
`templates/public/base.html` (app.css for the shared look, public.css for these pages).

Caching keeps the server light: `max_age` seconds of `Cache-Control: public` for pages that
may be a few seconds old (a ticket's place in the queue changes at most every 10 s), else
`no-cache`. `Vary` names what the language is read from.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse

from sync.server.web import i18n
from sync.server.web.templating import environment

#: Paths of the public area (exact, or followed by "/" or "."). Add a public page's root here.
PUBLIC_ROOTS = ("/t", "/c", "/offices")


def is_public_path(path: str) -> bool:
    return any(path == root or path.startswith((root + "/", root + ".")) for root in PUBLIC_ROOTS)


def public_language(request: Request, preferred: str | None = None) -> str:
    asked = request.query_params.get("lang")
    if asked in i18n.LANGUAGES:
        return asked
    if preferred in i18n.LANGUAGES:
        return preferred
    return i18n.negotiate(None, request.headers.get("accept-language"))


def _language_links(request: Request, lang: str) -> list[dict[str, Any]]:
    """The language switch: this page's address with another `lang`, other parameters kept."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
    return [{"code": language.code, "name": language.name, "current": language.code == lang,
             "href": request.url.path + "?" + urlencode([*params, ("lang", language.code)])}
            for language in i18n.LANGUAGES.values()]


def render_public(request: Request, template: str, context: Mapping[str, Any] | None = None, *,
                  lang: str | None = None, status: int = 200, max_age: int = 0,
                  headers: Mapping[str, str] | None = None) -> HTMLResponse:
    """`template` in the page's language (`lang`, else `public_language(request)`)."""
    lang = lang if lang in i18n.LANGUAGES else public_language(request)
    page = {"request": request, "lang": lang, "dir": i18n.LANGUAGES[lang].direction,
            "language_links": _language_links(request, lang), **(context or {})}
    token = i18n.use_language(lang)
    try:
        html = environment.get_template(template).render(page)
    finally:
        i18n.reset_language(token)
    cache = f"public, max-age={max_age}" if max_age > 0 and status == 200 else "no-cache"
    return HTMLResponse(html, status_code=status, headers={
        "Cache-Control": cache, "Vary": "Accept-Language", "Content-Language": lang, **(headers or {})})


def render_fragment(template: str, context: Mapping[str, Any], lang: str) -> str:
    """A part of a page, without the layout, in `lang` (what a page's script fetches and swaps in)."""
    token = i18n.use_language(lang)
    try:
        return environment.get_template(template).render({"lang": lang, **context})
    finally:
        i18n.reset_language(token)


__all__ = ["PUBLIC_ROOTS", "is_public_path", "public_language", "render_fragment", "render_public"]
