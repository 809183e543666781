"""Scoring every node of an agency's trees, and the person's own RHK, for one activity.

A node's rank score is a weighted sum of features (weights fitted by ``jejak eval
--fit`` across agencies, see ``calibrate_rank``):

- ``cos``, ``path_cos``: embedding similarity of the activity to the node's text, and to
  it read with the names of the nodes above it;
- ``bm25``, ``cover``, ``overlap``: shared words (BM25 relative to the best node, the
  IDF-weighted share of the activity's words the node has, the share of the node's words
  the activity has);
- ``terms``: both name the same known term (SPJ written short or in full), half when only
  a node above names it;
- ``unit``: the node (or anything below it) belongs to the person's unit;
- ``depth``, ``leaf``: the answer is the most specific node that fits;
- ``rhk_link``, ``rhk_home``, ``territory``: the SKP cascades from the trees, so the node
  the person's likely RHK speaks of, the node it belongs to, and how well the node fits
  any of the person's RHK;
- ``example``: the activity is close to a confirmed activity labelled with this node.

The RHK of the person are scored the same way from their own features. A softmax of the
rank scores gives each candidate's share; the answer's confidence is a calibrated
chance that the first candidate is right, and below a threshold the analyst says the
match is not certain instead of answering.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from agent.analyst.agency import Tree
from knowledge.glossary import Lexicon
from knowledge.text import coverage, overlap

TREE_FEATURES = ("cos", "path_cos", "bm25", "cover", "overlap", "terms", "unit", "depth", "leaf",
                 "rhk_link", "rhk_home", "territory", "example")
RHK_FEATURES = ("cos", "overlap", "cover", "terms", "joint", "home_cover", "example")
INHERITED = 0.5  # a known term only a node above the candidate names counts half

DEFAULT_WEIGHTS = {
    "probis": dict(cos=20.0, path_cos=10.0, bm25=1.0, cover=2.0, overlap=1.0, terms=1.0, unit=1.0, depth=0.0,
                   leaf=0.3, rhk_link=5.0, rhk_home=0.5, territory=2.0, example=3.0),
    "pokin": dict(cos=20.0, path_cos=10.0, bm25=1.0, cover=2.0, overlap=1.0, terms=1.0, unit=1.0, depth=0.5,
                  leaf=0.3, rhk_link=5.0, rhk_home=0.5, territory=2.0, example=3.0),
    "rhk": dict(cos=25.0, overlap=1.0, cover=2.0, terms=1.0, joint=5.0, home_cover=1.0, example=3.0),
}
DEFAULT_CONFIDENCE = {"a_margin": 1.0, "a_prob": 4.0, "bias": -2.0, "threshold": 0.5}


@dataclass(frozen=True)
class Query:
    """One activity as the analyst reads it."""

    text: str
    vec: np.ndarray
    lex: Lexicon
    tokens: frozenset[str]
    terms: frozenset[str]
    unit_tokens: frozenset[str] = frozenset()  # where the person works (unit, jabatan)

    @classmethod
    def of(cls, text: str, vec: np.ndarray, lex: Lexicon, unit: str | None = None) -> Query:
        return cls(text, vec, lex, frozenset(lex.tokens(text)), lex.acronyms(text),
                   frozenset(lex.documents.tokens(unit)) if unit else frozenset())


def _unit_shares(tree: Tree, person: frozenset[str], idf: dict[str, float]) -> np.ndarray:
    """Per node, the IDF-weighted share of its units' words (its own and those below it)
    found in where the person works."""
    top = max(idf.values(), default=1.0)
    shared = np.zeros(len(tree))
    for w in person:
        nodes = tree.unit_postings.get(w)
        if nodes is not None:
            shared[nodes] += idf.get(w, top)
    totals = tree.unit_totals if tree.unit_totals is not None else np.ones(len(tree))
    return np.divide(shared, totals, out=np.zeros(len(tree)), where=totals > 0)


@dataclass
class RhkContext:
    """What the person's RHK say about the trees: their vectors and words, and how likely each is meant."""

    vectors: np.ndarray  # (m, d)
    tokens: list[frozenset[str]]
    probs: np.ndarray  # (m,) share of each RHK for this activity


LEXICAL_AFFINITY = 0.5  # weight of shared words next to embedding similarity in RHK-node affinity


def affinity(vectors: np.ndarray, tokens: list[frozenset[str]], tree: Tree) -> np.ndarray:
    """(RHK, nodes): how well each node fits each RHK: embedding similarity plus the IDF-weighted
    share of the RHK's words the node has (an RHK usually quotes the node it cascades from)."""
    aff = vectors @ tree.vectors.T
    top = max(tree.idf.values(), default=1.0)
    for r, toks in enumerate(tokens):
        total = sum(tree.idf.get(w, top) for w in toks)
        if not total:
            continue
        shared = np.zeros(len(tree))
        for w in toks:
            nodes = tree.postings.get(w)
            if nodes is not None:
                shared[nodes] += tree.idf.get(w, top)
        aff[r] += LEXICAL_AFFINITY * shared / total
    return aff


def tree_features(tree: Tree, q: Query, rhk: RhkContext | None = None,
                  examples: np.ndarray | None = None, unit_idf: dict[str, float] | None = None) -> np.ndarray:
    """(nodes, TREE_FEATURES) for every node of ``tree``."""
    n = len(tree)
    f = np.zeros((n, len(TREE_FEATURES)), dtype=np.float64)
    if not n:
        return f
    f[:, 0] = tree.vectors @ q.vec
    f[:, 1] = tree.path_vectors @ q.vec
    bm = tree.bm25.scores(q.lex.tokenize(q.text))
    top = float(bm.max()) if len(bm) else 0.0
    f[:, 2] = bm / top if top > 0 else 0.0
    top_idf = max(tree.idf.values(), default=1.0)
    total = sum(tree.idf.get(w, top_idf) for w in q.tokens)
    for w in q.tokens:  # shared words, from the postings of the activity's own words
        nodes = tree.postings.get(w)
        if nodes is not None:
            f[nodes, 3] += tree.idf.get(w, top_idf)
            f[nodes, 4] += 1.0
    if total:
        f[:, 3] /= total
    f[:, 4] /= np.maximum(tree.sizes, 1.0)
    for w in q.terms:
        for postings, value in ((tree.scope_postings, INHERITED), (tree.term_postings, 1.0)):
            nodes = postings.get(w)
            if nodes is not None:
                f[nodes, 5] = np.maximum(f[nodes, 5], value)
    if q.unit_tokens:
        f[:, 6] = _unit_shares(tree, q.unit_tokens, unit_idf or {})
    depth_max = max(float(tree.depth.max()), 1.0)
    f[:, 7] = tree.depth / depth_max
    f[:, 8] = tree.leaf
    if rhk is not None and len(rhk.probs):
        aff = affinity(rhk.vectors, rhk.tokens, tree)
        f[:, 9] = rhk.probs @ aff
        home = np.zeros((len(rhk.probs), n))
        home[np.arange(len(rhk.probs)), np.argmax(aff, axis=1)] = 1.0
        f[:, 10] = rhk.probs @ home
        f[:, 11] = aff.max(axis=0)
    if examples is not None:
        f[:, 12] = examples
    return f


EXAMPLE_FLOOR = 0.7  # closeness below which an example says nothing (e5 similarities sit in 0.7-1)
EXAMPLE_WORDS = 0.5  # weight of shared words (IDF-weighted Jaccard) next to embedding similarity


def example_similarity(qvec: np.ndarray, qtokens: frozenset[str], vectors: np.ndarray,
                       tokens: list[frozenset[str]], idf: dict[str, float]) -> np.ndarray:
    """How alike an activity and each example are: embedding similarity plus the IDF-weighted
    share of the words they have in common (lines of the same work share its precise words:
    SKDR, PBB, SP2D), which tells same-node examples apart better than either alone."""
    sims = vectors @ qvec if len(tokens) else np.zeros(0)
    top = max(idf.values(), default=1.0)
    for i, t in enumerate(tokens):
        union = qtokens | t
        if union:
            sims[i] += EXAMPLE_WORDS * sum(idf.get(w, top) for w in qtokens & t) / sum(idf.get(w, top) for w in union)
    return sims


def example_closeness(ids: list[str], nearest: dict[str, float]) -> np.ndarray:
    """Per candidate, how close the nearest confirmed example labelled with it is to the
    activity: 0 for an identical one, down to ``EXAMPLE_FLOOR - 1`` for far or no examples
    (so the nearest example's label stands out, however close all examples are)."""
    return np.array([max(nearest.get(i, EXAMPLE_FLOOR), EXAMPLE_FLOOR) - 1.0 for i in ids])


def weights(kind: str, params: dict | None) -> np.ndarray:
    """The feature weights for a kind of ranking: the defaults overridden by the calibration's."""
    names = RHK_FEATURES if kind == "rhk" else TREE_FEATURES
    w = {**DEFAULT_WEIGHTS[kind], **((params or {}).get("weights") or {})}
    return np.array([w.get(k, 0.0) for k in names])


SHORTLIST = 20  # nodes the fitted weights re-rank, taken by the default weights first


def shortlist(feats: np.ndarray, kind: str) -> np.ndarray:
    """Indices of the candidates worth ranking closely: the first ``SHORTLIST`` by the default
    weights (fitting then learns to order plausible nodes, not to push hundreds of unrelated
    ones down, which held out generalises better across agencies)."""
    base = feats @ weights(kind, None)
    if len(base) <= SHORTLIST:
        return np.arange(len(base))
    return np.argsort(-base, kind="stable")[:SHORTLIST]


def rank_scores(feats: np.ndarray, kind: str, params: dict | None) -> np.ndarray:
    """Each candidate's rank score: fitted weights on the shortlist, -inf elsewhere."""
    out = np.full(len(feats), -np.inf)
    idx = shortlist(feats, kind)
    out[idx] = feats[idx] @ weights(kind, params)
    return out


def softmax(scores: np.ndarray) -> np.ndarray:
    """A softmax that tolerates -inf scores (excluded candidates) and empty input."""
    if not len(scores):
        return scores
    e = np.exp(np.where(np.isfinite(scores), scores - scores.max(), -np.inf))
    return e / e.sum()


def confidence(scores: np.ndarray, params: dict | None) -> float:
    """The calibrated chance that the first candidate (by ``scores``) is the right one."""
    if not len(scores):
        return 0.0
    c = {**DEFAULT_CONFIDENCE, **((params or {}).get("confidence") or {})}
    order = np.sort(scores[np.isfinite(scores)])[::-1]
    margin = float(order[0] - order[1]) if len(order) > 1 else 5.0
    prob = float(softmax(scores).max())
    z = c["a_margin"] * margin + c["a_prob"] * prob + c["bias"]
    return 1.0 / (1.0 + math.exp(-z))


def answer_threshold(params: dict | None) -> float:
    """The confidence below which the analyst asks instead of answering, from the calibration or the default."""
    return float({**DEFAULT_CONFIDENCE, **((params or {}).get("confidence") or {})}["threshold"])


def rhk_features(rhk_vectors: np.ndarray, rhk_texts: list[str], q: Query, trees: list[Tree],
                 idf: dict[str, float], examples: np.ndarray | None = None) -> np.ndarray:
    """(RHK, RHK_FEATURES) for the person's RHK (their search texts and vectors)."""
    m = len(rhk_texts)
    f = np.zeros((m, len(RHK_FEATURES)), dtype=np.float64)
    if not m:
        return f
    docs = q.lex.documents
    qtok = set(q.tokens)
    f[:, 0] = rhk_vectors @ q.vec
    homes: list[list[str]] = [[] for _ in range(m)]
    joint = np.zeros(m)
    toks = [frozenset(docs.tokens(t)) for t in rhk_texts]
    for tree in trees:
        aff = affinity(rhk_vectors, toks, tree)
        joint += np.max(aff + (tree.vectors @ q.vec)[None, :], axis=1) / 2 / max(1, len(trees))
        for r, i in enumerate(np.argmax(aff, axis=1)):
            homes[r].append(tree.texts[int(i)])
    for r, text in enumerate(rhk_texts):
        toks = docs.tokens(text)
        f[r, 1] = overlap(qtok, toks)
        f[r, 2] = coverage(qtok, toks, idf)
        f[r, 3] = 1.0 if q.terms and q.terms & docs.acronyms(text) else 0.0
        f[r, 5] = coverage(qtok, docs.tokens(" ".join([text] + homes[r])), idf) if trees else f[r, 2]
    f[:, 4] = joint
    if examples is not None:
        f[:, 6] = examples
    return f
