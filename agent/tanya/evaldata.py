"""The realistic evaluation journal of ``jejak eval tanya`` (``data/journal_dsis.json``):
the sample agency's staff and three months of entries with reviews and evidence,
written into any journal (a temporary SQLite file for the evaluation)."""
from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import insert

from journal.db import Journal
from journal.models import Activity, Agency, Assessment, Evidence, Review, RhkRow, Staff, Unit

JOURNAL_FILE = Path(__file__).parent / "data" / "journal_dsis.json"


def read(path: Path = JOURNAL_FILE) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _t(value: str | None) -> time | None:
    return time.fromisoformat(value) if value else None


def populate(journal: Journal, data: dict, probis_names: dict[str, str] | None = None) -> None:
    """Write ``data`` (see ``read``) into ``journal``; ids are kept as in the file."""
    agency = data["agency"]
    names = probis_names or {}
    with journal.session() as s:
        if s.get(Agency, agency) is None:
            s.add(Agency(id=agency, name=agency))
        units: dict[str, Unit] = {}
        for p in data["staff"]:
            if p["unit"] not in units:
                units[p["unit"]] = Unit(agency_id=agency, name=p["unit"])
                s.add(units[p["unit"]])
        s.flush()
        for p in data["staff"]:
            s.add(Staff(nip=p["nip"], agency_id=agency, name=p["name"], jabatan=p["jabatan"],
                        unit_id=units[p["unit"]].id, supervisor_nip=p["supervisor_nip"], role=p["role"],
                        telegram_id=p["telegram_id"], timezone=p["timezone"]))
        s.flush()
        s.execute(insert(RhkRow), [dict(r) for r in data["rhk"]])
        rhk_text = {(r["nip"], r["code"]): r["text"] for r in data["rhk"]}
        acts = data["activities"]
        s.execute(insert(Activity), [dict(
            id=a["id"], nip=a["nip"], agency_id=agency, day=date.fromisoformat(a["day"]), start=_t(a["start"]),
            end=_t(a["end"]), minutes=a["minutes"], text=a["text"], description=a["text"],
            output=None if a["output"] == "-" else a["output"], volume=a["volume"], status=a["status"],
            channel=a["channel"], deleted=a["deleted"], created_at=datetime.fromisoformat(a["created_at"]),
            updated_at=datetime.fromisoformat(a["created_at"])) for a in acts])
        s.execute(insert(Assessment), [dict(
            activity_id=a["id"], analyst="embedded", berakhlak=a["berakhlak"], primary_value=a["berakhlak"][0],
            probis_id=a["probis_id"], probis_name=names.get(a["probis_id"] or ""), probis_level="high",
            probis_score=80.0 if a["probis_id"] else 0.0, pokin_id=a["pokin_id"],
            pokin_level="high" if a["pokin_id"] else "none", rhk_code=a["rhk_code"],
            rhk_text=rhk_text.get((a["nip"], a["rhk_code"])), rhk_score=80.0 if a["rhk_code"] else 0.0)
            for a in acts])
        if data["reviews"]:
            s.execute(insert(Review), [dict(r, created_at=datetime.fromisoformat(r["created_at"]))
                                       for r in data["reviews"]])
        if data["evidence"]:
            s.execute(insert(Evidence), [dict(e, created_at=datetime.fromisoformat(e["created_at"]))
                                         for e in data["evidence"]])
