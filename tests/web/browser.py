"""How the browser tests start Debian's chromium through Playwright, and keep it off the network.

Playwright cannot download its own browser here (the machines reach package registries
only), so it always drives the system's `chromium` (installed by `make test`, see
scripts/install-system-deps.sh --test). The flags stop chromium's own traffic (component
updates, sync, QUIC probes, DNS) on a closed network; contexts made by `new_context` also
abort every request that does not go to this machine and remember it, so a page that
reaches for a CDN fails its test instead of waiting on a network that is not there.

Runs in the test process's main thread (Playwright's sync API).
"""
from __future__ import annotations

import dataclasses
import os
import shutil
import weakref
from typing import Any
from urllib.parse import urlsplit

CHROMIUM_ARGS = (
    "--no-sandbox",  # the tests run as root here; chromium refuses its sandbox then
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Nothing resolves but this machine: no name chromium looks up can take it off the machine.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1, EXCLUDE [::1]",
)

DESKTOP = {"viewport": {"width": 1280, "height": 800}}
PHONE = {"viewport": {"width": 360, "height": 740}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "[::1]", "::1"})
# Default wait for a locator or a navigation: long enough for a busy 2-core CI machine,
# short enough that a missing element fails the test in seconds rather than half a minute.
DEFAULT_TIMEOUT_MS = 15_000


def chromium_executable() -> str | None:
    """Path of the system chromium ($MAKTAB_CHROMIUM, else `chromium` on PATH), or None."""
    configured = os.environ.get("MAKTAB_CHROMIUM")
    if configured:
        return configured if os.access(configured, os.X_OK) else None
    return shutil.which("chromium") or shutil.which("chromium-browser")


def why_no_browser() -> str | None:
    """None when browser tests can run; otherwise what is missing and how to get it."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed: run `make setup` (it installs the `test` extra)"
    if chromium_executable() is None:
        return ("chromium is not installed: run `sudo scripts/install-system-deps.sh --test` "
                "(or `sudo apt-get install chromium`); `make test` does it when run as root")
    return None


def launch(playwright) -> Any:
    """The system chromium, headless, with the flags above."""
    executable = chromium_executable()
    assert executable, why_no_browser()
    return playwright.chromium.launch(executable_path=executable, args=list(CHROMIUM_ARGS), headless=True)


@dataclasses.dataclass
class PageProblems:
    """What went wrong inside a page that a look at the screen would not show."""

    outside_requests: list[str] = dataclasses.field(default_factory=list)  # aborted: not this machine
    script_errors: list[str] = dataclasses.field(default_factory=list)  # uncaught exceptions
    csp_violations: list[str] = dataclasses.field(default_factory=list)  # blocked by Content-Security-Policy

    def describe(self) -> str:
        lines = [f"the page asked for {url} (not this machine): vendor it" for url in self.outside_requests]
        lines += [f"uncaught script error: {text}" for text in self.script_errors]
        lines += [f"Content-Security-Policy blocked: {text}" for text in self.csp_violations]
        return "\n".join(lines)


_PROBLEMS: weakref.WeakKeyDictionary[Any, PageProblems] = weakref.WeakKeyDictionary()


def problems_of(page) -> PageProblems:
    """What went wrong so far in the pages of `page`'s context (made by `new_context`)."""
    return _PROBLEMS[page.context]


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about", "file"):
        return True
    return (parts.hostname or "") in LOCAL_HOSTS


def new_context(browser, problems: PageProblems, **options: Any):
    """A fresh browser context (own cookies and storage) that stays on this machine.

    The page's Content-Security-Policy stays in force (no `bypass_csp`): a page whose own
    script or style the policy blocks must fail here as it would for a clerk. axe is
    injected through the DevTools protocol (see axe.py), which the policy does not govern.
    """
    context = browser.new_context(**options)
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    _PROBLEMS[context] = problems

    def _route(route) -> None:
        if is_local(route.request.url):
            route.continue_()
        else:
            problems.outside_requests.append(route.request.url)
            route.abort("blockedbyclient")

    context.route("**/*", _route)

    def _watch(page) -> None:
        page.on("pageerror", lambda error: problems.script_errors.append(str(error)))
        page.on("console", lambda message: (
            problems.csp_violations.append(message.text)
            if message.type == "error" and "Content Security Policy" in message.text else None))

    context.on("page", _watch)
    return context
