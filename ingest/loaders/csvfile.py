"""CSV/TSV tables; delimiter sniffed among , ; tab |."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from ingest import messages
from ingest.errors import IngestError
from ingest.loaders import Loaded, Table
from ingest.loaders.textfile import read_text


def load_csv(path: Path) -> Loaded:
    text, note = read_text(path)
    if not text.strip():
        raise IngestError(messages.NO_TEXT)
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel_tab if path.suffix.lower() == ".tsv" else csv.excel
    try:
        rows = list(csv.reader(io.StringIO(text), dialect))
    except csv.Error as exc:
        raise IngestError(messages.READ_FAILED.format(detail=str(exc))) from exc
    numbered = [(i, [c.strip() for c in r]) for i, r in enumerate(rows, start=1) if any(c.strip() for c in r)]
    if not numbered:
        raise IngestError(messages.NO_TEXT)
    header = numbered[0][1]
    table = Table(header=header, rows=numbered[1:])
    return Loaded(tables=[table], notes=[note] if note else [], n_pages=1)
