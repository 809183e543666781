"""Indonesian text for search and matching: one normaliser, one stemmer, one tokenizer.

Every layer uses these (BM25 retrieval, the analyst's matching, duplicate detection,
parsing): words are lower-cased and accent-free, stop words dropped, and a light
stemmer strips particles, possessives and the usual prefixes and suffixes so that
``pengembangan`` and ``mengembangkan`` meet. Short forms are expanded by a
``knowledge.glossary.Glossary`` before these functions see the text. Consistency
between documents and queries matters more than linguistic perfection.
"""
from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

STOPWORDS = frozenset(
    ["yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "dalam", "atau", "ini", "itu", "adalah", "sebagai", "oleh", "juga", "akan", "telah", "sudah", "serta", "bagi", "tentang", "agar", "karena", "bahwa", "secara", "tiap", "setiap", "suatu", "sebuah", "para", "yaitu", "ialah", "maupun", "hingga", "sampai", "antara", "tersebut", "saya", "kami", "kita", "aku", "dia", "mereka", "nya", "ada", "apa", "bagaimana", "kapan", "mana", "siapa", "hari", "kemarin", "tadi", "lalu", "atas", "terhadap", "belum", "tidak", "tanggal", "jam", "menit", "kegiatan", "melakukan", "melaksanakan", "mengerjakan", "membuat", "sebanyak", "selama", "se", "dll", "dsb", "supaya", "sesuai", "bersama", "pukul", "s", "d", "sd", "the", "of", "and", "to", "a", "in", "for", "is", "on"]
)

_WORD = re.compile(r"[a-z0-9]+")
_CODE = re.compile(r"[a-z0-9]+(?:[.\-/][a-z0-9]+)+")
_PREFIXES = ("meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "per", "pe",
             "ber", "be", "ter", "di", "ke", "se")
_SUFFIXES = ("kan", "an", "i")
_PARTICLES = ("lah", "kah", "pun", "nya", "ku", "mu")
MIN_STEM = 4


def normalize(text: str) -> str:
    """Lower case without accents."""
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def words(text: str) -> list[str]:
    """The plain words of ``text`` (lower case, letters and digits)."""
    return _WORD.findall(normalize(text))


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """A light Indonesian stemmer: one particle or possessive, one prefix, one suffix;
    numbers and short words are left alone."""
    if len(word) <= MIN_STEM or not word.isalpha():
        return word
    w = word
    for p in _PARTICLES:
        if w.endswith(p) and len(w) - len(p) >= MIN_STEM:
            w = w[: -len(p)]
            break
    for p in _PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= MIN_STEM:
            w = w[len(p):]
            break
    for s in _SUFFIXES:
        if w.endswith(s) and len(w) - len(s) >= MIN_STEM:
            w = w[: -len(s)]
            break
    return w


def content_stems(text: str) -> list[str]:
    """Stems of the content words of an already expanded text (no stop words, no bare numbers)."""
    return [stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 1 and not w.isdigit()]


def codes(text: str) -> list[str]:
    """Codes and numbers written in the text, for exact lexical matches: whole codes
    (``pb-1.2``) and bare numbers (a NIP, a year); their parts come with ``words``."""
    low = normalize(text)
    return _CODE.findall(low) + [w for w in _WORD.findall(low) if w.isdigit()]


def idf_table(texts: list[list[str]]) -> dict[str, float]:
    """BM25-style inverse document frequency of each stem over token lists."""
    df: dict[str, int] = {}
    for toks in texts:
        for w in set(toks):
            df[w] = df.get(w, 0) + 1
    n = len(texts)
    return {w: math.log(1 + (n - d + 0.5) / (d + 0.5)) for w, d in df.items()}


def coverage(query: set[str], target: list[str] | set[str], idf: dict[str, float]) -> float:
    """IDF-weighted share of the query's stems that the target contains (0..1):
    rare shared words ("SPM", "kuitansi", "metadata") count more than common ones.
    A stem unseen in the table counts as the rarest."""
    if not query:
        return 0.0
    top = max(idf.values(), default=1.0)
    weight = {w: idf.get(w, top) for w in query}
    total = sum(weight.values())
    tset = set(target)
    return sum(v for w, v in weight.items() if w in tset) / total if total else 0.0


def overlap(query: set[str], target: list[str] | set[str]) -> float:
    """Share of the target's content stems that the query mentions (0..1)."""
    tset = set(target)
    if not tset:
        return 0.0
    return len(tset & query) / len(tset)


def jaccard(a: list[str] | set[str], b: list[str] | set[str]) -> float:
    """Jaccard similarity of two token collections (0..1)."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)
