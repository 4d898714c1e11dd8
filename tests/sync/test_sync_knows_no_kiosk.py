"""`sync` imports nothing of `kiosk` (docs/architecture: the office is handed to sync as ports, `sync.ports`).

Read from the source, not by importing: every `import` and `from … import` of every module
under sync/, at the top or inside a function, relative or absolute, and every
`importlib.import_module("…")` / `__import__("…")` with a literal name. The second test
follows the imports from the four entry points the kiosk and the server use, so a module
they reach through another one is checked too.
"""
from __future__ import annotations

from tests.import_graph import REPO, imported_names, package_modules, within

ENTRY_POINTS = ("sync.protocol", "sync.client", "sync.loop", "sync.server")


def is_kiosk(name: str) -> bool:
    return within(name, ("kiosk",))


def sync_modules():
    return package_modules("sync")


def test_no_sync_module_imports_kiosk():
    modules = sync_modules()
    assert "sync.client" in modules and "sync.server.app" in modules  # the walk sees the tree
    offending = [f"{path.relative_to(REPO)}:{line} imports {name}"
                 for path in modules.values() for line, name in imported_names(path) if is_kiosk(name)]
    assert offending == []


def test_what_the_entry_points_reach_is_free_of_kiosk():
    modules = sync_modules()
    seen: set[str] = set()
    todo = list(ENTRY_POINTS)
    reached_kiosk: list[str] = []
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for _, imported in imported_names(modules[name]):
            if is_kiosk(imported):
                reached_kiosk.append(f"{name} imports {imported}")
            # a package's modules are reached through its __init__ and their own imports
            if imported in modules and imported not in seen:
                todo.append(imported)
    assert {"sync.protocol.validation", "sync.transport", "sync.backoff", "sync.server.store"} <= seen
    assert reached_kiosk == []


def test_the_walk_sees_imports_inside_functions_and_relative_ones(tmp_path):
    package = tmp_path / "sync" / "server"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    probe = package / "probe.py"
    probe.write_text("from . import app\nfrom .. import client\n\ndef later():\n    from kiosk.config import x\n"
                     "    import importlib\n    importlib.import_module('kiosk.office')\n", encoding="utf-8")
    names = {name for _, name in imported_names(probe, tmp_path)}
    assert {"sync.server.app", "sync.client", "kiosk.config", "kiosk.office"} <= names
