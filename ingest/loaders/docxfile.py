"""DOCX via python-docx: headings become Markdown headings, tables become rows of text."""
from __future__ import annotations

import zipfile
from pathlib import Path

from ingest import messages
from ingest.errors import IngestError
from ingest.loaders import Loaded, Page


def load_docx(path: Path) -> Loaded:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(messages.DOCX_CORRUPT) from exc
    lines: list[str] = []
    for para in document.paragraphs:
        text = para.text.strip()
        if not text:
            lines.append("")
            continue
        style = (para.style.name or "").lower() if para.style is not None else ""
        if style.startswith("heading") or style.startswith("judul"):
            level = "".join(c for c in style if c.isdigit()) or "1"
            lines.append("#" * min(int(level), 6) + " " + text)
        elif style.startswith("list"):
            lines.append("- " + text)
        else:
            lines.append(text)
        lines.append("")
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells]
            if any(cells):
                lines.append("- " + " | ".join(cells))
        lines.append("")
    text = "\n".join(lines)
    if not text.strip():
        raise IngestError(messages.NO_TEXT)
    return Loaded(pages=[Page(text)], n_pages=1)
