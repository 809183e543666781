"""What a loader returns: the pages and tables it read, with notes for the report."""
from __future__ import annotations

from dataclasses import dataclass, field


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
