"""BerAKHLAK scoring: embedding similarity to each value's guides and indicators,
plus keyword and abbreviation cues, calibrated into per-value probabilities.

The value vectors are computed once by the embedded analyst that owns them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from agent.analyst.cues import EXTRA_CUES
from knowledge.berakhlak import VALUES
from knowledge.glossary import Lexicon


@dataclass
class ValueItems:
    """Every guide/indicator text of the seven values and its value index."""

    texts: list[str]
    owner: np.ndarray  # value index per text
    matrix: np.ndarray  # passage vectors, one row per text
    words: list[frozenset[str]]  # content stems per text (to choose the evidence shown)


def value_items(vectors) -> ValueItems:
    """Every guide and indicator of the seven values with its vector (the caller keeps it: the
    embedded analyst computes it once)."""
    texts, owner = [], []
    for i, v in enumerate(VALUES):
        for t in (f"{v.name}: {v.definition}",) + v.guides + v.indicators:
            texts.append(t)
            owner.append(i)
    lex = Lexicon.default()
    return ValueItems(texts, np.array(owner), vectors.documents(texts), [frozenset(lex.tokens(t)) for t in texts])



CUES: list[tuple[str, ...]] = [tuple(dict.fromkeys(v.keywords + EXTRA_CUES.get(v.key, ()))) for v in VALUES]
# a cue also matches with the usual suffixes ("kerahasiaannya", "laporkan", "koordinasikan")
_SUFFIX = r"(?:nya|kannya|kan|annya|an|lah)?"
_KW_RX = [[re.compile(rf"(?<![a-z0-9]){re.escape(k)}{_SUFFIX}(?![a-z0-9])") for k in cues] for cues in CUES]


def keyword_hits(text: str, lex: Lexicon | None = None) -> list[list[str]]:
    """Cue words of each value found in ``text`` (lower-cased, short forms with their expansions)."""
    low = (lex or Lexicon.default()).annotate(text).lower()
    out = []
    for i, _ in enumerate(VALUES):
        out.append([k for k, rx in zip(CUES[i], _KW_RX[i], strict=True) if rx.search(low)])
    return out


def features(qvec: np.ndarray, text: str, items: ValueItems, lex: Lexicon | None = None
             ) -> tuple[np.ndarray, list[int], list[list[str]]]:
    """Per value: [max similarity, mean similarity over all its texts, keyword count]; the
    index of the text shown as evidence (``evidence_items``); keywords. The mean over every
    guide and indicator is steadier than the few closest ones: one text that happens to
    share words does not decide a value."""
    sims = items.matrix @ qvec
    feats = np.zeros((len(VALUES), 3), dtype=np.float64)
    kws = keyword_hits(text, lex)
    for i in range(len(VALUES)):
        s = sims[items.owner == i]
        feats[i, 0] = float(np.max(s))
        feats[i, 1] = float(np.mean(s))
        feats[i, 2] = len(kws[i])
    return feats, evidence_items(sims, text, items, lex), kws


EVIDENCE_WORDS = 0.1  # weight of the activity's own words when choosing the text shown as evidence


def evidence_items(sims: np.ndarray, text: str, items: ValueItems, lex: Lexicon | None = None) -> list[int]:
    """Per value, the guide or indicator shown as evidence: the closest one, with the
    activity's own words as a tie-break among near equals, so "verifikasi SPJ" is shown
    "Menyusun laporan pertanggungjawaban (SPJ/LPJ)" and not a text that merely sounds alike.
    Only the text shown changes; the value's score uses the similarity alone."""
    words = set((lex or Lexicon.default()).tokens(text))
    shared = np.array([len(words & w) for w in items.words]) / max(1, len(words))
    score = sims + EVIDENCE_WORDS * shared
    return [int(np.flatnonzero(items.owner == i)[np.argmax(score[items.owner == i])]) for i in range(len(VALUES))]


def design(feats: np.ndarray) -> np.ndarray:
    """Model inputs per value: relative similarity, absolute similarity, mean similarity, cues."""
    rel = feats[:, 0] - feats[:, 0].mean()
    top = feats[:, 1] - feats[:, 1].mean()
    kw = np.minimum(feats[:, 2], 1.0)
    kw2 = np.maximum(np.minimum(feats[:, 2], 3.0) - 1.0, 0.0)
    capped = np.minimum(feats[:, 2], 3.0)
    kw_rel = capped - capped.mean()
    return np.stack([rel, feats[:, 0], top, kw, kw2, kw_rel], axis=1)


def probabilities(feats: np.ndarray, params: dict) -> np.ndarray:
    """Per-value probabilities from the value features, with the calibrated logistic weights."""
    p = params["values"]
    x = design(feats)
    bias = np.array([p["bias"].get(v.key, 0.0) for v in VALUES])
    z = (p["w_rel"] * x[:, 0] + p["w_abs"] * (x[:, 1] - p["abs_center"]) + p["w_top"] * x[:, 2]
         + p["w_kw"] * x[:, 3] + p["w_kw2"] * x[:, 4] + p.get("w_kwrel", 0.0) * x[:, 5] + bias)
    return 1.0 / (1.0 + np.exp(-z))


def select(probs: np.ndarray, params: dict) -> list[int]:
    """Indices of the selected values, strongest first: above the threshold and
    close enough to the strongest one; at least ``min``, at most ``max``."""
    s = params["select"]
    order = [int(i) for i in np.argsort(-probs, kind="stable")]
    top = probs[order[0]]
    chosen = [i for i in order if probs[i] >= s["threshold"] and probs[i] >= s["ratio"] * top]
    if len(chosen) < s["min"]:
        chosen = order[: s["min"]]
    return chosen[: s["max"]]
