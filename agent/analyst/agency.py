"""What the analyst knows of one agency, built once per revision of its knowledge:
its process map (probis) and performance tree (pokin) as arrays the analyst scores
every node of at once.

Per node: its text and the texts of the nodes above it (a sub-process inherits
what its parents name), passage vectors of both, content tokens and the known
terms they name, its depth and whether it is a leaf (the answer is the most
specific node that fits), and the units owning it or anything below it (a
person works in their unit's part of the tree). Nothing here is specific to one
agency: the same arrays come from any table layout ``ingest.trees`` reads.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from agent.analyst.candidates import rhk_examples, tree_rows
from agent.analyst.types import Candidate
from knowledge.bm25 import BM25Index
from knowledge.glossary import Lexicon
from knowledge.text import idf_table

KINDS = ("probis", "pokin")
PATH_NAMES = 3  # ancestors named in a node's path text


@dataclass
class Tree:
    """One agency tree (probis or pokin) as arrays, nodes in document order."""

    kind: str
    ids: list[str]
    names: list[str]
    texts: list[str]  # what is embedded and matched: the name with its output or indicators
    details: list[str | None]  # output (probis) or "indicator | indicator" (pokin)
    units: list[str | None]
    citations: list[str]
    parent: np.ndarray  # index of the parent, -1 for a root
    examples: list[list[str]] = field(default_factory=list)  # example activities the documents give per node
    index: dict[str, int] = field(default_factory=dict)
    depth: np.ndarray = field(default_factory=lambda: np.zeros(0))
    leaf: np.ndarray = field(default_factory=lambda: np.zeros(0))
    children: list[list[int]] = field(default_factory=list)
    path_texts: list[str] = field(default_factory=list)
    # filled by ``prepare`` (they need the embedder and the glossary)
    vectors: np.ndarray | None = None
    path_vectors: np.ndarray | None = None
    tokens: list[frozenset[str]] = field(default_factory=list)
    unit_tokens: list[frozenset[str]] = field(default_factory=list)
    terms: list[frozenset[str]] = field(default_factory=list)  # known terms a node names
    scope_terms: list[frozenset[str]] = field(default_factory=list)  # ... and the nodes above it
    idf: dict[str, float] = field(default_factory=dict)
    bm25: BM25Index | None = None
    postings: dict[str, np.ndarray] = field(default_factory=dict)  # token -> nodes naming it
    unit_postings: dict[str, np.ndarray] = field(default_factory=dict)  # unit word -> nodes it owns
    term_postings: dict[str, np.ndarray] = field(default_factory=dict)  # known term -> nodes naming it
    scope_postings: dict[str, np.ndarray] = field(default_factory=dict)  # ... or a node above it
    sizes: np.ndarray | None = None  # content tokens per node
    unit_totals: np.ndarray | None = None  # IDF weight of each node's unit words (set with the agency's unit IDF)

    def __post_init__(self) -> None:
        n = len(self.ids)
        self.index = {node: i for i, node in enumerate(self.ids)}
        self.children = [[] for _ in range(n)]
        for i, p in enumerate(self.parent):
            if p >= 0:
                self.children[p].append(i)
        self.depth = np.array([len(self.ancestors(i)) for i in range(n)], dtype=float)
        self.leaf = np.array([not c for c in self.children], dtype=float)
        self.path_texts = [". ".join([self.texts[i]] + [self.names[a] for a in self.ancestors(i)[:PATH_NAMES]])
                           for i in range(n)]

    def __len__(self) -> int:
        return len(self.ids)

    def ancestors(self, i: int) -> list[int]:
        """Indices of the nodes above ``i``, nearest first."""
        out, seen = [], {i}
        p = int(self.parent[i])
        while p >= 0 and p not in seen:
            out.append(p)
            seen.add(p)
            p = int(self.parent[p])
        return out

    def subtree(self, i: int) -> list[int]:
        out, todo = [], [i]
        while todo:
            j = todo.pop()
            out.append(j)
            todo.extend(self.children[j])
        return out

    def path(self, i: int) -> list[str]:
        """Ids from the root down to ``i``."""
        return [self.ids[a] for a in reversed(self.ancestors(i))] + [self.ids[i]]

    def candidate(self, i: int) -> Candidate:
        return Candidate(id=self.ids[i], text=self.names[i], kind=self.kind, citation=self.citations[i],
                         detail=self.details[i], search_text=self.texts[i], unit=self.units[i],
                         parent=self.ids[int(self.parent[i])] if self.parent[i] >= 0 else None,
                         path=self.path(i))

    def prepare(self, vectors, lex: Lexicon) -> Tree:
        """Vectors, tokens and indices (once per knowledge revision)."""
        docs = lex.documents
        self.vectors = vectors.documents(self.texts) if self.ids else np.zeros((0, 1), np.float32)
        self.path_vectors = vectors.documents(self.path_texts) if self.ids else np.zeros((0, 1), np.float32)
        self.tokens = [frozenset(docs.tokens(t)) for t in self.texts]
        self.terms = [docs.acronyms(t) for t in self.texts]
        self.scope_terms = [frozenset().union(*(self.terms[a] for a in self.ancestors(i))) if self.ancestors(i)
                            else frozenset() for i in range(len(self))]
        own_units = [frozenset(docs.tokens(u)) if u else frozenset() for u in self.units]
        self.unit_tokens = []
        for i in range(len(self)):  # a node belongs to the units owning it or anything below it
            toks: set[str] = set()
            for j in self.subtree(i):
                toks |= own_units[j]
            self.unit_tokens.append(frozenset(toks))
        self.idf = idf_table([list(t) for t in self.tokens])
        self.bm25 = BM25Index([docs.tokenize(t) for t in self.path_texts])
        self.postings = _postings(self.tokens)
        self.unit_postings = _postings(self.unit_tokens)
        self.term_postings = _postings(self.terms)
        self.scope_postings = _postings(self.scope_terms)
        self.sizes = np.array([len(t) for t in self.tokens], dtype=float)
        self.unit_totals = np.array([float(len(u)) for u in self.unit_tokens])  # until the agency's unit IDF
        return self


def _postings(sets: list[frozenset[str]]) -> dict[str, np.ndarray]:
    out: dict[str, list[int]] = {}
    for i, s in enumerate(sets):
        for w in s:
            out.setdefault(w, []).append(i)
    return {w: np.array(v, dtype=int) for w, v in out.items()}


def build_tree(kind: str, sourced: list[tuple[object, str]]) -> Tree:
    """A tree from an agency's records of ``kind`` (``KnowledgeBase.sourced_records``)."""
    rows = tree_rows(kind, sourced)
    index = {r["id"]: i for i, r in enumerate(rows)}
    parent = np.array([index.get(r["parent"], -1) for r in rows], dtype=int)
    return Tree(kind, [r["id"] for r in rows], [r["name"] for r in rows], [r["text"] for r in rows],
                [r["detail"] for r in rows], [r["unit"] for r in rows], [r["citation"] for r in rows], parent,
                [r["examples"] for r in rows])


@dataclass
class Agency:
    """An agency's trees and who works where."""

    trees: dict[str, Tree]
    units: dict[str, str]  # nip -> "unit, jabatan" (where the person works)
    supervisor: dict[str, str | None]
    unit_idf: dict[str, float] = field(default_factory=dict)  # rarity of unit words (generic ones weigh little)
    rhk_examples: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (nip, RHK code, examples)

    def tree(self, kind: str) -> Tree | None:
        t = self.trees.get(kind)
        return t if t is not None and len(t) else None


def build_agency(knowledge, agency_id: str, vectors, lex: Lexicon) -> Agency:
    """An agency's trees, staff units and unit IDF built once, so every assessment in that agency reuses them."""
    trees = {kind: build_tree(kind, knowledge.sourced_records(agency_id, kind)).prepare(vectors, lex)
             for kind in KINDS}
    staff = knowledge.records(agency_id, "staff")
    units = {s.nip: ", ".join(p for p in (s.unit, s.jabatan) if p) for s in staff}
    docs = lex.documents
    unit_texts = [u for t in trees.values() for u in t.units if u] + [s.unit for s in staff if s.unit]
    unit_idf = idf_table([docs.tokens(u) for u in dict.fromkeys(unit_texts)])
    top = max(unit_idf.values(), default=1.0)
    for t in trees.values():
        t.unit_totals = np.array([sum(unit_idf.get(w, top) for w in u) for u in t.unit_tokens])
    return Agency(trees, units, {s.nip: s.supervisor_nip for s in staff}, unit_idf, rhk_examples(knowledge, agency_id))
