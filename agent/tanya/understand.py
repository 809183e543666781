"""Deterministic understanding of the common question forms -> one tool call.

Recognises who is asked about (names, "saya", "tim saya", "semua pegawai"),
the period(s), an RHK number, a BerAKHLAK value, a business process phrase
and the kind of question. It never decides what the asker may see: it only
chooses the tool and its arguments; the tool applies the scope.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from agent.tanya.names import Directory
from agent.tanya.periods import find_periods

VALUE_WORDS = (
    ("berorientasi pelayanan", "Berorientasi Pelayanan"), ("pelayanan", "Berorientasi Pelayanan"),
    ("akuntabel", "Akuntabel"), ("kompeten", "Kompeten"), ("harmonis", "Harmonis"), ("loyal", "Loyal"),
    ("adaptif", "Adaptif"), ("kolaboratif", "Kolaboratif"),
)
ALL_WORDS = r"\b(semua|seluruh)\s+(pegawai|staf|orang|karyawan|asn|instansi|data)\b|\bsiapa\s+saja\s+di\s+instansi\b"
TEAM_WORDS = (r"\b(tim\s*(saya|ku)|timku|anggota\s+tim|bawahan|tim\s+kami|unit\s+saya|per\s+(orang|pegawai)|"
              r"(setiap|tiap)\s+(orang|pegawai)|masing-masing)\b")
SELF_WORDS = r"\b(saya|aku|sendiri)\b"

# (kind, pattern), first match wins
KINDS = (
    ("predikat", r"\bpredikat\b"),
    ("compare", r"\b(banding|bandingkan|dibandingkan|perbandingan)\b"),
    ("missing", r"\b(belum|tidak|tak|sudah)\s+(pernah\s+)?(mengisi|isi|mencatat|melapor|lapor|menulis|ada\s+entri)"),
    ("below", r"(di\s*bawah|kurang\s+dari)\s+(jam\s+)?standar|\bkurang\s+jam\b"),
    ("pending", r"\b(menunggu|belum\s+disetujui|perlu\s+ditinjau|belum\s+ditinjau|antre|antri)\b"),
    ("rhk", r"\b(progres|kemajuan|capaian)\b|\brhk\s+(mana|apa)\b"),
    ("top", r"\bsiapa\b.*\b(paling\s+|ter)(banyak|sedikit|rajin|tinggi|rendah|lama)\b"),
    ("activities", r"\b(aktivitas|kegiatan|entri|pekerjaan)\s+(apa|mana)\b|\bapa\s+saja\b|\b(daftar|tampilkan|sebutkan)\b"),
    ("values", r"\bnilai\b|\bberakhlak\b"),
    ("hours", r"\bjam\b|\bberapa\s+lama\b|\bwaktu\s+kerja\b|\b(kinerja|rekap|ringkasan)\b"),
    ("count", r"\bberapa\s+(aktivitas|kegiatan|entri|kali)\b"),
    ("activities", r"\b(aktivitas|kegiatan|entri|pekerjaan)\b"),
)


WHO_ARG = {"self": "saya", "team": "tim saya", "all": "semua", "scope": "cakupan saya"}


@dataclass
class Intent:
    kind: str | None
    who: str  # self / team / scope / all / people
    nips: list[str] = field(default_factory=list)
    ambiguous: list[list[str]] = field(default_factory=list)
    periods: list = field(default_factory=list)
    rhk: str | None = None
    value: str | None = None
    extreme: str | None = None  # "min" or "max"
    process: str | None = None

    def tool_call(self) -> tuple[str, dict] | None:
        """The tool and arguments that answer this intent."""
        if self.kind is None:
            return None
        who = ", ".join(self.nips) if self.who == "people" else WHO_ARG[self.who]
        per = [p.key for p in self.periods]
        period = per[0] if per else None
        if self.kind == "compare" and len(self.nips) > 1 and len(per) < 2:  # people side by side
            return "jam_kerja", {"pegawai": who, "periode": period or "bulan ini", "rhk": self.rhk,
                                 "nilai": self.value, "proses": self.process, "hitung": False}
        if self.kind == "compare":
            a = per[0] if per else "minggu ini"
            b = per[1] if len(per) > 1 else "minggu lalu"
            return "bandingkan_jam", {"pegawai": who, "periode_a": a, "periode_b": b}
        if self.kind in ("missing", "below"):
            name = "belum_mengisi" if self.kind == "missing" else "di_bawah_standar"
            return name, {"pegawai": who, "periode": period or ("hari ini" if self.kind == "missing" else "minggu ini")}
        if self.kind == "pending":
            return "menunggu_tinjauan", {"pegawai": who}
        if self.kind == "predikat":
            return "usulan_predikat", {"pegawai": who, "periode": period or "bulan ini"}
        if self.kind == "rhk":
            return "progres_rhk", {"pegawai": who, "periode": period or "bulan ini", "rhk": self.rhk}
        if self.kind == "top":
            return "peringkat_jam", {"pegawai": who, "periode": period or "bulan ini", "urutan": self.extreme or "max",
                                     "rhk": self.rhk, "proses": self.process}
        if self.kind == "values":
            return "nilai_berakhlak", {"pegawai": who, "periode": period or "bulan ini", "nilai": self.value}
        if self.kind == "activities":
            return "cari_aktivitas", {"pegawai": who, "periode": period, "rhk": self.rhk, "nilai": self.value,
                                      "proses": self.process}
        return "jam_kerja", {"pegawai": who, "periode": period or "bulan ini", "rhk": self.rhk, "nilai": self.value,
                             "proses": self.process, "hitung": self.kind == "count"}


def _process(low: str) -> str | None:
    m = re.search(r"\b(?:proses(?:\s+bisnis)?|probis|mendukung)\s+(?:proses\s+)?(.+?)(?=\?|$|\s+(?:pada|oleh|untuk|"
                  r"selama|di\s+bulan|bulan|minggu|pekan|hari|tahun|tanggal|sejak|dari|yang\s+dilakukan)\b)", low)
    if not m:
        return None
    phrase = m.group(1).strip(" .,!")
    return phrase or None


def understand(question: str, directory: Directory, today: date, prefer=None) -> Intent:
    low = " ".join(question.lower().split())
    kind = next((k for k, pat in KINDS if re.search(pat, low)), None)
    if kind == "values" and re.search(r"\bberapa\s+kali\b", low):
        kind = "count"
    nips, ambiguous = directory.resolve(question, prefer)
    if nips or ambiguous:
        who = "people"
    elif re.search(ALL_WORDS, low):
        who = "all"
    elif re.search(TEAM_WORDS, low) or (kind in ("missing", "below", "top", "pending") and not re.search(SELF_WORDS, low)):
        who = "team"
    elif kind == "activities" and not re.search(SELF_WORDS, low):
        who = "scope"  # "which activities ..." without a subject: everything the asker may see
    else:
        who = "self"
    m = re.search(r"\brhk[\s\-]*(?:ke[\s\-]*|nomor\s+|no\.?\s*)?(\d+)", low)
    value = next((v for w, v in VALUE_WORDS if re.search(rf"\b{w}\b", low)), None)
    extreme = "min" if re.search(r"\b(paling\s+(jarang|sedikit|rendah)|tersedikit|terendah)\b", low) else (
        "max" if re.search(r"\b(paling\s+(sering|banyak|rajin|tinggi|lama)|terbanyak|tertinggi|dominan)\b", low) else None)
    return Intent(kind, who, nips, ambiguous, find_periods(question, today), f"RHK-{m.group(1)}" if m else None,
                  value, extreme, _process(low))
