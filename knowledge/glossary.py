"""The vocabulary of government work: short forms and their expansions.

One table for everything that reads Indonesian work text (parsing, retrieval,
matching, validation): a built-in glossary of government acronyms and terms
across domains (``data/glosarium.csv``: ``Singkatan, Kepanjangan, Bidang,
Jabatan``), plus an agency's own glossary sheet, whose terms win. A short form
with several meanings (PR: pull request for a programmer, pekerjaan rumah for a
teacher) is chosen by the person's job: the ``Jabatan`` column lists the job
words that select a meaning; the row without any is the usual one.

A ``Glossary`` is immutable; equal tables compare and hash equal, so results
cached per (text, glossary) stay valid and are shared.
"""
from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from knowledge.text import codes, content_stems, normalize

BUILTIN_FILE = Path(__file__).parent / "data" / "glosarium.csv"

# short forms that are ordinary words when written in lower case ("api", "pak", "bos"):
# expanded only when written in capitals
COMMON_WORDS = frozenset(
    ["ad", "ada", "ai", "aman", "an", "ap", "apa", "api", "art", "as", "bab", "ban", "be", "bos", "bs", "cap", "cat", "di", "dl", "do", "es", "go", "ha", "in", "is", "it", "jam", "ja", "kas", "kir", "ks", "lan", "lap", "lo", "ma", "mak", "mas", "mi", "min", "nas", "ok", "on", "or", "os", "pa", "pak", "pas", "pat", "pe", "pin", "pip", "pos", "pr", "rad", "rm", "sas", "sat", "se", "sim", "sip", "so", "sr", "ta", "tap", "tu", "ui", "up", "ups", "var", "ya", "db", "pd", "ukm", "dok", "kk"]
)
# how a meaning is chosen among several: the person's job, the domain the text's other terms share
# (general office words are weaker evidence), and being the usual meaning
JOB, USUAL = 1.0, 0.5
CONTEXT = {"": 1.5, "umum": 0.75, "obrolan": 0.0}
_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*")


def key_of(short: str) -> str:
    """The lookup key of a short form: lower case, single spaces."""
    return " ".join(normalize(short).split())


@dataclass(frozen=True)
class Term:
    short: str  # as usually written: "SP2D", "rakor"
    full: str  # "surat perintah pencairan dana"
    domain: str = ""
    jobs: tuple[str, ...] = ()  # job words selecting this meaning; () = the usual meaning
    source: str = "bawaan"

    def fits(self, job: str) -> bool:
        return any(j and j in job for j in self.jobs)


_NOTE = re.compile(r"\s*\((?:mis|misal|misalnya|contoh|e\.g)\b[^)]*\)", re.IGNORECASE)


def read_rows(rows: Iterable[dict], source: str) -> list[Term]:
    """Terms from table rows with ``Singkatan``/``Kepanjangan`` (any case) and optional ``Bidang``/``Jabatan``."""
    out = []
    for row in rows:
        low = {key_of(k or ""): (v or "").strip() for k, v in row.items()}
        short, full = low.get("singkatan") or low.get("istilah"), low.get("kepanjangan") or low.get("arti")
        if not short or not full:
            continue
        jobs = tuple(key_of(j) for j in (low.get("jabatan") or "").split("|") if j.strip())
        full = _NOTE.sub("", " ".join(full.split())).strip()
        out.append(Term(short.strip(), full, low.get("bidang", ""), jobs, source))
    return out


class Glossary:
    """Short forms -> expansions, the person's job choosing among meanings."""

    def __init__(self, terms: Iterable[Term]):
        self.terms: tuple[Term, ...] = tuple(terms)
        index: dict[str, list[Term]] = {}
        for t in self.terms:
            index.setdefault(key_of(t.short), []).append(t)
        self._index = index
        multi = sorted((k for k in index if " " in k), key=len, reverse=True)
        self._multi = re.compile("|".join(r"\b" + re.escape(k).replace(r"\ ", r"\s+") + r"\b" for k in multi),
                                 re.IGNORECASE) if multi else None
        self._fulls = tuple(sorted({key_of(t.full) for t in self.terms if " " in t.full.strip()},
                                   key=len, reverse=True))
        # each full form as the words it is matched by (" surat pertanggungjawaban "), worked out once
        self._full_words = tuple((f, f" {' '.join(re.findall(r'[a-z0-9]+', f))} ") for f in self._fulls)
        digest = hashlib.sha1("\n".join(f"{t.short}\t{t.full}\t{'|'.join(t.jobs)}" for t in self.terms).encode())
        self._hash = digest.hexdigest()

    # identity by content: equal tables share cached results
    def __eq__(self, other: object) -> bool:
        return isinstance(other, Glossary) and other._hash == self._hash

    def __hash__(self) -> int:
        return hash(self._hash)

    def __len__(self) -> int:
        return len(self.terms)

    def with_terms(self, terms: Iterable[Term]) -> Glossary:
        """This glossary with an agency's own terms in front (they win over the built-in ones)."""
        extra = list(terms)
        return Glossary(extra + list(self.terms)) if extra else self

    def meaning(self, written: str, job: str | None = None, context: frozenset[str] = frozenset()) -> Term | None:
        """The term ``written`` stands for, or None. Its case decides first (an ordinary
        word in lower case is not a short form); among several meanings, one the
        person's job selects, then one whose domain the other terms of the text share
        (``context``), then the usual one."""
        key = key_of(written)
        options = self._index.get(key)
        if not options:
            return None
        if key in COMMON_WORDS and not written.isupper():
            return None
        if len(options) == 1:
            return options[0]
        j = key_of(job) if job else ""
        return max(options, key=lambda t: (JOB * t.fits(j) + CONTEXT.get(t.domain, CONTEXT[""]) * (t.domain in context)
                                           + USUAL * (not t.jobs), -options.index(t)))

    def _spans(self, text: str, job: str | None) -> list[tuple[int, int, str, Term]]:
        """(start, end, written, term) of every short form in ``text``, left to right: terms of
        several words first, then single words (and the parts of hyphenated ones)."""
        found: list[tuple[int, int, str]] = []
        taken: list[tuple[int, int]] = []
        if self._multi is not None:
            for m in self._multi.finditer(text):
                found.append((m.start(), m.end(), " ".join(m.group(0).split())))
                taken.append((m.start(), m.end()))
        for m in _TOKEN.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            word = m.group(0)
            if word.lower() in self._index:
                found.append((m.start(), m.end(), word))
            elif "-" in word or "/" in word:  # "SPP-UP": each part on its own
                for p in re.finditer(r"[A-Za-z][A-Za-z0-9]*", word):
                    if p.group(0).lower() in self._index:
                        found.append((m.start() + p.start(), m.start() + p.end(), p.group(0)))
        found.sort()
        plain = [self._index[key_of(w)] for _, _, w in found]
        context = frozenset(o[0].domain for o in plain if len(o) == 1)
        out = []
        for a, b, w in found:
            t = self.meaning(w, job, context)
            if t is not None and key_of(t.full) != key_of(w):
                out.append((a, b, w, t))
        return out

    def _replace(self, text: str, job: str | None, fmt) -> str:
        out, pos = [], 0
        for a, b, _w, t in self._spans(text, job):
            out.append(text[pos:a])
            out.append(fmt(text[a:b], t.full))
            pos = b
        out.append(text[pos:])
        return "".join(out)

    def expand(self, text: str, job: str | None = None) -> str:
        """``text`` with its short forms written out ("rakor" -> "rapat koordinasi")."""
        return _expand(self, text or "", job)

    def annotate(self, text: str, job: str | None = None) -> str:
        """``text`` with each short form followed by its expansion ("rakor (rapat koordinasi)"):
        both forms stay, for embedding and lexical search."""
        return _annotate(self, text or "", job)

    def tokens(self, text: str | None, job: str | None = None) -> list[str]:
        """Content-word stems of ``text`` with its short forms and their expansions."""
        return list(_tokens(self, text or "", job))

    def tokenize(self, text: str | None, job: str | None = None) -> list[str]:
        """Tokens for BM25: codes kept whole, plus the content stems of ``tokens``."""
        return codes(text or "") + list(_tokens(self, text or "", job))

    def acronyms(self, text: str | None, job: str | None = None) -> frozenset[str]:
        """The known terms of several words ``text`` names, written short or in full, as
        their full form ("SPJ" and "surat pertanggungjawaban" are one term; "LPJ" is
        another). A term inside a longer one found in the same text does not count."""
        return _acronyms(self, text or "", job)


@lru_cache(maxsize=20_000)
def _expand(g: Glossary, text: str, job: str | None) -> str:
    return g._replace(text, job, lambda word, full: full)


@lru_cache(maxsize=20_000)
def _annotate(g: Glossary, text: str, job: str | None) -> str:
    return g._replace(text, job, lambda word, full: f"{word} ({full})")


@lru_cache(maxsize=50_000)
def _tokens(g: Glossary, text: str, job: str | None) -> tuple[str, ...]:
    return tuple(content_stems(_annotate(g, text, job)))


@lru_cache(maxsize=20_000)
def _acronyms(g: Glossary, text: str, job: str | None) -> frozenset[str]:
    low = " " + " ".join(normalize(_expand(g, text, job)).replace("-", " ").split()) + " "
    low = " " + " ".join(re.findall(r"[a-z0-9]+", low)) + " "
    found = [p for p, words in g._full_words if words in low]
    return frozenset(p for p in found if not any(p != o and f" {p} " in f" {o} " for o in found))


@lru_cache(maxsize=1)
def builtin() -> Glossary:
    """The built-in glossary shipped with the package."""
    with BUILTIN_FILE.open(encoding="utf-8", newline="") as fh:
        return Glossary(read_rows(csv.DictReader(fh), "bawaan"))


@dataclass(frozen=True)
class Lexicon:
    """A glossary as one person reads it: their job chooses among a short form's meanings.
    Agency texts (processes, tree nodes, RHK) are read without a job (``documents``)."""

    glossary: Glossary
    job: str | None = None

    @classmethod
    def default(cls) -> Lexicon:
        return cls(builtin())

    @property
    def documents(self) -> Lexicon:
        return self if self.job is None else Lexicon(self.glossary)

    def tokens(self, text: str | None) -> list[str]:
        return self.glossary.tokens(text, self.job)

    def tokenize(self, text: str | None) -> list[str]:
        return self.glossary.tokenize(text, self.job)

    def annotate(self, text: str) -> str:
        return self.glossary.annotate(text, self.job)

    def expand(self, text: str) -> str:
        return self.glossary.expand(text, self.job)

    def acronyms(self, text: str | None) -> frozenset[str]:
        return self.glossary.acronyms(text, self.job)
