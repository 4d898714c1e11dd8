"""`sync` imports nothing of `kiosk` (docs/architecture: the office is handed to sync as ports, `sync.ports`).

Read from the source, not by importing: every `import` and `from … import` of every module
under sync/, at the top or inside a function, relative or absolute, and every
`importlib.import_module("…")` / `__import__("…")` with a literal name. The second test
follows the imports from the four entry points the kiosk and the server use, so a module
they reach through another one is checked too.
"""
from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SYNC = REPO / "sync"
ENTRY_POINTS = ("sync.protocol", "sync.client", "sync.loop", "sync.server")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_names(path: Path) -> list[tuple[int, str]]:
    """(line, absolute module name) of everything `path` imports, nested imports included."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            found.append((node.lineno, source))
            # `from sync import protocol` imports the module sync.protocol
            found += [(node.lineno, f"{source}.{alias.name}") for alias in node.names if alias.name != "*"]
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) \
                and isinstance(node.args[0].value, str):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in ("import_module", "__import__"):
                found.append((node.lineno, node.args[0].value))
    return found


def is_kiosk(name: str) -> bool:
    return name == "kiosk" or name.startswith("kiosk.")


def sync_modules() -> dict[str, Path]:
    return {module_name(path): path for path in SYNC.rglob("*.py")}


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


def test_the_walk_sees_imports_inside_functions_and_relative_ones(tmp_path, monkeypatch):
    package = tmp_path / "sync" / "server"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    probe = package / "probe.py"
    probe.write_text("from . import app\nfrom .. import client\n\ndef later():\n    from kiosk.config import x\n"
                     "    import importlib\n    importlib.import_module('kiosk.office')\n", encoding="utf-8")
    monkeypatch.setattr(f"{__name__}.REPO", tmp_path)
    names = {name for _, name in imported_names(probe)}
    assert {"sync.server.app", "sync.client", "kiosk.config", "kiosk.office"} <= names
