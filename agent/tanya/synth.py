"""Deterministic synthetic journals: a small agency for tests and evaluation,
and a large one (100,000 entries) for ``jejak bench tanya``.

Everything is fictional (names, NIPs, RHK). The same seed always gives the
same journal, so the expected answers in ``data/questions.jsonl`` stay valid.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import insert

from journal.calendar import working_days
from journal.db import Journal
from journal.models import Activity, Agency, Assessment, RhkRow, Staff, Unit

AGENCY = "synth"
TODAY = date(2026, 11, 20)  # a Friday; "hari ini" of the evaluation set
START = date(2026, 9, 1)
VALUES = ("Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif")
PROBIS = (
    ("PB-1.1", "Analisis kebutuhan pengguna dan perancangan aplikasi"),
    ("PB-1.2", "Pembangunan aplikasi pengumpulan data sensus dan survei"),
    ("PB-2.1", "Pengelolaan metadata dan standar data statistik"),
    ("PB-2.4", "Layanan data statistik bagi pengguna internal dan eksternal"),
    ("PB-3.2", "Pengelolaan pusat data dan server"),
    ("PB-4.1", "Layanan helpdesk dan penanganan tiket gangguan TI"),
    ("PB-5.1", "Penyusunan rencana kerja dan anggaran direktorat"),
    ("PB-5.3", "Pengelolaan kepegawaian dan administrasi umum"),
)
TASKS = {
    "PB-1.1": "menyusun dokumen kebutuhan aplikasi", "PB-1.2": "memprogram modul aplikasi survei",
    "PB-2.1": "memutakhirkan metadata kegiatan statistik", "PB-2.4": "melayani permintaan data pengguna",
    "PB-3.2": "memeriksa server pusat data", "PB-4.1": "menangani tiket helpdesk",
    "PB-5.1": "menyusun RKA dan rencana anggaran", "PB-5.3": "mengolah administrasi kepegawaian",
}
FIRST = ("Budi", "Siti", "Agus", "Dewi", "Rudi", "Lestari", "Joko", "Ratna", "Hadi", "Wulan", "Yusuf",
         "Intan", "Bambang", "Fitri", "Eko", "Nur", "Gilang", "Maya", "Tono", "Rini")
LAST = ("Santoso", "Aminah", "Wijaya", "Pratiwi", "Hartono", "Kusuma", "Susilo", "Permata", "Saputra",
        "Anggraeni", "Firmansyah", "Rahayu", "Nugroho", "Handayani", "Prasetyo", "Safitri")


@dataclass
class Org:
    staff: list[dict] = field(default_factory=list)
    units: list[str] = field(default_factory=list)
    rhk: list[dict] = field(default_factory=list)


def _nip(i: int) -> str:
    return f"19{80 + i % 20:02d}0{1 + i % 9}01{2005 + i % 15}0{1 + i % 9}1{i:03d}"


def make_org(teams: int = 3, members: int = 3, agency: str = AGENCY) -> Org:
    """A head (penilai), an admin, ``teams`` teams each with a lead (atasan) and members."""
    org, i = Org(), 0

    def person(role: str, unit: str, sup: str | None) -> dict:
        nonlocal i
        name = f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST) + i) % len(LAST)]}"  # unique below 320
        row = dict(nip=_nip(i), agency_id=agency, name=name, jabatan=role.title(), unit=unit,
                   supervisor_nip=sup, role=role, telegram_id=900000 + i)
        i += 1
        org.staff.append(row)
        return row

    org.units.append("Direktorat Sintesis")
    head = person("penilai", "Direktorat Sintesis", None)
    for t in range(teams):
        unit = f"Tim {t + 1}"
        org.units.append(unit)
        lead = person("atasan", unit, head["nip"])
        for _ in range(members):
            person("pegawai", unit, lead["nip"])
    org.units.append("Tata Usaha")
    person("admin", "Tata Usaha", head["nip"])
    for s in org.staff:
        for k, target in enumerate(("12 laporan", "24 kegiatan", "100%"), start=1):
            org.rhk.append(dict(nip=s["nip"], period="2026", code=f"RHK-{k}", text=f"Hasil kerja {k} {s['name']}",
                                aspect="kuantitas", indicator=f"Indikator {k}", target=target,
                                trajectory=not target.endswith("%")))
    return org


def make_entries(org: Org, start: date = START, end: date = TODAY, per_day: float = 1.0,
                 seed: int = 6, idle: int = 1) -> list[dict]:
    """Entries for every working day; the last ``idle`` pegawai log nothing in the last week."""
    rng = random.Random(seed)
    idle_nips = set([s["nip"] for s in org.staff if s["role"] == "pegawai"][-idle:]) if idle else set()
    last_week = end - timedelta(days=end.weekday())
    out = []
    for d in working_days(start, end):
        for s in org.staff:
            if s["nip"] in idle_nips and d >= last_week:
                continue
            n = int(per_day) + (rng.random() < per_day - int(per_day))
            if rng.random() < 0.12:
                n = 0
            for _ in range(n):
                pid, pname = PROBIS[rng.randrange(len(PROBIS))]
                vals = rng.sample(VALUES, rng.randint(1, 4))
                age = (end - d).days
                status = "approved" if age > 10 else rng.choice(("submitted", "submitted", "approved", "returned"))
                out.append(dict(nip=s["nip"], day=d, minutes=rng.choice((120, 180, 240, 300, 360, 420)),
                                text=f"{TASKS[pid]} ({d:%d/%m})", probis_id=pid, probis_name=pname,
                                rhk_code=f"RHK-{rng.randint(1, 3)}", values=vals, status=status,
                                volume=float(rng.randint(0, 2))))
    return out


def populate(journal: Journal, org: Org, entries: list[dict], batch: int = 5000) -> None:
    """Write the organisation and the entries with bulk inserts."""
    with journal.session() as s:
        agency = org.staff[0]["agency_id"]
        s.add(Agency(id=agency, name="Instansi sintetis"))
        units = {name: Unit(agency_id=agency, name=name) for name in org.units}
        s.add_all(units.values())
        s.flush()
        for r in org.staff:
            s.add(Staff(**{k: v for k, v in r.items() if k != "unit"}, unit_id=units[r["unit"]].id))
        s.flush()
        s.execute(insert(RhkRow), org.rhk)
    for i in range(0, len(entries), batch):
        chunk = entries[i:i + batch]
        with journal.session() as s:
            first = (s.query(Activity.id).order_by(Activity.id.desc()).limit(1).scalar() or 0) + 1
            s.execute(insert(Activity), [
                dict(id=first + j, nip=e["nip"], agency_id=agency, day=e["day"], minutes=e["minutes"],
                     text=e["text"], description=e["text"], volume=e["volume"], status=e["status"], channel="synth")
                for j, e in enumerate(chunk)])
            s.execute(insert(Assessment), [
                dict(activity_id=first + j, analyst="synth", berakhlak=list(e["values"]), primary_value=e["values"][0],
                     probis_id=e["probis_id"], probis_name=e["probis_name"], probis_level="high",
                     rhk_code=e["rhk_code"])
                for j, e in enumerate(chunk)])
            for j, e in enumerate(chunk):
                e["id"] = first + j


def small(journal: Journal, seed: int = 6) -> tuple[Org, list[dict]]:
    """The evaluation journal: 13 staff, about 700 entries from September to November 2026."""
    org = make_org()
    ents = make_entries(org, per_day=1.5, seed=seed)
    populate(journal, org, ents)
    return org, ents


def large(journal: Journal, n: int = 100_000, seed: int = 6) -> tuple[Org, list[dict]]:
    """About ``n`` entries: 20 teams of 10, two entries a working day over a year or so."""
    org = make_org(teams=20, members=9)
    days = max(1, round(n / (len(org.staff) * 2 * 0.88)))
    start = TODAY - timedelta(days=int(days * 7 / 5))
    ents = make_entries(org, start=start, per_day=2.0, seed=seed)
    populate(journal, org, ents)
    return org, ents
