"""The labelled data sets of ``jejak eval``.

- ``dsis``: the sample agency's set, written by the developers while building
  (a regression set: it flatters the analyst, so it is never the target);
- one set per agency folder under ``agent/data/eval/<agency>/``: real or
  assembled agency documents (``docs/``) with activity lines written blind by
  people who saw only the documents and a description of the staff's jobs
  (``activities.jsonl``); a later, untouched batch (``activities_final.jsonl``)
  is reported on its own.

Each line: {"id", "nip", "text", "probis", "pokin", "rhk", "berakhlak": [...]};
``probis``/``pokin`` name a node by its code or, for a node without a code of its
own (a parent in a flat sheet), by its exact text; null when no node fits.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import knowledge
from knowledge.berakhlak import by_name

DATA = Path(__file__).resolve().parents[1] / "data"
DEVSET = DATA / "devset.jsonl"
AGENCIES = DATA / "eval"
SAMPLE_PACK = Path(knowledge.__file__).resolve().parent / "samples" / "dsis"


@dataclass(frozen=True)
class Dataset:
    name: str
    agency: str  # the agency id its documents are ingested under
    docs: Path
    items: Path
    blind: bool  # written by someone who never saw the analyst
    final: bool = False  # the untouched last batch

    @property
    def label(self) -> str:
        kind = "buta, akhir" if self.final else ("buta" if self.blind else "buatan pengembang")
        return f"{self.name} ({kind})"


def discover(root: Path = AGENCIES, devset: Path = DEVSET) -> list[Dataset]:
    """Every data set: the developers' set first, then each agency's blind sets."""
    out = [Dataset("dsis", "dsis", SAMPLE_PACK, devset, blind=False)] if devset.exists() else []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()) if root.exists() else []:
        for name, final in (("activities.jsonl", False), ("activities_final.jsonl", True)):
            if (folder / name).exists() and (folder / "docs").is_dir():
                out.append(Dataset(folder.name, folder.name, folder / "docs", folder / name, blind=True, final=final))
    return out


def load_items(path: str | Path) -> list[dict[str, Any]]:
    """Read a JSONL evaluation file, with canonical value names and an id for rows that lack one."""
    items = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            row = json.loads(line)
            row["berakhlak"] = [by_name(v).name for v in row.get("berakhlak") or []]
            row.setdefault("id", f"baris-{n}")
            items.append(row)
    return items
