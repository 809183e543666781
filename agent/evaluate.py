"""Quality metrics of the analysis on a labelled set (``jejak eval``).

Each line: {"id", "family", "text", "berakhlak": [names, strongest first],
"nip", "probis", "pokin", "rhk"}. Items with a NIP or a probis label are
analysed with the sample agency's knowledge; the others with the values only.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from knowledge.berakhlak import NAMES, by_name


def load_items(path: str | Path) -> list[dict[str, Any]]:
    items = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            row = json.loads(line)
            row["berakhlak"] = [by_name(v).name for v in row.get("berakhlak") or []]
            row.setdefault("id", f"baris-{n}")
            items.append(row)
    return items


@dataclass
class Metrics:
    n: int = 0
    per_value: dict[str, dict[str, float]] = field(default_factory=dict)
    macro_f1: float = 0.0
    r_precision: float = 0.0
    hit_at_1: float = 0.0
    mean_selected: float = 0.0
    mean_labeled: float = 0.0
    probis_top1: float | None = None
    pokin_top1: float | None = None
    rhk_top1: float | None = None
    counts: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def score(items: list[dict], predictions: list[dict]) -> Metrics:
    """Compare predictions (the shape of ``jejak analyze`` lines) with the labels."""
    m = Metrics(n=len(items))
    tp = {v: 0 for v in NAMES}
    fp = dict(tp)
    fn = dict(tp)
    rp = hit = sel = lab = 0.0
    top1 = {"probis": [0, 0], "pokin": [0, 0], "rhk": [0, 0]}
    for item, pred in zip(items, predictions):
        gold = set(item["berakhlak"])
        chosen = set(pred.get("berakhlak") or [])
        for v in NAMES:
            tp[v] += v in gold and v in chosen
            fp[v] += v not in gold and v in chosen
            fn[v] += v in gold and v not in chosen
        ranking = pred.get("berakhlak_ranking") or []
        k = len(gold)
        if k:
            rp += len(set(ranking[:k]) & gold) / k
            hit += bool(ranking) and ranking[0] in gold
        sel += len(chosen)
        lab += k
        for kind in top1:
            want = item.get(kind)
            if want:
                got = (pred.get(kind) or {}).get("id") if isinstance(pred.get(kind), dict) else pred.get(kind)
                top1[kind][0] += got == want
                top1[kind][1] += 1
    f1s = []
    for v in NAMES:
        p = tp[v] / (tp[v] + fp[v]) if tp[v] + fp[v] else 0.0
        r = tp[v] / (tp[v] + fn[v]) if tp[v] + fn[v] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        m.per_value[v] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                          "support": tp[v] + fn[v]}
        f1s.append(f)
    n = max(1, len(items))
    m.macro_f1 = round(sum(f1s) / len(f1s), 3)
    m.r_precision, m.hit_at_1 = round(rp / n, 3), round(hit / n, 3)
    m.mean_selected, m.mean_labeled = round(sel / n, 2), round(lab / n, 2)
    for kind, (ok, total) in top1.items():
        setattr(m, f"{kind}_top1", round(ok / total, 3) if total else None)
        m.counts[kind] = total
    return m


def instansi_for(item: dict, default: str) -> str | None:
    return default if (item.get("nip") or item.get("probis") or item.get("pokin")) else None


def run(items: Iterable[dict], analyze: Callable[[dict], dict]) -> tuple[list[dict], Metrics]:
    items = list(items)
    preds = [analyze(it) for it in items]
    return preds, score(items, preds)
