"""Imports point one way: a module imports only its own unit or a unit of a lower tier, and no import cycle.

The table below is the layer map of the package (docs/ARCHITECTURE.md draws the same one). Every import of a
`curation` module counts, at module top or inside a function, so a function-level import cannot hide an
upward dependency. Units of the same tier are siblings and must not import each other either.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "curation"

#: tier -> units; a unit -> the module prefixes it holds (a module belongs to its longest matching prefix).
TIERS: list[dict[str, list[str]]] = [
    {
        "foundation": [
            "curation",
            "curation.errors",
            "curation.atomic",
            "curation.jsonio",
            "curation.system_paths",
            "curation.locks",
            "curation.defaults",
            "curation.config_base",
            "curation.redact",
            "curation.outputs",
            "curation.tokens",
            "curation.workers",
        ]
    },
    # the domain spec, the record type, the ledger and the stage protocol every step above shares
    {"domain": ["curation.domain", "curation.records", "curation.ledger", "curation.stages.base"]},
    {"llm": ["curation.llm"]},
    {"readers": ["curation.ingest"]},
    {"stages": ["curation.stages"]},
    {"generate": ["curation.generate"], "analytics": ["curation.analytics"]},
    {"writers": ["curation.export"], "publish": ["curation.publish"]},
    {"pipeline": ["curation.build", "curation.config", "curation.project"]},
    {"cli": ["curation.cli"]},
]


def modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def imports(name: str, path: Path, known: dict[str, Path]) -> list[tuple[str, int]]:
    """(imported curation module, line) for every import statement in the module, wherever it sits."""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(a.name, node.lineno) for a in node.names if a.name.split(".")[0] == "curation"]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level > len(package):  # beyond the top of the package: an ImportError when it runs
                found.append((f"<{'.' * node.level}{base} beyond curation>", node.lineno))
                continue
            if node.level:
                base = ".".join(package[: len(package) - node.level + 1] + ([base] if base else []))
            if base.split(".")[0] != "curation":
                continue
            for alias in node.names:  # `from pkg import module` imports the module, else the package
                sub = f"{base}.{alias.name}"
                found.append((sub if sub in known else base, node.lineno))
    return found


def test_every_import_names_a_module():
    """Function-level imports run late: one left pointing at a moved module fails here, not in a user's run."""
    known = modules()
    broken = []
    for name, path in known.items():
        for target, line in imports(name, path, known):
            if target not in known:
                broken.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {target}")
    assert not broken, "imports of modules that do not exist:\n" + "\n".join(broken)


def test_scripts_tests_and_benchmarks_import_modules_that_exist():
    """A moved module leaves no stale import in the scripts, benchmarks or tests around the package (at any
    depth of a function): `from curation.x import y` needs a module x.y, or a name y the package x defines."""
    known = modules()
    broken = []
    for folder in ("scripts", "benchmarks", "tests"):
        for path in sorted((PACKAGE.parent / folder).glob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and not node.level and (node.module or "").startswith("curation"):
                    module = node.module or ""
                    if module not in known:
                        broken.append(f"{folder}/{path.name}:{node.lineno}: {module}")
                        continue
                    source = known[module].read_text(encoding="utf-8")
                    for alias in node.names:
                        if f"{module}.{alias.name}" not in known and alias.name not in source:
                            broken.append(f"{folder}/{path.name}:{node.lineno}: {module}.{alias.name}")
                elif isinstance(node, ast.Import):
                    broken += [
                        f"{folder}/{path.name}:{node.lineno}: {a.name}"
                        for a in node.names
                        if a.name.startswith("curation") and a.name not in known
                    ]
    assert not broken, "imports of curation modules that do not exist:\n" + "\n".join(broken)


def unit_of(module: str) -> tuple[str, int]:
    best = ("", -1, -1)
    for tier, units in enumerate(TIERS):
        for unit, prefixes in units.items():
            for p in prefixes:
                if (module == p or (p != "curation" and module.startswith(p + "."))) and len(p) > best[1]:
                    best = (unit, len(p), tier)
    assert best[2] >= 0, f"{module} is in no unit of the layer table (tests/test_layers.py)"
    return best[0], best[2]


def test_every_module_has_a_unit():
    for name in modules():
        unit_of(name)


def test_imports_point_down():
    known = modules()
    upward = []
    for name, path in known.items():
        unit, tier = unit_of(name)
        for target, line in imports(name, path, known):
            t_unit, t_tier = unit_of(target)
            if t_unit != unit and t_tier >= tier:
                kind = "sibling" if t_tier == tier else "upward"
                upward.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {kind} import {unit} -> {t_unit} ({target})")
    assert not upward, "imports against the layer order:\n" + "\n".join(upward)


def test_no_import_cycles():
    known = modules()
    graph = {
        name: {t for t, _ in imports(name, path, known) if t in known and t != name} for name, path in known.items()
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                cycles.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    assert not cycles, f"import cycles: {cycles}"


def test_the_checks_catch_what_they_are_for():
    """The table and the import reader see an upward, a sibling and a relative import for what they are."""
    assert unit_of("curation.stages.base") == ("domain", 1)
    assert unit_of("curation.stages.split")[0] == "stages"
    assert unit_of("curation")[0] == "foundation" and unit_of("curation.cli.build")[0] == "cli"
    assert unit_of("curation.ingest.manuscripts.pipeline")[1] < unit_of("curation.generate.runner")[1]
    assert unit_of("curation.export.card")[1] == unit_of("curation.publish.qlora")[1]  # siblings: no import
    known = modules()
    path = PACKAGE / "ingest" / "manuscripts" / "source.py"
    got = {t for t, _ in imports("curation.ingest.manuscripts.source", path, known)}
    assert "curation.stages.base" in got and "curation.ingest.manuscripts.pipeline" in got  # `...` and `.`
