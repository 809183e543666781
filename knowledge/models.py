"""Typed records of what an agency knows about itself.

These are plain frozen dataclasses so that every layer (ingest, agent, journal)
can pass them around without importing each other. ``attributes`` keeps any
extra column a source table had (codes, categories, owners, ...).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

DEFAULT_TIMEZONE = "Asia/Jakarta"  # a staff record that names no zone of its own (WIB)

DOC_TYPES = ("berakhlak", "probis", "pokin", "skp", "staff", "glossary", "other")
ROLES = ("pegawai", "atasan", "penilai", "admin")
EXAMPLE_KEY = "contoh_kegiatan"  # the attribute holding the example activities a document gives for a node or RHK


@dataclass(frozen=True)
class BerakhlakValue:
    """One of the seven ASN core values (SE MenPANRB 20/2021)."""

    key: str  # e.g. "akuntabel"
    name: str  # canonical name, e.g. "Akuntabel"
    definition: str
    guides: tuple[str, ...]  # the three official behaviour guides
    indicators: tuple[str, ...]  # what the value looks like in daily work
    keywords: tuple[str, ...] = ()  # cue words seen in activity texts


@dataclass(frozen=True)
class Process:
    """A node of the agency's business process map (proses bisnis)."""

    id: str
    name: str
    level: int | None = None
    parent: str | None = None
    owner_unit: str | None = None
    output: str | None = None  # keluaran
    attributes: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        parts = [f"Proses bisnis {self.id}: {self.name}."]
        if self.output:
            parts.append(f"Keluaran: {self.output}.")
        if self.owner_unit:
            parts.append(f"Unit pemilik: {self.owner_unit}.")
        if self.attributes.get("kategori"):
            parts.append(f"Kategori: {self.attributes['kategori']}.")
        return " ".join(parts)


@dataclass(frozen=True)
class Indicator:
    text: str
    target: str | None = None


@dataclass(frozen=True)
class PokinNode:
    """A node of the performance tree (pohon kinerja)."""

    id: str
    statement: str
    level: str | None = None
    indicators: tuple[Indicator, ...] = ()
    parent: str | None = None
    unit: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        parts = [f"Pohon kinerja {self.id} ({self.level or '-'}): {self.statement}."]
        for ind in self.indicators:
            tgt = f" (target {ind.target})" if ind.target else ""
            parts.append(f"Indikator: {ind.text}{tgt}.")
        if self.unit:
            parts.append(f"Penanggung jawab: {self.unit}.")
        return " ".join(parts)


@dataclass(frozen=True)
class Rhk:
    """One rencana hasil kerja of an SKP."""

    id: str
    text: str
    supervisor_rhk: str | None = None
    aspect: str | None = None  # kuantitas / kualitas / waktu
    indicator: str | None = None
    target: str | None = None  # e.g. "12 laporan"
    trajectory: bool = True
    attributes: dict[str, Any] = field(default_factory=dict)

    def text_for_search(self) -> str:
        parts = [f"RHK {self.id}: {self.text}."]
        if self.indicator:
            parts.append(f"Indikator: {self.indicator}.")
        if self.target:
            parts.append(f"Target: {self.target}.")
        return " ".join(parts)


@dataclass(frozen=True)
class Skp:
    nip: str
    period: str  # e.g. "2026"
    rhk: tuple[Rhk, ...] = ()


@dataclass(frozen=True)
class Staff:
    nip: str
    name: str
    jabatan: str | None = None
    unit: str | None = None
    supervisor_nip: str | None = None
    role: str = "pegawai"
    telegram_id: int | None = None
    timezone: str = DEFAULT_TIMEZONE
    agency_id: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        return f"Pegawai {self.name} (NIP {self.nip}), {self.jabatan or '-'} pada {self.unit or '-'}."


def to_dict(record: Any) -> dict[str, Any]:
    """A JSON-ready dict of any record above."""
    return asdict(record)
