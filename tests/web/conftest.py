"""Browser-test fixtures: a real server, Debian's chromium through Playwright, axe, screenshots.

    live_server   `maktab-server serve` in its own process over a fresh SQLite file (per test);
                  `.base_url`, `.url(path)`, `.db_url`, `.store` (a ServerStore on its database).
                  A module that overrides `web_db_url` with `server_db_url` runs on SQLite and
                  PostgreSQL; one that overrides `live_server_env` (module scope) passes
                  settings to the server. `module_live_server`: one per test module, SQLite.
    browser       one headless chromium for the whole session (Playwright's sync API).
    new_page      factory: `new_page(**context_options)` → a page in its own fresh context
                  (own cookies: two people logged in at once); closed after the test.
    page          desktop, 1280×800.      phone_page   360×740, scale 2, mobile, touch.
    shot          `shot(page, "ar-backoffice-concerns")` → PNGs (see screenshots.py).
    axe           `from tests.web.axe import assert_accessible, axe_violations`.

After each test, a page that asked for anything off this machine, threw an uncaught script
error or had something blocked by its Content-Security-Policy fails the test (mark a test
`allow_page_problems` when that is what it checks). The browser tests run after all the
others (see `pytest_collection_modifyitems`). When chromium or Playwright is missing they
are skipped with the command to install it, except under CI (`CI` set), where they fail.

Runs in the test process's main thread.
"""
from __future__ import annotations

import os

import pytest

from tests.sync.conftest import pg_session_db, server_db_url  # noqa: F401  (re-exported fixtures)
from tests.web import browser as B
from tests.web import screenshots
from tests.web.live_server import running_server

BROWSER_FIXTURES = frozenset({"browser", "new_page", "page", "phone_page"})


def pytest_configure(config):
    config.addinivalue_line("markers", "screenshots: takes the docs' screenshots (`make screenshots` runs these)")
    config.addinivalue_line("markers", "allow_page_problems: the test expects outside requests, script errors "
                                       "or CSP violations in its pages")


def pytest_collection_modifyitems(session, config, items):
    # Playwright's sync API marks its event loop as running in the main thread between calls,
    # from the first browser test to the end of the session: a later test calling
    # asyncio.run() would fail with "cannot be called from a running event loop". Browser
    # tests therefore run last (a stable sort: their own order is kept).
    items.sort(key=lambda item: bool(BROWSER_FIXTURES & set(getattr(item, "fixturenames", ()))))


# ---------------------------------------------------------------------------- server


@pytest.fixture
def web_db_url(tmp_path):
    return f"sqlite:///{tmp_path / 'central.sqlite3'}"


@pytest.fixture(scope="module")
def live_server_env():
    """Extra environment for the server process (override in a module to change settings)."""
    return {}


@pytest.fixture
def live_server(web_db_url, live_server_env, tmp_path):
    with running_server(web_db_url, tmp_path / "server.log", live_server_env) as server:
        yield server


@pytest.fixture(scope="module")
def module_live_server(live_server_env, tmp_path_factory):
    """One server and SQLite database for all the tests of a module (about 1.5 s saved per test);
    its tests must not depend on each other's data (give each its own users and concerns)."""
    folder = tmp_path_factory.mktemp("live_server")
    with running_server(f"sqlite:///{folder / 'central.sqlite3'}", folder / "server.log", live_server_env) as server:
        yield server


# ---------------------------------------------------------------------------- browser


@pytest.fixture(scope="session")
def browser():
    missing = B.why_no_browser()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests cannot run in CI: {missing}", pytrace=False)
        pytest.skip(f"browser tests skipped: {missing}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = B.launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser, request):
    contexts: list[tuple[object, B.PageProblems]] = []

    def make(**context_options):
        problems = B.PageProblems()
        context = B.new_context(browser, problems, **{**B.DESKTOP, **context_options})
        contexts.append((context, problems))
        return context.new_page()

    yield make
    found = "\n".join(problems.describe() for _context, problems in contexts if problems.describe())
    for context, _problems in contexts:
        context.close()  # type: ignore[attr-defined]
    if found and not request.node.get_closest_marker("allow_page_problems"):
        pytest.fail(f"problems inside the page(s):\n{found}", pytrace=False)


@pytest.fixture
def page(new_page):
    return new_page(**B.DESKTOP)


@pytest.fixture
def phone_page(new_page):
    return new_page(**B.PHONE)


@pytest.fixture(scope="session")
def screenshot_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture
def shot(screenshot_folder):
    def take(page, name: str, *, full_page: bool = True):
        return screenshots.take(page, name, screenshot_folder, full_page=full_page)

    return take
