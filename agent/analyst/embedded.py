"""The embedded analyst: deterministic, offline, one query embedding per activity.

BerAKHLAK from calibrated value scoring (``values``), probis / pokin / RHK from
calibrated matching among the retrieved candidates (``matching``).
"""
from __future__ import annotations

import numpy as np

from agent.analyst import values as V
from agent.analyst.matching import DEFAULT_MATCH, best_match, joint_rhk_scores, top_vector
from agent.analyst.text import overlap, tokens
from agent.analyst.types import Assessment, Candidate
from agent.analyst.vectors import Vectors
from knowledge.berakhlak import VALUES


def match_params() -> dict:
    cal = V.calibration()
    out = {}
    for kind, defaults in DEFAULT_MATCH.items():
        out[kind] = {**defaults, **cal.get(kind, {})}
    return out


class EmbeddedAnalyst:
    name = "embedded"

    def __init__(self, vectors: Vectors):
        self.vectors = vectors

    def warm_up(self) -> None:
        V.value_items(self.vectors)

    def value_scores(self, qvec: np.ndarray, text: str) -> tuple[np.ndarray, np.ndarray, list[int], list[list[str]]]:
        items = V.value_items(self.vectors)
        feats, best, kws = V.features(qvec, text, items)
        return feats, V.probabilities(feats), best, kws

    def assess(self, text: str, qvec: np.ndarray, candidates: dict[str, list[Candidate]],
               profile: dict | None = None) -> Assessment:
        items = V.value_items(self.vectors)
        _, probs, best, kws = self.value_scores(qvec, text)
        order = [int(i) for i in np.argsort(-probs, kind="stable")]
        chosen = V.select(probs)
        evidence = {}
        for i in chosen:
            ev = items.texts[best[i]]
            if kws[i]:
                ev = f"{ev} (kata kunci: {', '.join(kws[i][:2])})"
            evidence[VALUES[i].name] = ev
        params = match_params()
        unit = (profile or {}).get("unit")
        rhk_cands = candidates.get("rhk", [])
        joint = joint_rhk_scores(qvec, text, rhk_cands, candidates.get("pokin", []), self.vectors,
                                 params["rhk"], params["pokin"], unit) if rhk_cands else None
        process = top_vector(qvec, text, candidates.get("probis", []), self.vectors, params["probis"], unit) \
            if rhk_cands and params["rhk"].get("c_link") else None
        rhk, ri = best_match(qvec, text, rhk_cands, self.vectors, params["rhk"], anchor=process, ranks=joint)
        anchor = self.vectors.documents([rhk_cands[ri].search_text or rhk_cands[ri].text])[0] if rhk else None
        # the likeliest RHK even below the "none" threshold: its words still point at the node
        link = rhk_text(rhk_cands[int(np.argmax(joint))]) if joint is not None and len(joint) else None
        probis, _ = best_match(qvec, text, candidates.get("probis", []), self.vectors, params["probis"],
                               unit=unit, anchor=anchor, link_text=link)
        pokin, _ = best_match(qvec, text, candidates.get("pokin", []), self.vectors, params["pokin"],
                              unit=unit, anchor=anchor, link_text=link)
        if pokin is not None:
            pokin.detail = best_indicator(text, pokin.detail)
        return Assessment(
            berakhlak=[VALUES[i].name for i in chosen],
            ranking=[VALUES[i].name for i in order],
            scores={VALUES[i].name: round(float(probs[i]), 3) for i in order},
            evidence=evidence,
            probis=probis,
            pokin=pokin,
            rhk=rhk,
            analyst=self.name,
        )


def rhk_text(candidate: Candidate) -> str:
    """The RHK statement and its indicator, whose words point at its probis / pokin."""
    return f"{candidate.text} {candidate.detail or ''}".strip()


def best_indicator(text: str, indicators: str | None) -> str | None:
    """The pokin indicator (of ``a | b | c``) that the activity speaks to most."""
    if not indicators:
        return None
    options = [i.strip() for i in indicators.split("|") if i.strip()]
    q = set(tokens(text))
    return max(options, key=lambda o: overlap(q, tokens(o))) if options else None
