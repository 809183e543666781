"""Whole-tab operations: rebuild an employee's tab from the journal, write a
recap tab, and read every tab of a spreadsheet (for the import)."""
from __future__ import annotations

from sqlalchemy import select

from journal.models import Activity, Staff
from journal.sheets import layout
from journal.sheets.client import translated
from journal.sheets.errors import SheetsError, SheetsUnavailable
from journal.sheets.lease import Leases, lease_name


def _ensure_tab(client, sid: str, title: str, rows: int, columns: int = 26) -> None:
    """Create the tab if missing, and make its grid hold ``rows`` rows."""
    meta = client.http_client.fetch_sheet_metadata(sid)
    props = {s["properties"]["title"]: s["properties"] for s in meta.get("sheets", [])}
    if title not in props:
        client.http_client.batch_update(sid, {"requests": [{"addSheet": {"properties": {
            "title": title, "gridProperties": {"rowCount": max(1000, rows), "columnCount": max(26, columns)}}}}]})
        return
    have = props[title].get("gridProperties", {}).get("rowCount", 1000)
    if rows > have:
        client.http_client.batch_update(sid, {"requests": [{"appendDimension": {
            "sheetId": props[title]["sheetId"], "dimension": "ROWS", "length": rows - have + 1000}}]})


def _write_tab(client, sid: str, title: str, rows: list[list]) -> None:
    tab = layout.quote_tab(title)
    _ensure_tab(client, sid, title, len(rows), max((len(r) for r in rows), default=1))
    client.http_client.values_clear(sid, f"{tab}!A1:ZZ")
    if rows:
        width = max(len(r) for r in rows)
        client.http_client.values_update(sid, f"{tab}!A1:{layout.col_letter(width - 1)}{len(rows)}",
                                         params={"valueInputOption": "RAW"}, body={"values": rows})


def rebuild_employee(journal, settings, client, nip: str) -> int:
    """Rewrite the employee's tab from the journal (header + every live entry by date); returns rows.
    Read and written under the spreadsheet's lease, so no worker's rows land in between."""
    if not settings.sheets_journal_id:
        raise SheetsError("JEJAK_SHEETS_JOURNAL_ID belum diisi; tab jurnal pegawai tidak dapat dibangun ulang.")
    leases, names = Leases(journal), [lease_name(settings.sheets_journal_id)]
    if not leases.acquire(names):
        raise SheetsUnavailable("spreadsheet sedang ditulis pekerja lain")
    try:
        with journal.session() as s:
            person = s.get(Staff, nip)
            if person is None:
                raise SheetsError(f"Pegawai dengan NIP {nip} tidak ada di jurnal; periksa NIP atau impor data pegawai dulu.")
            acts = s.scalars(select(Activity).where(Activity.nip == nip, Activity.deleted.is_(False),
                                                    Activity.status != "draft")
                             .order_by(Activity.day, Activity.start, Activity.id)).all()
            rows = [list(layout.JOURNAL_COLUMNS)] + [layout.journal_row(a, person, a.assessment) for a in acts]
            title = layout.tab_name(person.name, person.sheet_name)
        with translated():
            _write_tab(client, settings.sheets_journal_id, title, rows)
    finally:
        leases.release(names)
    return len(rows) - 1


def write_recap_tab(settings, client, recap) -> str:
    """Write the recap as its own tab (``Rekap_<period>_<scope>``) of the staff spreadsheet; returns its title."""
    from journal.reports import texts as T

    sid = settings.sheets_staff_id or settings.sheets_journal_id
    if not sid:
        raise SheetsError("Id spreadsheet belum diisi; isi JEJAK_SHEETS_STAFF_ID untuk menulis tab rekap.")
    title = f"Rekap_{recap.period.key}_{recap.target.key}"[:100]
    std = recap.standard_hours * len(recap.working_days)
    rows: list[list] = [
        [T.TITLE, f"{T.SCOPE.get(recap.target.kind, '')}: {recap.label}", recap.period.label],
        [T.WORKING_DAYS, len(recap.working_days)], [T.ENTRIES, recap.total_entries],
        [T.HOURS, round(recap.total_hours, 2)], [T.STANDARD, round(recap.standard_total, 2)],
        [T.FILL, f"{recap.fill_percent:.1f}%"], [],
        list(T.PEOPLE_COLUMNS),
    ]
    rows += [[p.nip, p.name, p.jabatan, p.unit, p.entries, round(p.hours, 2), std,
              round(100 * p.hours / std, 1) if std else 0, len(p.days), len(p.missing)] for p in recap.people]
    rows += [[], list(T.VALUE_COLUMNS)]
    total = max(recap.total_entries, 1)
    rows += [[n, c, f"{100 * c / total:.0f}%"] for n, c in recap.values.most_common()]
    rows += [[], list(T.RHK_COLUMNS)]
    rows += [[r.nip, r.code, r.text, T.TRAJECTORY if r.trajectory else T.NON_TRAJECTORY, r.target, r.realized,
              r.realized_ytd, "" if r.percent is None else round(r.percent, 1), r.entries, round(r.minutes / 60, 2)]
             for r in recap.rhk]
    rows = [[str(v) if v is not None else "" for v in r] for r in rows]
    with translated():
        _write_tab(client, sid, title, rows)
    return title


def read_all_tabs(client, sid: str) -> dict[str, list[list[str]]]:
    """Every tab of the spreadsheet with its rows (two requests)."""
    with translated():
        meta = client.http_client.fetch_sheet_metadata(sid)
        titles = [s["properties"]["title"] for s in meta.get("sheets", [])]
        if not titles:
            return {}
        got = client.http_client.values_batch_get(sid, [layout.quote_tab(t) for t in titles])
    return {t: vr.get("values", []) for t, vr in zip(titles, got.get("valueRanges", []), strict=False)}
