"""Collaborators every node needs, built once per graph."""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

from agent.analyst.candidates import rhk_candidates, skp_citations
from agent.analyst.embedded import EmbeddedAnalyst
from agent.analyst.vectors import Vectors
from agent.configuration import AgentConfig
from journal.activities import agency_rhk, person_rhk
from knowledge.glossary import Lexicon, builtin
from knowledge.text import idf_table

RHK_TTL = 30.0  # seconds; an SKP re-ingest is seen within this time
EXAMPLES_TTL = 5.0  # seconds; a confirmation in another process is learned from within this time
PRIME_QUERIES = 128  # RHK retrieval queries embedded at warm-up (about 40 ms each on 2 cores)


@dataclass
class AgentContext:
    knowledge: Any | None  # knowledge.base.KnowledgeBase (search / records / embeddings)
    journal: Any | None  # journal.db.Journal
    config: AgentConfig
    vectors: Vectors
    embedded: EmbeddedAnalyst
    analyst: Any  # EmbeddedAnalyst or LlmAnalyst
    _warm: set = field(default_factory=set)
    _warm_lock: threading.Lock = field(default_factory=threading.Lock)
    _cites: tuple = (None, {})
    _rhk: dict = field(default_factory=dict)
    _idf: dict = field(default_factory=dict)
    _agencies: dict = field(default_factory=dict)
    _agency_lock: threading.Lock = field(default_factory=threading.Lock)
    _examples: dict = field(default_factory=dict)

    def examples(self, agency_id: str | None):
        """The agency's confirmed examples, synced with the journal at most every ``EXAMPLES_TTL`` seconds."""
        if self.knowledge is None or not agency_id or not hasattr(self.knowledge, "examples"):
            return None
        now = time.monotonic()
        with self._agency_lock:
            hit = self._examples.get(agency_id)
        if hit is not None and now - hit[0] < EXAMPLES_TTL:
            return hit[1]
        from agent.learning import sync

        agency = self.agency(agency_id)
        examples = sync(self.knowledge.examples, self.journal, agency, agency_id, self.vectors, self.lexicon(agency_id))
        with self._agency_lock:
            self._examples[agency_id] = (time.monotonic(), examples)
        return examples

    def forget_examples(self, agency_id: str | None = None) -> None:
        """Read the examples again on next use (after a confirmation or correction in this process)."""
        with self._agency_lock:
            if agency_id:
                self._examples.pop(agency_id, None)
            else:
                self._examples.clear()

    def agency(self, agency_id: str | None):
        """The agency's trees as the analyst scores them, rebuilt when its knowledge changes."""
        if self.knowledge is None or not agency_id:
            return None
        snap = self.knowledge.snapshot(agency_id)
        if snap is None:
            return None
        with self._agency_lock:
            hit = self._agencies.get(agency_id)
            if hit is None or hit[0] != snap.rev:
                from agent.analyst.agency import build_agency

                hit = (snap.rev, build_agency(self.knowledge, agency_id, self.vectors, self.lexicon(agency_id)))
                self._agencies[agency_id] = hit
                self.vectors.persist()
            return hit[1]

    def warm_up(self, agency_id: str | None = None) -> None:
        """Compute the value vectors and the agency's record vectors once per process."""
        with self._warm_lock:
            if "" not in self._warm:
                self.embedded.warm_up()
                self._warm.add("")
                self.vectors.persist()
            if not agency_id or self.knowledge is None or agency_id in self._warm:
                return
            self.agency(agency_id)
            self._warm_rhk(agency_id)
            self._warm.add(agency_id)
            self.vectors.persist()

    def _warm_rhk(self, agency_id: str) -> None:
        """Everyone's RHK vectors in one batch (kept in the disk cache), and their
        retrieval queries, so nobody's first message pays for their own SKP."""
        if self.journal is None:
            return

        cands = rhk_candidates(agency_rhk(self.journal, agency_id))
        self.vectors.documents([c.search_text or c.text for c in cands])
        emb = getattr(self.knowledge, "embeddings", None)
        if emb is None or not hasattr(emb, "embed_query_np"):
            return
        # a bounded share of the query cache (large agencies: the rest on first use)
        limit = min(PRIME_QUERIES, getattr(emb, "query_cache_size", 512) // 4)
        lex = self.lexicon(agency_id)
        for text in list(dict.fromkeys(c.text for c in cands))[:limit]:
            emb.embed_query_np(lex.annotate(text))

    def person_rhk(self, nip: str) -> list:
        """The person's RHK rows, re-read from the journal at most every ``RHK_TTL`` seconds."""

        now = time.monotonic()
        hit = self._rhk.get(nip)
        if hit is None or now - hit[0] > RHK_TTL:
            hit = (now, person_rhk(self.journal, nip))
            self._rhk[nip] = hit
        return hit[1]

    def rhk_idf(self, agency_id: str | None) -> dict[str, float]:
        """Word rarity over all the agency's RHK texts, rebuilt at most every ``RHK_TTL`` seconds."""
        if not agency_id or self.journal is None:
            return {}

        now = time.monotonic()
        hit = self._idf.get(agency_id)
        if hit is None or now - hit[0] > RHK_TTL:
            lex = self.lexicon(agency_id)
            texts = [c.search_text for c in rhk_candidates(agency_rhk(self.journal, agency_id))]
            hit = (now, idf_table([lex.tokens(t) for t in dict.fromkeys(texts)]))
            self._idf[agency_id] = hit
        return hit[1]

    def skp_citations(self, agency_id: str | None) -> dict[str, str]:
        """Source row of every ingested RHK, rebuilt when the agency's collection changes."""

        snap = self.knowledge.snapshot(agency_id) if self.knowledge is not None and agency_id else None
        key = (agency_id, getattr(snap, "rev", None))
        if self._cites[0] != key:
            self._cites = (key, skp_citations(self.knowledge, agency_id))
        return self._cites[1]

    def lexicon(self, agency_id: str | None, job: str | None = None) -> Lexicon:
        """The agency's glossary (built-in terms plus its own) as a person with ``job`` reads it."""
        glossary = self.knowledge.glossary(agency_id) if self.knowledge is not None and agency_id else builtin()
        return Lexicon(glossary, job or None)

    @staticmethod
    def query_text(description: str, lex: Lexicon | None = None) -> str:
        """The text embedded for a query: short forms followed by their expansions, as the
        knowledge base embeds its queries (so the two share the embedder's cache)."""
        return (lex or Lexicon.default()).annotate(description)
