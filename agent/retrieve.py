"""The person's own RHK as candidates (from the journal), with the SKP row each comes from.

The agency's probis and pokin are scored whole by the analyst (``analyst.agency``);
only the RHK, which live in the journal, are gathered here.
"""
from __future__ import annotations

from agent.analyst.types import Candidate


def skp_citations(knowledge, instansi: str | None) -> dict[str, str]:
    """'nip/period/code' -> 'skp.csv baris 7', from the agency's ingested SKP rows."""
    if knowledge is None or not instansi:
        return {}
    out = {}
    for skp, cite in knowledge.sourced_records(instansi, "skp"):
        for rhk in skp.rhk:
            out.setdefault(f"{skp.nip}/{skp.period}/{rhk.id}", cite)
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
