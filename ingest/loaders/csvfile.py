"""CSV/TSV tables; delimiter sniffed among , ; tab |."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from ingest import texts as T
from ingest.errors import IngestError
from ingest.limits import Counter, IngestLimits
from ingest.loaders.document import Loaded, Table
from ingest.loaders.textfile import read_text


def load_csv(path: Path, limits: IngestLimits | None = None, on_read=None) -> Loaded:
    """Read a CSV or TSV (delimiter sniffed) as one table, within the row limits."""
    counter = Counter(limits or IngestLimits(), on_read)
    text, note = read_text(path)
    if not text.strip():
        raise IngestError(T.NO_TEXT)
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel_tab if path.suffix.lower() == ".tsv" else csv.excel
    numbered = []
    try:
        for i, r in enumerate(csv.reader(io.StringIO(text), dialect), start=1):
            cells = [c.strip() for c in r]
            filled = any(cells)
            counter.row(len(cells), filled)
            if filled:
                numbered.append((i, cells))
    except csv.Error as exc:
        raise IngestError(T.READ_FAILED.format(detail=str(exc))) from exc
    if not numbered:
        raise IngestError(T.NO_TEXT)
    header = numbered[0][1]
    table = Table(header=header, rows=numbered[1:])
    return Loaded(tables=[table], notes=[note] if note else [], n_pages=1)
