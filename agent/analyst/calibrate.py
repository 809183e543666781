"""Fit the embedded analyst's few parameters on a labelled set (``jejak eval --fit``).

Value model: one logistic regression shared by the seven values (relative and
absolute similarity, cue words) plus a bias per value, L2-regularised; then
the selection threshold and relative-to-top ratio by grid search. Matching
(``calibrate_match``): the weight of lexical overlap and depth against
similarity, by grid search on top-1 (probis, pokin) or by a conditional logit
(RHK). Few parameters, so it generalises; held-out figures by 2- and 5-fold CV.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np

from agent.analyst import values as V
from agent.analyst.calibrate_match import _top1, fit_matching
from agent.parse import parse_entry
from agent.retrieve import rhk_candidates
from knowledge.berakhlak import NAMES, VALUES


@dataclass
class ItemFeatures:
    feats: np.ndarray  # (7, 3) value features
    gold: np.ndarray  # (7,) 0/1
    cands: dict  # kind -> list of (id, cos, lex, depth)
    want: dict  # kind -> labelled id or None
    qvec: np.ndarray | None = None
    text: str = ""


def collect(ctx, items, today, default_instansi: str, person_rhk, person_unit) -> list[ItemFeatures]:
    from agent.analyst.embedded import match_inputs, match_params
    from agent.retrieve import gather

    items_v = V.value_items(ctx.vectors)
    params = match_params()
    out = []
    for it in items:
        e = parse_entry(it["text"], today)
        text = e.description or e.text
        lex = ctx.lexicon(default_instansi)
        q = ctx.vectors.query(ctx.query_text(text, lex))
        feats, _, _ = V.features(q, text, items_v, lex)
        inst = default_instansi if (it.get("nip") or it.get("probis")) else None
        if inst:
            ctx.warm_up(inst)
        rhk = rhk_candidates(person_rhk(it["nip"])) if it.get("nip") else []
        found = gather(ctx.knowledge, ctx.vectors, text, q, inst, ctx.config.retrieval_k, rhk,
                       ctx.rhk_idf(inst) if inst else None, lex)
        unit = person_unit(it["nip"]) if it.get("nip") else None
        inputs = match_inputs(q, text, found, ctx.vectors, params, unit, lex)
        cands = {kind: ([c.id for c in cs], fx) for kind, (cs, fx, _) in inputs.items()}
        gold = np.array([n in it["berakhlak"] for n in NAMES], dtype=float)
        out.append(ItemFeatures(feats, gold, cands, {k: it.get(k) for k in ("probis", "pokin", "rhk")}, q, text))
    return out


N_SHARED = 6


def _design(f: ItemFeatures) -> np.ndarray:
    x = V.design(f.feats)
    return np.concatenate([x[:, [0]], x[:, [1]] - 0.82, x[:, [2]], x[:, [3]], x[:, [4]], x[:, [5]], np.eye(7)], axis=1)


def fit_values(data: list[ItemFeatures], l2: float = 0.01, steps: int = 3000, lr: float = 0.5) -> dict:
    X = np.concatenate([_design(f) for f in data])
    y = np.concatenate([f.gold for f in data])
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
            "bias": {v.key: float(b) for v, b in zip(VALUES, w[N_SHARED:])}}


def _value_metrics(data, vparams, sparams) -> tuple[float, float, float, float]:
    params = {"values": vparams, "select": sparams}
    tp = np.zeros(7)
    fp = np.zeros(7)
    fn = np.zeros(7)
    rp = sizes = gold_sizes = 0.0
    for f in data:
        probs = V.probabilities(f.feats, params)
        chosen = np.zeros(7)
        chosen[V.select(probs, params)] = 1
        tp += chosen * f.gold
        fp += chosen * (1 - f.gold)
        fn += (1 - chosen) * f.gold
        k = int(f.gold.sum())
        order = np.argsort(-probs, kind="stable")
        rp += f.gold[order[:k]].sum() / max(k, 1)
        sizes += chosen.sum()
        gold_sizes += k
    prec = np.divide(tp, tp + fp, out=np.zeros(7), where=(tp + fp) > 0)
    rec = np.divide(tp, tp + fn, out=np.zeros(7), where=(tp + fn) > 0)
    f1 = np.divide(2 * prec * rec, prec + rec, out=np.zeros(7), where=(prec + rec) > 0)
    n = len(data)
    return float(f1.mean()), rp / n, sizes / n, gold_sizes / n


def fit_select(data, vparams, max_gap: float = 0.5) -> dict:
    best, best_f1 = None, -1.0
    for t in np.arange(0.2, 0.75, 0.025):
        for r in np.arange(0.3, 1.0, 0.05):
            s = {"threshold": float(round(t, 3)), "ratio": float(round(r, 2)), "max": 5, "min": 1}
            f1, _, size, gold = _value_metrics(data, vparams, s)
            if abs(size - gold) <= max_gap and f1 > best_f1:
                best, best_f1 = s, f1
    return best or DEFAULT_SELECT


DEFAULT_SELECT = {"threshold": 0.5, "ratio": 0.5, "max": 5, "min": 1}


def fit_all(data) -> dict:
    vparams = fit_values(data)
    sparams = fit_select(data, vparams)
    match = fit_matching(data)
    cal = {"values": vparams, "select": sparams}
    for kind, p in match.items():
        cal[kind] = {k: v for k, v in p.items() if not k.startswith("_")}
    return cal


def cross_validate(data, folds: int = 2, seeds: tuple[int, ...] = (7,)) -> dict:
    """Held-out figures: fit on all folds but one, measure on it; the mean over
    the folds of every split (one split per seed). Values and, for the items
    labelled with them, top-1 probis / pokin / RHK (their features are those
    collected with the current calibration, so the figures are close to, not
    exactly, a full re-run)."""
    res = []
    for seed in seeds:
        idx = np.random.default_rng(seed).permutation(len(data))
        for k in range(folds):
            held = set(idx[k::folds].tolist())
            test = [data[i] for i in idx if i in held]
            train = [data[i] for i in idx if i not in held]
            vp = fit_values(train)
            sp = fit_select(train, vp)
            match = fit_matching(train)
            res.append(_value_metrics(test, vp, sp) + tuple(_top1(test, kind, match[kind])
                                                            for kind in ("probis", "pokin", "rhk")))
    arr = np.array(res)
    keys = ("macro_f1", "r_precision", "mean_selected", "mean_labeled", "probis_top1", "pokin_top1", "rhk_top1")
    return {k: float(v) for k, v in zip(keys, arr.mean(axis=0))}


def save(cal: dict, path=None) -> None:
    path = path or V.CALIBRATION_FILE
    path.write_text(json.dumps(cal, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    V.calibration.cache_clear()
