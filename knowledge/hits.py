"""What retrieval returns: a chunk with its score and its citation."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Hit:
    id: str  # chunk id
    text: str
    score: float  # fused score, higher is better
    metadata: dict[str, Any] = field(default_factory=dict)
    dense: float | None = None  # cosine similarity, when the dense side saw it
    lexical: float | None = None  # BM25 score, when the lexical side saw it

    @property
    def doc_type(self) -> str:
        return self.metadata.get("type", "other")

    @property
    def record_id(self) -> str | None:
        return self.metadata.get("record_id") or None

    @property
    def citation(self) -> str:
        return citation_of(self.metadata)


def citation_of(m: dict[str, Any]) -> str:
    """Human-readable source of a chunk: ``file hlm. 3`` or ``file baris 12``."""
    src = m.get("source", "?")
    if m.get("page"):
        return f"{src} hlm. {m['page']}"
    if m.get("row"):
        return f"{src} baris {m['row']}"
    if m.get("section"):
        return f"{src} § {m['section']}"
    return str(src)
