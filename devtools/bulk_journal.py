"""Synthetic journals for ``jejak bench rekap`` and ``jejak bench web``: fast bulk inserts."""
from __future__ import annotations

import random
from datetime import datetime

from sqlalchemy import insert

from journal.calendar import Period, working_days
from journal.models import Activity, Agency, Assessment, RhkRow, Staff, Unit

VALUES = ("berorientasi_pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif")
TEXTS = ("Menyusun laporan bulanan", "Rapat koordinasi tim", "Mengembangkan modul aplikasi",
         "Melayani permintaan data", "Menguji aplikasi survei", "Memperbaiki gangguan jaringan")


def generate(journal, *, staff: int = 1000, period: Period, entries: int = 66000,
             agency: str = "bench", units: int = 20, seed: int = 7) -> int:
    """``staff`` employees with about ``entries`` entries spread over the working days; returns the count."""
    rng = random.Random(seed)
    days = working_days(period.start, period.end)
    entries_per_day = entries / max(1, staff * len(days))
    now = datetime(2026, 1, 1)
    with journal.engine.begin() as conn:
        conn.execute(insert(Agency), [{"id": agency, "name": "Instansi uji"}])
        conn.execute(insert(Unit), [{"id": u + 1, "agency_id": agency, "name": f"Unit {u + 1:02d}"}
                                    for u in range(units)])
        people = [{"nip": f"19900101{i:06d}1001", "agency_id": agency, "name": f"Pegawai {i:04d}",
                   "jabatan": "Pranata Komputer", "unit_id": i % units + 1, "role": "pegawai", "active": True,
                   "timezone": "Asia/Jakarta", "blocked_bot": False, "attributes": {}} for i in range(staff)]
        conn.execute(insert(Staff), people)
        conn.execute(insert(RhkRow), [
            {"nip": p["nip"], "period": str(period.start.year), "code": f"RHK-{k}", "text": f"RHK {k}",
             "target": f"{12 * k} dokumen" if k < 3 else "90%", "trajectory": k < 3}
            for p in people for k in (1, 2, 3)])
        acts, assess, aid = [], [], 0
        for p in people:
            for d in days:
                for _ in range(max(0, int(rng.gauss(entries_per_day, 0.8) + 0.5))):
                    aid += 1
                    k = rng.randint(1, 3)
                    acts.append({"id": aid, "nip": p["nip"], "agency_id": agency, "day": d,
                                 "minutes": rng.choice((30, 60, 90, 120, 150, 180)), "text": rng.choice(TEXTS),
                                 "description": "", "output": "dokumen", "volume": rng.choice((None, 1, 2)),
                                 "status": "submitted", "channel": "bench", "deleted": False,
                                 "created_at": now, "updated_at": now})
                    vals = rng.sample(VALUES, rng.randint(1, 4))
                    assess.append({"activity_id": aid, "analyst": "embedded", "berakhlak": vals,
                                   "primary_value": vals[0], "probis_id": f"PB-{rng.randint(1, 8)}",
                                   "probis_name": "Proses", "probis_level": "high", "probis_score": 0.8,
                                   "pokin_id": f"PK-{rng.randint(1, 6)}", "pokin_text": "Pokin",
                                   "pokin_level": "semantic", "pokin_score": 0.5, "rhk_code": f"RHK-{k}",
                                   "rhk_score": 0.5, "explanation": "", "citations": [],
                                   "berakhlak_scores": {}, "berakhlak_evidence": {}, "created_at": now})
        for i in range(0, len(acts), 20000):
            conn.execute(insert(Activity), acts[i:i + 20000])
            conn.execute(insert(Assessment), assess[i:i + 20000])
    return len(acts)


