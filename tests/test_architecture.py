"""The package's shape (issues 13 and 25): no import circles, a Qt-free core.

Imports are read from the source with ``ast`` (every import, including those inside
functions and under ``TYPE_CHECKING``), so a circle is found even if it never runs.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "optout_gui"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


@functools.cache
def tree_of(path: Path) -> ast.Module:
    """The parsed source of ``path`` (each file is parsed once for all these checks)."""
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def imports_of(name: str) -> set[str]:
    """The package's own modules that ``name`` imports (a package's names resolve to its
    submodule when one exists: ``from optout_gui.core import store``)."""
    path = MODULES[name]
    tree = tree_of(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for target in targets:
            while target and target not in MODULES:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    # Importing a submodule also runs its packages' __init__: not an edge worth a circle.
    return {t for t in found if not name.startswith(t + ".")}


GRAPH = {name: imports_of(name) for name in MODULES}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each sorted."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1 or node in graph[node]:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_the_package_has_no_import_circle():
    assert len(GRAPH) > 40  # the walk saw the package
    assert cycles(GRAPH) == []


def test_the_circle_check_finds_a_circle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_imports_are_read_from_the_source():
    assert "optout_gui.core.storage.store" in GRAPH["optout_gui.core.session"]
    assert "optout_gui.ui.controller" in GRAPH["optout_gui.app"]  # a lazy import counts


@pytest.mark.parametrize("name", [n for n in MODULES if n.startswith("optout_gui.core")])
def test_core_imports_neither_qt_nor_the_ui(name):
    tree = tree_of(MODULES[name])
    names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    names += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert [n for n in names if n.startswith(("PySide6", "shiboken6", "optout_gui.ui"))] == []


# --- names are imported from the module that defines them --------------------------------
IMPORTERS = {
    path.relative_to(ROOT).as_posix(): path
    for folder in ("optout_gui", "tests", "tools", "benchmarks")
    for path in sorted((ROOT / folder).rglob("*.py"))
} | {"main.py": ROOT / "main.py", "conftest.py": ROOT / "conftest.py"}


@functools.cache
def defined_names(name: str) -> frozenset[str]:
    """What module ``name`` defines itself (not what it imports): functions, classes,
    assignments at its top level and under ``if``/``try`` there."""
    tree = tree_of(MODULES[name])
    found: set[str] = set()

    def collect(body) -> None:
        for node in body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                found.add(node.name)
            elif isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    found.update(n.id for n in ast.walk(target) if isinstance(n, ast.Name))
            elif isinstance(node, ast.If | ast.Try | ast.With):
                collect(node.body)
                collect(getattr(node, "orelse", []))
                for handler in getattr(node, "handlers", []):
                    collect(handler.body)
                collect(getattr(node, "finalbody", []))

    collect(tree.body)
    return frozenset(found)


def package_imports(path: Path):
    """(line, module, name) for every ``from optout_gui... import name`` in ``path``."""
    tree = tree_of(path)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and not node.level:
            module = node.module or ""
            if module == "optout_gui" or module.startswith("optout_gui."):
                for alias in node.names:
                    yield node.lineno, module, alias.name


def test_no_module_imports_a_name_through_a_module_that_only_imported_it():
    through = []
    for shown, path in IMPORTERS.items():
        for line, module, name in package_imports(path):
            if f"{module}.{name}" in MODULES or module not in MODULES:
                continue  # a submodule, or a module this walk does not know
            if name not in defined_names(module):
                through.append(f"{shown}:{line}: {name} from {module}")
    assert through == []


def test_the_re_export_check_sees_a_re_export(tmp_path):
    # optout_gui.core.guide imports read_toml from core.datafile and does not define it.
    assert "read_toml" not in defined_names("optout_gui.core.guide")
    assert "read_toml" in defined_names("optout_gui.core.datafile")
    assert "guide_for" in defined_names("optout_gui.core.guide")


def test_no_module_reaches_into_another_modules_private_names():
    """No ``from optout_gui.x import _private``, and no ``module._private`` on a module of
    the package: a module's private names are its own (tests included)."""
    found = []
    for shown, path in IMPORTERS.items():
        tree = tree_of(path)
        modules_here = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and not node.level:
                module = node.module or ""
                for alias in node.names:
                    private = alias.name.startswith("_") and not alias.name.endswith("__")
                    if module.startswith("optout_gui") and private:
                        found.append(f"{shown}:{node.lineno}: {alias.name} from {module}")
                    if f"{module}.{alias.name}" in MODULES:
                        modules_here.add(alias.asname or alias.name)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("optout_gui") and alias.asname:
                        modules_here.add(alias.asname)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in modules_here
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
            ):
                found.append(f"{shown}:{node.lineno}: {node.value.id}.{node.attr}")
    assert found == []
