"""One texts module per layer: each holds every user-facing text of its layer once (a name assigned twice
silently replaces the first text, as the bot's command menu once replaced the correction menu's line)."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ("agent", "bot", "ingest", "jejak", "journal", "web")


def _names(path: Path) -> Counter:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = Counter()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


@pytest.mark.parametrize("layer", LAYERS)
def test_each_layer_has_one_texts_module_and_each_name_once(layer):
    path = ROOT / layer / "texts.py"
    assert path.is_file(), f"{layer}/texts.py missing"
    twice = sorted(n for n, k in _names(path).items() if k > 1)
    assert twice == [], f"{layer}/texts.py assigns these twice: {twice}"


def test_the_check_sees_a_name_assigned_twice(tmp_path):
    sample = tmp_path / "texts.py"
    sample.write_text('MENU = "a"\nOTHER = "b"\nMENU = ("x",)\n', encoding="utf-8")
    assert _names(sample)["MENU"] == 2

