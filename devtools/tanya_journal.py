"""A realistic evaluation journal for ``jejak eval tanya``: the sample agency's
staff (plus a few fictional colleagues), three months of entries written the
way people write them, reviews (approved, returned with a reason, comments),
evidence and a few deleted entries.

The texts and their labels (probis, pokin, RHK, values) come from the sample
agency's labelled lines (``agent/data/devset.jsonl``) and from lines written
here for the people the set has none for. The result is a JSON file read by
``agent.tanya.evaluate.load_journal``; run ``python -m devtools.tanya_journal``
to rebuild it (the same seed always gives the same journal).
"""
from __future__ import annotations

import csv
import json
import random
from datetime import date, datetime, time, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACK = ROOT / "knowledge" / "samples" / "dsis"
DEVSET = ROOT / "agent" / "data" / "devset.jsonl"
OUT = ROOT / "agent" / "tanya" / "data" / "journal_dsis.json"

TODAY = date(2026, 11, 26)  # a Thursday
START = date(2026, 9, 1)
HOLIDAYS = (date(2026, 9, 4),)  # Maulid Nabi (cuti bersama in this fictional calendar)

# fictional colleagues added to the sample agency: (nip, name, jabatan, unit, supervisor, like)
EXTRA = (
    ("199507122020121004", "Galih Pambudi, S.Kom.", "Pranata Komputer Ahli Pertama", "Tim Pengembangan Aplikasi",
     "198108232004122002", "199802152022012001"),
    ("199609242021122003", "Yuniar Kartika Sari, S.Tr.Stat.", "Pranata Komputer Ahli Pertama",
     "Tim Pengembangan Aplikasi", "198108232004122002", "199802152022012001"),
    ("199303172016022002", "Larasati Dwi Anjani, S.Si.", "Statistisi Ahli Muda", "Tim Integrasi Data",
     "198406112007011003", "199611032019121001"),
    ("199712052020121002", "Rizky Maulana Hakim, S.Tr.Stat.", "Statistisi Ahli Pertama", "Tim Integrasi Data",
     "198406112007011003", "199611032019121001"),
    ("199401082017011003", "Bagus Setiawan, A.Md.Kom.", "Pranata Komputer Terampil", "Tim Infrastruktur TI",
     "198503072009021001", "199109302015031002"),
    ("199511202019032001", "Melati Kurniasih, S.E.", "Analis Pengelolaan Keuangan APBN Ahli Pertama",
     "Bagian Umum", "198011192005012004", "199004262014032002"),
    ("199808142022031002", "Dimas Arya Saputra, A.Md.", "Pengadministrasi Perkantoran", "Bagian Umum",
     "198011192005012004", "199207182015031003"),
    ("199603302020122001", "Oktaviani Putri Lestari, A.Md.Kom.", "Pranata Komputer Terampil",
     "Tim Layanan dan Dukungan TI", "198712092010122003", "199405222018022001"),
)

# lines for the people the labelled set has none (or few) for: (text, probis, pokin, rhk, values)
LINES = {
    "197205141996031001": [  # the director
        ("rapat pimpinan bahas progres aplikasi sensus 09.00-11.00", "PB-1", "PK-1.1", "RHK-1",
         ["Kolaboratif", "Akuntabel"]),
        ("review draf LAKIN direktorat, kasih catatan ke bagian umum", "PB-7.2", "PK-1.5.4", "RHK-5",
         ["Akuntabel", "Kompeten"]),
        ("paparan capaian SPBE di depan Sestama", "PB-7.1", "PK-1", "RHK-4", ["Akuntabel", "Loyal"]),
        ("rakor dengan deputi soal integrasi data Satu Data Indonesia", "PB-2.2", "PK-1.2.2", "RHK-2",
         ["Kolaboratif", "Loyal"]),
        ("tanda tangan SK tim pengembangan aplikasi dan nodin ke biro", "PB-6.3", "PK-1.5.3", "RHK-5",
         ["Akuntabel"]),
        ("monev realisasi anggaran triwulan III bersama ketua tim", "PB-7.1", "PK-1.5", "RHK-5",
         ["Akuntabel", "Kolaboratif"]),
        ("kunjungan ke ruang server, cek kesiapan DRC", "PB-3.2", "PK-1.3.2", "RHK-3", ["Akuntabel", "Adaptif"]),
        ("bimbingan ke ketua tim soal penyusunan SKP 2027", "PB-6.2", "PK-1.5.3", "RHK-5",
         ["Kompeten", "Harmonis"]),
    ],
    "198712092010122003": [  # layanan TI coordinator (admin)
        ("koordinasi penanganan tiket helpdesk mingguan, 40 tiket dibahas", "PB-4.1", "PK-1.4.1", "RHK-1",
         ["Berorientasi Pelayanan", "Kolaboratif"]),
        ("rekap survei kepuasan pengguna layanan TI triwulan", "PB-4.3", "PK-1.4", "RHK-3",
         ["Berorientasi Pelayanan", "Akuntabel"]),
        ("susun SOP eskalasi gangguan jaringan satker daerah", "PB-4.3", "PK-1.4.1", "RHK-3",
         ["Adaptif", "Akuntabel"]),
        ("bimtek aplikasi SOBAT buat operator provinsi via zoom", "PB-4.2", "PK-1.4.2", "RHK-2",
         ["Berorientasi Pelayanan", "Kompeten"]),
        ("daftarin akun pegawai baru ke aplikasi internal", "PB-4.1", "PK-1.4.1.1", "RHK-1",
         ["Berorientasi Pelayanan"]),
        ("evaluasi SLA helpdesk bulan ini, 92% tiket tepat waktu", "PB-4.3", "PK-1.4.1", "RHK-3",
         ["Akuntabel", "Kompeten"]),
    ],
    "199405222018022001": [  # layanan TI, Makassar
        ("tangani 6 tiket helpdesk akun SSO terkunci dari satker sulsel", "PB-4.1", "PK-1.4.1.1", "RHK-1",
         ["Berorientasi Pelayanan", "Kompeten"]),
        ("instal ulang aplikasi CAPI di 12 tablet mitra", "PB-4.2", "PK-1.4.2", "RHK-2",
         ["Berorientasi Pelayanan", "Kompeten"]),
        ("pendampingan operator kabupaten pakai dashboard monitoring lapangan", "PB-4.2", "PK-1.4.2", "RHK-2",
         ["Berorientasi Pelayanan", "Kolaboratif"]),
        ("cek koneksi VPN kantor provinsi yg putus-putus, lapor ke tim infra", "PB-3.1", "PK-1.3.1", "RHK-1",
         ["Kolaboratif", "Adaptif"]),
        ("update inventaris perangkat TI provinsi", "PB-6.4", "PK-1.4", "RHK-3", ["Akuntabel"]),
        ("tutup tiket gangguan printer jaringan ruang PST", "PB-4.1", "PK-1.4.1.1", "RHK-1",
         ["Berorientasi Pelayanan"]),
    ],
    "199109302015031002": [  # infrastruktur, Papua
        ("monitoring jaringan WAN satker papua, 2 kabupaten down", "PB-3.1", "PK-1.3.1", "RHK-1",
         ["Akuntabel", "Adaptif"]),
        ("ganti router kantor BPS kabupaten yg rusak kena petir", "PB-3.1", "PK-1.3.1", "RHK-1",
         ["Berorientasi Pelayanan", "Adaptif"]),
        ("koordinasi dgn provider soal bandwidth VSAT", "PB-3.1", "PK-1.3.1", "RHK-1", ["Kolaboratif"]),
        ("backup konfigurasi switch dan firewall provinsi", "PB-3.2.1", "PK-1.3.2", "RHK-2", ["Akuntabel"]),
        ("scan kerentanan server aplikasi provinsi, 3 temuan sedang", "PB-3.3", "PK-1.3.3", "RHK-3",
         ["Akuntabel", "Kompeten"]),
        ("patch OS server file provinsi", "PB-3.2", "PK-1.3.2", "RHK-2", ["Kompeten"]),
    ],
}

OUTPUTS = ("notulen", "laporan", "dokumen", "tiket", "modul", "berkas", "bahan paparan", "surat", "-")
RETURN_REASONS = (
    "hasilnya belum jelas, sebutkan dokumen apa", "durasi terlalu lama untuk kegiatan ini, mohon dicek",
    "mohon lampirkan bukti notulen", "uraian terlalu singkat, rinci lagi", "tanggal sepertinya keliru",
)
COMMENTS = ("bagus, lanjutkan", "tolong koordinasi dengan tim infra juga", "jangan lupa upload ke drive tim",
            "sudah sesuai rencana", "perhatikan tenggat minggu depan")


def working_days(start: date, end: date) -> list[date]:
    """The working days (weekdays that are not holidays) from ``start`` to ``end``."""
    out, d = [], start
    while d <= end:
        if d.weekday() < 5 and d not in HOLIDAYS:
            out.append(d)
        d += timedelta(days=1)
    return out


def _read_csv(name: str) -> list[dict]:
    with (PACK / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def org() -> tuple[list[dict], list[dict]]:
    """(staff, rhk) of the sample agency plus the extra colleagues (who copy a similar colleague's SKP)."""
    staff = [dict(nip=r["nip"], name=r["nama"], jabatan=r["jabatan"], unit=r["unit"],
                  supervisor_nip=r["nip_atasan"] or None, role=r["peran"],
                  telegram_id=int(r["id_telegram"]) if r["id_telegram"] else None,
                  timezone={"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}[r["zona_waktu"]])
             for r in _read_csv("pegawai.csv")]
    rhk = [dict(nip=r["nip"], period=r["periode"], code=r["kode_rhk"], text=r["rhk"],
                supervisor_rhk=r["rhk_atasan"] or None, aspect=r["aspek"], indicator=r["indikator"],
                target=r["target"], trajectory=r["jenis"] == "trajectory") for r in _read_csv("skp.csv")]
    for nip, name, jabatan, unit, sup, like in EXTRA:
        staff.append(dict(nip=nip, name=name, jabatan=jabatan, unit=unit, supervisor_nip=sup, role="pegawai",
                          telegram_id=None, timezone="Asia/Jakarta"))
        rhk += [{**r, "nip": nip} for r in rhk if r["nip"] == like]
    return staff, rhk


def pools(staff: list[dict]) -> dict[str, list[tuple]]:
    """Each person's pool of labelled lines to draw entries from (the fictional colleagues copy a model's)."""
    devset = [json.loads(line) for line in DEVSET.read_text(encoding="utf-8").splitlines() if line.strip()]
    out: dict[str, list[tuple]] = {s["nip"]: [] for s in staff}
    for d in devset:
        if d.get("nip") in out and d.get("rhk"):
            out[d["nip"]].append((d["text"], d.get("probis"), d.get("pokin"), d.get("rhk"), d["berakhlak"]))
    for nip, lines in LINES.items():
        out[nip] += lines
    like = {e[0]: e[5] for e in EXTRA}
    for nip, model in like.items():
        out[nip] = list(out[model])
    return out


def _time(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


def build(seed: int = 2026) -> dict:
    """Build the whole journal deterministically from ``seed``: staff, entries, reviews, evidence."""
    rng = random.Random(seed)
    staff, rhk = org()
    pool = pools(staff)
    names = {s["nip"]: s["name"] for s in staff}
    sup = {s["nip"]: s["supervisor_nip"] for s in staff}
    days = working_days(START, TODAY)
    silent = {"199109302015031002": [d for d in days if d >= TODAY - timedelta(days=9)],  # not logging lately
              "199511202019032001": [d for d in days if date(2026, 10, 12) <= d <= date(2026, 10, 16)]}  # leave
    sparse = {"197205141996031001": 0.55, "198503072009021001": 0.7}
    acts, reviews, evidence = [], [], []
    aid = 0
    for d in days:
        for s in staff:
            nip = s["nip"]
            if d in silent.get(nip, ()) or rng.random() > sparse.get(nip, 0.9):
                continue
            clock = rng.choice((450, 465, 480, 495))  # 07.30 .. 08.15
            for _ in range(rng.choice((1, 2, 2, 3, 3, 4))):
                text, probis, pokin, code, values = rng.choice(pool[nip])
                minutes = rng.choice((30, 60, 60, 90, 120, 120, 150, 180, 240))
                if clock + minutes > 17 * 60:
                    break
                use_range = rng.random() < 0.5
                start, end = (_time(clock), _time(clock + minutes)) if use_range else (None, None)
                clock += minutes + rng.choice((0, 0, 15, 30, 60))
                out = rng.choice(OUTPUTS)
                vol = None if out == "-" else float(rng.choice((1, 1, 1, 2, 3, 5)))
                age = (TODAY - d).days
                r = rng.random()
                if age > 14:
                    status = "approved" if r < 0.85 else ("returned" if r < 0.9 else "submitted")
                elif age > 4:
                    status = "approved" if r < 0.5 else ("returned" if r < 0.62 else "submitted")
                else:
                    status = "submitted" if r < 0.85 else ("approved" if r < 0.95 else "returned")
                if sup[nip] is None and status != "submitted":
                    status = "approved"
                aid += 1
                created = datetime.combine(d, time(16, rng.randrange(60))) - timedelta(hours=7)
                acts.append(dict(id=aid, nip=nip, day=d.isoformat(), start=start and start.strftime("%H:%M"),
                                 end=end and end.strftime("%H:%M"), minutes=minutes, text=text, output=out,
                                 volume=vol, status=status, deleted=rng.random() < 0.01, channel="telegram",
                                 created_at=created.isoformat(), probis_id=probis, pokin_id=pokin, rhk_code=code,
                                 berakhlak=list(values)))
                reviewer = sup[nip]
                when = created + timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 5))
                when = min(when, datetime.combine(TODAY, time(10, 0)) - timedelta(hours=7))  # never after today
                if status == "approved" and reviewer:
                    reviews.append(dict(activity_id=aid, reviewer_nip=reviewer, action="approve", comment=None,
                                        created_at=when.isoformat()))
                elif status == "returned":
                    reviews.append(dict(activity_id=aid, reviewer_nip=reviewer, action="return",
                                        comment=rng.choice(RETURN_REASONS), created_at=when.isoformat()))
                if reviewer and rng.random() < 0.04:
                    reviews.append(dict(activity_id=aid, reviewer_nip=reviewer, action="comment",
                                        comment=rng.choice(COMMENTS), created_at=(when + timedelta(hours=1)).isoformat()))
                if rng.random() < 0.2:
                    kind = rng.choice(("image/jpeg", "application/pdf"))
                    evidence.append(dict(activity_id=aid, path=f"evidence/{aid}.{'jpg' if 'jpeg' in kind else 'pdf'}",
                                         sha256=f"{aid:064x}", mime=kind, size=rng.randint(40_000, 900_000),
                                         created_at=(created + timedelta(minutes=5)).isoformat()))
    return {"today": TODAY.isoformat(), "agency": "dsis", "holidays": [h.isoformat() for h in HOLIDAYS],
            "staff": staff, "rhk": rhk, "activities": acts, "reviews": reviews, "evidence": evidence,
            "names": names}


def main() -> None:
    """Rebuild the stored journal file."""
    data = build()
    data.pop("names")
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=None, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(data['staff'])} staff, {len(data['activities'])} entries, {len(data['reviews'])} reviews, "
          f"{len(data['evidence'])} evidence")


if __name__ == "__main__":
    main()
