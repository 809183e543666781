"""Fit the embedded analyst's few parameters on a labelled set (``jejak eval --fit``).

Value model: one logistic regression shared by the seven values (relative and
absolute similarity, cue words) plus a bias per value, L2-regularised; then
the selection threshold and relative-to-top ratio by grid search. Matching:
the weight of lexical overlap and depth against similarity, by grid search
on top-1 (probis, pokin) or by a conditional logit (RHK). Few parameters, so it generalises; held-out figures by 2-fold CV.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np

from agent.analyst import values as V
from agent.analyst.matching import DEFAULT_MATCH, N_FEATURES, WEIGHTS, rank_scores, weights
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
        q = ctx.vectors.query(ctx.query_text(text))
        feats, _, _ = V.features(q, text, items_v)
        inst = default_instansi if (it.get("nip") or it.get("probis")) else None
        if inst:
            ctx.warm_up(inst)
        rhk = rhk_candidates(person_rhk(it["nip"])) if it.get("nip") else []
        found = gather(ctx.knowledge, ctx.vectors, text, q, inst, ctx.config.retrieval_k, rhk,
                       ctx.rhk_idf(inst) if inst else None)
        unit = person_unit(it["nip"]) if it.get("nip") else None
        inputs = match_inputs(q, text, found, ctx.vectors, params, unit)
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
    "j_acronym": [0.0, 0.01, 0.02, 0.03, 0.05],
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
    better where the person's own few RHK are the candidates (2-fold CV, 4
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
    import itertools

    out = {}
    for kind in ("probis", "pokin", "rhk"):
        base = dict(DEFAULT_MATCH[kind])
        best = (-1.0, None)
        top1 = _Top1(data, kind)
        if kind in RANKER_L2:
            p = {**base, **fit_ranker(data, kind, RANKER_L2[kind])}
            best = ((round(top1(p), 4),), p)
        else:
            keys = GRID_KEYS[kind]
            for combo in itertools.product(*(GRID[k] for k in keys)):
                p = {**base, **dict(zip(keys, combo))}
                acc = top1(p)
                # ties: prefer the simpler model (smaller weights)
                key = (round(acc, 4), -sum(combo))
                if best[1] is None or key > best[0]:
                    best = (key, p)
            p = best[1]
        right = []
        for f in data:
            want = f.want.get(kind)
            ids, fx = f.cands.get(kind) or ([], None)
            if want and want in ids:
                right.append(rank_scores(fx, p)[ids.index(want)])
        if kind in RANKER_L2:
            p.update(fit_percent(data, kind, p))
        elif right:  # the correct match's median maps to ~75 %
            p["center"] = float(np.median(right) - 1.1 / p["w_cos"])
        if kind == "rhk":
            p["min_pct"] = fit_min_pct(data, kind, p)
        p["_top1"] = best[0][0]
        out[kind] = p
    return out


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
    from agent.analyst.matching import percent

    tops = [(percent(rank, p), got, want) for rank, got, want in _top_choices(data, kind, p)]

    def accuracy(t: float) -> float:
        return sum((pct >= t and got == want) if want else pct < t for pct, got, want in tops) / max(1, len(tops))

    return max(range(0, 65, 1), key=lambda t: (round(accuracy(t), 4), -t)) * 1.0


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
