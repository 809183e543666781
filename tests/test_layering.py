"""The layering in docs/design.md, checked against every import of the product.

Every ``import`` and ``from … import`` anywhere in a module (module level, inside
functions, under ``if TYPE_CHECKING``) is read with ``ast`` and mapped to its
layer. The table under "Where things live" is the source of truth: an import the
table does not allow fails, so does any import of the wiring (``jejak``) or of
``devtools`` from the product, and any cycle between modules.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DESIGN = ROOT / "docs" / "design.md"
PRODUCT = ("knowledge", "ingest", "journal", "agent", "bot", "web", "jejak")
LAYERS = PRODUCT + ("devtools",)


def allowed_imports(design: str) -> dict[str, set[str] | None]:
    """folder -> what it may import: layer names or dotted modules; None for everything."""
    section = design.split("## Where things live", 1)[1]
    out: dict[str, set[str] | None] = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        m = re.match(r"`(\w+)/`", cells[0]) if len(cells) == 3 else None
        if not m:
            continue
        rule = cells[2]
        if rule.startswith("everything"):
            out[m.group(1)] = None
        elif rule.startswith("nothing of ours"):
            out[m.group(1)] = set(re.findall(r"`([\w.]+)`", rule))
        else:
            out[m.group(1)] = {w.strip() for w in rule.split(",") if w.strip()}
    return out


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(root: Path, layers=LAYERS) -> dict[str, list[tuple[str, int]]]:
    """module -> [(imported project module, line)] for every import statement in it."""
    out: dict[str, list[tuple[str, int]]] = {}
    for layer in layers:
        for path in sorted((root / layer).rglob("*.py")):
            mod = module_name(root, path)
            found = out.setdefault(mod, [])
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom):
                    base = node.module or ""
                    if node.level:  # relative: resolve against the importing package
                        pkg = mod.split(".")[: len(mod.split(".")) - node.level + (path.name == "__init__.py")]
                        base = ".".join(pkg + ([base] if base else []))
                    # `from pkg import sub` imports the submodule when there is one
                    names = [f"{base}.{a.name}" if (root / base.replace(".", "/") / a.name).with_suffix(".py").exists()
                             or (root / base.replace(".", "/") / a.name / "__init__.py").exists() else base
                             for a in node.names]
                else:
                    continue
                found += [(n, node.lineno) for n in names if n.split(".")[0] in layers]
    return out


def allows(rule: set[str] | None, layer: str, target: str) -> bool:
    top = target.split(".")[0]
    if top == layer or rule is None:
        return True
    return top in rule or any(target == r or target.startswith(r + ".") for r in rule)


def violations(root: Path, rules: dict[str, set[str] | None]) -> list[str]:
    bad = []
    for mod, targets in imports_of(root).items():
        layer = mod.split(".")[0]
        for target, line in targets:
            top = target.split(".")[0]
            if layer in PRODUCT and top in ("jejak", "devtools") and layer != top:
                bad.append(f"{mod}:{line} imports {target} (the wiring and devtools are never imported from below)")
            elif not allows(rules.get(layer, set()), layer, target):
                bad.append(f"{mod}:{line} imports {target}, which docs/design.md does not allow for {layer}/")
    return bad


def cycles(root: Path) -> list[list[str]]:
    """Strongly connected groups of modules (more than one) in the import graph."""
    graph = imports_of(root)
    modules = set(graph)

    def resolve(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    edges = {m: {r for t, _ in ts if (r := resolve(t)) and r != m} for m, ts in graph.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan, iterative over each node's edges
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def test_design_table_names_every_layer():
    rules = allowed_imports(DESIGN.read_text(encoding="utf-8"))
    assert set(LAYERS) <= set(rules)
    assert rules["knowledge"] == set() and rules["jejak"] is None and "journal" in rules["agent"]
    assert "knowledge.models" in rules["journal"]


def test_every_import_is_allowed_by_the_design_table():
    rules = allowed_imports(DESIGN.read_text(encoding="utf-8"))
    assert violations(ROOT, rules) == []


def test_no_import_cycles_between_modules():
    assert cycles(ROOT) == []


def test_the_checker_catches_a_forbidden_import_inside_a_function_and_a_cycle(tmp_path):
    for layer in LAYERS:
        (tmp_path / layer).mkdir()
        (tmp_path / layer / "__init__.py").write_text("")
    (tmp_path / "journal" / "a.py").write_text("def f():\n    from agent import b\n    import jejak.cli\n")
    (tmp_path / "agent" / "b.py").write_text("from journal.a import f\n")
    (tmp_path / "knowledge" / "c.py").write_text("from knowledge import d\n")
    (tmp_path / "knowledge" / "d.py").write_text("from . import c\n")
    rules = allowed_imports(DESIGN.read_text(encoding="utf-8"))
    bad = violations(tmp_path, rules)
    assert any("journal.a:2 imports agent.b" in b for b in bad)
    assert any("journal.a:3 imports jejak.cli" in b and "wiring" in b for b in bad)
    assert len(bad) == 2
    assert cycles(tmp_path) == [["agent.b", "journal.a"], ["knowledge.c", "knowledge.d"]]
