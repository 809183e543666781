"""The agency knowledge base: Chroma store, hybrid search, structured records.

``KnowledgeBase.open(embeddings=..., path=...)`` is the one entry point the
agent, the bot and the CLI use. Writes go through ``put_document`` (used by
``ingest.pipeline``): the new version's chunks are added first, then the old
ones deleted, and readers only ever see a document's latest version.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Sequence

from knowledge import index_cache
from knowledge.embeddings import embedder_name
from knowledge.errors import KnowledgeError
from knowledge.examples import ExampleStore
from knowledge.glossary import Glossary, builtin
from knowledge.hits import Hit, citation_of
from knowledge.records import group_skps, record_from_json
from knowledge.retrieval import Snapshot, hybrid_search
from knowledge.store import ChromaStore

RECORD_TYPES = ("probis", "pokin", "skp", "staff", "glossary")
EXACT_DENSE_LIMIT = 200_000  # up to this many chunks, dense search is an in-memory matrix product
REVISION_TTL = 1.0  # seconds


@dataclass
class ChunkIn:
    """A chunk to store: its text and its own metadata (type, page/row, section, record...)."""

    text: str
    metadata: dict[str, Any]


@dataclass(frozen=True)
class DocumentInfo:
    doc_id: str
    instansi: str
    source: str
    type: str
    version: int
    chunks: int
    content_hash: str
    ingested_at: str
    pages: int = 0


class KnowledgeBase:
    def __init__(self, store: ChromaStore, index_dir: Path | None = None):
        self.store = store
        self.index_dir = index_dir
        self.embeddings = store.embeddings
        self.examples = ExampleStore(store.client, store.embedding_function)
        self._snapshots: dict[str, Snapshot] = {}
        self._records: dict[tuple[str, str], tuple[int, list]] = {}
        self._lock = threading.RLock()
        self._checked: dict[str, tuple[float, int]] = {}

    @classmethod
    def open(cls, *, embeddings, path: Path, url: str | None = None) -> "KnowledgeBase":
        path = Path(path)
        index_dir = None if url else path.parent / f"{path.name}-index"
        return cls(ChromaStore(embeddings=embeddings, path=path, url=url), index_dir)

    # reading -----------------------------------------------------------
    def _revision(self, instansi: str) -> int:
        """The collection's revision, asked of Chroma at most every ``REVISION_TTL`` seconds;
        this process's own writes are seen at once, another process's within the TTL."""
        now = time.monotonic()
        seen = self._checked.get(instansi)
        if seen and now - seen[0] < REVISION_TTL:
            return seen[1]
        rev = self.store.revision(instansi)
        self._checked[instansi] = (now, rev)
        return rev

    def snapshot(self, instansi: str) -> Snapshot | None:
        """The in-memory view of an agency's collection, rebuilt only when it changed."""
        rev = self._revision(instansi)
        with self._lock:
            snap = self._snapshots.get(instansi)
            if snap is not None and snap.rev == rev:
                return snap
            if rev < 0:
                self._snapshots.pop(instansi, None)
                return None
            snap = index_cache.load(self.index_dir, instansi, rev)
            if snap is None:
                exact = self.store.count(instansi) <= EXACT_DENSE_LIMIT
                data = self.store.get(instansi, include=("documents", "metadatas", "embeddings") if exact
                                      else ("documents", "metadatas"))
                snap = Snapshot.build(instansi, rev, data["ids"], data["documents"], data["metadatas"],
                                      data.get("embeddings") if exact else None)
                index_cache.save(self.index_dir, snap)
            self._snapshots[instansi] = snap
            return snap

    def agencies(self) -> list[str]:
        return self.store.agencies()

    def search(self, query: str, *, instansi: str | None, types: Sequence[str] | None = None,
               k: int = 5, job: str | None = None) -> list[Hit]:
        """Hybrid search in one agency (or all when ``instansi`` is None); ``job`` chooses among
        the meanings of the query's short forms."""
        targets = [instansi] if instansi else self.agencies()
        hits: list[Hit] = []
        for inst in targets:
            snap = self.snapshot(inst)
            if snap is None:
                continue
            hits.extend(hybrid_search(self.store, self.embeddings, snap, query, types=types, k=k, job=job))
        hits.sort(key=lambda h: -h.score)
        return hits[:k]

    def glossary(self, instansi: str | None) -> Glossary:
        """The built-in glossary with the agency's own terms (which win)."""
        snap = self.snapshot(instansi) if instansi else None
        return snap.glossary if snap is not None else builtin()

    def records(self, instansi: str, doc_type: str) -> list:
        """All structured records of one type for the agency (SKP grouped per NIP and period)."""
        recs = [rec for rec, _ in self.sourced_records(instansi, doc_type)]
        return group_skps(recs) if doc_type == "skp" else recs

    def sourced_records(self, instansi: str, doc_type: str) -> list[tuple[Any, str]]:
        """(record, citation) of every structured record of one type, in document order
        (an SKP row holds one RHK)."""
        if doc_type not in RECORD_TYPES:
            raise KnowledgeError(f"Jenis rekaman '{doc_type}' tidak dikenal; pilih salah satu: {', '.join(RECORD_TYPES)}.")
        snap = self.snapshot(instansi)
        if snap is None:
            return []
        key = (instansi, doc_type)
        with self._lock:
            cached = self._records.get(key)
            if cached and cached[0] == snap.rev:
                return list(cached[1])
            order = sorted(
                (i for i, m in enumerate(snap.metadatas)
                 if snap.current[i] and m.get("type") == doc_type and m.get("record")),
                key=lambda i: (snap.metadatas[i].get("source", ""), int(snap.metadatas[i].get("row") or 0)),
            )
            recs = [(record_from_json(doc_type, snap.metadatas[i]["record"]), citation_of(snap.metadatas[i]))
                    for i in order]
            self._records[key] = (snap.rev, recs)
            return list(recs)

    def list_documents(self, instansi: str | None = None) -> list[DocumentInfo]:
        out: list[DocumentInfo] = []
        for inst in ([instansi] if instansi else self.agencies()):
            snap = self.snapshot(inst)
            if snap is None:
                continue
            docs: dict[str, dict[str, Any]] = {}
            for i, m in enumerate(snap.metadatas):
                if not snap.current[i]:
                    continue
                d = docs.setdefault(m["doc_id"], {"meta": m, "chunks": 0})
                d["chunks"] += 1
            for doc_id, d in sorted(docs.items()):
                m = d["meta"]
                out.append(DocumentInfo(
                    doc_id=doc_id, instansi=inst, source=m.get("source", ""), type=m.get("doc_type", m.get("type", "other")),
                    version=int(m.get("version", 1)), chunks=d["chunks"], content_hash=m.get("content_hash", ""),
                    ingested_at=m.get("ingested_at", ""), pages=int(m.get("pages", 0)),
                ))
        return out

    def document_state(self, instansi: str, doc_id: str) -> tuple[str, int] | None:
        """(content hash, version) of the stored document, or None."""
        data = self.store.get(instansi, where={"doc_id": doc_id}, include=("metadatas",))
        if not data["ids"]:
            return None
        latest = max(data["metadatas"], key=lambda m: int(m.get("version", 0)))
        return latest.get("content_hash", ""), int(latest.get("version", 0))

    # writing -----------------------------------------------------------
    def put_document(self, instansi: str, *, doc_id: str, source: str, content_hash: str,
                     chunks: list[ChunkIn], doc_type: str, pages: int = 0) -> str:
        """Store a document's chunks; returns 'baru', 'diperbarui' or 'tidak berubah'."""
        if not chunks:
            raise KnowledgeError(f"Dokumen '{source}' tidak punya teks untuk disimpan.")
        state = self.document_state(instansi, doc_id)
        if state and state[0] == content_hash:
            return "tidak berubah"
        version = (state[1] if state else 0) + 1
        vectors = self.embeddings.embed_documents_np([c.text for c in chunks])
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        ids, texts, metas = [], [], []
        for n, c in enumerate(chunks):
            meta = {k: v for k, v in c.metadata.items() if v is not None}
            meta.setdefault("type", doc_type)
            meta.update(agency=instansi, doc_id=doc_id, doc_type=doc_type, source=source,
                        content_hash=content_hash, version=version, ingested_at=now, pages=pages,
                        embedder=embedder_name(self.embeddings))
            ids.append(f"{doc_id}::v{version}::{n:05d}")
            texts.append(c.text)
            metas.append(meta)
        try:
            self.store.add(instansi, ids, texts, metas, vectors)
        except Exception:
            self.store.delete(instansi, ids)  # never leave half a version behind
            raise
        old = self.store.get(instansi, where={"doc_id": doc_id}, include=())
        stale = [i for i in old["ids"] if not i.startswith(f"{doc_id}::v{version}::")]
        self.store.delete(instansi, stale)
        self.store.bump(instansi)
        self._checked.pop(instansi, None)
        return "diperbarui" if state else "baru"

    def remove(self, doc_id: str, instansi: str) -> int:
        """Delete a document (by id or source file name); returns the number of chunks removed."""
        data = self.store.get(instansi, where={"doc_id": doc_id}, include=())
        if not data["ids"]:
            data = self.store.get(instansi, where={"source": doc_id}, include=())
        if not data["ids"]:
            raise KnowledgeError(
                f"Dokumen '{doc_id}' tidak ada di basis pengetahuan '{instansi}'; lihat daftar dengan 'jejak kb list'."
            )
        self.store.delete(instansi, data["ids"])
        self.store.bump(instansi)
        self._checked.pop(instansi, None)
        return len(data["ids"])

    def forget(self, instansi: str, *, saved: bool = False) -> None:
        """Drop the in-memory search index of an agency (and its saved copy when ``saved``)."""
        with self._lock:
            self._snapshots.pop(instansi, None)
            self._checked.pop(instansi, None)
            if saved and self.index_dir is not None:
                index_cache.remove(self.index_dir, instansi)

    def close(self) -> None:
        with self._lock:
            self._snapshots.clear()
            self._records.clear()
            self._checked.clear()
