"""Light Indonesian text normalisation for lexical matching (no external stemmer)."""
from __future__ import annotations

import math
import re
from functools import lru_cache

from agent.abbreviations import expand

STOPWORDS = frozenset(
    "yang dan di ke dari untuk dengan pada dalam atas oleh serta atau ini itu para bagi sebagai "
    "terhadap tentang juga akan telah sudah belum tidak ada adalah hari tanggal jam menit kegiatan "
    "melakukan melaksanakan mengerjakan membuat sebanyak selama tadi kemarin saya kami kita "
    "nya pukul s d sd dll dsb se secara agar supaya sesuai bersama".split()
)
_PREFIXES = ("meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "pe", "ber", "ter", "di", "ke", "se")
_SUFFIXES = ("kannya", "annya", "kan", "nya", "an", "i")
_TOKEN = re.compile(r"[a-z0-9]+")


def stem(word: str) -> str:
    w = word
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: -len(suf)]
            break
    for pre in _PREFIXES:
        if w.startswith(pre) and len(w) - len(pre) >= 4:
            w = w[len(pre):]
            break
    return w


def tokens(text: str) -> list[str]:
    """Content-word stems of ``text`` (abbreviations expanded)."""
    return list(_tokens(text))


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[str, ...]:
    low = expand(text).lower()
    return tuple(stem(t) for t in _TOKEN.findall(low) if t not in STOPWORDS and len(t) > 1 and not t.isdigit())


@lru_cache(maxsize=1)
def _phrases() -> tuple[str, ...]:
    from agent.abbreviations import ABBREVIATIONS

    return tuple(sorted({f for f in ABBREVIATIONS.values() if " " in f}, key=len, reverse=True))


@lru_cache(maxsize=8192)
def acronyms(text: str | None) -> frozenset[str]:
    """The known short forms ``text`` names ("SPJ", "SKP", "BAST"), written short
    or in full, as their full form: the precise terms of government work ("SPJ"
    and "surat pertanggungjawaban" are the same term, "LPJ" is not). Unknown
    capitalised words are left out: they are mostly product names ("SOBAT"),
    and held out they did not help. A phrase inside a longer one found in the
    same text does not count on its own."""
    full = expand(text or "")
    low = " ".join(_TOKEN.findall(full.lower()))
    found = [p for p in _phrases() if f" {p} " in f" {low} "]
    # only the longest: "BAST" is "berita acara serah terima", not any "berita acara"
    return frozenset(p for p in found if not any(p != o and f" {p} " in f" {o} " for o in found))


def idf_table(texts: list[str]) -> dict[str, float]:
    """BM25-style inverse document frequency of each stem over ``texts``."""
    df: dict[str, int] = {}
    for t in texts:
        for w in set(tokens(t)):
            df[w] = df.get(w, 0) + 1
    n = len(texts)
    return {w: math.log(1 + (n - d + 0.5) / (d + 0.5)) for w, d in df.items()}


def coverage(query: set[str], target: list[str], idf: dict[str, float]) -> float:
    """IDF-weighted share of the query's stems that the target contains (0..1):
    rare shared words ("SPM", "kuitansi", "metadata") count more than common ones.
    A stem unseen in the table counts as the rarest."""
    if not query:
        return 0.0
    top = max(idf.values(), default=1.0)
    weight = {w: idf.get(w, top) for w in query}
    total = sum(weight.values())
    return sum(v for w, v in weight.items() if w in set(target)) / total if total else 0.0


def overlap(query: set[str], target: list[str]) -> float:
    """Share of the target's content stems that the query mentions (0..1)."""
    tset = set(target)
    if not tset:
        return 0.0
    return len(tset & query) / len(tset)
