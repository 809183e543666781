"""Fitting the analyst's ranking and confidence across agencies (``jejak eval --fit``).

For every labelled activity the features of every candidate are collected once:
the person's RHK, and every node of the agency's trees (``scoring``). Then:

- the weights of each kind by a conditional logit (the labelled candidate's share
  of a softmax over the item's candidates, L2 on standardised features): RHK first,
  since the likely RHK feeds the tree features;
- the weight of the ``example`` feature from a second view of each item in which the
  other items of its agency (its person, for RHK) stand in as confirmed examples;
- the confidence: a logistic regression of "the first candidate is right" on the
  score margin and the first candidate's share, fitted on held-out scores, and the
  threshold that keeps answers right at least ``TARGET_PRECISION`` of the time.

``leave_one_agency_out`` reports each agency's figures with everything fitted on the
others, so the figures are those of an agency the analyst has never seen.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from agent.analyst.scoring import RHK_FEATURES, TREE_FEATURES, example_closeness, example_similarity, shortlist, softmax
from knowledge.text import idf_table

KINDS = ("rhk", "probis", "pokin")
L2 = {"rhk": 0.05, "probis": 0.2, "pokin": 0.2}
TARGET_PRECISION = 0.9
EXAMPLE_COL = {"rhk": RHK_FEATURES.index("example"), "probis": TREE_FEATURES.index("example"),
               "pokin": TREE_FEATURES.index("example")}
LINK, HOME, TERRITORY = (TREE_FEATURES.index(k) for k in ("rhk_link", "rhk_home", "territory"))


@dataclass
class KindData:
    feats: np.ndarray  # (candidates, features), example column empty
    ids: list[str]
    gold: int  # index of the labelled candidate, -1 when none fits or it is missing
    aff: np.ndarray | None = None  # trees: (RHK, nodes) affinity, for the RHK-dependent columns


@dataclass
class Item:
    dataset: str
    agency: str
    nip: str | None
    qvec: np.ndarray
    labels: dict[str, str | None]
    tokens: frozenset[str] = frozenset()
    kinds: dict[str, KindData] = field(default_factory=dict)
    values: np.ndarray | None = None  # (7, 3) value features
    values_gold: np.ndarray | None = None


def example_column(item: Item, kind: str, pool: list[Item]) -> np.ndarray:
    """Per candidate, the closeness of the nearest other item labelled with it (same agency;
    same person for RHK): what confirmed examples would add (``scoring.example_closeness``)."""
    kd = item.kinds[kind]
    others = [o for o in pool if o is not item and o.agency == item.agency and o.labels.get(kind)
              and (kind != "rhk" or o.nip == item.nip)]
    sims: dict[str, float] = {}
    if others:
        idf = idf_table([list(o.tokens) for o in others])
        values = example_similarity(item.qvec, item.tokens, np.stack([o.qvec for o in others]),
                                    [o.tokens for o in others], idf)
        for o, v in zip(others, values, strict=True):
            label = o.labels[kind]
            sims[label] = max(sims.get(label, -1.0), float(v))
    return example_closeness(kd.ids, sims)


def matrix(item: Item, kind: str, w_rhk: np.ndarray | None, examples: np.ndarray | None) -> np.ndarray:
    """The item's candidate features for ``kind`` with the RHK-dependent and example columns filled."""
    kd = item.kinds[kind]
    x = kd.feats.copy()
    if kind != "rhk" and kd.aff is not None and w_rhk is not None and "rhk" in item.kinds:
        rk = item.kinds["rhk"]
        probs = softmax(rk.feats @ w_rhk)
        x[:, LINK] = probs @ kd.aff
        home = np.zeros_like(kd.aff)
        home[np.arange(len(probs)), np.argmax(kd.aff, axis=1)] = 1.0
        x[:, HOME] = probs @ home
        x[:, TERRITORY] = kd.aff.max(axis=0)
    if examples is not None:
        x[:, EXAMPLE_COL[kind]] = examples
    return x


def fit_logit(groups: list[tuple[np.ndarray, int]], l2: float, steps: int = 300, lr: float = 0.5) -> np.ndarray:
    """Weights maximising the labelled candidate's softmax share within its group."""
    groups = [(x, g) for x, g in groups if g >= 0 and len(x) > 1]
    if not groups:
        return np.array([])
    x = np.concatenate([g[0] for g in groups])
    lengths = np.array([len(g[0]) for g in groups])
    starts = np.r_[0, np.cumsum(lengths)[:-1]]
    gold = starts + np.array([g[1] for g in groups])
    mu, sd = x.mean(axis=0), x.std(axis=0)
    live = sd > 1e-9
    z = np.where(live, (x - mu) / np.where(live, sd, 1.0), 0.0)
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        r = z @ w
        r = r - np.repeat(np.maximum.reduceat(r, starts), lengths)
        e = np.exp(r)
        prob = e / np.repeat(np.add.reduceat(e, starts), lengths)
        expected = np.add.reduceat(z * prob[:, None], starts)
        grad = (expected - z[gold]).mean(axis=0) + l2 * w
        w -= lr * grad
    return np.where(live, w / np.where(live, sd, 1.0), 0.0)


@dataclass
class Fitted:
    weights: dict[str, np.ndarray]

    def scores(self, item: Item, kind: str, examples: np.ndarray | None = None) -> np.ndarray:
        w = self.weights.get(kind)
        if w is None or not len(w):
            return np.zeros(0)
        x = matrix(item, kind, self.weights.get("rhk"), examples)
        out = np.full(len(x), -np.inf)
        idx = shortlist(x, kind)
        out[idx] = x[idx] @ w
        return out


def _group(x: np.ndarray, gold: int, kind: str) -> tuple[np.ndarray, int] | None:
    """The item's shortlist (``scoring.shortlist``) and the labelled candidate's place in it."""
    idx = shortlist(x, kind)
    where = np.flatnonzero(idx == gold)
    return (x[idx], int(where[0])) if len(where) else None


def fit(items: list[Item], views: bool = True) -> Fitted:
    """Ranking weights of every kind on ``items`` (with a second, example-bearing view of each)."""
    weights: dict[str, np.ndarray] = {}
    for kind in KINDS:
        groups = []
        for it in items:
            if kind not in it.kinds or it.kinds[kind].gold < 0:
                continue
            mats = [matrix(it, kind, weights.get("rhk"), None)]
            if views:
                mats.append(matrix(it, kind, weights.get("rhk"), example_column(it, kind, items)))
            groups += [g for g in (_group(x, it.kinds[kind].gold, kind) for x in mats) if g is not None]
        weights[kind] = fit_logit(groups, L2[kind])
    return Fitted(weights)


def margin_and_share(scores: np.ndarray) -> tuple[float, float]:
    """The gap between the two best scores and the top softmax share: the features confidence is fitted on."""
    order = np.sort(scores[np.isfinite(scores)])[::-1]
    margin = float(order[0] - order[1]) if len(order) > 1 else 5.0
    return margin, float(softmax(scores).max())


def fit_confidence(rows: list[tuple[float, float, bool]], l2: float = 0.01, steps: int = 3000) -> dict:
    """Logistic "first candidate right" on (margin, share), then the lowest threshold whose
    answers are right at least ``TARGET_PRECISION`` of the time (held-out rows)."""
    if len(rows) < 10 or len({r[2] for r in rows}) < 2:
        return {}
    x = np.array([[m, p] for m, p, _ in rows])
    y = np.array([float(r) for _, _, r in rows])
    mu, sd = x.mean(axis=0), np.maximum(x.std(axis=0), 1e-6)
    z = (x - mu) / sd
    w, b = np.zeros(2), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(z @ w + b)))
        w -= 0.5 * (z.T @ (p - y) / len(y) + l2 * w)
        b -= 0.5 * float(np.mean(p - y))
    a = w / sd
    bias = b - float(a @ mu)
    conf = 1 / (1 + np.exp(-(x @ a + bias)))
    threshold = choose_threshold(conf, y)
    return {"a_margin": float(a[0]), "a_prob": float(a[1]), "bias": float(bias), "threshold": threshold}


def choose_threshold(conf: np.ndarray, right: np.ndarray) -> float:
    """The lowest threshold at which answers are right at least ``TARGET_PRECISION`` of the
    time (so the analyst answers as often as it can while staying that right)."""
    for t in np.arange(0.05, 0.96, 0.01):
        answered = conf >= t
        if answered.sum() >= 5 and right[answered].mean() >= TARGET_PRECISION:
            return float(round(t, 2))
    return 0.95


def params(fitted: Fitted, confidence: dict[str, dict]) -> dict:
    """The calibration sections of the three kinds (weights by feature name)."""
    out = {}
    for kind in KINDS:
        names = RHK_FEATURES if kind == "rhk" else TREE_FEATURES
        w = fitted.weights.get(kind)
        section = {"weights": {n: float(round(v, 5)) for n, v in zip(names, w, strict=True)}} \
            if w is not None and len(w) else {}
        if confidence.get(kind):
            section["confidence"] = confidence[kind]
        out[kind] = section
    return out
