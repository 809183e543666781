"""``jejak sheets import``: carry an agency's original n8n spreadsheets over.

Reads the staff spreadsheet (``Data_Pegawai``, the probis and pokin sheets,
``Aktivitas_sheet``) and the journal spreadsheet (one tab per employee), then:
- staff, probis and pokin tables go through the normal ingest (temporary CSVs
  -> ``ingest.pipeline.ingest_paths``) into the knowledge base, and staff/SKP
  into the journal via ``journal.staff.sync_staff``;
- past activity rows become journal entries (channel ``import``, status
  ``approved``) with their own dates, values and probis/pokin answers;
- the new entry ids are written back into the ``ID Entri`` column of those
  rows (individual tab and ``Aktivitas_sheet``), so later edits update the same
  rows. A second run finds the ids (and the content keys) and adds nothing.
"""
from __future__ import annotations

import csv
import hashlib
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from journal.models import Activity, Assessment, Staff
from journal.sheets import layout
from journal.sheets.client import translated
from journal.sheets.tabs import read_all_tabs


@dataclass
class ImportReport:
    staff: int = 0
    rhk: int = 0
    activities: int = 0
    skipped: int = 0
    probis: int = 0
    pokin: int = 0
    notes: list[str] = field(default_factory=list)


def parse_date(value: str) -> date | None:
    """A date from the spreadsheets' many formats (and Sheets serial numbers), or None."""
    value = (value or "").strip()
    for fmt in ("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d/%m/%y", "%d/%m/%Y %H:%M:%S", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    if value.replace(".", "", 1).isdigit():  # a Sheets serial number
        return date(1899, 12, 30) + timedelta(days=int(float(value)))
    return None


def _is_activity_tab(header: list[str]) -> bool:
    return [h.strip().lower() for h in header[:4]] == ["nip", "nama", "aktivitas", "tanggal"]


def _kb_tables(tabs: dict[str, list[list[str]]], folder: Path) -> list[Path]:
    from ingest.tables import detect

    paths = []
    for title, rows in tabs.items():
        if not rows or _is_activity_tab(rows[0]) or title == layout.RECAP_SHEET or detect(rows[0]) is None:
            continue
        path = folder / f"{''.join(c if c.isalnum() else '_' for c in title)}.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows(rows)
        paths.append(path)
    return paths


def _key(nip: str, day: date, text: str, n: int) -> str:
    return "sheet:" + hashlib.sha1(f"{nip}|{day.isoformat()}|{text.strip()}|{n}".encode()).hexdigest()[:24]


def import_spreadsheets(journal, kb, client, *, staff_sid: str | None, journal_sid: str | None,
                        agency_id: str, max_file_mb: float = 25) -> ImportReport:
    """Import the old spreadsheets: staff, processes and trees to the knowledge base and journal, then old activities."""
    from functools import partial

    from ingest.pipeline import ingest_paths
    from journal.errors import JournalError
    from journal.staff import sync_staff

    report = ImportReport()
    books = {sid: read_all_tabs(client, sid) for sid in dict.fromkeys(s for s in (staff_sid, journal_sid) if s)}
    all_tabs = {(sid, t): rows for sid, tabs in books.items() for t, rows in tabs.items()}
    with tempfile.TemporaryDirectory(prefix="jejak-import-") as tmp:
        paths = _kb_tables({t: r for (_, t), r in all_tabs.items()}, Path(tmp))
        if paths:
            ing = ingest_paths(kb, paths, agency_id=agency_id, max_file_mb=max_file_mb,
                               sync=partial(sync_staff, journal, agency_id), sync_errors=(JournalError,))
            types = Counter(d.doc_type for d in ing.documents)
            report.probis, report.pokin = types.get("probis", 0), types.get("pokin", 0)
            report.notes += [f"{Path(p).name}: {why}" for p, why in ing.skipped]
            report.staff, report.rhk = sync_staff(journal, agency_id, ing.staff, ing.skps)
    writes: dict[str, list[dict]] = {}
    for (sid, title), rows in all_tabs.items():
        if rows and _is_activity_tab(rows[0]) and title != layout.RECAP_SHEET:
            _import_tab(journal, sid, title, rows, agency_id, report, writes)
    if staff_sid and (staff_sid, layout.RECAP_SHEET) in all_tabs:
        _link_recap(journal, staff_sid, all_tabs[(staff_sid, layout.RECAP_SHEET)], writes)
    with translated():
        for sid, data in writes.items():
            if data:
                client.http_client.values_batch_update(sid, {"valueInputOption": "RAW", "data": data})
    return report


def _import_tab(journal, sid, title, rows, agency_id, report, writes) -> None:
    header = rows[0]
    id_col = layout.JOURNAL_ID_COL
    out = writes.setdefault(sid, [])
    if header[: len(layout.JOURNAL_COLUMNS)] != list(layout.JOURNAL_COLUMNS) and header == list(
            layout.JOURNAL_COLUMNS[: len(header)]):
        out.append({"range": f"{layout.quote_tab(title)}!A1:{layout.col_letter(len(layout.JOURNAL_COLUMNS) - 1)}1",
                    "values": [list(layout.JOURNAL_COLUMNS)]})
    seen: Counter = Counter()
    with journal.session() as s:
        known_staff = set(s.scalars(select(Staff.nip)))
        for i, raw in enumerate(rows[1:], start=2):
            row = raw + [""] * (len(layout.JOURNAL_COLUMNS) - len(raw))
            nip, text, day = row[0].strip(), row[2].strip(), parse_date(row[3])
            if not (nip and text and day):
                continue
            if row[id_col].strip().isdigit() and s.get(Activity, int(row[id_col])) is not None:
                report.skipped += 1
                continue
            if nip not in known_staff:
                report.notes.append(f"{title} baris {i}: NIP {nip} tidak ada di Data_Pegawai, dilewati.")
                continue
            seen[(nip, day, text)] += 1
            ref = _key(nip, day, text, seen[(nip, day, text)])
            act = s.scalar(select(Activity).where(Activity.source_ref == ref))
            if act is not None:
                report.skipped += 1
            else:
                act = _activity(row, nip, text, day, agency_id, ref)
                s.add(act)
                s.flush()
                report.activities += 1
            out.append({"range": f"{layout.quote_tab(title)}!{layout.col_letter(id_col)}{i}", "values": [[str(act.id)]]})


def _activity(row: list[str], nip: str, text: str, day: date, agency_id: str, ref: str) -> Activity:
    minutes = row[layout.JOURNAL_COLUMNS.index("Durasi (menit)")].strip()
    values = [v.strip() for v in row[4].split(",") if v.strip()]
    probis_ok, pokin_ok = row[6].strip().lower() == "ya", row[7].strip().lower() == "ya"
    act = Activity(nip=nip, agency_id=agency_id, day=day, text=text, description=text, status="approved",
                   channel="import", source_ref=ref, minutes=int(minutes) if minutes.isdigit() else None)
    act.assessment = Assessment(
        analyst="import", analyst_note="diimpor dari spreadsheet alur kerja n8n", berakhlak=_value_keys(values),
        primary_value=(_value_keys(values) or [None])[0],
        probis_level="import" if probis_ok else "none", probis_name=row[8].strip() or None,
        pokin_level="import" if pokin_ok else "none", pokin_text=row[9].strip() or None)
    return act


def _value_keys(names: list[str]) -> list[str]:
    from knowledge.berakhlak import by_name

    out = []
    for n in names:
        try:
            out.append(by_name(n).key)
        except KeyError:
            continue
    return out


def _link_recap(journal, sid: str, rows: list[list[str]], writes) -> None:
    """Write entry ids into ``Aktivitas_sheet`` rows that match imported entries (Nip, Aktivitas, Tanggal)."""
    out = writes.setdefault(sid, [])
    tab = layout.quote_tab(layout.RECAP_SHEET)
    if rows and len(rows[0]) <= layout.RECAP_ID_COL:
        out.append({"range": f"{tab}!{layout.col_letter(layout.RECAP_ID_COL)}1", "values": [["ID Entri"]]})
    seen: Counter = Counter()
    with journal.session() as s:
        for i, raw in enumerate(rows[1:], start=2):
            row = raw + [""] * (len(layout.RECAP_COLUMNS) - len(raw))
            day = parse_date(row[3])
            if row[layout.RECAP_ID_COL].strip() or not (row[0] and row[2] and day):
                continue
            seen[(row[0], day, row[2].strip())] += 1
            ref = _key(row[0].strip(), day, row[2], seen[(row[0], day, row[2].strip())])
            aid = s.scalar(select(Activity.id).where(Activity.source_ref == ref))
            if aid is not None:
                out.append({"range": f"{tab}!{layout.col_letter(layout.RECAP_ID_COL)}{i}", "values": [[str(aid)]]})
