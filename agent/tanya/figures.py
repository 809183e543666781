"""Measures over the counted entries of a question, whole or grouped.

Definitions (the same for every tool and every answer):
- jam = minutes / 60; entri = number of entries; hari_terisi = days with at least one entry
  (person-days when several people are counted);
- hari_kosong = working days elapsed in the period without any entry (summed over people);
- rata_hari_terisi = jam / hari_terisi; rata_hari_kerja = jam / (working days elapsed x people);
- persen_standar = jam / (standard hours x working days elapsed x people) x 100;
- rata_per_orang = jam / people;
- rata_entri_hari_terisi / rata_entri_hari_kerja = entries per day filled / per working day and person;
- persen_entri = entries passing the question's status/evidence filter / all entries x 100 (computed by the tool);
- menit = minutes; jam_per_entri / menit_per_entri = the mean length of an entry;
- selisih_standar = standard hours x working days elapsed x people - jam (what is still missing; negative above it);
- persen_hari = working days with an entry / working days elapsed x 100 (person-days); rata_entri_per_orang = entri / people.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from agent import texts as T
from journal.facts import Row

MEASURES = {  # measure -> (unit, decimals)
    "jam": ("jam", 2), "entri": ("entri", 0), "hari_terisi": ("hari", 0), "hari_kosong": ("hari", 0),
    "rata_hari_terisi": ("jam/hari terisi", 2), "rata_hari_kerja": ("jam/hari kerja", 2),
    "persen_standar": ("persen", 1), "rata_per_orang": ("jam/orang", 2), "persen_entri": ("persen", 1),
    "rata_entri_hari_terisi": ("entri/hari terisi", 2), "rata_entri_hari_kerja": ("entri/hari kerja", 2),
    "menit": ("menit", 0), "jam_per_entri": ("jam/entri", 2), "menit_per_entri": ("menit/entri", 1),
    "selisih_standar": ("jam", 2), "persen_hari": ("persen", 1), "rata_entri_per_orang": ("entri/orang", 2),
}
GROUPS = ("pegawai", "unit", "rhk", "probis", "pokin", "nilai", "nilai_utama", "minggu", "hari", "bulan", "status")
VALUES = ("Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif")
MEASURE_ALIASES = {
    "jam": "jam", "hours": "jam", "entri": "entri", "entries": "entri", "jumlah": "entri", "kegiatan": "entri",
    "hari": "hari_terisi", "hari_terisi": "hari_terisi", "hari_isi": "hari_terisi", "hari_kosong": "hari_kosong",
    "rata": "rata_hari_terisi", "rata_hari_terisi": "rata_hari_terisi", "rata_hari": "rata_hari_terisi",
    "rata_hari_kerja": "rata_hari_kerja", "persen": "persen_standar", "persen_standar": "persen_standar",
    "standar": "persen_standar", "rata_per_orang": "rata_per_orang", "per_orang": "rata_per_orang",
    "persen_entri": "persen_entri", "menit": "menit", "durasi": "jam_per_entri", "kurang_standar": "selisih_standar",
}


def measure_name(text: str | None, default: str = "jam") -> str:
    """The canonical measure for a user's or model's wording; unknown names raise with the choices."""
    if not text:
        return default
    key = str(text).strip().lower().replace("-", "_").replace(" ", "_")
    if key in MEASURES:
        return key
    if key in MEASURE_ALIASES:
        return MEASURE_ALIASES[key]
    raise ValueError(T.UNKNOWN_MEASURE.format(measure=text, choices=", ".join(MEASURES)))


def group_name(text: str | None) -> str | None:
    """The canonical grouping for a user's or model's wording; unknown names raise with the choices."""
    if not text:
        return None
    key = str(text).strip().lower()
    key = {"orang": "pegawai", "per orang": "pegawai", "nama": "pegawai", "proses": "probis", "nilai berakhlak": "nilai",
           "pekan": "minggu", "tanggal": "hari", "value": "nilai", "nilai utama": "nilai_utama", "tim": "unit",
           "bagian": "unit"}.get(key, key)
    if key not in GROUPS:
        raise ValueError(T.UNKNOWN_GROUP.format(group=text, choices=", ".join(GROUPS)))
    return key


@dataclass(frozen=True)
class Basis:
    """What a measure is divided by: the working days elapsed and the people counted."""
    workdays: tuple[date, ...]
    people: int
    standard_hours: float
    base: dict[str, int] | None = None  # entries per person without the status/evidence filter (persen_entri)


def compute(rows: list[Row], measure: str, basis: Basis, people: Iterable[str] | None = None) -> float:
    """One measure over ``rows``; ``people`` (default: the basis' count) for per-person measures."""
    nips = list(people) if people is not None else None
    n = len(nips) if nips is not None else basis.people
    minutes = sum(r.minutes for r in rows)
    hours = minutes / 60
    _, dec = MEASURES[measure]
    if measure == "jam":
        v = hours
    elif measure == "entri":
        v = len(rows)
    elif measure == "hari_terisi":
        v = len({(r.nip, r.day) for r in rows})
    elif measure == "hari_kosong":
        filled = {(r.nip, r.day) for r in rows}
        who = nips if nips is not None else sorted({r.nip for r in rows})
        v = sum(1 for p in who for d in basis.workdays if (p, d) not in filled)
    elif measure == "rata_hari_terisi":
        days = len({(r.nip, r.day) for r in rows})
        v = hours / days if days else 0.0
    elif measure == "rata_hari_kerja":
        v = hours / (len(basis.workdays) * n) if basis.workdays and n else 0.0
    elif measure == "persen_standar":
        std = basis.standard_hours * len(basis.workdays) * n
        v = 100 * hours / std if std else 0.0
    elif measure == "rata_entri_hari_terisi":
        days = len({(r.nip, r.day) for r in rows})
        v = len(rows) / days if days else 0.0
    elif measure == "rata_entri_hari_kerja":
        v = len(rows) / (len(basis.workdays) * n) if basis.workdays and n else 0.0
    elif measure == "persen_entri":
        base = basis.base or {}
        total = sum(base.get(p, 0) for p in nips) if nips is not None else sum(base.values())
        v = 100 * len(rows) / total if total else 0.0
    elif measure == "menit":
        v = minutes
    elif measure in ("jam_per_entri", "menit_per_entri"):
        v = (hours if measure == "jam_per_entri" else minutes) / len(rows) if rows else 0.0
    elif measure == "selisih_standar":  # hours still missing to the standard (negative: above it)
        v = basis.standard_hours * len(basis.workdays) * n - hours
    elif measure == "persen_hari":
        filled = len({(r.nip, r.day) for r in rows if r.day in set(basis.workdays)})
        v = 100 * filled / (len(basis.workdays) * n) if basis.workdays and n else 0.0
    elif measure == "rata_entri_per_orang":
        v = len(rows) / n if n else 0.0
    else:  # rata_per_orang
        v = hours / n if n else 0.0
    return round(v, dec) if dec else int(v)


def week_key(d: date) -> str:
    """The ISO week of a day, as a sortable key."""
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def week_label(d: date) -> str:
    """A week as its Monday–Sunday dates, for answers grouped by week."""
    monday = d - timedelta(days=d.weekday())
    sunday = monday + timedelta(days=6)
    return f"{monday.day:02d}/{monday.month:02d}–{sunday.day:02d}/{sunday.month:02d}/{sunday.year}"


def group(rows: list[Row], by: str, names: dict[str, str], people: list[str],
          units: dict[str, str] | None = None) -> tuple[dict[str, list[Row]], dict[str, str]]:
    """Rows per key of ``by`` and a label per key; people, teams and values with nothing are kept (as empty).

    ``units``: the team of each person (for ``by="unit"``).
    """
    out: dict[str, list[Row]] = defaultdict(list)
    labels: dict[str, str] = {}
    if by == "unit":
        for p in people:
            out[(units or {}).get(p, "-")]
            labels[(units or {}).get(p, "-")] = (units or {}).get(p, "-")
    if by == "pegawai":
        for p in people:
            out[p]
            labels[p] = names.get(p, p)
    if by == "nilai":
        for v in VALUES:
            out[v]
            labels[v] = v
    for r in rows:
        if by == "nilai":
            for v in r.values:
                out[v].append(r)
                labels.setdefault(v, v)
            continue
        if by == "pegawai":
            key, label = r.nip, names.get(r.nip, r.nip)
        elif by == "unit":
            key = label = (units or {}).get(r.nip, "-")
        elif by == "rhk":
            key = label = r.rhk_code or "tanpa RHK"
        elif by == "probis":
            key, label = r.probis_id or "-", f"{r.probis_id} {r.probis_name or ''}".strip() if r.probis_id else "tanpa probis"
        elif by == "nilai_utama":
            key = label = r.values[0] if r.values else "tanpa nilai"
        elif by == "pokin":
            key, label = r.pokin_id or "-", r.pokin_id or "tanpa pokin"
        elif by == "minggu":
            key, label = week_key(r.day), week_label(r.day)
        elif by == "hari":
            key, label = r.day.isoformat(), f"{r.day.day:02d}/{r.day.month:02d}/{r.day.year}"
        elif by == "bulan":
            key, label = f"{r.day.year}-{r.day.month:02d}", f"{r.day.year}-{r.day.month:02d}"
        else:
            key, label = r.status, r.status
        out[key].append(r)
        labels.setdefault(key, label)
    return dict(out), labels
