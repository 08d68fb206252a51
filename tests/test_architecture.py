"""The import rules of docs/ARCHITECTURE.md: which package may import which, a pure core, no cycles.

Checked two ways: by parsing every module's imports (including imports inside functions) with `ast`, and by
importing the core in a fresh interpreter and looking at `sys.modules`. Both fail when a core module listed
here is missing or a new core module is not listed, so neither can pass by checking nothing.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "pathfinder"
APP = SRC.parent / "app.py"

CORE = ("domain", "planner", "profiles")
# Every module of the core, named: a missing one fails the import test, an unlisted one fails
# `test_core_listed`.
CORE_MODULES = (
    "pathfinder.domain",
    "pathfinder.domain.access",
    "pathfinder.domain.base",
    "pathfinder.domain.course_level",
    "pathfinder.domain.credentials",
    "pathfinder.domain.dialogue",
    "pathfinder.domain.filters",
    "pathfinder.domain.languages",
    "pathfinder.domain.learners",
    "pathfinder.domain.limits",
    "pathfinder.domain.participation",
    "pathfinder.domain.pathways",
    "pathfinder.domain.taxonomy",
    "pathfinder.planner",
    "pathfinder.planner.bundles",
    "pathfinder.planner.assumed",
    "pathfinder.planner.basics_assumed",
    "pathfinder.planner.chains",
    "pathfinder.planner.copies",
    "pathfinder.planner.core",
    "pathfinder.planner.core_proposal",
    "pathfinder.planner.course_level",
    "pathfinder.planner.detours",
    "pathfinder.planner.dominance",
    "pathfinder.planner.first_bound",
    "pathfinder.planner.candidates",
    "pathfinder.planner.centre_language",
    "pathfinder.planner.empty",
    "pathfinder.planner.entry",
    "pathfinder.planner.entry_steps",
    "pathfinder.planner.estimates",
    "pathfinder.planner.evaluation",
    "pathfinder.planner.explain",
    "pathfinder.planner.field_steps",
    "pathfinder.planner.foundation",
    "pathfinder.planner.free_first",
    "pathfinder.planner.gaps",
    "pathfinder.planner.greedy",
    "pathfinder.planner.highs_start",
    "pathfinder.planner.improvement",
    "pathfinder.planner.instance",
    "pathfinder.planner.level",
    "pathfinder.planner.load",
    "pathfinder.planner.offered",
    "pathfinder.planner.own_language",
    "pathfinder.planner.lookup",
    "pathfinder.planner.memo",
    "pathfinder.planner.named_basics",
    "pathfinder.planner.named_narrower",
    "pathfinder.planner.audience",
    "pathfinder.planner.neighbour_steps",
    "pathfinder.planner.stacks",
    "pathfinder.planner.native_output",
    "pathfinder.planner.prerequisites",
    "pathfinder.planner.relax_base",
    "pathfinder.planner.relax_first_step",
    "pathfinder.planner.relax_joint",
    "pathfinder.planner.relax_languages",
    "pathfinder.planner.relaxation",
    "pathfinder.planner.review",
    "pathfinder.planner.review_run",
    "pathfinder.planner.schedule",
    "pathfinder.planner.selection",
    "pathfinder.planner.session",
    "pathfinder.planner.step_order",
    "pathfinder.planner.use_time",
    "pathfinder.profiles",
    "pathfinder.profiles.edits",
    "pathfinder.profiles.jsonformat",
    "pathfinder.profiles.sources",
)
# What the core must never load: data frames, settings, storage, UI, vector store, LLM clients, databases.
FORBIDDEN_IN_CORE = (
    "pandas",
    "pydantic_settings",
    "streamlit",
    "chromadb",
    "langchain",
    "langchain_core",
    "langchain_openai",
    "openai",
    "sqlite3",
    "pathfinder.settings",
    "pathfinder.storage",
    "pathfinder.index",
    "pathfinder.skills",
    "pathfinder.assistant",
    "pathfinder.ui",
    "pathfinder.cli",
)
EVERYTHING = {
    "domain",
    "planner",
    "profiles",
    "catalogue",
    "skills",
    "index",
    "storage",
    "assistant",
    "safety",
    "testing",
    "settings",
    "runtime",
    "ui",
    "cli",
}
# package -> the packages it may import (errors.py is everyone's; a package may always import itself).
ALLOWED: dict[str, set[str]] = {
    "__init__": set(),
    "errors": set(),
    "settings": set(),
    "runtime": set(),  # what a serving process sets before numpy loads (app.py, cli)
    "domain": set(),
    "planner": {"domain"},
    "profiles": {"domain", "catalogue"},  # catalogue: only inside the default Europass/OB3 reader (lazily)
    "catalogue": {"domain"},
    "index": {"domain", "catalogue", "settings", "storage"},  # storage: versions shared through the database
    "skills": {"domain", "index", "settings", "runtime"},
    "safety": {"domain", "settings"},  # the pure core only (`domain.limits.binary_kind`, session 16)
    "storage": {"domain", "profiles", "safety"},
    "assistant": {"domain", "planner", "profiles", "catalogue", "skills", "index", "safety", "settings"},
    "testing": {"domain", "index"},
    "ui": EVERYTHING - {"cli"},
    "cli": EVERYTHING - {"ui"},
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _runtime_nodes(tree: ast.AST):
    """Every node except those under `if TYPE_CHECKING:` (imports for annotations only never run)."""
    todo = [tree]
    while todo:
        node = todo.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                todo.extend(child.orelse)
            else:
                todo.append(child)


def _imports(path: Path, known: set[str]) -> set[str]:
    """Every module `path` imports when run, anywhere in the file (`from pkg import sub` counts as
    `pkg.sub`)."""
    out: set[str] = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            subs = {f"{node.module}.{a.name}" for a in node.names} & known
            out.update(subs or {node.module})
            if len(subs) < len(node.names):
                out.add(node.module)
    return out


def _package(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {
        m: {i for i in _imports(p, set(modules)) if i.split(".")[0] == "pathfinder"}
        for m, p in modules.items()
    }


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_every_package_has_a_rule():
    top = {_package(m) for m in _modules()}
    assert top == set(ALLOWED), f"packages without an import rule: {sorted(top - set(ALLOWED))}"


def test_packages_import_only_what_the_rules_allow():
    wrong = []
    for module, targets in _graph().items():
        here = _package(module)
        for target in targets:
            there = _package(target)
            if there not in {here, "errors"} and there not in ALLOWED[here]:
                wrong.append(f"{module} imports {target} ({here} may not import {there})")
    assert not wrong, "\n".join(sorted(wrong))


def test_no_cycles_between_packages():
    graph: dict[str, set[str]] = defaultdict(set)
    for module, targets in _graph().items():
        graph[_package(module)].update(_package(t) for t in targets if _package(t) != _package(module))
    assert _cycles(graph) == []


def test_no_cycles_between_modules():
    graph = _graph()
    for (
        module
    ) in graph:  # importing a module runs its package's __init__ first, which must not import it back
        graph[module].discard(module.rpartition(".")[0])
    assert _cycles(graph) == []


def test_core_listed():
    """CORE_MODULES names exactly the core's modules on disk (so a new or removed module updates this
    test)."""
    on_disk = {m for m in _modules() if _package(m) in CORE}
    assert on_disk == set(CORE_MODULES)


def test_core_imports_no_adapters_in_source():
    modules = _modules()
    wrong = []
    for module in CORE_MODULES:
        for target in _imports(modules[module], set(modules)):
            if any(target == f or target.startswith(f + ".") for f in FORBIDDEN_IN_CORE):
                wrong.append(f"{module} imports {target}")
    assert not wrong, "\n".join(wrong)


def test_core_loads_no_adapters():
    """In a fresh interpreter, importing every core module loads none of FORBIDDEN_IN_CORE."""
    code = (
        f"import importlib, json, sys\nfor m in {CORE_MODULES!r}: "
        "importlib.import_module(m)\nbad = sorted(m for m in sys.modules if any(m == f or "
        f"m.startswith(f + '.') for f in {FORBIDDEN_IN_CORE!r}))\nprint(json.dumps(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr  # a missing core module fails here
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


def test_app_only_wires_the_ui():
    """app.py imports nothing of pathfinder but the UI (the Streamlit pages do the rest) and, first, the
    runtime set-up (one BLAS thread, before numpy loads)."""
    outside = {
        i
        for i in _imports(APP, set(_modules()))
        if i.startswith("pathfinder") and _package(i) not in ("ui", "runtime")
    }
    assert outside == set()


@pytest.mark.parametrize("rule", ["missing core module", "wrong-way import", "cycle"])
def test_the_checks_can_fail(rule, tmp_path):
    """The checkers themselves reject a broken tree (so the tests above cannot pass by checking nothing)."""
    if rule == "missing core module":
        code = "import importlib; importlib.import_module('pathfinder.domain.no_such_module')"
        assert subprocess.run([sys.executable, "-c", code], capture_output=True).returncode != 0
    elif rule == "wrong-way import":
        bad = tmp_path / "bad.py"
        bad.write_text("def f():\n    from pathfinder.storage.profiles import open_profile_store\n")
        assert "pathfinder.storage.profiles" in _imports(bad, set(_modules()))
    else:
        assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
