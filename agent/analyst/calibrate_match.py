"""Fit the matching weights of probis, pokin and RHK (part of ``jejak eval --fit``).

Probis and pokin: the weight of each feature against similarity by grid search
on top-1 over a small grid (few parameters, ties go to the smaller weights).
RHK: all weights at once by a conditional logit, and the percent shown fitted
as the chance the choice is right, with the "none" threshold on top of it.
"""
from __future__ import annotations

import itertools

import numpy as np

from agent.analyst.matching import DEFAULT_MATCH, N_FEATURES, WEIGHTS, percent, rank_scores, weights


def _top1(data, kind, p: dict) -> float:
    return _Top1(data, kind)(p)


class _Top1:
    """Top-1 accuracy of one kind for many weight settings (all items' candidates
    stacked once, so a grid of thousands of settings stays fast)."""

    def __init__(self, data, kind: str):
        rows, starts, gold = [], [], []
        self.total = 0
        n = 0
        for f in data:
            want = f.want.get(kind)
            if not want:
                continue
            self.total += 1
            ids, fx = f.cands.get(kind) or ([], None)
            if ids and want in ids:
                rows.append(fx)
                starts.append(n)
                gold.append(n + ids.index(want))
                n += len(ids)
        self.x = np.concatenate(rows) if rows else np.zeros((0, N_FEATURES))
        self.starts, self.gold = np.array(starts, dtype=int), np.array(gold, dtype=int)

    def __call__(self, p: dict) -> float:
        if not self.total or not len(self.starts):
            return 0.0
        r = self.x @ weights(p)
        best = np.maximum.reduceat(r, self.starts)
        lengths = np.diff(np.r_[self.starts, len(r)])
        at_best = np.where(r >= np.repeat(best, lengths), np.arange(len(r)), len(r))
        first = np.minimum.reduceat(at_best, self.starts)  # argmax picks the first of equals
        return float(np.sum(first == self.gold)) / self.total


GRID = {
    "a_lex": [0.0, 0.02, 0.05, 0.08, 0.12, 0.16, 0.2],
    "b_unit": [0.0, 0.005, 0.01, 0.02, 0.03, 0.05],
    "c_link": [0.0, 0.2, 0.5, 1.0, 2.0],
    "d_depth": [0.0, 0.005, 0.01],
    "e_bm25": [0.0, 0.01, 0.02, 0.04],
    "f_cover": [0.0, 0.05, 0.1, 0.15, 0.2, 0.3],
    "g_rhklex": [0.0, 0.01, 0.02, 0.04, 0.08],
    "h_home": [0.0, 0.01, 0.02, 0.03, 0.04, 0.06, 0.08],
    "i_homecover": [0.0, 0.05, 0.1, 0.15, 0.2],
    "j_acronym": [0.0, 0.01, 0.02, 0.03, 0.05, 0.08, 0.1],
}


# the weights searched per kind (the full grid of each: a few thousand combinations);
# RHK's are fitted by a conditional logit instead (``fit_ranker``)
GRID_KEYS = {
    "probis": ["a_lex", "c_link", "d_depth", "e_bm25", "f_cover", "g_rhklex", "j_acronym"],
    "pokin": ["a_lex", "b_unit", "c_link", "e_bm25", "f_cover", "h_home", "j_acronym"],
}
RANKER_L2 = {"rhk": 0.5}


def fit_ranker(data, kind: str, l2: float, steps: int = 400, lr: float = 0.5) -> dict:
    """All weights of ``kind`` at once by a conditional logit: the labelled
    candidate's probability among its item's candidates (softmax of the rank
    score), L2-regularised on standardised features. Smooth, so it does not
    chase single items the way a top-1 grid does; held out it generalises
    better where the person's own few RHK are the candidates (5-fold CV over 4
    splits: 0.896 against the grid's 0.854). Weights are returned with
    similarity's at 1, as ``weights`` expects."""
    top1 = _Top1(data, kind)
    if not len(top1.starts):
        return {}
    x, starts = top1.x, top1.starts
    mu = x.mean(axis=0)
    sd = x.std(axis=0)
    live = sd > 1e-9
    z = np.where(live, (x - mu) / np.where(live, sd, 1.0), 0.0)
    lengths = np.diff(np.r_[starts, len(z)])
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        r = z @ w
        r = r - np.repeat(np.maximum.reduceat(r, starts), lengths)
        e = np.exp(r)
        prob = e / np.repeat(np.add.reduceat(e, starts), lengths)
        expected = np.add.reduceat(z * prob[:, None], starts)  # (items, features)
        grad = (expected - z[top1.gold]).mean(axis=0) + l2 * w
        w -= lr * grad
    w = np.where(live, w / np.where(live, sd, 1.0), 0.0)
    if w[0] <= 0:
        return {}
    w = w / w[0]
    return {k: float(round(v, 4)) for k, v in zip(WEIGHTS, w[1:])}


def fit_matching(data) -> dict:
    out = {}
    for kind in ("probis", "pokin", "rhk"):
        base = dict(DEFAULT_MATCH[kind])
        top1 = _Top1(data, kind)
        if kind in RANKER_L2:
            p = {**base, **fit_ranker(data, kind, RANKER_L2[kind])}
            p.update(fit_percent(data, kind, p))
        else:
            p = _fit_grid(data, kind, base, top1)
        if kind == "rhk":
            p["min_pct"] = fit_min_pct(data, kind, p)
        p["_top1"] = round(top1(p), 4)
        out[kind] = p
    return out


def _fit_grid(data, kind: str, base: dict, top1: _Top1) -> dict:
    """The grid setting with the best top-1 (ties: the smaller weights), its
    percent centred so that the correct match's median reads ~75 %."""
    keys = GRID_KEYS[kind]
    best_key, p = None, dict(base)
    for combo in itertools.product(*(GRID[k] for k in keys)):
        trial = {**base, **dict(zip(keys, combo))}
        key = (round(top1(trial), 4), -sum(combo))
        if best_key is None or key > best_key:
            best_key, p = key, trial
    right = []
    for f in data:
        want = f.want.get(kind)
        ids, fx = f.cands.get(kind) or ([], None)
        if want and want in ids:
            right.append(rank_scores(fx, p)[ids.index(want)])
    if right:
        p["center"] = float(np.median(right) - 1.1 / p["w_cos"])
    return p


def _top_choices(data, kind: str, p: dict) -> list[tuple[float, str, str | None]]:
    """(rank score of the chosen candidate, its id, the labelled id or None) per item with candidates."""
    out = []
    for f in data:
        ids, fx = f.cands.get(kind) or ([], None)
        if ids:
            r = rank_scores(fx, p)
            i = int(np.argmax(r))
            out.append((float(r[i]), ids[i], f.want.get(kind)))
    return out


def fit_percent(data, kind: str, p: dict, l2: float = 0.01, steps: int = 2000) -> dict:
    """Slope and centre of the percent shown for the chosen candidate, so that it
    reads as the chance the choice is right: a logistic regression of "the top
    candidate is the labelled one" (an item labelled without a match counts as
    wrong) on its rank score."""
    tops = _top_choices(data, kind, p)
    ranks = [rank for rank, _, _ in tops]
    right = [float(got == want) for _, got, want in tops]
    if len(set(right)) < 2:
        return {}
    x, y = np.array(ranks), np.array(right)
    mu, sd = x.mean(), max(x.std(), 1e-6)
    z = (x - mu) / sd
    a = b = 0.0
    for _ in range(steps):
        q = 1 / (1 + np.exp(-(a * z + b)))
        a -= 0.5 * (float(np.mean((q - y) * z)) + l2 * a)
        b -= 0.5 * float(np.mean(q - y))
    if a <= 0:
        return {}
    return {"w_cos": float(a / sd), "center": float(mu - b * sd / a)}


def fit_min_pct(data, kind: str, p: dict) -> float:
    """The percent below which "none" is answered: the best accuracy over the items
    labelled with a match and those labelled "none" (candidates, but no label)."""
    tops = [(percent(rank, p), got, want) for rank, got, want in _top_choices(data, kind, p)]

    def accuracy(t: float) -> float:
        return sum((pct >= t and got == want) if want else pct < t for pct, got, want in tops) / max(1, len(tops))

    return max(range(0, 65, 1), key=lambda t: (round(accuracy(t), 4), -t)) * 1.0
