"""Running the analyst over the data sets (the agencies' documents already ingested)."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from agent.evaluation.datasets import Dataset, load_items
from agent.evaluation.metrics import KINDS, Metrics, score
from agent.runner import analyze_text


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", (text or "").lower()))


def resolver(knowledge, agency: str) -> Callable[[str, str | None], str | None]:
    """Maps a label (a node's code, or for a node without a code of its own its exact text)
    to the node's id in the knowledge base; unknown labels stay as written (and count wrong)."""
    ids: dict[str, dict[str, str]] = {}
    for kind in ("probis", "pokin"):
        table: dict[str, str] = {}
        for rec in knowledge.records(agency, kind):
            text = rec.name if kind == "probis" else rec.statement
            table.setdefault(_norm(text), rec.id)
            table[rec.id.lower()] = rec.id
        ids[kind] = table

    def resolve(kind: str, label: str | None) -> str | None:
        if not label or kind not in ids:
            return label
        table = ids[kind]
        return table.get(str(label).lower()) or table.get(_norm(str(label))) or label

    return resolve


def with_ids(items: list[dict], resolve) -> list[dict]:
    """The items with their probis and pokin labels as node ids."""
    return [{**it, **{k: resolve(k, it[k]) for k in ("probis", "pokin") if k in it}} for it in items]


def uses_agency(item: dict) -> bool:
    """Lines of a person (or labelled with a node) are analysed against the agency's documents;
    the developers' set also has lines of other jobs, assessed for their values only."""
    return bool(item.get("nip") or item.get("probis") or item.get("pokin"))


@dataclass
class Result:
    dataset: Dataset
    items: list[dict]
    predictions: list[dict]
    metrics: Metrics


def evaluate(graph, knowledge, dataset: Dataset, items: list[dict] | None = None) -> Result:
    """Run a data set through the graph in analyze mode and score the results."""
    items = with_ids(items if items is not None else load_items(dataset.items), resolver(knowledge, dataset.agency))
    preds = [analyze_text(graph, it["text"], agency_id=dataset.agency if uses_agency(it) else None, nip=it.get("nip"))
             for it in items]
    return Result(dataset, items, preds, score(items, preds))


def pooled(results: list[Result]) -> Metrics:
    """One set of figures over several data sets' items."""
    items = [it for r in results for it in r.items]
    preds = [p for r in results for p in r.predictions]
    return score(items, preds)


__all__ = ["KINDS", "Result", "evaluate", "pooled", "resolver", "with_ids"]
