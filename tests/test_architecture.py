"""The arrows of docs/architecture.md, checked on the source: which layer may import which.

(`sync` knowing no `kiosk` has its own test, tests/sync/test_sync_knows_no_kiosk.py; both
read imports with tests/import_graph.py.)
"""
from __future__ import annotations

import re

import pytest

from tests.import_graph import REPO, imported_names, package_modules, within

QT = ("PySide6", "shiboken6")
SQL = ("sqlite3", "sqlite_utils", "sqlalchemy", "kiosk.store")


def offending_imports(package: str, forbidden: tuple[str, ...]) -> list[str]:
    """`module:line imports name` for each import of `package` inside a forbidden prefix."""
    return sorted(f"{module}:{line} imports {name}"
                  for module, path in package_modules(package).items()
                  for line, name in imported_names(path)
                  if within(name, forbidden))


@pytest.mark.parametrize(("package", "forbidden", "why"), [
    ("kiosk.domain", (*QT, *SQL, "kiosk.office", "kiosk.hub", "kiosk.ui", "kiosk.printing", "requests"),
     "the domain is plain rules and data: no Qt, no SQL, no I/O layer"),
    ("kiosk.store", (*QT, "kiosk.office", "kiosk.hub", "kiosk.ui", "kiosk.printing"),
     "the store knows no screen and no facade above it"),
    ("kiosk.office", (*QT, "kiosk.hub", "kiosk.ui", "kiosk.printing"),
     "the office is the facade the screens and the hub call; it calls neither"),
    ("kiosk.hub", (*QT, "kiosk.ui"),
     "the hub runs headless (`maktab hub`): no Qt, no screen"),
    ("kiosk.ui", SQL,
     "screens talk to an office (OfficePort), never to the database"),
])
def test_layer_imports_only_what_is_below_it(package, forbidden, why):
    assert offending_imports(package, forbidden) == [], why


#: The central server's HTTP layers and entry points; every other module of sync/server is a
#: service (the same functions for the CLI and the web pages).
SERVER_ENTRY_POINTS = ("sync.server", "sync.server.app", "sync.server.fast_sync", "sync.server.openapi",
                       "sync.server.cli")
WEB = ("fastapi", "starlette", "sync.server.web")
SERVER_SCHEMA = ("sqlalchemy", "sync.server.db", "sync.server.db_backoffice", "sync.server.db_concerns",
                 "sync.server.db_web", "sync.server.figures.schema")


def test_server_services_know_no_web_and_web_routes_run_no_sql():
    services = sorted(f"{module}:{line} imports {name}"
                      for module, path in package_modules("sync.server").items()
                      if module not in SERVER_ENTRY_POINTS and not within(module, ("sync.server.web",))
                      for line, name in imported_names(path) if within(name, WEB))
    assert services == [], "a service is called by the CLI too: no FastAPI, no page code in it"
    assert offending_imports("sync.server.web.routes", SERVER_SCHEMA) == [], \
        "routes call service functions (store.<part>), which hold the SQL and check the scope"


def test_a_forbidden_import_is_seen(tmp_path):
    # The rules above are only as good as the reader: a nested import of the store from a screen is caught.
    screen = tmp_path / "kiosk" / "ui" / "screen.py"
    screen.parent.mkdir(parents=True)
    screen.write_text("def refresh():\n    from kiosk.store.concerns import ConcernFilter\n", encoding="utf-8")
    names = [name for _, name in imported_names(screen, tmp_path)]
    assert within(names[0], SQL)


def test_the_architecture_page_names_only_files_that_exist():
    # docs/architecture.md points a newcomer at the tests that hold each rule: keep those pointers true.
    page = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`((?:kiosk|sync|tests|benchmarks)/[\w/]+\.py)`", page))
    assert len(named) >= 10
    assert sorted(path for path in named if not (REPO / path).exists()) == []
