"""Structured records <-> chunk text and metadata.

Chroma metadata values must be scalars, so a record travels as a JSON string
under ``metadata["record"]``. SKP rows are stored one RHK per chunk with the
employee's NIP and period; ``group_skps`` puts them back together.
"""
from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from knowledge.glossary import Term
from knowledge.models import Indicator, PokinNode, Process, Rhk, Skp, Staff

# the stored JSON keeps the key its first data folders were written with; the code calls it agency_id
STORED_KEYS = {"staff": {"agency_id": "instansi"}}


def _dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)


def skp_row(nip: str, period: str, rhk: Rhk) -> Skp:
    """One SKP row as an ``Skp`` holding a single RHK."""
    return Skp(nip=nip, period=period, rhk=(rhk,))


def record_id(doc_type: str, record: Any) -> str:
    """The stable id of a record of its kind, so re-ingesting a file replaces records instead of duplicating them."""
    if doc_type == "skp":
        return f"{record.nip}/{record.rhk[0].id}"
    if doc_type == "staff":
        return record.nip
    if doc_type == "glossary":
        return record.short.lower()
    return record.id


def record_to_json(doc_type: str, record: Any) -> str:
    """A record as the JSON stored with its chunk (an SKP row keeps its single RHK)."""
    if doc_type == "skp":
        return _dumps({"nip": record.nip, "period": record.period, "rhk": asdict(record.rhk[0])})
    data = asdict(record)
    for name, key in STORED_KEYS.get(doc_type, {}).items():
        data[key] = data.pop(name)
    return _dumps(data)


def record_from_json(doc_type: str, raw: str) -> Any:
    """A typed record from its stored JSON (the inverse of ``record_to_json``)."""
    data = json.loads(raw)
    for name, key in STORED_KEYS.get(doc_type, {}).items():
        if key in data:
            data[name] = data.pop(key)
    if doc_type == "probis":
        return Process(**data)
    if doc_type == "pokin":
        data["indicators"] = tuple(Indicator(**i) for i in data.get("indicators") or ())
        return PokinNode(**data)
    if doc_type == "skp":
        return skp_row(data["nip"], data["period"], Rhk(**data["rhk"]))
    if doc_type == "staff":
        return Staff(**data)
    if doc_type == "glossary":
        return Term(**{**data, "jobs": tuple(data.get("jobs") or ())})
    raise ValueError(f"no record type for {doc_type!r}")


def record_text(doc_type: str, record: Any) -> str:
    """The searchable text of a record: its own wording plus its context."""
    if doc_type == "skp":
        rhk = record.rhk[0]
        extra = []
        if rhk.supervisor_rhk:
            extra.append(f"Mendukung RHK atasan: {rhk.supervisor_rhk}.")
        if rhk.aspect:
            extra.append(f"Aspek: {rhk.aspect}.")
        extra.append("Jenis: " + ("trajectory." if rhk.trajectory else "non-trajectory."))
        name = rhk.attributes.get("nama_pegawai")
        who = f"SKP {record.period} pegawai NIP {record.nip}" + (f" ({name})" if name else "")
        return f"{who}. {rhk.text_for_search()} " + " ".join(extra)
    if doc_type == "glossary":
        return f"Istilah {record.short}: {record.full}" + (f" (bidang {record.domain})." if record.domain else ".")
    text = record.text()
    if doc_type == "probis" and record.level is not None:
        text += f" Level {record.level}."
    if doc_type == "probis" and record.parent:
        text += f" Induk: {record.parent}."
    if doc_type == "pokin" and record.parent:
        text += f" Induk: {record.parent}."
    if doc_type == "staff":
        if record.supervisor_nip:
            text += f" Atasan langsung: NIP {record.supervisor_nip}."
        text += f" Peran: {record.role}. Zona waktu: {record.timezone}."
    return text


def group_skps(rows: list[Skp]) -> list[Skp]:
    """SKP rows (one RHK each) grouped per (nip, period), RHK in source order."""
    grouped: dict[tuple[str, str], list[Rhk]] = {}
    for row in rows:
        grouped.setdefault((row.nip, row.period), []).extend(row.rhk)
    return [Skp(nip=n, period=p, rhk=tuple(r)) for (n, p), r in grouped.items()]


def glossary_terms(metadatas, current) -> list[Term]:
    """The agency's own glossary terms among a collection's chunks (current versions only)."""
    out = []
    for m, cur in zip(metadatas, current, strict=True):
        if cur and m.get("type") == "glossary" and m.get("record"):
            try:
                out.append(record_from_json("glossary", m["record"]))
            except (ValueError, TypeError):
                continue
    return out
