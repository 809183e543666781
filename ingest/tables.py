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
from itertools import zip_longest
from typing import Any

from knowledge.models import ROLES, Indicator, PokinNode, Process, Rhk, Staff
from knowledge.records import skp_row

FIELDS: dict[str, dict[str, tuple[str, ...]]] = {
    "skp": {
        "nip": ("nip",), "rhk": ("rhk", "rencanahasilkerja", "rhkpegawai"),
        "id": ("koderhk", "kode", "no", "idrhk"), "period": ("periode", "tahun"),
        "supervisor_rhk": ("rhkatasan", "rhkatasanyangdiintervensi", "rhkatasanyangdiintervensi"),
        "aspect": ("aspek",), "indicator": ("indikator", "indikatorkinerjaindividu", "indikatorkinerja"),
        "target": ("target",), "kind": ("jenis", "jenistarget", "trajectory"),
        "name": ("nama", "namapegawai"),
    },
    "staff": {
        "nip": ("nip",), "name": ("nama", "namapegawai"), "jabatan": ("jabatan",),
        "unit": ("unit", "departemen", "unitkerja", "bagian"), "supervisor": ("nipatasan", "atasan"),
        "role": ("peran", "role"), "telegram": ("idtelegram", "telegramid", "chatid", "telegram"),
        "timezone": ("zonawaktu", "timezone", "zona"), "instansi": ("instansi",),
    },
    "probis": {
        "name": ("namaproses", "proses", "prosesbisnis"), "id": ("kode", "no", "kodeproses", "id", "nomor"),
        "level": ("level", "tingkat"), "parent": ("induk", "parent", "kodeinduk"),
        "owner": ("unitpemilik", "pemilik", "unit", "unitkerja", "pemilikproses"), "output": ("keluaran", "output"),
    },
    "pokin": {
        "statement": ("pernyataan", "sasaran", "kondisi"), "id": ("kode", "no", "id"),
        "level": ("level", "tingkat"), "indicator": ("indikatorkinerja", "indikator"),
        "target": ("target",), "parent": ("induk", "parent"),
        "unit": ("unitpenanggungjawab", "skpdpengampu", "penanggungjawab", "unit", "pengampu"),
    },
}
REQUIRED = {"skp": ("nip", "rhk"), "staff": ("nip", "name"), "probis": ("name",), "pokin": ("unit", "indicator")}


def norm(header: str) -> str:
    return re.sub(r"[\s_\-./]+", "", (header or "").strip().lower())


def attr_key(header: str) -> str:
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
    keys = {norm(h) for h in header}
    for doc_type in ("skp", "staff", "probis", "pokin"):
        cols = _columns(doc_type, header)
        if doc_type == "pokin" and "pernyataan" in keys:
            if "statement" in cols:
                return doc_type, cols
        if all(f in cols for f in REQUIRED[doc_type]):
            return doc_type, cols
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
    attrs = _attributes(header, row, cols)
    if doc_type == "probis":
        if not g("name"):
            return None
        level = g("level")
        if level and not level.isdigit():
            attrs["level"] = level
        return Process(id=g("id") or f"baris-{n}", name=g("name"), level=int(level) if level and level.isdigit() else None,
                       parent=g("parent"), owner_unit=g("owner"), output=g("output"), attributes=attrs)
    if doc_type == "pokin":
        texts, targets = _split(g("indicator")), _split(g("target"))
        statement = g("statement") or (texts[0] if texts else None)
        if not statement:
            return None
        indicators = tuple(Indicator(t, tg or None) for t, tg in zip_longest(texts, targets[: len(texts)]) if t)
        return PokinNode(id=g("id") or f"baris-{n}", statement=statement, level=g("level"), indicators=indicators,
                         parent=g("parent"), unit=g("unit"), attributes=attrs)
    if doc_type == "skp":
        nip, text = _nip(g("nip")), g("rhk")
        if not nip or not text:
            return None
        if g("name"):
            attrs["nama_pegawai"] = g("name")
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
                 timezone=g("timezone") or "WIB", instansi=g("instansi"), attributes=attrs)


def recognize(header: list[str], rows: list[tuple[int, list[str]]], doc_type: str | None = None) -> Recognized | None:
    """Records of a table whose header is known (or of the forced ``doc_type``), else None."""
    found = detect(header)
    if found is None or (doc_type and doc_type in FIELDS and found[0] != doc_type):
        if doc_type in FIELDS:
            cols = _columns(doc_type, header)
            if not all(f in cols for f in REQUIRED[doc_type]) and not (doc_type == "pokin" and "statement" in cols):
                return None
            found = (doc_type, cols)
        elif found is None:
            return None
    kind, cols = found
    out = Recognized(kind)
    for n, row in rows:
        rec = _build(kind, header, cols, row, n)
        if rec is None:
            out.bad_rows.append(n)
        else:
            out.records.append((n, rec))
    return out
