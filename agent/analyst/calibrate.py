"""``jejak eval --fit``: fit the embedded analyst on every labelled data set, and
measure it leaving each agency out in turn.

1. ``collect``: each labelled activity's features, once (values; the person's RHK;
   every node of the agency's trees, with the RHK-node affinities).
2. ``leave_one_agency_out``: for each agency, fit everything on the others (ranking
   weights, the confidence on the others' own held-out scores, the value model) and
   predict it: the figures of an agency the analyst has never seen.
3. ``fit_all``: the same fit on every agency; the confidence from the pooled held-out
   scores of step 2. ``save`` writes it with its provenance (embedder, data, scores).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from agent.analyst import calibrate_rank as R
from agent.analyst import calibration
from agent.analyst import values as V
from agent.analyst.calibrate_values import DEFAULT_SELECT, fit_select, fit_values
from agent.analyst.embedded import rank_rhk
from agent.analyst.scoring import affinity, tree_features
from knowledge.berakhlak import NAMES

TREES = ("probis", "pokin")


def collect(ctx, dataset: str, agency: str, items: list[dict], profiles) -> list[R.Item]:
    """Features of every labelled item of one data set (``profiles``: nip -> profile dict)."""
    from agent.evaluation.run import uses_agency
    from agent.nodes.analysis import make_inputs

    items_v = ctx.embedded.items()
    out = []
    for it in items:
        nip = it.get("nip")
        inst = agency if uses_agency(it) else None
        [inputs] = make_inputs(ctx, [it["text"]], inst, nip, profiles(nip) if nip else None, use_examples=False)
        q = inputs.query
        feats, _, _ = V.features(q.vec, q.text, items_v, q.lex)
        labels = {k: it.get(k) for k in R.KINDS if k in it}
        item = R.Item(dataset, agency, nip, q.vec, labels, q.tokens, values=feats,
                      values_gold=np.array([n in it.get("berakhlak", []) for n in NAMES], dtype=float))
        rk = rank_rhk(inputs, ctx.vectors, {})
        rhk_vecs = rhk_toks = None
        if rk is not None:
            ids = [c.id for c in rk.candidates]
            item.kinds["rhk"] = R.KindData(rk.feats, ids, ids.index(labels["rhk"]) if labels.get("rhk") in ids else -1)
            texts = [c.search_text or c.text for c in rk.candidates]
            rhk_vecs = ctx.vectors.documents(texts)
            rhk_toks = [frozenset(q.lex.documents.tokens(t)) for t in texts]
        for kind in TREES:
            tree = inputs.agency.tree(kind) if inputs.agency else None
            if tree is None or kind not in labels:
                continue
            f = tree_features(tree, q, None, None, inputs.agency.unit_idf)
            gold = tree.index.get(labels[kind], -1) if labels[kind] else -1
            aff = affinity(rhk_vecs, rhk_toks, tree) if rhk_vecs is not None else None
            item.kinds[kind] = R.KindData(f, list(tree.ids), gold, aff)
        out.append(item)
    return out


@dataclass
class Fit:
    ranking: R.Fitted
    confidence: dict[str, dict]
    values: dict
    select: dict

    def params(self) -> dict:
        return {"values": self.values, "select": self.select, **R.params(self.ranking, self.confidence)}


def _values_data(items: list[R.Item]) -> list[tuple[np.ndarray, np.ndarray]]:
    return [(it.values, it.values_gold) for it in items if it.values_gold is not None and it.values_gold.any()]


def _confidence_rows(fitted: R.Fitted, items: list[R.Item], kind: str) -> list[tuple[float, float, bool]]:
    rows = []
    for it in items:
        if kind not in it.kinds:
            continue
        s = fitted.scores(it, kind)
        if not len(s):
            continue
        margin, share = R.margin_and_share(s)
        rows.append((margin, share, bool(it.kinds[kind].gold >= 0 and int(np.argmax(s)) == it.kinds[kind].gold)))
    return rows


def held_out_rows(items: list[R.Item]) -> dict[str, list[tuple[float, float, bool]]]:
    """Per kind, the (margin, share, right) of every item scored by a model fitted without its agency."""
    rows: dict[str, list] = {k: [] for k in R.KINDS}
    agencies = sorted({it.agency for it in items})
    if len(agencies) < 2:  # nothing to hold out: in-sample rows (the confidence is then optimistic)
        fitted = R.fit(items)
        return {kind: _confidence_rows(fitted, items, kind) for kind in R.KINDS}
    for agency in agencies:
        train = [it for it in items if it.agency != agency]
        test = [it for it in items if it.agency == agency]
        fitted = R.fit(train)
        for kind in R.KINDS:
            rows[kind] += _confidence_rows(fitted, test, kind)
    return rows


def fit_all(items: list[R.Item], rows: dict[str, list] | None = None) -> Fit:
    """Everything on ``items``; the confidence on held-out rows (computed here when not given)."""
    ranking = R.fit(items)
    rows = rows if rows is not None else held_out_rows(items)
    confidence = {k: R.fit_confidence(rows[k]) for k in R.KINDS}
    vdata = _values_data(items)
    vparams = fit_values(vdata) if vdata else calibration.defaults()["values"]
    return Fit(ranking, confidence, vparams, fit_select(vdata, vparams) if vdata else DEFAULT_SELECT)


def predict(fit: Fit, item: R.Item, examples: bool = False, pool: list[R.Item] | None = None) -> dict:
    """The item's prediction in ``jejak analyze``'s shape (for ``agent.evaluation.metrics.score``)."""
    params = fit.params()
    out: dict = {}
    if item.values is not None:
        probs = V.probabilities(item.values, params)
        out["berakhlak"] = [NAMES[i] for i in V.select(probs, params)]
        out["berakhlak_ranking"] = [NAMES[i] for i in np.argsort(-probs, kind="stable")]
    out["alternatives"] = {}
    for kind in R.KINDS:
        if kind not in item.kinds:
            out[kind] = None
            continue
        kd = item.kinds[kind]
        ex = R.example_column(item, kind, pool) if examples and pool is not None else None
        s = fit.ranking.scores(item, kind, ex)
        if not len(s):
            out[kind] = None
            continue
        order = np.argsort(-s, kind="stable")
        out["alternatives"][kind] = [{"id": kd.ids[int(i)]} for i in order[:8]]
        from agent.analyst.scoring import confidence

        conf = confidence(s, params.get(kind))
        threshold = (params.get(kind, {}).get("confidence") or {}).get("threshold", 0.5)
        out[kind] = {"id": kd.ids[int(order[0])], "score": conf} if conf >= threshold else None
    return out


def leave_one_agency_out(items: list[R.Item]) -> dict[str, tuple[list[R.Item], list[dict]]]:
    """Per agency: its items and their predictions, with everything fitted on the other agencies."""
    out = {}
    agencies = sorted({it.agency for it in items})
    for agency in agencies if len(agencies) > 1 else []:
        train = [it for it in items if it.agency != agency]
        test = [it for it in items if it.agency == agency]
        fit = fit_all(train)
        out[agency] = (test, [predict(fit, it) for it in test])
    return out


def provenance(embedder: str, datasets: list[tuple[str, Path]], held_out: dict) -> dict:
    """What a calibration was fitted from (embedder, data hash, date, held-out scores): a wrong one can be refused."""
    digest = hashlib.sha256()
    for name, path in sorted(datasets):
        digest.update(name.encode())
        digest.update(Path(path).read_bytes())
    return {"embedder": embedder, "data_sha256": digest.hexdigest(), "data": sorted(n for n, _ in datasets),
            "fitted_at": datetime.now(UTC).isoformat(timespec="seconds"), "held_out": held_out}


def save(cal: dict, path: Path) -> Path:
    """Write the calibration atomically (temporary file, then replace) so a crash never leaves half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(cal, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path
