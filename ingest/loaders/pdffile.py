"""PDF via pypdf, one ``Page`` per page with its number."""
from __future__ import annotations

from pathlib import Path

from ingest import texts as T
from ingest.errors import IngestError
from ingest.limits import IngestLimits, number
from ingest.loaders.document import Loaded, Page


def load_pdf(path: Path, limits: IngestLimits | None = None, on_read=None) -> Loaded:
    """Read a PDF's text page by page within the page limit; encrypted or broken files are refused."""
    limits = limits or IngestLimits()
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError, PyPdfError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except (FileNotDecryptedError, NotImplementedError, PyPdfError) as exc:
                raise IngestError(T.PDF_ENCRYPTED) from exc
            if not ok:
                raise IngestError(T.PDF_ENCRYPTED)
        count = len(reader.pages)
        if count > limits.max_pages:
            raise IngestError(T.TOO_MANY_PAGES.format(pages=number(count), limit=number(limits.max_pages)))
        texts = []
        for i, page in enumerate(reader.pages, start=1):
            texts.append(page.extract_text() or "")
            if on_read and i % 10 == 0:
                on_read(i, T.UNIT_PAGES)
    except IngestError:
        raise
    except FileNotDecryptedError as exc:
        raise IngestError(T.PDF_ENCRYPTED) from exc
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise IngestError(T.PDF_CORRUPT.format(detail=type(exc).__name__)) from exc
    if not texts:
        raise IngestError(T.PDF_CORRUPT.format(detail="0 halaman"))
    pages = [Page(t, number=i) for i, t in enumerate(texts, start=1) if t.strip()]
    if not pages:
        raise IngestError(T.PDF_SCANNED.format(pages=len(texts)))
    notes = []
    empty = [str(i) for i, t in enumerate(texts, start=1) if not t.strip()]
    if empty:
        notes.append(T.NOTE_EMPTY_PAGES.format(name=path.name, n=len(empty), pages=", ".join(empty[:10])))
    return Loaded(pages=pages, notes=notes, n_pages=len(texts))
