"""Table header recognition: rows of a known table become typed records.

Headers are compared case-, space- and underscore-insensitively. Known tables
are our own sample-pack headers and those of the original n8n workflow's
sheets (``Nama_Proses``/``Keluaran``, ``SKPD Pengampu``/``Indikator Kinerja``,
``Nip, Nama, Jabatan, Departemen, IDtelegram, NamaFile, LinkFile``). Columns
not mapped to a field are kept in ``attributes``; a code column (kode, No,
kode_rhk) is the record id.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ingest.trees import kind_of, layout, read_tree, split_examples
from knowledge.glossary import Term, read_rows
from knowledge.models import EXAMPLE_KEY, ROLES, Rhk, Staff
from knowledge.records import skp_row

FIELDS: dict[str, dict[str, tuple[str, ...]]] = {
    "glossary": {
        "short": ("singkatan", "akronim", "istilah", "singkatanistilah"),
        "full": ("kepanjangan", "kepanjangannya", "arti", "makna", "uraian"),
        "domain": ("bidang", "kategori"), "jobs": ("jabatan",),
    },
    "skp": {
        "nip": ("nip",), "rhk": ("rhk", "rencanahasilkerja", "rhkpegawai"),
        "id": ("koderhk", "kode", "no", "idrhk"), "period": ("periode", "tahun"),
        "supervisor_rhk": ("rhkatasan", "rhkatasanyangdiintervensi", "rhkatasanyangdiintervensi"),
        "aspect": ("aspek",), "indicator": ("indikator", "indikatorkinerjaindividu", "indikatorkinerja"),
        "target": ("target",), "kind": ("jenis", "jenistarget", "trajectory"),
        "name": ("nama", "namapegawai"), "examples": ("contohkegiatan", "contohaktivitas", "rencanaaksi"),
    },
    "staff": {
        "nip": ("nip",), "name": ("nama", "namapegawai"), "jabatan": ("jabatan",),
        "unit": ("unit", "departemen", "unitkerja", "bagian"), "supervisor": ("nipatasan", "atasan"),
        "role": ("peran", "role"), "telegram": ("idtelegram", "telegramid", "chatid", "telegram"),
        "timezone": ("zonawaktu", "timezone", "zona"), "instansi": ("instansi",),
    },
}
TREE_TYPES = ("probis", "pokin")
REQUIRED = {"glossary": ("short", "full"), "skp": ("nip", "rhk"), "staff": ("nip", "name")}


def norm(header: str) -> str:
    """A header without spaces and separators (``_ - . /``), so differently written headers match the same column."""
    return re.sub(r"[\s_\-./]+", "", (header or "").strip().lower())


def attr_key(header: str) -> str:
    """A header as an attribute name for the columns kept as extra attributes."""
    return re.sub(r"[^a-z0-9]+", "_", header.strip().lower()).strip("_")


@dataclass
class Recognized:
    doc_type: str
    records: list[tuple[int, Any]] = field(default_factory=list)  # (row number, record)
    bad_rows: list[int] = field(default_factory=list)


def _columns(doc_type: str, header: list[str]) -> dict[str, int]:
    keys = [norm(h) for h in header]
    cols: dict[str, int] = {}
    for fname, aliases in FIELDS[doc_type].items():
        for alias in aliases:
            if alias in keys and keys.index(alias) not in cols.values():
                cols[fname] = keys.index(alias)
                break
    return cols


def detect(header: list[str]) -> tuple[str, dict[str, int]] | None:
    """The record type a header describes and the column of each field, or None."""
    for doc_type in ("glossary", "skp", "staff"):
        cols = _columns(doc_type, header)
        if all(f in cols for f in REQUIRED[doc_type]):
            return doc_type, cols
    kind = kind_of(header, None)
    if kind and layout(kind, header, []) is not None:
        return kind, {}
    return None


def _get(row: list[str], cols: dict[str, int], name: str) -> str | None:
    i = cols.get(name)
    if i is None or i >= len(row):
        return None
    value = row[i].strip()
    return value or None


def _nip(value: str | None) -> str | None:
    if not value:
        return None
    value = value.replace(" ", "").replace("'", "")
    return value[:-2] if value.endswith(".0") else value


def _attributes(header: list[str], row: list[str], cols: dict[str, int]) -> dict[str, Any]:
    used = set(cols.values())
    return {attr_key(h): row[i].strip() for i, h in enumerate(header)
            if i not in used and i < len(row) and h.strip() and row[i].strip()}


def _split(value: str | None) -> list[str]:
    return [p.strip() for p in value.split("|")] if value else []


def _build(doc_type: str, header: list[str], cols: dict[str, int], row: list[str], n: int):
    g = lambda name: _get(row, cols, name)  # noqa: E731
    if doc_type == "glossary":
        return _term(g)
    attrs = _attributes(header, row, cols)
    if doc_type == "skp":
        nip, text = _nip(g("nip")), g("rhk")
        if not nip or not text:
            return None
        if g("name"):
            attrs["nama_pegawai"] = g("name")
        if g("examples"):
            attrs[EXAMPLE_KEY] = split_examples(g("examples"))
        kind = (g("kind") or "").lower()
        rhk = Rhk(id=g("id") or f"RHK-{n}", text=text, supervisor_rhk=g("supervisor_rhk"), aspect=g("aspect"),
                  indicator=g("indicator"), target=g("target"),
                  trajectory=not (kind.startswith("non") or kind in ("tidak", "no", "false", "0")), attributes=attrs)
        return skp_row(nip, g("period") or "", rhk)
    nip, name = _nip(g("nip")), g("name")
    if not nip or not name:
        return None
    role = (g("role") or "pegawai").lower()
    telegram = g("telegram")
    telegram = _nip(telegram)
    return Staff(nip=nip, name=name, jabatan=g("jabatan"), unit=g("unit"), supervisor_nip=_nip(g("supervisor")),
                 role=role if role in ROLES else "pegawai",
                 telegram_id=int(telegram) if telegram and telegram.lstrip("-").isdigit() else None,
                 timezone=g("timezone") or "WIB", agency_id=g("instansi"), attributes=attrs)


def _term(g) -> Term | None:
    """A glossary row: the agency's own short form and its expansion (``Jabatan``: job words, ``|``)."""
    short, full = g("short"), g("full")
    if not short or not full:
        return None
    row = {"Singkatan": short, "Kepanjangan": full, "Bidang": g("domain") or "", "Jabatan": g("jobs") or ""}
    terms = read_rows([row], "instansi")
    return terms[0] if terms else None


def recognize(header: list[str], rows: list[tuple[int, list[str]]], doc_type: str | None = None,
              hint: str | None = None) -> Recognized | None:
    """Records of a known table (or of the forced ``doc_type``), else None. Staff, SKP and glossary
    tables are known by their headers; probis and pokin trees by the forced type, the file name
    ``hint``, or what their headers speak of (``ingest.trees``)."""
    found = None if doc_type in TREE_TYPES else detect(header)
    if found is not None and (found[0] in TREE_TYPES or (doc_type in FIELDS and found[0] != doc_type)):
        found = None
    if found is None and doc_type in FIELDS:
        cols = _columns(doc_type, header)
        if not all(f in cols for f in REQUIRED[doc_type]):
            return None
        found = (doc_type, cols)
    if found is None:
        if doc_type not in (None, *TREE_TYPES):
            return None
        kind = kind_of(header, doc_type or hint)
        tree = read_tree(kind, header, rows) if kind else None
        if tree is None:
            return None
        records, bad = tree
        return Recognized(kind, records, bad)
    kind, cols = found
    out = Recognized(kind)
    for n, row in rows:
        rec = _build(kind, header, cols, row, n)
        if rec is None:
            out.bad_rows.append(n)
        else:
            out.records.append((n, rec))
    return out
