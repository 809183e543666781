"""Indonesian word stems for matching a topic against what people wrote, formal or chat style:
"penataan" / "menata" / "nata" -> "tata", "melayani" / "layanan" / "layani" -> "layan",
"nyusun" / "penyusunan" -> "susun", "ngerjain" / "pekerjaan" -> "kerja".

Deliberately small: the same rules run on the question and on the entries, and a word gives
every stem its prefix allows ("mengurus": "urus" or "kurus"), so two forms of one word share
a stem without a dictionary.
"""
from __future__ import annotations

import re
from functools import lru_cache

_SUFFIXES = ("nya", "lah", "kah")
_ENDINGS = ("kan", "an", "in", "i")  # "-in": chat style ("ngerjain", "benerin")
# nasal prefixes and the letter they may have swallowed before a vowel ("penataan" -> t, "menyusun" -> s)
_NASAL = (("meny", "s"), ("peny", "s"), ("meng", "k"), ("peng", "k"), ("mem", "p"), ("pem", "p"), ("men", "t"),
          ("pen", "t"), ("ny", "s"), ("ng", "k"), ("n", "t"), ("m", "p"))
_PLAIN = ("per", "ber", "ter", "me", "pe", "di", "be", "te", "nge", "ke", "se")
_VOWEL = "aeiou"


def _bare(w: str) -> tuple[str, str]:
    for s in _SUFFIXES:
        if w.endswith(s) and len(w) - len(s) >= 4:
            w = w[:-len(s)]
            break
    for s in _ENDINGS:
        if w.endswith(s) and len(w) - len(s) >= 4:
            return w[:-len(s)], s
    return w, ""


@lru_cache(maxsize=50_000)
def variants(word: str) -> frozenset[str]:
    """The word and the stems it may have."""
    w = word.lower().strip("-")
    out = {w}
    if not w.isalpha() or len(w) < 4:
        return frozenset(out)
    core, _ = _bare(w)
    out.add(core)
    for p, swallowed in _NASAL:
        if core.startswith(p) and len(core) - len(p) >= 3:
            rest = core[len(p):]
            if rest[:1] in _VOWEL:
                out |= {swallowed + rest, rest}
            elif len(p) > 2:
                out.add(rest)
    for p in _PLAIN:
        if core.startswith(p) and len(core) - len(p) >= 3:
            out.add(core[len(p):])
    return frozenset(x for x in out if len(x) >= 4 or (len(x) == 3 and x[0] not in _VOWEL))


@lru_cache(maxsize=20_000)
def stems(text: str) -> frozenset[str]:
    """Every stem of every word of a text."""
    return frozenset(v for w in re.findall(r"[a-z]+", text.lower()) for v in variants(w))


def shares_stem(word: str, text_stems: frozenset[str], plain: frozenset[str] = frozenset()) -> bool:
    """Whether a topic word and some word of a text are forms of one word (not through a ``plain`` stem, unless
    the word is that stem)."""
    return bool((variants(word) - (plain - {word.lower()})) & text_stems)
