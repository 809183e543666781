"""Probis, pokin and RHK matching among retrieved candidates only.

Rank score = embedding similarity between the activity and the candidate
+ a * share of the candidate's content words the activity mentions
+ b * (the candidate belongs to the person's own unit)
+ c * similarity between the candidate and the person's matching RHK (the
      SKP cascades from the pohon kinerja, so the RHK points at its node)
+ d * depth of the node (prefer the specific process over its parent)
+ e * the candidate's BM25 score relative to the best one (rare shared words)
+ f * IDF-weighted share of the activity's words the candidate contains
      (RHK: IDF over all the agency's RHK, so a rare shared word decides)
+ g * share of the candidate's words found in the chosen RHK and its
      indicator (the RHK is person-specific and usually quotes its node)
+ h * (the candidate is the node the chosen RHK cascades from, see ``cascade``)
+ i * (RHK) like f, over the RHK and the nodes it cascades from (the RHK is
      terse; its process and pokin node name the work, e.g. "SPM", "E-Klinik").
+ j * (the activity and the candidate name the same known short form, e.g.
      "SPJ" written short or in full; see ``Glossary.acronyms``. Half when only a
      process above the candidate names it: "uji aplikasi CAWI" is the testing
      step of the process that names CAWI, but a parent also names what only
      one of its children does).
The percent score is a logistic of the rank score, graded exact / high /
semantic / context / none as the original workflow does. Nothing outside the
candidates is ever chosen.
"""
from __future__ import annotations

import math
import re

import numpy as np

from agent.analyst.types import Candidate, Match, level_for
from knowledge.glossary import Lexicon
from knowledge.text import overlap

DEFAULT_MATCH = {
    "probis": {"w_cos": 30.0, "center": 0.86, "a_lex": 0.1, "b_unit": 0.0, "c_link": 0.0, "d_depth": 0.0,
               "min_pct": 20.0},
    "pokin": {"w_cos": 30.0, "center": 0.86, "a_lex": 0.1, "b_unit": 0.0, "c_link": 0.0, "d_depth": 0.0,
              "min_pct": 20.0},
    "rhk": {"w_cos": 30.0, "center": 0.88, "a_lex": 0.16, "b_unit": 0.0, "c_link": 0.0, "d_depth": 0.0,
            "min_pct": 25.0},
}
LINK_CENTER = 0.85
N_FEATURES = 11


def depth(cid: str) -> int:
    return len(re.findall(r"[.\-]\d+", cid))


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _same_unit(a: str | None, b: str | None) -> float:
    return float(bool(a and b) and _norm(a) == _norm(b))


INHERITED = 0.5  # a short form only a process above the candidate names counts half


def _shared_terms(query: frozenset[str], c: Candidate, lex: Lexicon) -> float:
    if not query:
        return 0.0
    if query & lex.acronyms(c.search_text or c.text):
        return 1.0
    return INHERITED if query & lex.acronyms(c.scope) else 0.0


def candidate_features(qvec: np.ndarray, query_text: str, candidates: list[Candidate], vectors, *,
                       unit: str | None = None, anchor: np.ndarray | None = None,
                       link_text: str | None = None, home: str | None = None,
                       lex: Lexicon | None = None) -> np.ndarray:
    """Rows of [cos, lex, same unit, link - LINK_CENTER, depth, BM25 share of the best, coverage,
    share of the candidate's words in ``link_text`` (the chosen RHK), is ``home``, the RHK's
    home coverage, shared short forms]."""
    mat = vectors.documents([c.search_text or c.text for c in candidates])
    cos = mat @ qvec
    link = (mat @ anchor - LINK_CENTER) if anchor is not None else np.zeros(len(candidates))
    lex = lex or Lexicon.default()
    docs = lex.documents
    qtok = set(lex.tokens(query_text))
    qacr = lex.acronyms(query_text)
    ltok = set(docs.tokens(link_text)) if link_text else set()
    top_lex = max((c.lexical for c in candidates), default=0.0) or 1.0
    return np.array([
        [float(s), overlap(qtok, docs.tokens(c.text)), _same_unit(c.unit, unit), float(lk), depth(c.id),
         c.lexical / top_lex, c.coverage, overlap(ltok, docs.tokens(c.text)), float(home is not None and c.id == home),
         c.home_coverage, _shared_terms(qacr, c, docs)]
        for c, s, lk in zip(candidates, cos, link)
    ], dtype=np.float64).reshape(len(candidates), N_FEATURES)


WEIGHTS = ("a_lex", "b_unit", "c_link", "d_depth", "e_bm25", "f_cover", "g_rhklex", "h_home", "i_homecover",
           "j_acronym")


def weights(p: dict) -> np.ndarray:
    """The feature weights of ``p`` in column order (similarity counts 1)."""
    return np.array([1.0] + [p.get(k, 0.0) for k in WEIGHTS])


def rank_scores(feats: np.ndarray, p: dict) -> np.ndarray:
    return feats @ weights(p)


def percent(rank: float, p: dict) -> float:
    return min(99.0, round(100.0 / (1.0 + math.exp(-p["w_cos"] * (rank - p["center"]))), 1))


def joint_rhk_scores(qvec: np.ndarray, query_text: str, rhk: list[Candidate], pokin: list[Candidate], vectors,
                     p_rhk: dict, p_pokin: dict, unit: str | None = None, lex: Lexicon | None = None) -> np.ndarray:
    """RHK rank scores plus ``joint`` x the best pokin rank score given that RHK:
    the SKP cascades from the pohon kinerja, so an RHK whose node also fits
    the activity is the likelier one."""
    ranks = rank_scores(candidate_features(qvec, query_text, rhk, vectors, lex=lex), p_rhk)
    weight = p_rhk.get("joint", 0.0)
    if not weight or not pokin:
        return ranks
    anchors = vectors.documents([c.search_text or c.text for c in rhk])
    base = candidate_features(qvec, query_text, pokin, vectors, unit=unit, lex=lex)
    pmat = vectors.documents([c.search_text or c.text for c in pokin])
    links = anchors @ pmat.T - LINK_CENTER  # (rhk, pokin)
    out = ranks.copy()
    for r in range(len(rhk)):
        f = base.copy()
        f[:, 3] = links[r]
        home = rhk[r].home.get("pokin")
        f[:, 8] = [float(home is not None and c.id == home) for c in pokin]
        out[r] += weight * float(np.max(rank_scores(f, p_pokin)))
    return out


def best_match(qvec: np.ndarray, query_text: str, candidates: list[Candidate], vectors, params: dict, *,
               unit: str | None = None, anchor: np.ndarray | None = None,
               ranks: np.ndarray | None = None, link_text: str | None = None,
               feats: np.ndarray | None = None, lex: Lexicon | None = None) -> tuple[Match | None, int | None]:
    """The best candidate as a Match (None below ``min_pct``) and its index.

    ``ranks`` overrides the choice (joint RHK scoring); the percent is always
    the candidate's own. ``feats`` are the candidates' features when already computed."""
    if not candidates:
        return None, None
    if feats is None:
        feats = candidate_features(qvec, query_text, candidates, vectors, unit=unit, anchor=anchor,
                                   link_text=link_text, lex=lex)
    own = rank_scores(feats, params)
    i = int(np.argmax(own if ranks is None else ranks))
    ranks = own
    c = candidates[i]
    name = _norm(c.text)
    pct = 100.0 if name and len(name.split()) >= 3 and name in _norm(query_text) else percent(float(ranks[i]), params)
    if pct < params["min_pct"]:
        return None, None
    return Match(id=c.id, text=c.text, score=pct, level=level_for(pct), citation=c.citation, detail=c.detail), i


ALTERNATIVES = 8  # candidates kept per kind, in order (recall is measured at this depth)


def ranked(candidates: list[Candidate], feats: np.ndarray, params: dict, ranks: np.ndarray | None = None,
           n: int = ALTERNATIVES) -> list[Match]:
    """The best ``n`` candidates as Matches, in the order ``ranks`` (or their own rank score) gives."""
    if not candidates:
        return []
    own = rank_scores(feats, params)
    order = np.argsort(-(own if ranks is None else ranks), kind="stable")[:n]
    out = []
    for i in order:
        c, pct = candidates[int(i)], percent(float(own[int(i)]), params)
        out.append(Match(id=c.id, text=c.text, score=pct, level=level_for(pct), citation=c.citation, detail=c.detail))
    return out


def top_vector(qvec: np.ndarray, query_text: str, candidates: list[Candidate], vectors, params: dict,
               unit: str | None = None, lex: Lexicon | None = None) -> np.ndarray | None:
    """The vector of the best candidate on its own evidence (no anchor), to anchor another choice."""
    if not candidates:
        return None
    ranks = rank_scores(candidate_features(qvec, query_text, candidates, vectors, unit=unit, lex=lex), params)
    best = candidates[int(np.argmax(ranks))]
    return vectors.documents([best.search_text or best.text])[0]
