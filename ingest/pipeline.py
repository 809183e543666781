"""The admin ingest: files and folders in, chunks and records into the knowledge base.

Each file is read within the limits (``ingest.limits``), chunked and checked
completely before anything is written; ``KnowledgeBase.put_document`` then
switches the document to its new chunks in one step. A file that cannot be read
is skipped with a one-line Indonesian reason and the others go on. Staff and SKP
records found are handed to ``sync`` (the caller's journal sync) before the
document is stored, so a file whose people cannot be saved is not stored either,
and are returned in the report (this package does not import journal).
Progress (file, rows or pages read, chunks embedded, time left) goes to ``progress``.
"""
from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ingest import texts as T
from ingest.chunking import chunk_text
from ingest.errors import IngestError
from ingest.limits import IngestLimits, number
from ingest.loaders import SUFFIXES, Loaded, load
from ingest.tables import recognize
from knowledge.base import ChunkIn
from knowledge.errors import KnowledgeError
from knowledge.models import DOC_TYPES, Skp, Staff
from knowledge.records import group_skps, record_id, record_text, record_to_json

# Part of every content hash: bump it when chunk texts or metadata change shape, so that
# re-ingesting an unchanged file after an upgrade rebuilds its chunks.
INGEST_VERSION = "4"
_NO_ERRORS: tuple[type[Exception], ...] = ()


@dataclass(frozen=True)
class IngestProgress:
    """Where a long ingest is: file ``file_no`` of ``files``; ``stage`` 'start', 'read'
    (``done`` rows or pages, ``unit``) or 'embed' (``done`` of ``total`` chunks, ``eta_s``)."""

    path: Path
    file_no: int
    files: int
    stage: str = "start"
    done: int = 0
    total: int = 0
    unit: str = ""
    eta_s: float | None = None

    def describe(self) -> str:
        """One Indonesian line, e.g. 'pegawai.xlsx (1/2): 120/800 potongan disematkan, sisa ±2 menit'."""
        base = {"name": self.path.name, "i": self.file_no, "n": self.files}
        if self.stage == "read":
            return T.PROGRESS_READ.format(**base, done=number(self.done), unit=self.unit)
        if self.stage == "embed":
            eta = ""
            if self.eta_s is not None and self.done < self.total:
                left = (T.SECONDS.format(n=max(1, round(self.eta_s))) if self.eta_s < 90
                        else T.MINUTES.format(n=round(self.eta_s / 60)))
                eta = T.PROGRESS_ETA.format(time=left)
            return T.PROGRESS_EMBED.format(**base, done=number(self.done), total=number(self.total), eta=eta)
        return T.PROGRESS_START.format(**base)


Progress = Callable[[IngestProgress], None]
Sync = Callable[[list, list], object]
_NAME_HINTS = (("berakhlak", "berakhlak"), ("probis", "probis"), ("proses-bisnis", "probis"),
               ("pokin", "pokin"), ("pohon", "pokin"), ("skp", "skp"), ("pegawai", "staff"),
               ("glosarium", "glossary"), ("singkatan", "glossary"))


@dataclass
class DocResult:
    path: str
    doc_id: str
    status: str  # baru / diperbarui / tidak berubah
    doc_type: str
    pages: int
    chunks: int


@dataclass
class IngestReport:
    documents: list[DocResult] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    staff: list[Staff] = field(default_factory=list)
    skps: list[Skp] = field(default_factory=list)

    @property
    def files(self) -> int:
        return len(self.documents)

    @property
    def pages(self) -> int:
        return sum(d.pages for d in self.documents)

    @property
    def chunks(self) -> int:
        return sum(d.chunks for d in self.documents)


def doc_id_for(path: Path) -> str:
    """Stable per file name (the collection is already per agency)."""
    return re.sub(r"[^a-z0-9._-]+", "-", path.name.lower()).strip("-") or "dokumen"


def merge_staff(old: Staff | None, new: Staff) -> Staff:
    """The same person from two staff lists: later values win, blanks never erase."""
    if old is None:
        return new
    changes = {f: getattr(new, f) for f in ("name", "jabatan", "unit", "supervisor_nip", "telegram_id", "agency_id")
               if getattr(new, f) not in (None, "")}
    if new.role != "pegawai":
        changes["role"] = new.role
    if new.timezone != "WIB":
        changes["timezone"] = new.timezone
    changes["attributes"] = {**old.attributes, **new.attributes}
    return replace(old, **changes)


def _guess_type(path: Path) -> str:
    name = path.name.lower()
    return next((t for hint, t in _NAME_HINTS if hint in name), "other")


def expand(paths: Iterable[str | Path], skipped: list[tuple[str, str]]) -> list[Path]:
    """The files to ingest: folders walked (hidden files skipped), missing paths noted in ``skipped``."""
    files: list[Path] = []
    for p in paths:
        path = Path(p)
        if not path.exists():
            skipped.append((str(p), T.MISSING))
        elif path.is_dir():
            files.extend(f for f in sorted(path.rglob("*"))
                         if f.is_file() and not any(part.startswith(".") for part in f.relative_to(path).parts))
        else:
            files.append(path)
    return files


class _Chunks(list):
    """The chunks of one file, refusing to grow past ``max_chunks``."""

    def __init__(self, limit: int):
        super().__init__()
        self.limit = limit

    def append(self, item: ChunkIn) -> None:
        if len(self) >= self.limit:
            raise IngestError(T.TOO_MANY_CHUNKS.format(limit=number(self.limit)))
        super().append(item)


def _chunks(path: Path, loaded: Loaded, doc_type: str | None, notes: list[str],
            skp_rows: list[Skp], staff: dict[str, Staff], agency_id: str, max_chunks: int) -> list[ChunkIn]:
    text_type = doc_type or _guess_type(path)
    out = _Chunks(max_chunks)
    headings: list = []
    for page in loaded.pages:
        for c in chunk_text(page.text, page=page.number, headings=headings, plain_headings=page.number is not None):
            out.append(ChunkIn(c.text, {"type": text_type, "page": c.page, "section": c.section}))
    for table in loaded.tables:
        sheet = f" [{table.sheet}]" if table.sheet else ""
        found = recognize(table.header, table.rows, doc_type, _guess_type(path))
        if found is None:
            notes.append(T.NOTE_UNKNOWN_HEADERS.format(
                name=path.name, sheet=sheet, headers=", ".join(h for h in table.header if h)[:120]))
            for n, row in table.rows:
                pairs = [f"{h}: {v}" for h, v in zip(table.header, row, strict=False) if v]
                if pairs:
                    out.append(ChunkIn("; ".join(pairs), {"type": text_type, "row": n, "section": table.sheet}))
            continue
        if found.bad_rows:
            notes.append(T.NOTE_BAD_ROWS.format(
                name=path.name, sheet=sheet, n=len(found.bad_rows), rows=", ".join(map(str, found.bad_rows[:10]))))
        for n, rec in found.records:
            if found.doc_type == "staff":
                if not rec.agency_id:
                    rec = replace(rec, agency_id=agency_id)
                staff[rec.nip] = merge_staff(staff.get(rec.nip), rec)
            elif found.doc_type == "skp":
                skp_rows.append(rec)
            out.append(ChunkIn(record_text(found.doc_type, rec), {
                "type": found.doc_type, "row": n, "section": table.sheet,
                "record": record_to_json(found.doc_type, rec), "record_id": record_id(found.doc_type, rec),
            }))
    return list(out)


def ingest_paths(kb, paths: Iterable[str | Path], *, agency_id: str, doc_type: str | None = None,
                 max_file_mb: float = 25, progress: Progress | None = None, limits: IngestLimits | None = None,
                 sync: Sync | None = None, sync_errors: tuple[type[Exception], ...] = _NO_ERRORS) -> IngestReport:
    """Ingest files and folders into ``agency_id``'s collection; see ``IngestReport``.

    ``limits`` (default: ``IngestLimits(max_file_mb=max_file_mb)``) bound each file.
    ``sync(staff, skps)`` saves a file's people before the file is stored; when it raises one of
    ``sync_errors`` the file is skipped (nothing stored) with that reason."""
    if doc_type is not None and doc_type not in DOC_TYPES:
        raise IngestError(T.BAD_TYPE.format(doc_type=doc_type, choices=", ".join(DOC_TYPES)))
    limits = limits or IngestLimits(max_file_mb=max_file_mb)
    report = IngestReport()
    files = expand(paths, report.skipped)
    skp_rows: list[Skp] = []
    staff: dict[str, Staff] = {}
    seen: dict[str, Path] = {}  # doc id -> the file that has it in this run
    if files and hasattr(kb, "repair"):
        kb.repair(agency_id)  # what an ingest that died left behind
    for i, path in enumerate(files, start=1):
        step = _Reporter(progress, path, i, len(files))
        step(IngestProgress(path, i, len(files)))
        try:
            other = seen.setdefault(doc_id_for(path), path)
            if other != path:  # two folders, one file name: the second would replace the first
                raise IngestError(T.SAME_NAME.format(other=other))
            size = path.stat().st_size
            if path.suffix.lower() not in SUFFIXES:
                raise IngestError(T.UNSUPPORTED.format(suffix=path.suffix or path.name))
            if size == 0:
                raise IngestError(T.EMPTY)
            if size > limits.max_file_mb * 1024 * 1024:
                raise IngestError(T.TOO_LARGE.format(size=size / 1024 / 1024, limit=limits.max_file_mb))
            digest = hashlib.sha256(f"{INGEST_VERSION}|{doc_type or ''}|".encode())
            digest.update(path.read_bytes())
            content_hash = digest.hexdigest()
            loaded = load(path, limits, step.read)
            file_skps: list[Skp] = []
            file_staff: dict[str, Staff] = {}
            notes = list(loaded.notes)
            chunks = _chunks(path, loaded, doc_type, notes, file_skps, file_staff, agency_id, limits.max_chunks)
            if not chunks:
                raise IngestError(T.NO_TEXT)
            if sync is not None and (file_staff or file_skps):
                try:
                    sync(list(file_staff.values()), group_skps(file_skps))
                except sync_errors as exc:
                    raise IngestError(T.SYNC_FAILED.format(detail=exc)) from exc
            types = [c.metadata["type"] for c in chunks]
            dtype = doc_type or max(set(types), key=types.count)
            status = kb.put_document(agency_id, doc_id=doc_id_for(path), source=path.name, content_hash=content_hash,
                                     chunks=chunks, doc_type=dtype, pages=loaded.n_pages, on_embed=step.embedded)
        except PermissionError:
            report.skipped.append((str(path), T.PERMISSION))
            continue
        except (IngestError, KnowledgeError) as exc:
            report.skipped.append((str(path), str(exc)))
            continue
        report.notes.extend(notes)
        skp_rows.extend(file_skps)
        for nip, person in file_staff.items():
            staff[nip] = merge_staff(staff.get(nip), person)
        report.documents.append(DocResult(str(path), doc_id_for(path), status, dtype, loaded.n_pages, len(chunks)))
    report.staff = list(staff.values())
    report.skps = group_skps(skp_rows)
    if any(d.status != "tidak berubah" for d in report.documents) and hasattr(kb, "snapshot"):
        kb.snapshot(agency_id)  # build and save the search index now, so the first search starts fast
    return report


class _Reporter:
    """Turns a loader's and the embedder's counts into ``IngestProgress`` for one file."""

    def __init__(self, progress: Progress | None, path: Path, file_no: int, files: int):
        self.progress, self.path, self.file_no, self.files = progress, path, file_no, files
        self.started: float | None = None

    def __call__(self, event: IngestProgress) -> None:
        if self.progress is not None:
            self.progress(event)

    def read(self, done: int, unit: str) -> None:
        self(IngestProgress(self.path, self.file_no, self.files, "read", done=done, unit=unit))

    def embedded(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done == 0 or self.started is None:  # embedding starts: the clock of the estimate
            self.started = now
        elapsed = now - self.started
        eta = (total - done) * elapsed / done if done and elapsed > 0 else None
        self(IngestProgress(self.path, self.file_no, self.files, "embed", done=done, total=total, eta_s=eta))
