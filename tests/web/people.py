"""Staff in the browser tests: one password, accounts added through the service, logging in
through the real login form as a person would, and the one layout check every page gets.
Runs in the test process's main thread."""
from __future__ import annotations

from urllib.parse import quote

from sync.server.staff import COMMAND_LINE

PASSWORD = "correct horse battery"


def add_staff(store, username: str, name: str, role: str, language: str, offices=(), communes=()) -> None:
    store.accounts.add(COMMAND_LINE, username, name, role, PASSWORD, offices=list(offices), communes=list(communes),
                       language=language)


def log_in(page, server, username: str, next_path: str = "/") -> None:
    """Through the login form, as a person would; lands on `next_path`."""
    page.goto(server.url("/login" if next_path == "/" else f"/login?next={quote(next_path, safe='/')}"))
    page.fill("#f-username", username)
    page.fill("#f-password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url(server.url(next_path))


def fits_the_width(page) -> bool:
    """Nothing sticks out sideways (a phone would have to scroll the whole page)."""
    return page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")


__all__ = ["PASSWORD", "add_staff", "fits_the_width", "log_in"]
