"""The stored evaluation journals of ``jejak eval tanya``, written into any journal (a temporary SQLite
file for the evaluation):

- ``data/journal_dsis.json``: the sample agency's staff and three months of entries with reviews and
  evidence (the blind set's journal; rebuilt by ``devtools.tanya_journal``);
- ``data/journal_synth.json``: a small fictional agency, entries only (the old set's journal; rebuilt by
  ``devtools.tanya_synth``).
"""
from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import insert

from journal.db import Journal
from journal.models import Activity, Agency, Assessment, Evidence, Review, RhkRow, Staff, Unit

JOURNAL_FILE = Path(__file__).parent / "data" / "journal_dsis.json"
SYNTH_FILE = Path(__file__).parent / "data" / "journal_synth.json"


def read(path: Path = JOURNAL_FILE) -> dict:
    """Read a stored evaluation journal."""
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


def populate_plain(journal: Journal, data: dict, entries: list[dict] | None = None, batch: int = 5000) -> None:
    """Write a journal of entries only (``journal_synth.json``'s form) with bulk inserts.

    ``entries`` (default: ``data["entries"]``) get the ``id`` they were stored under."""
    agency = data["agency"]
    entries = data["entries"] if entries is None else entries
    with journal.session() as s:
        s.add(Agency(id=agency, name="Instansi sintetis"))
        units = {name: Unit(agency_id=agency, name=name) for name in data["units"]}
        s.add_all(units.values())
        s.flush()
        for r in data["staff"]:
            s.add(Staff(**{k: v for k, v in r.items() if k != "unit"}, unit_id=units[r["unit"]].id))
        s.flush()
        s.execute(insert(RhkRow), data["rhk"])
    for i in range(0, len(entries), batch):
        chunk = entries[i:i + batch]
        with journal.session() as s:
            first = (s.query(Activity.id).order_by(Activity.id.desc()).limit(1).scalar() or 0) + 1
            s.execute(insert(Activity), [
                dict(id=first + j, nip=e["nip"], agency_id=agency, day=_day(e["day"]), minutes=e["minutes"],
                     text=e["text"], description=e["text"], volume=e["volume"], status=e["status"], channel="synth")
                for j, e in enumerate(chunk)])
            s.execute(insert(Assessment), [
                dict(activity_id=first + j, analyst="synth", berakhlak=list(e["values"]), primary_value=e["values"][0],
                     probis_id=e["probis_id"], probis_name=e["probis_name"], probis_level="high",
                     rhk_code=e["rhk_code"])
                for j, e in enumerate(chunk)])
            for j, e in enumerate(chunk):
                e["id"] = first + j


def _day(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)
