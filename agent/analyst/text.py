"""Light Indonesian text normalisation for lexical matching (no external stemmer)."""
from __future__ import annotations

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


def overlap(query: set[str], target: list[str]) -> float:
    """Share of the target's content stems that the query mentions (0..1)."""
    tset = set(target)
    if not tset:
        return 0.0
    return len(tset & query) / len(tset)
