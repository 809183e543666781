"""Quality metrics of the analysis on a labelled set (``jejak eval``).

Values: per-value precision/recall/F1, macro-F1, R-precision (of the ranking, at
the number of labelled values), hit@1. Probis, pokin, RHK: top-1 of the
analyst's order, recall of the labelled node among the first ``K`` candidates,
and, for the answer actually given, how often the analyst answers and how often
it is right when it does (an answer where the label says "none fits" is wrong).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from knowledge.berakhlak import NAMES

KINDS = ("probis", "pokin", "rhk")
K = 8


@dataclass
class KindMetrics:
    labelled: int = 0  # items whose label names a node
    items: int = 0  # items with a label at all (a node or "none fits")
    top1: float | None = None
    recall_at_k: float | None = None
    answered: float | None = None  # share of items the analyst answered (1 - abstained)
    precision: float | None = None  # right answers / answers
    right_answered: int = 0
    answers: int = 0


@dataclass
class Metrics:
    n: int = 0
    per_value: dict[str, dict[str, float]] = field(default_factory=dict)
    macro_f1: float = 0.0
    r_precision: float = 0.0
    hit_at_1: float = 0.0
    mean_selected: float = 0.0
    mean_labeled: float = 0.0
    kinds: dict[str, KindMetrics] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in self.__dict__.items() if k != "kinds"}
        out["kinds"] = {k: m.__dict__.copy() for k, m in self.kinds.items()}
        for kind, m in self.kinds.items():  # the flat names earlier versions reported
            out[f"{kind}_top1"] = m.top1
        return out

    def top1(self, kind: str) -> float | None:
        return self.kinds[kind].top1 if kind in self.kinds else None


def _id(pred: Any) -> str | None:
    if isinstance(pred, dict):
        return pred.get("id")
    return pred


def _values(m: Metrics, items: list[dict], preds: list[dict]) -> None:
    tp = {v: 0 for v in NAMES}
    fp = dict(tp)
    fn = dict(tp)
    rp = hit = sel = lab = 0.0
    scored = 0
    for item, pred in zip(items, preds, strict=False):
        gold = set(item.get("berakhlak") or [])
        if not gold:
            continue
        scored += 1
        chosen = set(pred.get("berakhlak") or [])
        for v in NAMES:
            tp[v] += v in gold and v in chosen
            fp[v] += v not in gold and v in chosen
            fn[v] += v in gold and v not in chosen
        ranking = pred.get("berakhlak_ranking") or []
        k = len(gold)
        rp += len(set(ranking[:k]) & gold) / k
        hit += bool(ranking) and ranking[0] in gold
        sel += len(chosen)
        lab += k
    f1s = []
    for v in NAMES:
        p = tp[v] / (tp[v] + fp[v]) if tp[v] + fp[v] else 0.0
        r = tp[v] / (tp[v] + fn[v]) if tp[v] + fn[v] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        m.per_value[v] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                          "support": tp[v] + fn[v]}
        f1s.append(f)
    n = max(1, scored)
    m.macro_f1 = round(sum(f1s) / len(f1s), 3)
    m.r_precision, m.hit_at_1 = round(rp / n, 3), round(hit / n, 3)
    m.mean_selected, m.mean_labeled = round(sel / n, 2), round(lab / n, 2)


def _kind(items: list[dict], preds: list[dict], kind: str, k: int) -> KindMetrics:
    out = KindMetrics()
    top = rec = 0
    for item, pred in zip(items, preds, strict=False):
        if kind not in item:
            continue
        out.items += 1
        gold = item[kind]
        answer = _id(pred.get(kind))
        order = [_id(a) for a in (pred.get("alternatives") or {}).get(kind, [])]
        if answer is not None:
            out.answers += 1
            out.right_answered += answer == gold
        if gold:
            out.labelled += 1
            top += bool(order) and order[0] == gold
            rec += gold in order[:k]
    if out.labelled:
        out.top1, out.recall_at_k = round(top / out.labelled, 3), round(rec / out.labelled, 3)
    if out.items:
        out.answered = round(out.answers / out.items, 3)
    if out.answers:
        out.precision = round(out.right_answered / out.answers, 3)
    return out


def score(items: list[dict], predictions: list[dict], k: int = K) -> Metrics:
    """Compare predictions (the shape of ``jejak analyze`` lines, with ``alternatives``) with the labels."""
    m = Metrics(n=len(items))
    _values(m, items, predictions)
    for kind in KINDS:
        km = _kind(items, predictions, kind, k)
        if km.items:
            m.kinds[kind] = km
    return m


def run(items: Iterable[dict], analyze: Callable[[dict], dict]) -> tuple[list[dict], Metrics]:
    """Analyze every item and score the predictions against them."""
    items = list(items)
    preds = [analyze(it) for it in items]
    return preds, score(items, preds)
