"""The SKP cascade: where in the agency's trees a person's RHK belongs.

A pohon kinerja cascades down to individual staff (PermenPANRB 89/2021) and
each RHK names the supervisor's RHK it supports (PermenPANRB 6/2022). So the
home of an RHK is found top-down: the supervisor's RHK has its own home node;
the person's RHK belongs to that node or to one of its descendants, whichever
its own words fit best (the supervisor's node keeps a small lead, since a
staff RHK that only rephrases it belongs to it). Without a supervisor RHK,
the home is simply the node the RHK fits best. The same holds for the
process map (proses bisnis), whose processes also nest.

Everything is read from the agency's ingested records (staff, SKP, probis,
pokin); nothing is specific to one agency.
"""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field

import numpy as np

HOME_MARGIN = 0.02  # the supervisor's node wins unless a descendant fits the RHK clearly better
MAX_DEPTH = 6  # supervisor chain followed at most this far

KINDS = ("probis", "pokin")


@dataclass
class Tree:
    """One agency tree (probis or pokin): ids, parents and the texts that are embedded."""

    ids: list[str]
    parent: dict[str, str | None]
    texts: list[str]
    metadata: dict[str, dict]  # id -> snapshot metadata (to build a candidate with its citation)
    _children: dict[str, list[str]] = field(default_factory=dict)
    _index: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._index = {node: n for n, node in enumerate(self.ids)}
        for i in self.ids:
            p = self.parent.get(i)
            if p:
                self._children.setdefault(p, []).append(i)

    def subtree(self, root: str) -> set[str]:
        out, todo = {root}, [root]
        while todo:
            for c in self._children.get(todo.pop(), ()):
                if c not in out:
                    out.add(c)
                    todo.append(c)
        return out

    def text(self, node: str) -> str:
        return self.texts[self._index[node]]

    def scope(self, node: str) -> str:
        """The texts of ``node``'s ancestors, nearest first."""
        return " ".join(self.text(a) for a in self.ancestors(node) if a in self._index)

    def ancestors(self, node: str) -> list[str]:
        out, seen = [], {node}
        while (node := self.parent.get(node)) and node not in seen:
            out.append(node)
            seen.add(node)
        return out


def rhk_search_text(text: str, indicator: str | None) -> str:
    """What an RHK is matched by (the same text the candidates embed)."""
    return f"{text}. Indikator: {indicator}" if indicator else text


class Cascade:
    """The agency's probis and pokin trees and its staff's RHK chain, for one snapshot."""

    def __init__(self, trees: dict[str, Tree], supervisor: dict[str, str | None],
                 rhk: dict[tuple[str, str, str], tuple[str, str | None]]):
        self.trees = trees
        self.supervisor = supervisor  # nip -> supervisor's nip
        self.rhk = rhk  # (nip, period, code) -> (search text, supervisor's RHK code)
        self._homes: dict[tuple[str, str], str | None] = {}
        self._lock = threading.Lock()
        self._idf: dict[str, dict[str, float]] = {}

    def idf(self, kind: str) -> dict[str, float]:
        """Word rarity over the agency's records of ``kind`` (a word only one process names decides)."""
        if kind not in self._idf:
            from knowledge.glossary import Lexicon
            from knowledge.text import idf_table

            tree = self.trees.get(kind)
            lex = Lexicon.default()
            self._idf[kind] = idf_table([lex.tokens(t) for t in tree.texts]) if tree and tree.texts else {}
        return self._idf[kind]

    def home(self, vectors, kind: str, nip: str | None, period: str | None, code: str | None,
             text: str, parent_code: str | None = None) -> str | None:
        """The node of ``kind`` the RHK ``text`` (of ``nip``/``period``/``code``) belongs to."""
        tree = self.trees.get(kind)
        if tree is None or not tree.ids:
            return None
        key = (kind, f"{nip}/{period}/{code}/{text}")
        with self._lock:
            if key in self._homes:
                return self._homes[key]
        root = self._supervisor_home(vectors, kind, nip, period, parent_code, depth=1)
        out = self._best(vectors, tree, text, root)
        with self._lock:
            self._homes[key] = out
        return out

    def _supervisor_home(self, vectors, kind: str, nip: str | None, period: str | None,
                         parent_code: str | None, depth: int) -> str | None:
        boss = self.supervisor.get(nip or "")
        if not boss or not parent_code or depth > MAX_DEPTH:
            return None
        found = self.rhk.get((boss, period or "", parent_code))
        if found is None:
            return None
        text, grand_code = found
        root = self._supervisor_home(vectors, kind, boss, period, grand_code, depth + 1)
        return self._best(vectors, self.trees[kind], text, root)

    @staticmethod
    def _best(vectors, tree: Tree, text: str, root: str | None) -> str | None:
        sims = vectors.documents(tree.texts) @ vectors.documents([text])[0]
        if root is not None and root in tree.parent:
            allowed = tree.subtree(root)
            sims = np.array([s + (HOME_MARGIN if i == root else 0.0) if i in allowed else -np.inf
                             for i, s in zip(tree.ids, sims)])
        return tree.ids[int(np.argmax(sims))]


_CACHE: dict[tuple[int, str], tuple[object, Cascade]] = {}
_CACHE_LOCK = threading.Lock()


def cascade_for(knowledge, instansi: str | None) -> Cascade | None:
    """The agency's cascade, rebuilt only when its knowledge changes (None without records)."""
    if knowledge is None or not instansi or not hasattr(knowledge, "snapshot"):
        return None
    snap = knowledge.snapshot(instansi)
    if snap is None:
        return None
    key = (id(knowledge), instansi)
    with _CACHE_LOCK:
        hit = _CACHE.get(key)
        if hit is not None and hit[0] == snap.rev:
            return hit[1]
    built = build(snap.metadatas, snap.current)
    with _CACHE_LOCK:
        _CACHE[key] = (snap.rev, built)
    return built


def build(metadatas, current) -> Cascade:
    """A cascade from snapshot metadata (each record's JSON under ``record``)."""
    from agent.retrieve import pokin_text, probis_text

    nodes: dict[str, list[tuple[str, str | None, str, dict]]] = {k: [] for k in KINDS}
    supervisor: dict[str, str | None] = {}
    rhk: dict[tuple[str, str, str], tuple[str, str | None]] = {}
    for m, cur in zip(metadatas, current):
        kind, raw = m.get("type"), m.get("record")
        if not cur or not raw or kind not in KINDS + ("staff", "skp"):
            continue
        try:
            rec = json.loads(raw) if isinstance(raw, str) else raw
        except json.JSONDecodeError:
            continue
        if kind == "probis" and rec.get("id"):
            nodes[kind].append((str(rec["id"]), rec.get("parent"), probis_text(rec.get("name") or "", rec.get("output")), m))
        elif kind == "pokin" and rec.get("id"):
            inds = [i.get("text", "") for i in rec.get("indicators") or () if isinstance(i, dict)]
            nodes[kind].append((str(rec["id"]), rec.get("parent"), pokin_text(rec.get("statement") or "", inds), m))
        elif kind == "staff" and rec.get("nip"):
            supervisor[str(rec["nip"])] = rec.get("supervisor_nip")
        elif kind == "skp" and rec.get("nip") and isinstance(rec.get("rhk"), dict) and rec["rhk"].get("id"):
            r = rec["rhk"]
            rhk[(str(rec["nip"]), str(rec.get("period") or ""), str(r["id"]))] = (
                rhk_search_text(r.get("text") or "", r.get("indicator")), r.get("supervisor_rhk"))
    trees = {}
    for kind, rows in nodes.items():
        rows = list({r[0]: r for r in rows}.values())
        trees[kind] = Tree([r[0] for r in rows], {r[0]: r[1] for r in rows}, [r[2] for r in rows],
                           {r[0]: r[3] for r in rows})
    return Cascade(trees, supervisor, rhk)
