"""The embedded analyst: deterministic, offline, one query embedding per activity.

BerAKHLAK from calibrated value scoring (``values``), probis / pokin / RHK from
calibrated matching among the retrieved candidates (``matching``).
"""
from __future__ import annotations

import numpy as np

from agent.analyst import values as V
from agent.analyst.matching import (DEFAULT_MATCH, N_FEATURES, best_match, candidate_features, joint_rhk_scores,
                                    ranked, top_vector)
from agent.analyst.types import Assessment, Candidate
from agent.analyst.vectors import Vectors
from knowledge.berakhlak import VALUES
from knowledge.glossary import Lexicon
from knowledge.text import overlap


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

    def value_scores(self, qvec: np.ndarray, text: str, lex: Lexicon | None = None
                     ) -> tuple[np.ndarray, np.ndarray, list[int], list[list[str]]]:
        items = V.value_items(self.vectors)
        feats, best, kws = V.features(qvec, text, items, lex)
        return feats, V.probabilities(feats), best, kws

    def assess(self, text: str, qvec: np.ndarray, candidates: dict[str, list[Candidate]],
               profile: dict | None = None, lex: Lexicon | None = None) -> Assessment:
        lex = lex or Lexicon.default()
        items = V.value_items(self.vectors)
        _, probs, best, kws = self.value_scores(qvec, text, lex)
        order = [int(i) for i in np.argsort(-probs, kind="stable")]
        chosen = V.select(probs)
        evidence = {}
        for i in chosen:
            ev = items.texts[best[i]]
            if kws[i]:
                ev = f"{ev} (kata kunci: {', '.join(kws[i][:2])})"
            evidence[VALUES[i].name] = ev
        params = match_params()
        inputs = match_inputs(qvec, text, candidates, self.vectors, params, (profile or {}).get("unit"), lex)
        picked, alternatives = {}, {}
        for kind in ("rhk", "probis", "pokin"):
            cands, feats, ranks = inputs[kind]
            picked[kind], _ = best_match(qvec, text, cands, self.vectors, params[kind], ranks=ranks, feats=feats,
                                         lex=lex)
            alternatives[kind] = ranked(cands, feats, params[kind], ranks)
        rhk, probis, pokin = picked["rhk"], picked["probis"], picked["pokin"]
        if pokin is not None:
            pokin.detail = best_indicator(text, pokin.detail, lex)
        return Assessment(
            berakhlak=[VALUES[i].name for i in chosen],
            ranking=[VALUES[i].name for i in order],
            scores={VALUES[i].name: round(float(probs[i]), 3) for i in order},
            evidence=evidence,
            probis=probis,
            pokin=pokin,
            rhk=rhk,
            analyst=self.name,
            alternatives=alternatives,
        )


def match_inputs(qvec: np.ndarray, text: str, candidates: dict[str, list[Candidate]], vectors, params: dict,
                 unit: str | None, lex: Lexicon | None = None
                 ) -> dict[str, tuple[list[Candidate], np.ndarray, np.ndarray | None]]:
    """Per kind: (candidates, their features, the ranks that choose or None), the
    same for the analyst and for calibration. The likeliest RHK (joint score,
    even below its "none" threshold) guides probis and pokin: its words, its
    vector when it is the answer, and the nodes it cascades from."""
    rhk_cands = candidates.get("rhk", [])
    pokin_cands = candidates.get("pokin", [])
    probis_cands = candidates.get("probis", [])
    out: dict[str, tuple] = {}
    anchor = link = None
    home: dict[str, str] = {}
    if rhk_cands:
        joint = joint_rhk_scores(qvec, text, rhk_cands, pokin_cands, vectors, params["rhk"], params["pokin"], unit,
                                 lex)
        process = top_vector(qvec, text, probis_cands, vectors, params["probis"], unit, lex) \
            if params["rhk"].get("c_link") else None
        feats = candidate_features(qvec, text, rhk_cands, vectors, anchor=process, lex=lex)
        out["rhk"] = (rhk_cands, feats, joint)
        i = int(np.argmax(joint))
        m, _ = best_match(qvec, text, rhk_cands, vectors, params["rhk"], ranks=joint, feats=feats, lex=lex)
        if m is not None:
            anchor = vectors.documents([rhk_cands[i].search_text or rhk_cands[i].text])[0]
        link, home = rhk_text(rhk_cands[i]), rhk_cands[i].home
    else:
        out["rhk"] = ([], np.zeros((0, N_FEATURES)), None)
    for kind, cands in (("probis", probis_cands), ("pokin", pokin_cands)):
        feats = candidate_features(qvec, text, cands, vectors, unit=unit, anchor=anchor, link_text=link,
                                   home=home.get(kind), lex=lex) if cands else np.zeros((0, N_FEATURES))
        out[kind] = (cands, feats, None)
    return out


def rhk_text(candidate: Candidate) -> str:
    """The RHK statement and its indicator, whose words point at its probis / pokin."""
    return f"{candidate.text} {candidate.detail or ''}".strip()


def best_indicator(text: str, indicators: str | None, lex: Lexicon | None = None) -> str | None:
    """The pokin indicator (of ``a | b | c``) that the activity speaks to most."""
    if not indicators:
        return None
    lex = lex or Lexicon.default()
    options = [i.strip() for i in indicators.split("|") if i.strip()]
    q = set(lex.tokens(text))
    return max(options, key=lambda o: overlap(q, lex.documents.tokens(o))) if options else None
