"""Retrieval quality on a labeled query set: recall@k, hit rate and MRR.

Each JSONL line: ``{"query": ..., "relevant": [{"source": file, "id"|"section"|"page": ...}],
"type": optional doc type}``. A relevant item matches a hit from the same source
file with the same record id, the same page, or a section path ending in (or
containing) the given section.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from knowledge.errors import KnowledgeError
from knowledge.hits import Hit


@dataclass
class QueryResult:
    query: str
    relevant: list[dict[str, Any]]
    found: int
    first_rank: int | None
    top: list[str]


@dataclass
class EvalResult:
    k: int
    results: list[QueryResult] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return sum(r.found / len(r.relevant) for r in self.results) / max(len(self.results), 1)

    @property
    def hit_rate(self) -> float:
        return sum(1 for r in self.results if r.found) / max(len(self.results), 1)

    @property
    def mrr(self) -> float:
        return sum(1 / r.first_rank for r in self.results if r.first_rank) / max(len(self.results), 1)

    @property
    def misses(self) -> list[QueryResult]:
        return [r for r in self.results if r.found < len(r.relevant)]


def load_queries(path: Path) -> list[dict[str, Any]]:
    """Read a JSONL file of retrieval queries; unreadable files and lines without query and relevant are refused."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise KnowledgeError(f"Berkas kueri '{path}' tidak bisa dibaca; periksa path-nya.") from exc
    out = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not item.get("query") or not item.get("relevant"):
                raise ValueError
        except ValueError as exc:
            raise KnowledgeError(f"Baris {n} di '{path}' bukan JSON kueri yang sah (perlu 'query' dan 'relevant').") from exc
        out.append(item)
    return out


def matches(rel: dict[str, Any], hit: Hit) -> bool:
    """Whether a hit is one of the relevant items, judged by the most specific key given (id, page or section)."""
    m = hit.metadata
    if rel.get("source") and rel["source"] != m.get("source"):
        return False
    if "id" in rel:
        return str(rel["id"]) == str(m.get("record_id", ""))
    if "page" in rel:
        return int(rel["page"]) == int(m.get("page") or 0)
    if "section" in rel:
        parts = [p.strip().lower() for p in str(m.get("section") or "").split(">")]
        return str(rel["section"]).strip().lower() in parts
    return True


def evaluate(kb, queries: list[dict[str, Any]], *, agency_id: str, k: int = 5) -> EvalResult:
    """Search every query and record how many relevant items came back and the rank of the first."""
    result = EvalResult(k)
    for item in queries:
        types = [item["type"]] if item.get("type") else None
        hits = kb.search(item["query"], agency_id=item.get("instansi", agency_id), types=types, k=k)
        found = sum(1 for rel in item["relevant"] if any(matches(rel, h) for h in hits))
        first = next((i for i, h in enumerate(hits, start=1) if any(matches(r, h) for r in item["relevant"])), None)
        result.results.append(QueryResult(item["query"], item["relevant"], found, first,
                                          [h.record_id or h.citation for h in hits]))
    return result
