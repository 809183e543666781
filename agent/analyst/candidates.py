"""Candidate texts and citations, built in one place from typed records.

The agency's probis and pokin come from ``KnowledgeBase.sourced_records`` (each
record with the document row it was read from); a person's RHK come from the
journal (their SKP rows), cited by the ingested SKP row when there is one. What
is embedded and matched for a node is its name with its output (probis) or its
indicators (pokin and RHK), so a short name still carries what the node delivers.
"""
from __future__ import annotations

from agent.analyst.types import Candidate
from knowledge.models import EXAMPLE_KEY


def probis_text(name: str, output: str | None) -> str:
    """A business process as the text that is embedded and matched: its name, and its output when known."""
    return f"{name}. Keluaran: {output}" if output else name


def pokin_text(statement: str, indicators: list[str]) -> str:
    """A tree (pokin) statement as the text that is embedded and matched, with its indicators appended."""
    return statement + (". Indikator: " + "; ".join(indicators) if indicators else "")


def tree_rows(kind: str, sourced: list[tuple[object, str]]) -> list[dict]:
    """One row per node of an agency tree (the last record of an id wins), in document order:
    id, name, text (matched), detail, unit, parent id, citation and the documents' examples."""
    rows = list({rec.id: (rec, cite) for rec, cite in sourced}.values())
    out = []
    for rec, cite in rows:
        if kind == "probis":
            name, text, detail, unit = rec.name, probis_text(rec.name, rec.output), rec.output, rec.owner_unit
        else:
            inds = [i.text for i in rec.indicators]
            name, text, unit = rec.statement, pokin_text(rec.statement, inds), rec.unit
            detail = " | ".join(inds) if inds else None
        out.append({"id": rec.id, "name": name, "text": text, "detail": detail, "unit": unit,
                    "parent": rec.parent if rec.parent != rec.id else None, "citation": cite,
                    "examples": list(rec.attributes.get(EXAMPLE_KEY) or ())})
    return out


def rhk_examples(knowledge, agency_id: str) -> list[tuple[str, str, list[str]]]:
    """(nip, RHK code, example activities) for every ingested SKP row that gives examples."""
    return [(skp.nip, r.id, list(r.attributes.get(EXAMPLE_KEY) or ()))
            for skp in knowledge.records(agency_id, "skp") for r in skp.rhk if r.attributes.get(EXAMPLE_KEY)]


def skp_citations(knowledge, agency_id: str | None) -> dict[str, str]:
    """'nip/period/code' -> 'skp.csv baris 7', from the agency's ingested SKP rows."""
    if knowledge is None or not agency_id:
        return {}
    out = {}
    for skp, cite in knowledge.sourced_records(agency_id, "skp"):
        for rhk in skp.rhk:
            out.setdefault(f"{skp.nip}/{skp.period}/{rhk.id}", cite)
    return out


def rhk_candidates(rows, citations: dict[str, str] | None = None) -> list[Candidate]:
    """A person's (or an agency's) RHK rows from the journal as candidates."""
    out = []
    for r in rows:
        search = f"{r.text}. Indikator: {r.indicator}" if r.indicator else r.text
        cite = (citations or {}).get(f"{r.nip}/{r.period}/{r.code}") or f"{r.source or 'SKP'} {r.period}"
        out.append(Candidate(id=r.code, text=r.text, kind="rhk", citation=cite, detail=r.indicator,
                             search_text=search, parent=r.supervisor_rhk, owner=r.nip, period=r.period))
    return out
