"""Markdown and plain text; also the decoding used by the CSV loader.

Encoding policy: UTF-8 (with or without BOM) first; otherwise the text is read
as cp1252 (Windows, what Excel exports) or, failing that, latin-1, and the
report says so. Files with NUL bytes are refused as binary.
"""
from __future__ import annotations

from pathlib import Path

from ingest import texts as T
from ingest.errors import IngestError
from ingest.loaders.document import Loaded, Page


def read_text(path: Path) -> tuple[str, str | None]:
    """(text, note) where note tells which fallback encoding was used."""
    raw = path.read_bytes()
    if b"\x00" in raw[:8192]:
        raise IngestError(T.BINARY)
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    for enc in ("cp1252", "latin-1"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        return text, T.NOTE_ENCODING.format(name=path.name, encoding=enc)
    raise IngestError(T.BINARY)  # unreachable: latin-1 decodes any byte


def load_text(path: Path) -> Loaded:
    """Read a text file (encoding detected) as a single page."""
    text, note = read_text(path)
    if not text.strip():
        raise IngestError(T.NO_TEXT)
    return Loaded(pages=[Page(text)], notes=[note] if note else [], n_pages=1)
