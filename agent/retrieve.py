"""Candidates for the analysts: the agency's probis and pokin from hybrid
retrieval, and the person's own RHK from the journal."""
from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from agent.analyst.types import Candidate
from knowledge.glossary import Lexicon
from knowledge.text import coverage


def _record(hit) -> dict[str, Any]:
    raw = hit.metadata.get("record")
    if isinstance(raw, str):
        try:
            return json.loads(raw)
        except json.JSONDecodeError:
            return {}
    return raw if isinstance(raw, dict) else {}


def probis_text(name: str, output: str | None) -> str:
    return f"{name}. Keluaran: {output}" if output else name


def pokin_text(statement: str, indicators: list[str]) -> str:
    return statement + (". Indikator: " + "; ".join(indicators) if indicators else "")


def record_texts(knowledge, instansi: str) -> list[str]:
    """The match texts of all the agency's probis and pokin records (to embed once)."""
    out = [probis_text(p.name, p.output) for p in knowledge.records(instansi, "probis")]
    out += [pokin_text(n.statement, [i.text for i in n.indicators]) for n in knowledge.records(instansi, "pokin")]
    return out


def probis_candidate(hit) -> Candidate | None:
    rec = _record(hit)
    rid = rec.get("id") or hit.record_id
    if not rid:
        return None
    name = rec.get("name") or hit.text
    output = rec.get("output")
    search = probis_text(name, output)
    return Candidate(id=str(rid), text=name, kind="probis", citation=hit.citation, detail=output,
                     search_text=search, retrieval_score=float(hit.score), unit=rec.get("owner_unit"),
                     lexical=float(hit.lexical or 0.0), parent=rec.get("parent"))


def pokin_candidate(hit) -> Candidate | None:
    rec = _record(hit)
    rid = rec.get("id") or hit.record_id
    if not rid:
        return None
    statement = rec.get("statement") or hit.text
    indicators = [i.get("text", "") for i in rec.get("indicators") or () if isinstance(i, dict)]
    search = pokin_text(statement, indicators)
    return Candidate(id=str(rid), text=statement, kind="pokin", citation=hit.citation,
                     detail=" | ".join(indicators) if indicators else None, search_text=search,
                     retrieval_score=float(hit.score), unit=rec.get("unit"),
                     lexical=float(hit.lexical or 0.0), parent=rec.get("parent"))


def skp_citations(knowledge, instansi: str | None) -> dict[str, str]:
    """'nip/period/code' -> 'skp.csv baris 7', from the agency's ingested SKP rows."""
    if knowledge is None or not instansi or not hasattr(knowledge, "snapshot"):
        return {}
    snap = knowledge.snapshot(instansi)
    if snap is None:
        return {}
    from knowledge.hits import Hit

    out = {}
    for m, current in zip(snap.metadatas, snap.current):
        if not current or m.get("type") != "skp":
            continue
        rec = _record(Hit(id="", text="", score=0.0, metadata=m))
        rhk = rec.get("rhk") or {}
        if rec.get("nip") and rhk.get("id"):
            out[f"{rec['nip']}/{rec.get('period')}/{rhk['id']}"] = Hit(id="", text="", score=0.0, metadata=m).citation
    return out


def rhk_candidates(rows, citations: dict[str, str] | None = None) -> list[Candidate]:
    out = []
    for r in rows:
        search = f"{r.text}. Indikator: {r.indicator}" if r.indicator else r.text
        cite = (citations or {}).get(f"{r.nip}/{r.period}/{r.code}") or f"{r.source or 'SKP'} {r.period}"
        out.append(Candidate(id=r.code, text=r.text, kind="rhk", citation=cite, detail=r.indicator,
                             search_text=search, parent=getattr(r, "supervisor_rhk", None),
                             owner=getattr(r, "nip", None), period=getattr(r, "period", None)))
    return out


def unique(cands: list[Candidate | None]) -> list[Candidate]:
    seen, out = set(), []
    for c in cands:
        if c is not None and c.id not in seen:
            seen.add(c.id)
            out.append(c)
    return out


def search_candidates(knowledge, query: str, instansi: str | None, k: int,
                      extra_queries: list[str] = (), job: str | None = None) -> dict[str, list[Candidate]]:
    """Probis and pokin candidates of one agency (none without an agency).

    ``extra_queries`` (the person's best-matching RHK) add their own hits, so
    the node an RHK cascades from is among the candidates."""
    if knowledge is None or not instansi:
        return {"probis": [], "pokin": []}
    out = {}
    for kind, make in (("probis", probis_candidate), ("pokin", pokin_candidate)):
        hits = list(knowledge.search(query, instansi=instansi, types=[kind], k=k, job=job))
        for q in extra_queries:
            hits += knowledge.search(q, instansi=instansi, types=[kind], k=max(2, k // 3))
        out[kind] = unique([make(h) for h in hits])
    return out


def with_coverage(cands: list[Candidate], text: str, idf: dict[str, float] | None,
                  lex: Lexicon | None = None) -> list[Candidate]:
    """The candidates with their IDF-weighted coverage of the activity's words."""
    if not idf:
        return cands
    lex = lex or Lexicon.default()
    q = set(lex.tokens(text))
    return [replace(c, coverage=coverage(q, lex.documents.tokens(c.search_text or c.text), idf)) for c in cands]


def gather(knowledge, vectors, text: str, qvec, instansi: str | None, k: int,
           rhk: list[Candidate], rhk_idf: dict[str, float] | None = None,
           lex: Lexicon | None = None) -> dict[str, list[Candidate]]:
    """All candidates of one activity: retrieved probis and pokin (also by the
    person's best-matching RHK) and the person's RHK (with their word coverage)."""
    from agent.analyst.embedded import match_params
    from agent.analyst.matching import best_match

    lex = lex or Lexicon.default()
    rhk = with_coverage(rhk, text, rhk_idf, lex)
    extra = []
    if rhk:
        m, i = best_match(qvec, text, rhk, vectors, match_params()["rhk"], lex=lex)
        if m is not None:
            extra.append(rhk[i].text)
    found = search_candidates(knowledge, text, instansi, k, extra, lex.job)
    found["rhk"] = with_homes(knowledge, vectors, instansi, rhk, found, text, rhk_idf, lex)
    from agent.analyst.cascade import cascade_for

    cascade = cascade_for(knowledge, instansi)
    if cascade is not None:
        for kind in ("probis", "pokin"):
            found[kind] = with_scope(with_coverage(found.get(kind, []), text, cascade.idf(kind), lex),
                                     cascade.trees.get(kind))
    return found


def with_scope(cands: list[Candidate], tree) -> list[Candidate]:
    """The candidates with their ancestors' texts (a sub-process inherits the terms its parents name)."""
    if tree is None:
        return cands
    return [replace(c, scope=tree.scope(c.id)) for c in cands]


ADD_HOME = ("pokin",)  # kinds whose home node joins the candidates when retrieval missed it


def with_homes(knowledge, vectors, instansi: str | None, rhk: list[Candidate],
               found: dict[str, list[Candidate]], text: str = "",
               idf: dict[str, float] | None = None, lex: Lexicon | None = None) -> list[Candidate]:
    """The RHK with the probis / pokin node each cascades from (``found`` gains
    those nodes when retrieval missed them, so the cascade can be followed), and
    the activity's word coverage by the RHK together with those nodes."""
    from agent.analyst.cascade import cascade_for
    from knowledge.hits import Hit

    cascade = cascade_for(knowledge, instansi) if rhk else None
    if cascade is None:
        return rhk
    lex = lex or Lexicon.default()
    q = set(lex.tokens(text)) if idf else set()
    out = []
    for c in rhk:
        home, texts = {}, [c.search_text or c.text]
        for kind, make in (("probis", probis_candidate), ("pokin", pokin_candidate)):
            node = cascade.home(vectors, kind, c.owner, c.period, c.id, c.search_text or c.text, c.parent)
            if node is None:
                continue
            home[kind] = node
            tree = cascade.trees[kind]
            texts.append(tree.text(node))
            if kind in ADD_HOME and all(x.id != node for x in found.get(kind, [])):
                meta = cascade.trees[kind].metadata[node]
                extra = make(Hit(id="", text="", score=0.0, metadata=meta))
                if extra is not None:
                    found.setdefault(kind, []).append(extra)
        cover = coverage(q, lex.documents.tokens(" ".join(texts)), idf) if q else 0.0
        out.append(replace(c, home=home, home_coverage=cover))
    return out
