"""Learning from use: confirmed activities as labelled examples.

Entries a person vouched for (``journal.corrections``: the owner confirmed, the supervisor
approved, anyone corrected) and the example activities an agency's documents carry (a
``Contoh Kegiatan`` column) become examples: per agency for probis and pokin, per person for
RHK. Their vectors are kept in the knowledge base's example store (Chroma), so they survive
a restart and every worker shares them; ``sync`` adds new ones and withdraws the entries
deleted or returned since. The analyst reads, for each candidate, how close the nearest
example labelled with it is to the activity (``scoring.example_closeness``).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from agent.analyst.scoring import example_similarity
from journal import corrections
from knowledge.glossary import Lexicon
from knowledge.text import idf_table

KINDS = ("probis", "pokin", "rhk")
DOC_PREFIX = "doc:"
ENTRY_PREFIX = "entri:"


@dataclass
class Examples:
    """An agency's examples in memory: vectors and labels."""

    ids: list[str] = field(default_factory=list)
    vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))
    labels: dict[str, list[str | None]] = field(default_factory=dict)  # kind -> label per example
    nips: list[str | None] = field(default_factory=list)
    tokens: list[frozenset[str]] = field(default_factory=list)
    idf: dict[str, float] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.ids)

    def nearest(self, qvec: np.ndarray, qtokens: frozenset[str], nip: str | None = None
                ) -> dict[str, dict[str, float]]:
        """Per kind, each label's closest example to the activity (RHK: the person's own only)."""
        out: dict[str, dict[str, float]] = {k: {} for k in KINDS}
        if not len(self):
            return out
        sims = example_similarity(qvec, qtokens, self.vectors, self.tokens, self.idf)
        for kind in KINDS:
            best = out[kind]
            for i, label in enumerate(self.labels.get(kind, ())):
                if label is None or (kind == "rhk" and self.nips[i] != nip):
                    continue
                if sims[i] > best.get(label, -1.0):
                    best[label] = float(sims[i])
        return out


def _meta(**labels) -> dict:
    return {k: v for k, v in labels.items() if v}


def wanted(journal, agency, agency_id: str) -> dict[str, tuple[str, dict]]:
    """Every example there should be: id -> (text, labels)."""
    out: dict[str, tuple[str, dict]] = {}
    for kind in ("probis", "pokin"):
        tree = agency.tree(kind) if agency is not None else None
        for node in range(len(tree) if tree is not None else 0):
            for n, text in enumerate(tree.examples[node]):
                out[f"{DOC_PREFIX}{kind}:{tree.ids[node]}:{n}"] = (text, _meta(**{kind: tree.ids[node]}))
    for nip, code, texts in (agency.rhk_examples if agency is not None else ()):
        for n, text in enumerate(texts):
            out[f"{DOC_PREFIX}rhk:{nip}:{code}:{n}"] = (text, _meta(rhk=code, nip=nip))
    if journal is not None:
        for e in corrections.examples(journal, agency_id):
            out[f"{ENTRY_PREFIX}{e.activity_id}"] = (e.text, _meta(probis=e.probis, pokin=e.pokin, rhk=e.rhk,
                                                                   nip=e.nip, nilai="|".join(e.values)))
    return out


def sync(store, journal, agency, agency_id: str, vectors, lex: Lexicon) -> Examples:
    """Bring the example store in line with the journal and the documents; the examples in memory."""
    want = wanted(journal, agency, agency_id)
    have = store.ids(agency_id)
    stale = sorted(have - set(want))
    if stale:
        store.remove(agency_id, stale)
    new = [i for i in want if i not in have]
    if new:
        mat = np.stack([vectors.query(lex.annotate(want[i][0])) for i in new])
        store.put(agency_id, new, [want[i][0] for i in new], [want[i][1] for i in new], mat)
    ids, mat, metas = store.all(agency_id)
    texts = [want[i][0] if i in want else "" for i in ids]
    tokens = [frozenset(lex.tokens(t)) for t in texts]
    return Examples(ids, mat, {k: [m.get(k) for m in metas] for k in KINDS}, [m.get("nip") for m in metas],
                    tokens, idf_table([list(t) for t in tokens]))
