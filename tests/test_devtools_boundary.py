"""The product packages hold only the product.

Benchmarks, the emulator driver, the Sheets stand-in and synthetic data live in ``devtools/``
(the ``[dev]`` extra); no product module imports it or the tests (at module level or inside a
function, by statement or by a module name in a string), and no product file refers to ``tests/``.
The one exception is ``jejak.cli.load_dev_commands``, which adds ``jejak bench ...`` when devtools
is installed; without devtools the command does not exist.
"""
from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCT = ("knowledge", "ingest", "journal", "agent", "bot", "web", "jejak")
WIRING = ROOT / "jejak" / "cli.py"  # load_dev_commands: the one place that looks for devtools
DEV_MODULE = re.compile(r"^(devtools|tests)(\.\w+)*$")  # a module name, or a path part like "tests"
TEXT_SUFFIXES = {".py", ".html", ".js", ".css", ".md", ".txt", ".json", ".jsonl", ".csv"}


def _files(suffixes: set[str]) -> list[Path]:
    return [p for package in PRODUCT for p in sorted((ROOT / package).rglob("*"))
            if p.suffix in suffixes and "__pycache__" not in p.parts]


def _dev_references(path: Path, root: Path = ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [f"import {a.name}" for a in node.names if DEV_MODULE.match(a.name)]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and DEV_MODULE.match(node.module or ""):
            found.append(f"from {node.module} import ...")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and DEV_MODULE.match(node.value) \
                and not (path == WIRING and node.value.startswith("devtools")):
            found.append(repr(node.value))
    return [f"{path.relative_to(root)}:{ref}" for ref in found]


def test_no_product_module_imports_devtools_or_the_tests():
    files = _files({".py"})
    assert len(files) > 100 and WIRING in files
    assert [ref for path in files for ref in _dev_references(path)] == []


def test_no_product_file_refers_to_the_tests_folder():
    files = _files(TEXT_SUFFIXES)
    assert [str(p.relative_to(ROOT)) for p in files if "tests/" in p.read_text(encoding="utf-8", errors="replace")] == []


def test_the_boundary_check_sees_imports_inside_functions_and_module_names_in_strings(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from devtools.emulator import Emulator\n    import tests.conftest\n"
                      "    return importlib.import_module('devtools.bench_kb'), ROOT / 'tests' / 'e2e'\n")
    refs = {ref.split(":", 1)[1] for ref in _dev_references(sample, root=tmp_path)}
    assert refs == {"from devtools.emulator import ...", "import tests.conftest", "'devtools.bench_kb'", "'tests'"}


def test_without_devtools_there_is_no_bench_command():
    code = ("import sys; sys.modules['devtools'] = None  # as if the [dev] extra were not installed\n"
            "from jejak.cli import main\n"
            "main(sys.argv[1:])")
    run = lambda *args: subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True,  # noqa: E731
                                       text=True, timeout=120)
    help_ = run("--help")
    assert help_.returncode == 0, help_.stderr
    assert "bench" not in help_.stdout and "tanya" in help_.stdout
    bench = run("bench", "search")
    assert bench.returncode == 1 and "bench" in bench.stderr
