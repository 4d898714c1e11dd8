"""docs/lan-api.md and the hub's routes agree: every route the hub serves has a section
headed ``### `METHOD /lan/v1/path` ``, every such heading names a route that exists, and
each section says who may call the route (**Who:**) and how it refuses (**Errors:**),
naming every status the route declares in its OpenAPI description (beyond the ones every
route may give, listed once in the doc).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.routing import iter_route_contexts

from kiosk.hub.bodies import ALWAYS
from kiosk.hub.pairing import Pairing
from kiosk.hub.server import create_hub_app
from kiosk.office import Office

DOC = Path(__file__).resolve().parents[2] / "docs" / "lan-api.md"
HEADING = re.compile(r"^### `(GET|POST|PUT|PATCH|DELETE) (/\S*)`$")
Route = tuple[str, str]  # ("POST", "/lan/v1/tickets")


@pytest.fixture(scope="module")
def app() -> Iterator[FastAPI]:
    office = Office.open_path(":memory:")
    pairing = Pairing.for_office(office)
    try:
        yield create_hub_app(office, pairing=pairing)
    finally:
        pairing.close()
        office.close()


def served_routes(app: FastAPI) -> set[Route]:
    """Method and path of every route the app answers, however its routers are included."""
    # FastAPI ≥ 0.137 keeps an included router as one entry of `app.routes`: iter_route_contexts
    # walks into it (a plain loop over `app.routes` would see no path at all).
    return {(method, context.path) for context in iter_route_contexts(app.routes)
            for method in context.methods or () if method != "HEAD" and context.path}


def documented_sections(text: str) -> dict[Route, str]:
    """Each route heading of the doc with the text of its section (up to the next heading)."""
    sections: dict[Route, str] = {}
    current: Route | None = None
    for line in text.splitlines():
        found = HEADING.match(line)
        if found:
            current = (found[1], found[2])
            assert current not in sections, f"{current} is documented twice"
            sections[current] = ""
        elif line.startswith("#"):
            current = None
        elif current is not None:
            sections[current] += line + "\n"
    return sections


def mismatch(served: set[Route], documented: set[Route]) -> list[str]:
    return ([f"served but not in docs/lan-api.md: {m} {p}" for m, p in sorted(served - documented)]
            + [f"in docs/lan-api.md but not served: {m} {p}" for m, p in sorted(documented - served)])


def test_every_route_is_documented_and_every_documented_route_exists(app):
    served = served_routes(app)
    openapi = {(m.upper(), p) for p, ops in app.openapi()["paths"].items() for m in ops}
    assert openapi and openapi <= served  # the walk over the routes sees what the hub describes
    assert mismatch(served, set(documented_sections(DOC.read_text(encoding="utf-8")))) == []


def test_each_route_says_who_may_call_it_and_every_refusal_it_declares(app):
    sections = documented_sections(DOC.read_text(encoding="utf-8"))
    problems = []
    for path, operations in app.openapi()["paths"].items():
        for method, operation in operations.items():
            route = (method.upper(), path)
            section = sections.get(route, "")
            for part in ("**Who:**", "**Errors:**"):
                if part not in section:
                    problems.append(f"{route}: no {part}")
            errors = section.partition("**Errors:**")[2]
            for status in operation["responses"]:
                if int(status) >= 400 and int(status) not in ALWAYS and f"**{status}**" not in errors:
                    problems.append(f"{route}: its Errors do not name {status}")
    assert problems == []


def test_the_check_names_a_route_missing_from_the_doc_and_a_documented_route_that_is_gone(app):
    text = DOC.read_text(encoding="utf-8").replace("### `POST /lan/v1/desk/recall`", "### `POST /lan/v1/desk/recal`")
    found = mismatch(served_routes(app), set(documented_sections(text)))
    assert found == ["served but not in docs/lan-api.md: POST /lan/v1/desk/recall",
                     "in docs/lan-api.md but not served: POST /lan/v1/desk/recal"]
