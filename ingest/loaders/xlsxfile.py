"""XLSX workbooks, streamed (openpyxl read-only): every sheet is a table (first non-empty row
is the header). Rows and cells are counted against the limits as they are read."""
from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

from ingest import texts as T
from ingest.errors import IngestError
from ingest.limits import Counter, IngestLimits, check_zip
from ingest.loaders.document import Loaded, Table


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


def load_xlsx(path: Path, limits: IngestLimits | None = None, on_read=None) -> Loaded:
    """Read every sheet of an XLSX as tables within the row limits, reading only the cells that exist."""
    from openpyxl import load_workbook

    limits = limits or IngestLimits()
    check_zip(path, limits, T.XLSX_CORRUPT)
    try:
        wb = load_workbook(str(path), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise IngestError(T.XLSX_CORRUPT) from exc
    tables = []
    imprecise: list[str] = []
    counter = Counter(limits, on_read)
    try:
        for ws in wb.worksheets:
            ws.reset_dimensions()  # a sheet's declared size can lie: read only the cells that are there
            rows: list[tuple[int, list[str]]] = []
            long_number = False
            for i, values in enumerate(ws.iter_rows(values_only=True), start=1):
                cells = [_cell(v) for v in values]
                filled = any(cells)
                counter.row(len(cells), filled)
                if filled:
                    rows.append((i, cells))
                    long_number = long_number or any(isinstance(v, float) and abs(v) >= 1e15 for v in values)
            if long_number:
                imprecise.append(ws.title)
            if not rows:
                continue
            header = rows[0][1]
            while header and not header[-1]:
                header.pop()
            width = len(header)
            tables.append(Table(header=header, rows=[(i, (r + [""] * width)[:width]) for i, r in rows[1:]],
                                sheet=ws.title))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(T.XLSX_CORRUPT) from exc
    finally:
        wb.close()
    if not tables:
        raise IngestError(T.NO_TEXT)
    notes = [T.NOTE_LONG_NUMBERS.format(name=path.name, sheets=", ".join(imprecise))] if imprecise else []
    return Loaded(tables=tables, notes=notes, n_pages=len(tables))
