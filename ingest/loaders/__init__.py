"""Loaders: one module per file format, each returning a ``Loaded`` document.

A loader either returns what it read or raises ``IngestError`` with the reason;
it never writes anything.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable


@dataclass
class Page:
    text: str
    number: int | None = None  # 1-based page number (PDF), None otherwise


@dataclass
class Table:
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (1-based row number in the file/sheet, cells)
    sheet: str | None = None


@dataclass
class Loaded:
    pages: list[Page] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    n_pages: int = 0  # pages counted for the report (PDF pages, else 1)


SUFFIXES = (".pdf", ".docx", ".md", ".markdown", ".txt", ".text", ".csv", ".tsv", ".xlsx", ".xlsm")


def load(path: Path, limits=None, on_read: Callable[[int, str], None] | None = None) -> Loaded:
    """Read one file within ``limits`` (``ingest.limits.IngestLimits``); ``on_read(count, unit)``
    reports rows or pages read so far."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from ingest.loaders.pdffile import load_pdf

        return load_pdf(path, limits, on_read)
    if suffix == ".docx":
        from ingest.loaders.docxfile import load_docx

        return load_docx(path, limits, on_read)
    if suffix in (".csv", ".tsv"):
        from ingest.loaders.csvfile import load_csv

        return load_csv(path, limits, on_read)
    if suffix in (".xlsx", ".xlsm"):
        from ingest.loaders.xlsxfile import load_xlsx

        return load_xlsx(path, limits, on_read)
    from ingest.loaders.textfile import load_text

    return load_text(path)
