"""Confirmed example activities of an agency, with their labels, in their own Chroma collection.

The analyst learns from entries people confirmed, approved or corrected. Their vectors
live next to the agency's documents (embedded or on the Chroma server), so every worker
and every restart sees the same examples without embedding them again. Labels travel as
scalar metadata (probis, pokin, rhk, nip, values joined by "|").
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np

PREFIX = "jejakcontoh-"  # not the agencies' "jejak-", so they are never listed as an agency


def collection_name(agency_id: str) -> str:
    """The Chroma collection name of an agency's examples (Chroma accepts only a few characters)."""
    return PREFIX + (re.sub(r"[^a-z0-9_-]+", "-", (agency_id or "").strip().lower()).strip("-_") or "x")


class ExampleStore:
    def __init__(self, client: Any, embedding_function: Any):
        self.client = client
        self._ef = embedding_function

    def _collection(self, agency_id: str, create: bool):
        name = collection_name(agency_id)
        if create:
            return self.client.get_or_create_collection(name, metadata={"instansi": agency_id},
                                                        configuration={"hnsw": {"space": "cosine"}},
                                                        embedding_function=self._ef)
        from chromadb.errors import NotFoundError

        try:
            return self.client.get_collection(name, embedding_function=self._ef)
        except (NotFoundError, ValueError):
            return None

    def put(self, agency_id: str, ids: Sequence[str], texts: Sequence[str], metadatas: Sequence[dict],
            vectors: np.ndarray) -> None:
        if not len(ids):
            return
        col = self._collection(agency_id, create=True)
        col.upsert(ids=list(ids), documents=list(texts),
                   metadatas=[{k: v for k, v in m.items() if v is not None} or {"_": 1} for m in metadatas],
                   embeddings=np.asarray(vectors, dtype=np.float32))

    def remove(self, agency_id: str, ids: Sequence[str]) -> None:
        col = self._collection(agency_id, create=False)
        if col is not None and len(ids):
            col.delete(ids=list(ids))

    def ids(self, agency_id: str) -> set[str]:
        col = self._collection(agency_id, create=False)
        return set(col.get(include=[])["ids"]) if col is not None else set()

    def all(self, agency_id: str) -> tuple[list[str], np.ndarray, list[dict]]:
        """(ids, vectors, metadatas) of every example of the agency."""
        col = self._collection(agency_id, create=False)
        if col is None:
            return [], np.zeros((0, 0), np.float32), []
        got = col.get(include=["embeddings", "metadatas"])
        vectors = np.asarray(got["embeddings"], dtype=np.float32) if len(got["ids"]) else np.zeros((0, 0))
        return list(got["ids"]), vectors, list(got["metadatas"] or [])
