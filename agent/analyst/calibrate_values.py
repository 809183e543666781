"""Fitting the BerAKHLAK value model (part of ``jejak eval --fit``).

One logistic regression shared by the seven values (relative and absolute
similarity, cue words) plus a bias per value, L2-regularised; then the selection
threshold and relative-to-top ratio by grid search, keeping the mean number of
values chosen within half a value of the labels'.
"""
from __future__ import annotations

import numpy as np

from agent.analyst import values as V
from knowledge.berakhlak import VALUES

N_SHARED = 6
DEFAULT_SELECT = {"threshold": 0.5, "ratio": 0.5, "max": 5, "min": 1}


def _design(feats: np.ndarray) -> np.ndarray:
    x = V.design(feats)
    return np.concatenate([x[:, [0]], x[:, [1]] - 0.82, x[:, [2]], x[:, [3]], x[:, [4]], x[:, [5]], np.eye(7)], axis=1)


def fit_values(data: list[tuple[np.ndarray, np.ndarray]], l2: float = 0.01, steps: int = 3000,
               lr: float = 0.5) -> dict:
    """``data``: (value features (7, 3), labelled 0/1 (7,)) per item."""
    X = np.concatenate([_design(f) for f, _ in data])
    y = np.concatenate([g for _, g in data])
    scale = np.maximum(X.std(axis=0), 1e-6)
    scale[N_SHARED:] = 1.0
    Xs = X / scale
    w = np.zeros(X.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(Xs @ w)))
        g = Xs.T @ (p - y) / len(y) + l2 * np.r_[w[:N_SHARED], np.zeros(7)]
        w -= lr * g
    w = w / scale
    return {"w_rel": float(w[0]), "w_abs": float(w[1]), "abs_center": 0.82, "w_top": float(w[2]),
            "w_kw": float(w[3]), "w_kw2": float(w[4]), "w_kwrel": float(w[5]),
            "bias": {v.key: float(b) for v, b in zip(VALUES, w[N_SHARED:], strict=True)}}


def value_metrics(data, vparams, sparams) -> tuple[float, float, float, float]:
    """(macro-F1, R-precision, mean chosen, mean labelled)."""
    params = {"values": vparams, "select": sparams}
    tp, fp, fn = np.zeros(7), np.zeros(7), np.zeros(7)
    rp = sizes = gold_sizes = 0.0
    for feats, gold in data:
        probs = V.probabilities(feats, params)
        chosen = np.zeros(7)
        chosen[V.select(probs, params)] = 1
        tp += chosen * gold
        fp += chosen * (1 - gold)
        fn += (1 - chosen) * gold
        k = int(gold.sum())
        order = np.argsort(-probs, kind="stable")
        rp += gold[order[:k]].sum() / max(k, 1)
        sizes += chosen.sum()
        gold_sizes += k
    prec = np.divide(tp, tp + fp, out=np.zeros(7), where=(tp + fp) > 0)
    rec = np.divide(tp, tp + fn, out=np.zeros(7), where=(tp + fn) > 0)
    f1 = np.divide(2 * prec * rec, prec + rec, out=np.zeros(7), where=(prec + rec) > 0)
    n = max(1, len(data))
    return float(f1.mean()), rp / n, sizes / n, gold_sizes / n


def fit_select(data, vparams, max_gap: float = 0.5) -> dict:
    """Grid-search the value selection rule for the best F1 whose mean set size stays near the gold one."""
    best, best_f1 = None, -1.0
    for t in np.arange(0.2, 0.75, 0.025):
        for r in np.arange(0.3, 1.0, 0.05):
            s = {"threshold": float(round(t, 3)), "ratio": float(round(r, 2)), "max": 5, "min": 1}
            f1, _, size, gold = value_metrics(data, vparams, s)
            if abs(size - gold) <= max_gap and f1 > best_f1:
                best, best_f1 = s, f1
    return best or DEFAULT_SELECT
