"""The embedded analyst: deterministic, offline, one query embedding per activity.

BerAKHLAK from calibrated value scoring (``values``). RHK, probis and pokin: every
one of the person's RHK and every node of the agency's trees is scored
(``scoring``), the RHK first, since which RHK the activity serves points at where
in the trees it belongs. The first candidate is the answer when its calibrated
confidence reaches the threshold; otherwise the analyst says it is not certain and
offers the first candidates to choose from.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field

import numpy as np

from agent.analyst import calibration
from agent.analyst import values as V
from agent.analyst.agency import Agency, Tree
from agent.analyst.scoring import (
    Query,
    RhkContext,
    answer_threshold,
    confidence,
    example_closeness,
    rank_scores,
    rhk_features,
    softmax,
    tree_features,
)
from agent.analyst.types import Assessment, Candidate, Match, level_for
from agent.analyst.vectors import Vectors
from knowledge.berakhlak import VALUES
from knowledge.glossary import Lexicon
from knowledge.text import overlap

ALTERNATIVES = 8  # candidates kept per kind, in order (recall is measured at this depth)


@dataclass
class Inputs:
    """Everything the analyst weighs for one activity."""

    query: Query
    agency: Agency | None = None
    rhk: list[Candidate] = field(default_factory=list)  # the person's own RHK
    rhk_idf: dict[str, float] = field(default_factory=dict)
    examples: dict[str, dict[str, float]] = field(default_factory=dict)  # kind -> id -> nearest example's similarity
    profile: dict | None = None  # the person (name, jabatan, unit), for an LLM's prompt


@dataclass
class Ranked:
    """One kind's candidates in the analyst's order, with their features."""

    candidates: list[Candidate]
    feats: np.ndarray
    scores: np.ndarray
    order: np.ndarray
    confidence: float


def _example_column(ids: list[str], examples: dict[str, float] | None) -> np.ndarray | None:
    return example_closeness(ids, examples) if examples else None


def rank_rhk(inputs: Inputs, vectors: Vectors, params: dict) -> Ranked | None:
    """Rank the staff member's RHK candidates, using the agency trees and past examples as extra evidence."""
    cands = inputs.rhk
    if not cands:
        return None
    texts = [c.search_text or c.text for c in cands]
    trees = [t for t in (inputs.agency.tree(k) for k in ("pokin", "probis")) if t is not None] \
        if inputs.agency else []
    feats = rhk_features(vectors.documents(texts), texts, inputs.query, trees, inputs.rhk_idf,
                         _example_column([c.id for c in cands], inputs.examples.get("rhk")))
    return _ranked(cands, feats, params.get("rhk"), "rhk")


def _ranked(cands: list[Candidate], feats: np.ndarray, params: dict | None, kind: str) -> Ranked:
    scores = rank_scores(feats, kind, params)
    order = np.argsort(-scores, kind="stable")
    return Ranked(cands, feats, scores, order, confidence(scores, params))


def rank_tree(tree: Tree, inputs: Inputs, rhk: Ranked | None, vectors: Vectors, params: dict | None) -> Ranked:
    """Rank a tree's nodes, using the RHK ranking (if any) as context, and keep the best alternatives."""
    ctx = None
    if rhk is not None:
        texts = [c.search_text or c.text for c in rhk.candidates]
        docs = inputs.query.lex.documents
        ctx = RhkContext(vectors.documents(texts), [frozenset(docs.tokens(t)) for t in texts], softmax(rhk.scores))
    feats = tree_features(tree, inputs.query, ctx, _example_column(tree.ids, inputs.examples.get(tree.kind)),
                          inputs.agency.unit_idf if inputs.agency else None)
    scores = rank_scores(feats, tree.kind, params)
    order = np.argsort(-scores, kind="stable")
    top = order[:ALTERNATIVES]
    cands = [tree.candidate(int(i)) for i in top]
    return Ranked(cands, feats[top], scores[top], np.arange(len(top)), confidence(scores, params))


def matches(r: Ranked | None) -> list[Match]:
    """The first candidates as Matches, the first with the confidence as its percent."""
    if r is None:
        return []
    out = []
    for rank, i in enumerate(r.order[:ALTERNATIVES]):
        c = r.candidates[int(i)]
        pct = round(100.0 * r.confidence, 1) if rank == 0 else 0.0
        out.append(Match(id=c.id, text=c.text, score=pct, level=level_for(pct), citation=c.citation,
                         detail=c.detail, path=list(c.path)))
    return out


def answer(alts: list[Match], r: Ranked | None, params: dict | None) -> Match | None:
    """The first candidate, when the analyst is confident enough to give it as the answer."""
    if not alts or r is None or r.confidence < answer_threshold(params):
        return None
    return alts[0]


class EmbeddedAnalyst:
    name = "embedded"

    def __init__(self, vectors: Vectors, params: dict | None = None):
        self.vectors = vectors
        self.params = params if params is not None else calibration.defaults()
        self._items: V.ValueItems | None = None
        self._items_lock = threading.Lock()

    def items(self) -> V.ValueItems:
        """The value guides and indicators with their vectors, computed once."""
        with self._items_lock:
            if self._items is None:
                self._items = V.value_items(self.vectors)
            return self._items

    def warm_up(self) -> None:
        self.items()

    def value_scores(self, qvec: np.ndarray, text: str, lex: Lexicon | None = None
                     ) -> tuple[np.ndarray, np.ndarray, list[int], list[list[str]]]:
        items = self.items()
        feats, best, kws = V.features(qvec, text, items, lex)
        return feats, V.probabilities(feats, self.params), best, kws

    def rank(self, inputs: Inputs, params: dict | None = None) -> dict[str, Ranked | None]:
        """Every kind's candidates in order (RHK first: they point at where in the trees the work is)."""
        params = params or self.params
        out: dict[str, Ranked | None] = {"rhk": rank_rhk(inputs, self.vectors, params)}
        for kind in ("probis", "pokin"):
            tree = inputs.agency.tree(kind) if inputs.agency else None
            out[kind] = rank_tree(tree, inputs, out["rhk"], self.vectors, params.get(kind)) if tree else None
        return out

    def assess(self, inputs: Inputs) -> Assessment:
        q = inputs.query
        items = self.items()
        _, probs, best, kws = self.value_scores(q.vec, q.text, q.lex)
        order = [int(i) for i in np.argsort(-probs, kind="stable")]
        chosen = V.select(probs, self.params)
        evidence = {}
        for i in chosen:
            ev = items.texts[best[i]]
            if kws[i]:
                ev = f"{ev} (kata kunci: {', '.join(kws[i][:2])})"
            evidence[VALUES[i].name] = ev
        params = self.params
        ranked = self.rank(inputs, params)
        alternatives = {kind: matches(r) for kind, r in ranked.items()}
        picked = {kind: answer(alternatives[kind], r, params.get(kind)) for kind, r in ranked.items()}
        if picked["pokin"] is not None:
            picked["pokin"].detail = best_indicator(q.text, picked["pokin"].detail, q.lex)
        return Assessment(
            berakhlak=[VALUES[i].name for i in chosen],
            ranking=[VALUES[i].name for i in order],
            scores={VALUES[i].name: round(float(probs[i]), 3) for i in order},
            evidence=evidence,
            probis=picked["probis"], pokin=picked["pokin"], rhk=picked["rhk"],
            analyst=self.name,
            alternatives={k: v for k, v in alternatives.items() if v},
        )


def best_indicator(text: str, indicators: str | None, lex: Lexicon | None = None) -> str | None:
    """The pokin indicator (of ``a | b | c``) that the activity speaks to most."""
    if not indicators:
        return None
    lex = lex or Lexicon.default()
    options = [i.strip() for i in indicators.split("|") if i.strip()]
    q = set(lex.tokens(text))
    return max(options, key=lambda o: overlap(q, lex.documents.tokens(o))) if options else None
