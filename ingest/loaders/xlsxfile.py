"""XLSX workbooks: every sheet is a table (first non-empty row is the header)."""
from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

from ingest import messages
from ingest.errors import IngestError
from ingest.loaders import Loaded, Table


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value).strip()


def load_xlsx(path: Path) -> Loaded:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(str(path), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise IngestError(messages.XLSX_CORRUPT) from exc
    tables = []
    imprecise: list[str] = []
    try:
        for ws in wb.worksheets:
            rows = [(i, [_cell(v) for v in r]) for i, r in enumerate(ws.iter_rows(values_only=True), start=1)]
            rows = [(i, r) for i, r in rows if any(r)]
            if any(isinstance(v, float) and abs(v) >= 1e15 for r in ws.iter_rows(values_only=True) for v in r):
                imprecise.append(ws.title)
            if not rows:
                continue
            width = max(len([c for c in rows[0][1]]), 1)
            header = rows[0][1][:width]
            while header and not header[-1]:
                header.pop()
            tables.append(Table(header=header, rows=[(i, r[: len(header)]) for i, r in rows[1:]], sheet=ws.title))
    finally:
        wb.close()
    if not tables:
        raise IngestError(messages.NO_TEXT)
    notes = [messages.NOTE_LONG_NUMBERS.format(name=path.name, sheets=", ".join(imprecise))] if imprecise else []
    return Loaded(tables=tables, notes=notes, n_pages=len(tables))
