"""Adapter over the embedding model: normalised numpy vectors, with a text cache.

Works with ``knowledge.embeddings`` objects (``embed_query_np`` /
``embed_documents_np``) and with any LangChain ``Embeddings``.
"""
from __future__ import annotations

import logging
import os
import re
import tempfile
import threading
import zipfile
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)


class Vectors:
    """Passage vectors of one embedder, computed once per text. The object is owned by the agent's
    context (one per process); the cache file carries the vectors to the next process."""

    def __init__(self, embeddings, cache_dir: Path | None = None):
        self.embeddings = embeddings
        self._docs: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()
        self._dirty = False
        self.cache_file = None
        if cache_dir is not None:
            name = re.sub(r"[^A-Za-z0-9_.-]+", "_", getattr(embeddings, "spec", "") or type(embeddings).__name__)
            self.cache_file = Path(cache_dir) / f"vectors-{name}.npz"
            self._load()

    def _load(self) -> None:
        """Passage vectors saved by an earlier process (same embedder), if any."""
        if not self.cache_file or not self.cache_file.exists():
            return
        try:
            with np.load(self.cache_file, allow_pickle=False) as data:
                texts, mat = list(data["texts"]), data["vectors"]
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
            log.warning("ignoring unreadable vector cache %s: %s", self.cache_file, exc)
            return
        with self._lock:
            for t, row in zip(texts, mat, strict=False):
                self._docs.setdefault(str(t), row)

    def persist(self) -> None:
        """Save the passage vectors for the next process (no-op without a cache folder)."""
        if not self.cache_file or not self._dirty:
            return
        with self._lock:
            texts = list(self._docs)
            mat = np.stack([self._docs[t] for t in texts]) if texts else np.zeros((0, 1), np.float32)
        # a name of its own, then an atomic rename: several processes may persist at once, and a
        # reader sees the old file or the new one, never half of one
        try:
            self.cache_file.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.cache_file.parent, prefix=self.cache_file.stem + ".", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as fh:
                    np.savez(fh, texts=np.array(texts), vectors=mat)
                os.replace(tmp, self.cache_file)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:  # a read-only data folder or a full disk only costs the next start's speed
            log.warning("vector cache not saved to %s: %s", self.cache_file, exc)
            return
        self._dirty = False

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
                for t, row in zip(missing, m, strict=True):
                    self._docs[t] = _normalise(row)
                self._dirty = True
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
