"""Loaders: one module per file format, each returning a ``Loaded`` document.

A loader either returns what it read or raises ``IngestError`` with the reason;
it never writes anything.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ingest.loaders.csvfile import load_csv
from ingest.loaders.document import Loaded, Page, Table
from ingest.loaders.docxfile import load_docx
from ingest.loaders.pdffile import load_pdf
from ingest.loaders.textfile import load_text
from ingest.loaders.xlsxfile import load_xlsx

__all__ = ["SUFFIXES", "Loaded", "Page", "Table", "load"]


SUFFIXES = (".pdf", ".docx", ".md", ".markdown", ".txt", ".text", ".csv", ".tsv", ".xlsx", ".xlsm")


def load(path: Path, limits=None, on_read: Callable[[int, str], None] | None = None) -> Loaded:
    """Read one file within ``limits`` (``ingest.limits.IngestLimits``); ``on_read(count, unit)``
    reports rows or pages read so far."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return load_pdf(path, limits, on_read)
    if suffix == ".docx":
        return load_docx(path, limits, on_read)
    if suffix in (".csv", ".tsv"):
        return load_csv(path, limits, on_read)
    if suffix in (".xlsx", ".xlsm"):
        return load_xlsx(path, limits, on_read)
    return load_text(path)
