"""The agency knowledge base: Chroma store, hybrid search, structured records.

``KnowledgeBase.open(embeddings=..., path=...)`` is the one entry point the
agent, the bot and the CLI use. Writes go through ``put_document`` (used by
``ingest.pipeline``): the new version's chunks are added under their own ids,
then the document's pointer is switched to them, then the old ones deleted, so
readers only ever see a complete version, whatever step a writer dies at
(``knowledge.versions``); the next write repairs what a dead writer left.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from knowledge import index_cache, versions
from knowledge.embeddings import embedder_name
from knowledge.errors import KnowledgeError
from knowledge.examples import ExampleStore
from knowledge.glossary import Glossary, builtin
from knowledge.hits import Hit, citation_of
from knowledge.records import group_skps, record_from_json
from knowledge.retrieval import Snapshot, hybrid_search
from knowledge.store import ChromaStore

RECORD_TYPES = ("probis", "pokin", "skp", "staff", "glossary")
EMBED_BATCH = 256  # chunks embedded per call, so a long ingest can report its progress
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
    agency_id: str
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
    def open(cls, *, embeddings, path: Path, url: str | None = None) -> KnowledgeBase:
        path = Path(path)
        index_dir = None if url else path.parent / f"{path.name}-index"
        return cls(ChromaStore(embeddings=embeddings, path=path, url=url), index_dir)

    # reading -----------------------------------------------------------
    def _revision(self, agency_id: str) -> int:
        """The collection's revision, asked of Chroma at most every ``REVISION_TTL`` seconds;
        this process's own writes are seen at once, another process's within the TTL."""
        now = time.monotonic()
        seen = self._checked.get(agency_id)
        if seen and now - seen[0] < REVISION_TTL:
            return seen[1]
        rev = self.store.revision(agency_id)
        self._checked[agency_id] = (now, rev)
        return rev

    def snapshot(self, agency_id: str) -> Snapshot | None:
        """The in-memory view of an agency's collection, rebuilt only when it changed."""
        rev = self._revision(agency_id)
        with self._lock:
            snap = self._snapshots.get(agency_id)
            if snap is not None and snap.rev == rev:
                return snap
            if rev < 0:
                self._snapshots.pop(agency_id, None)
                return None
            snap = index_cache.load(self.index_dir, agency_id, rev)
            if snap is None:
                exact = self.store.count(agency_id) <= EXACT_DENSE_LIMIT
                data = self.store.get(agency_id, include=("documents", "metadatas", "embeddings") if exact
                                      else ("documents", "metadatas"))
                shown = versions.visibility(data["metadatas"])
                keep = [i for i, m in enumerate(data["metadatas"]) if not versions.is_pointer(m)]
                vecs = data.get("embeddings") if exact else None
                snap = Snapshot.build(agency_id, rev, [data["ids"][i] for i in keep],
                                      [data["documents"][i] for i in keep], [data["metadatas"][i] for i in keep],
                                      None if vecs is None else [vecs[i] for i in keep],
                                      current=[shown[i] for i in keep])
                index_cache.save(self.index_dir, snap)
            self._snapshots[agency_id] = snap
            return snap

    def agencies(self) -> list[str]:
        return self.store.agencies()

    def search(self, query: str, *, agency_id: str | None, types: Sequence[str] | None = None,
               k: int = 5, job: str | None = None) -> list[Hit]:
        """Hybrid search in one agency (or all when ``agency_id`` is None); ``job`` chooses among
        the meanings of the query's short forms."""
        targets = [agency_id] if agency_id else self.agencies()
        hits: list[Hit] = []
        for inst in targets:
            snap = self.snapshot(inst)
            if snap is None:
                continue
            hits.extend(hybrid_search(self.store, self.embeddings, snap, query, types=types, k=k, job=job))
        hits.sort(key=lambda h: -h.score)
        return hits[:k]

    def glossary(self, agency_id: str | None) -> Glossary:
        """The built-in glossary with the agency's own terms (which win)."""
        snap = self.snapshot(agency_id) if agency_id else None
        return snap.glossary if snap is not None else builtin()

    def records(self, agency_id: str, doc_type: str) -> list:
        """All structured records of one type for the agency (SKP grouped per NIP and period)."""
        recs = [rec for rec, _ in self.sourced_records(agency_id, doc_type)]
        return group_skps(recs) if doc_type == "skp" else recs

    def sourced_records(self, agency_id: str, doc_type: str) -> list[tuple[Any, str]]:
        """(record, citation) of every structured record of one type, in document order
        (an SKP row holds one RHK)."""
        if doc_type not in RECORD_TYPES:
            raise KnowledgeError(f"Jenis rekaman '{doc_type}' tidak dikenal; pilih salah satu: {', '.join(RECORD_TYPES)}.")
        snap = self.snapshot(agency_id)
        if snap is None:
            return []
        key = (agency_id, doc_type)
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

    def list_documents(self, agency_id: str | None = None) -> list[DocumentInfo]:
        out: list[DocumentInfo] = []
        for inst in ([agency_id] if agency_id else self.agencies()):
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
                    doc_id=doc_id, agency_id=inst, source=m.get("source", ""), type=m.get("doc_type", m.get("type", "other")),
                    version=int(m.get("version", 1)), chunks=d["chunks"], content_hash=m.get("content_hash", ""),
                    ingested_at=m.get("ingested_at", ""), pages=int(m.get("pages", 0)),
                ))
        return out

    def document_state(self, agency_id: str, doc_id: str) -> tuple[str, int] | None:
        """(content hash, version) of the document's visible version, or None."""
        metas = self.store.get(agency_id, where={"doc_id": doc_id}, include=("metadatas",))["metadatas"]
        pointer = next((m for m in metas if versions.is_pointer(m)), None)
        if pointer is not None:
            version = int(pointer.get("version", 0))
            return (pointer.get("content_hash", ""), version) if version else None
        live = versions.live_versions(metas).get(doc_id)
        if not live:
            return None
        meta = next(m for m in metas if int(m.get("version", 0)) == live and not m.get("pv"))
        return meta.get("content_hash", ""), live

    def repair(self, agency_id: str, doc_id: str | None = None) -> int:
        """Delete what writers that died left behind (chunks of versions never switched to or no
        longer pointed at, tombstones); returns how many records went."""
        data = self.store.get(agency_id, where={"doc_id": doc_id} if doc_id else None, include=("metadatas",))
        dead = versions.garbage(data["ids"], data["metadatas"])
        if dead:
            self.store.delete(agency_id, dead)
            self._changed(agency_id)
        return len(dead)

    def _changed(self, agency_id: str) -> None:
        self.store.bump(agency_id)
        self._checked.pop(agency_id, None)

    # writing -----------------------------------------------------------
    def put_document(self, agency_id: str, *, doc_id: str, source: str, content_hash: str,
                     chunks: list[ChunkIn], doc_type: str, pages: int = 0,
                     on_embed: Callable[[int, int], None] | None = None) -> str:
        """Store a document's chunks; returns 'baru', 'diperbarui' or 'tidak berubah'.
        ``on_embed(done, total)`` is called as the chunks are embedded."""
        if not chunks:
            raise KnowledgeError(f"Dokumen '{source}' tidak punya teks untuk disimpan.")
        self.repair(agency_id, doc_id)
        data = self.store.get(agency_id, where={"doc_id": doc_id}, include=("metadatas",))
        metas = data["metadatas"]
        state = self.document_state(agency_id, doc_id)
        if state and state[0] == content_hash:
            return "tidak berubah"
        shown = versions.visibility(metas)
        old_ids = [i for i, s in zip(data["ids"], shown, strict=True) if s]
        if state and not any(versions.is_pointer(m) for m in metas):  # stored before pointers: adopt it first
            self._point(agency_id, doc_id, next(m for m, s in zip(metas, shown, strict=True) if s), state[1])
        version = max([int(m.get("version", 0)) for m in metas] + [0]) + 1
        vectors = self._embed([c.text for c in chunks], on_embed)
        now = datetime.now(UTC)
        common = dict(agency=agency_id, doc_id=doc_id, doc_type=doc_type, source=source, content_hash=content_hash,
                      version=version, ingested_at=now.isoformat(timespec="seconds"), pages=pages,
                      embedder=embedder_name(self.embeddings), writer=versions.writer_id(),
                      written_at=now.timestamp())
        ids, texts, chunk_metas = [], [], []
        for n, c in enumerate(chunks):
            meta = {k: v for k, v in c.metadata.items() if v is not None}
            meta.setdefault("type", doc_type)
            meta.update(common, pv=1)
            ids.append(f"{doc_id}::v{version}::{n:05d}")
            texts.append(c.text)
            chunk_metas.append(meta)
        try:
            self.store.add(agency_id, ids, texts, chunk_metas, vectors)
        except Exception:
            self.store.delete(agency_id, ids)  # never leave half a version behind
            raise
        self._point(agency_id, doc_id, {**common, "type": doc_type, "chunks": len(chunks)}, version)  # the switch
        self._changed(agency_id)
        self.store.delete(agency_id, old_ids)
        self._changed(agency_id)
        return "diperbarui" if state else "baru"

    def _embed(self, texts: list[str], on_embed: Callable[[int, int], None] | None):
        import numpy as np

        parts = []
        if on_embed:
            on_embed(0, len(texts))
        for i in range(0, len(texts), EMBED_BATCH):
            parts.append(np.asarray(self.embeddings.embed_documents_np(texts[i:i + EMBED_BATCH]), dtype=np.float32))
            if on_embed:
                on_embed(min(i + EMBED_BATCH, len(texts)), len(texts))
        return np.vstack(parts)

    def _point(self, agency_id: str, doc_id: str, meta: dict[str, Any], version: int) -> None:
        """Make ``version`` the document's visible one (0: removed), in one upsert."""
        keep = ("agency", "doc_id", "doc_type", "source", "content_hash", "ingested_at", "pages", "embedder",
                "chunks", "type")
        pointer = {k: meta[k] for k in keep if meta.get(k) is not None}
        pointer.update(doc_id=doc_id, version=version, kind=versions.POINTER, writer=versions.writer_id(),
                       written_at=datetime.now(UTC).timestamp())
        pointer["type"] = "_pointer"
        self.store.set_pointer(agency_id, versions.pointer_id(doc_id), pointer)

    def remove(self, doc_id: str, agency_id: str) -> int:
        """Delete a document (by id or source file name); returns the number of chunks removed."""
        data = self.store.get(agency_id, where={"doc_id": doc_id}, include=("metadatas",))
        if not versions.live_versions(data["metadatas"]).get(doc_id):
            by_source = self.store.get(agency_id, where={"source": doc_id}, include=("metadatas",))
            live = [m for m, s in zip(by_source["metadatas"], versions.visibility(by_source["metadatas"]), strict=True)
                    if s]
            if live:
                doc_id = live[0]["doc_id"]
                data = self.store.get(agency_id, where={"doc_id": doc_id}, include=("metadatas",))
        shown = versions.visibility(data["metadatas"])
        if not any(shown):
            raise KnowledgeError(
                f"Dokumen '{doc_id}' tidak ada di basis pengetahuan '{agency_id}'; lihat daftar dengan 'jejak kb list'."
            )
        self._point(agency_id, doc_id, {}, 0)  # a tombstone first: readers stop seeing it at once
        self._changed(agency_id)
        chunk_ids = [i for i, m in zip(data["ids"], data["metadatas"], strict=True) if not versions.is_pointer(m)]
        self.store.delete(agency_id, chunk_ids)
        self.store.delete(agency_id, [versions.pointer_id(doc_id)])
        self._changed(agency_id)
        return sum(shown)

    def forget(self, agency_id: str, *, saved: bool = False) -> None:
        """Drop the in-memory search index of an agency (and its saved copy when ``saved``)."""
        with self._lock:
            self._snapshots.pop(agency_id, None)
            self._checked.pop(agency_id, None)
            if saved and self.index_dir is not None:
                index_cache.remove(self.index_dir, agency_id)

    def close(self) -> None:
        with self._lock:
            self._snapshots.clear()
            self._records.clear()
            self._checked.clear()
