"""A small in-memory BM25 (Okapi) index over token lists, numpy-backed.

Built once per collection snapshot; a query touches only the postings of its
own terms, so it stays in the low milliseconds at tens of thousands of chunks.
"""
from __future__ import annotations

from collections import Counter

import numpy as np


class BM25Index:
    def __init__(self, docs: list[list[str]], *, k1: float = 1.2, b: float = 0.75):
        self.n = len(docs)
        self.k1, self.b = k1, b
        lengths = np.array([len(d) for d in docs], dtype=np.float32)
        avg = float(lengths.mean()) if self.n else 1.0
        self._norm = k1 * (1 - b + b * lengths / max(avg, 1e-9))
        postings: dict[str, tuple[list[int], list[int]]] = {}
        for i, toks in enumerate(docs):
            for term, tf in Counter(toks).items():
                ids, tfs = postings.setdefault(term, ([], []))
                ids.append(i)
                tfs.append(tf)
        self._postings: dict[str, tuple[np.ndarray, np.ndarray, float]] = {}
        for term, (ids, tfs) in postings.items():
            df = len(ids)
            idf = float(np.log(1 + (self.n - df + 0.5) / (df + 0.5)))
            self._postings[term] = (np.array(ids, dtype=np.int32), np.array(tfs, dtype=np.float32), idf)

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        out = np.zeros(self.n, dtype=np.float32)
        for term, qtf in Counter(query_tokens).items():
            post = self._postings.get(term)
            if post is None:
                continue
            ids, tfs, idf = post
            out[ids] += qtf * idf * tfs * (self.k1 + 1) / (tfs + self._norm[ids])
        return out

    def top(self, query_tokens: list[str], k: int, mask: np.ndarray | None = None) -> list[tuple[int, float]]:
        """(index, score) of the best ``k`` documents with a positive score."""
        if not self.n:
            return []
        s = self.scores(query_tokens)
        if mask is not None:
            s = np.where(mask, s, 0.0)
        k = min(k, self.n)
        idx = np.argpartition(-s, k - 1)[:k]
        idx = idx[np.argsort(-s[idx], kind="stable")]
        return [(int(i), float(s[i])) for i in idx if s[i] > 0]
