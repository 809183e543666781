"""XLSX workbook of a recap (openpyxl): one sheet per table, frozen headers,
sensible widths and number formats."""
from __future__ import annotations

import io

from journal.recap import Recap
from journal.reports import texts as T
from journal.sheets.layout import STATUS_LABELS

HEADER_FILL = "1F4E78"
FORMATS = {"hours": "#,##0.0", "int": "#,##0", "pct": '0.0"%"', "date": "DD/MM/YYYY"}


def _sheet(wb, title: str, columns, rows, formats: dict[int, str] | None = None,
           widths: dict[int, int] | None = None):
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title)
    ws.append(list(columns))
    for cell in ws[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    longest = [len(str(c)) for c in columns]
    for row in rows:
        ws.append(list(row))
        for i, v in enumerate(row):
            longest[i] = max(longest[i], min(len(str(v)) if v is not None else 0, 60))
    for i, fmt in (formats or {}).items():
        for cells in ws.iter_cols(min_col=i + 1, max_col=i + 1, min_row=2):
            for cell in cells:
                cell.number_format = fmt
    for i, n in enumerate(longest):
        ws.column_dimensions[get_column_letter(i + 1)].width = (widths or {}).get(i, max(8, n + 2))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    return ws


def build_workbook(recap: Recap):
    """The recap as a workbook: a summary sheet, then people, days, values, processes, pokin and RHK progress."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = T.SHEET_NAMES["summary"]
    ws.append([T.TITLE, T.SCOPE.get(recap.target.kind, "")])
    ws["A1"].font = Font(bold=True, size=14)
    summary = [
        (T.SCOPE.get(recap.target.kind, ""), recap.label, None),
        (T.PERIOD, f"{recap.period.label} ({recap.period.start:%d/%m/%Y}–{recap.period.end:%d/%m/%Y})", None),
        (T.WORKING_DAYS, len(recap.working_days), FORMATS["int"]),
        (T.ENTRIES, recap.total_entries, FORMATS["int"]),
        (T.HOURS, round(recap.total_hours, 2), FORMATS["hours"]),
        (T.STANDARD, round(recap.standard_total, 2), FORMATS["hours"]),
        (T.FILL, round(recap.fill_percent, 1), FORMATS["pct"]),
    ]
    for label, value, fmt in summary:
        ws.append([label, value])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        if fmt:
            ws.cell(ws.max_row, 2).number_format = fmt
    ws.column_dimensions["A"].width = 32
    ws.column_dimensions["B"].width = 48
    ws.freeze_panes = "A2"

    std = recap.standard_hours * len(recap.working_days)
    _sheet(wb, T.SHEET_NAMES["people"], T.PEOPLE_COLUMNS, [
        (p.nip, p.name, p.jabatan, p.unit, p.entries, round(p.hours, 2), std,
         round(100 * p.hours / std, 1) if std else 0.0, len(p.days), len(p.missing)) for p in recap.people],
        {4: FORMATS["int"], 5: FORMATS["hours"], 6: FORMATS["hours"], 7: FORMATS["pct"]}, {0: 21})
    if recap.entries:
        names = {p.nip: p.name for p in recap.people}
        _sheet(wb, T.SHEET_NAMES["daily"], ("NIP", "Nama") + T.DAILY_COLUMNS[1:], [
            (e.nip, names.get(e.nip, ""), e.day, e.text, e.minutes, _output(e), e.rhk_code or "",
             ", ".join(e.values), STATUS_LABELS.get(e.status, e.status)) for e in recap.entries],
            {2: FORMATS["date"], 4: FORMATS["int"]}, {0: 21, 2: 12, 3: 60})
    total = max(recap.total_entries, 1)
    from knowledge.berakhlak import NAMES

    _sheet(wb, T.SHEET_NAMES["values"], T.VALUE_COLUMNS,
           [(n, recap.values.get(n, 0), round(100 * recap.values.get(n, 0) / total, 1)) for n in NAMES],
           {1: FORMATS["int"], 2: FORMATS["pct"]})
    _sheet(wb, T.SHEET_NAMES["process"], T.PROCESS_COLUMNS,
           [(c, t, n, round(m / 60, 2)) for c, t, n, m in recap.processes], {2: FORMATS["int"], 3: FORMATS["hours"]},
           {1: 60})
    _sheet(wb, T.SHEET_NAMES["pokin"], T.POKIN_COLUMNS,
           [(c, t, n, round(m / 60, 2)) for c, t, n, m in recap.pokin], {2: FORMATS["int"], 3: FORMATS["hours"]},
           {1: 60})
    _sheet(wb, T.SHEET_NAMES["rhk"], T.RHK_COLUMNS, [
        (r.nip, r.code, r.text, T.TRAJECTORY if r.trajectory else T.NON_TRAJECTORY, r.target, r.realized,
         r.realized_ytd, round(r.percent, 1) if r.percent is not None else None, r.entries, round(r.minutes / 60, 2))
        for r in recap.rhk], {5: "#,##0.##", 6: "#,##0.##", 7: FORMATS["pct"], 8: FORMATS["int"],
                              9: FORMATS["hours"]}, {0: 21, 2: 50})
    return wb


def _output(e) -> str:
    if e.volume is None:
        return e.output or ""
    vol = int(e.volume) if float(e.volume).is_integer() else e.volume
    return f"{vol} {e.output or ''}".strip()


def to_bytes(recap: Recap) -> bytes:
    """The recap's workbook as XLSX bytes."""
    buf = io.BytesIO()
    build_workbook(recap).save(buf)
    return buf.getvalue()
