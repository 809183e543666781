"""Adapter over the embedding model: normalised numpy vectors, with a text cache.

Works with ``knowledge.embeddings`` objects (``embed_query_np`` /
``embed_documents_np``) and with any LangChain ``Embeddings``.
"""
from __future__ import annotations

import threading

import numpy as np


class Vectors:
    def __init__(self, embeddings):
        self.embeddings = embeddings
        self._docs: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def query(self, text: str) -> np.ndarray:
        emb = self.embeddings
        if hasattr(emb, "embed_query_np"):
            v = np.asarray(emb.embed_query_np(text), dtype=np.float32)
        else:
            v = np.asarray(emb.embed_query(text), dtype=np.float32)
        return _normalise(v.reshape(-1))

    def documents(self, texts: list[str]) -> np.ndarray:
        """Passage vectors for ``texts`` (rows), computed once per text per process."""
        missing = [t for t in dict.fromkeys(texts) if t not in self._docs]
        if missing:
            emb = self.embeddings
            if hasattr(emb, "embed_documents_np"):
                m = np.asarray(emb.embed_documents_np(missing), dtype=np.float32)
            else:
                m = np.asarray(emb.embed_documents(missing), dtype=np.float32)
            m = m.reshape(len(missing), -1)
            with self._lock:
                for t, row in zip(missing, m):
                    self._docs[t] = _normalise(row)
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        return np.stack([self._docs[t] for t in texts])


def _normalise(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v, axis=-1)) if v.ndim == 1 else None
    if v.ndim == 1:
        return v / n if n else v
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return v / norms
