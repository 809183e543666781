"""Limits on what one ingested file may cost, checked while it is read.

A 3 MB DOCX can inflate to a gigabyte and a small XLSX can claim a million rows; without
limits one upload takes minutes of CPU and gigabytes of memory, then hours of embedding.
Every limit is a setting (``JEJAK_MAX_...``), and hitting one skips the file with an
Indonesian reason naming the limit and the setting.

Zip containers (DOCX, XLSX): the members' declared sizes are added up before anything is
inflated. Python's ``zipfile`` never inflates a member past its declared size (it stops
there and checks the CRC, so a member that lies is refused as corrupt): the declared total
bounds what the loaders can read. Rows, cells, pages and chunks are counted as they are read.
"""
from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from ingest import texts as T
from ingest.errors import IngestError


@dataclass(frozen=True)
class IngestLimits:
    max_file_mb: float = 25.0
    max_uncompressed_mb: float = 200.0  # what a DOCX/XLSX may inflate to
    max_pages: int = 2_000  # PDF pages
    max_rows: int = 20_000  # table rows with content, per file (CSV, XLSX: all sheets together)
    max_cells: int = 2_000_000  # table cells read, empty ones included (padding of sparse sheets)
    max_chunks: int = 20_000  # chunks per file, each embedded once

    @classmethod
    def of(cls, settings) -> IngestLimits:
        """From ``jejak`` settings (or any object with the same attribute names)."""
        d = cls()
        return cls(**{f: getattr(settings, f, getattr(d, f)) for f in d.__dataclass_fields__})


def number(n: float) -> str:
    """20000 -> '20.000' (Indonesian thousands)."""
    return f"{n:,.0f}".replace(",", ".")


def check_zip(path: Path, limits: IngestLimits, corrupt: str) -> None:
    """Refuse a zip container whose members would inflate past ``max_uncompressed_mb``."""
    try:
        with zipfile.ZipFile(path) as z:
            total = sum(max(0, info.file_size) for info in z.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise IngestError(corrupt) from exc
    if total > limits.max_uncompressed_mb * 1024 * 1024:
        raise IngestError(T.TOO_BIG_UNPACKED.format(size=number(total / 1024 / 1024),
                                                           limit=number(limits.max_uncompressed_mb)))


class Counter:
    """Rows and cells read from one file, against the limits; reports progress every ``every`` rows."""

    def __init__(self, limits: IngestLimits, on_read=None, every: int = 500):
        self.limits, self.on_read, self.every = limits, on_read, every
        self.rows = 0
        self.cells = 0

    def row(self, cells: int, has_content: bool = True) -> None:
        self.cells += max(1, cells)
        if self.cells > self.limits.max_cells:
            raise IngestError(T.TOO_MANY_CELLS.format(limit=number(self.limits.max_cells)))
        if has_content:
            self.rows += 1
            if self.rows > self.limits.max_rows:
                raise IngestError(T.TOO_MANY_ROWS.format(limit=number(self.limits.max_rows)))
            if self.on_read and self.rows % self.every == 0:
                self.on_read(self.rows, T.UNIT_ROWS)
