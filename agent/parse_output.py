"""What an activity produced: "3 dokumen" -> ("dokumen", 3).

A number followed by a noun is a count only when it does not name something
("lt 3", "sprint 13") and the noun is no unit of time or people; "1 bundel arsip"
counts the archive, "3 surat tugas" and "1 berita acara serah terima" keep their
two-word names. Among several counts the one after a result word ("hasilnya", "->"),
then the one standing alone after a comma, then a product over people wins.
Without a count, a product noun counts only after a result word or a making verb
("ngetik notulen"), never after a topic word ("koordinasi soal SDI", "terkait dokumen").
"""
from __future__ import annotations

import re

from agent.parse_words import (
    CLASSIFIERS,
    CLOSED_COMPOUNDS,
    ID_BEFORE,
    MAKING_VERBS,
    MONTH_WORDS,
    NO_OUTPUT,
    NOT_OUTPUT_UNITS,
    NUMBER_WORDS,
    OPEN_COMPOUND_HEADS,
    OUTPUT_NOUNS,
    OUTPUT_SHORT,
    PEOPLE_UNITS,
    RESULT_MARKERS,
    TOPIC_WORDS,
)
from agent.worktext import content_words, looks_like_word

NONE = "-"  # the output is explicitly "none"
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*(?![\w])|[^\W\d_][\w'&/-]*|[,;:]")
_COUNT_WORDS = {**NUMBER_WORDS, "sebuah": 1, "seunit": 1, "selembar": 1}
_NO_OUTPUT_IN_TEXT = re.compile(
    r"\b(?:tidak|tdk|ga|gak|gk|nggak|ngga|enggak|tanpa|no|belum|blm)\s+(?:ada\s+)?(?:output|hasil|keluaran)(?:nya)?\b"
    r"|(?:^|[,;:]\s*|\s)-\s*$", re.I)
_STRONG_MARKERS = {"hasilnya", "outputnya", "output", "keluaran", "keluarannya", "menghasilkan"}


def _is_word(tok: str) -> bool:
    return bool(tok) and tok[0].isalpha()


def _number(tok: str) -> float | None:
    t = tok.lower()
    if t in _COUNT_WORDS:
        return float(_COUNT_WORDS[t])
    if not t[:1].isdigit():
        return None
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", t):  # 1.200 = twelve hundred
        return float(t.replace(".", ""))
    try:
        return float(t.replace(",", "."))
    except ValueError:
        return None


def _unit_ok(tok: str | None) -> bool:
    return tok is not None and _is_word(tok) and tok not in NOT_OUTPUT_UNITS and tok not in MONTH_WORDS \
        and tok not in TOPIC_WORDS


def _noun_at(toks: list[str], j: int) -> tuple[str | None, int]:
    """The product named at ``toks[j]`` (classifier skipped, compound kept) and the index after it."""
    if j >= len(toks) or not _unit_ok(toks[j]):
        return None, j
    noun = toks[j]
    if noun.endswith("nya") and noun[:-3] in OUTPUT_NOUNS:  # "notulennya 1" -> notulen
        noun = noun[:-3]
    if noun in OUTPUT_SHORT:
        return OUTPUT_SHORT[noun], j + 1
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if noun in CLASSIFIERS and _unit_ok(nxt) and nxt not in CLASSIFIERS:
        j += 1
        noun, nxt = nxt, toks[j + 1] if j + 1 < len(toks) else None
    if noun in OPEN_COMPOUND_HEADS and _unit_ok(nxt) and nxt not in PEOPLE_UNITS:
        return f"{noun} {nxt}", j + 2
    if nxt is not None and nxt in CLOSED_COMPOUNDS.get(noun, ()):
        return f"{noun} {nxt}", j + 2
    return noun, j + 1


def _known(noun: str) -> bool:
    return noun in OUTPUT_NOUNS or noun.split()[0] in OUTPUT_NOUNS


def no_output(text: str) -> bool:
    """The text says there is no output ("tdk ada output", a lone "-")."""
    return bool(_NO_OUTPUT_IN_TEXT.search(text))


def is_no_output_answer(text: str) -> bool:
    """An answer meaning "no output": "-", "ga ada", "tidak ada, cuma dengerin"."""
    low = re.sub(r"\s+", " ", text.lower()).strip(" .!")
    return low in ("-", "--", "nihil", "kosong") or no_output(low) or any(
        low == p or low.startswith(p + ",") or low.startswith(p + " ") for p in NO_OUTPUT)


def find_output(text: str) -> tuple[str | None, float | None]:
    """Output noun and volume; ("-", None) when the text says there is none."""
    toks = [t.lower() for t in _TOKEN.findall(text)]
    found = []
    for i, tok in enumerate(toks):
        vol = _number(tok) if (tok[:1].isdigit() or tok in _COUNT_WORDS) else None
        if vol is None or vol <= 0:
            continue
        prev = toks[i - 1] if i else None
        if prev in ID_BEFORE:
            continue
        noun, _ = _noun_at(toks, i + 1)
        if noun is None:
            continue
        before = toks[:i]
        marker = any(t in RESULT_MARKERS for t in before[-2:])
        alone = not before or before[-1] in (",", ";", ":") or marker
        found.append(((marker, alone, noun not in PEOPLE_UNITS, _known(noun), i), noun, vol))
    if found:
        _, noun, vol = max(found)
        return noun, vol
    if no_output(text):
        return NONE, None
    for i, tok in enumerate(toks):
        strong = tok in _STRONG_MARKERS or (tok in RESULT_MARKERS and (i == 0 or toks[i - 1] in (",", ";", ":")))
        making = tok in MAKING_VERBS or tok in RESULT_MARKERS
        if not (strong or making):
            continue
        j = i + 1
        while j < len(toks) and toks[j] in (":", "nya"):
            j += 1
        noun, _ = _noun_at(toks, j)
        if noun and " " in noun and noun.split()[0] in OUTPUT_NOUNS and noun.split()[0] not in OPEN_COMPOUND_HEADS:
            noun = noun.split()[0]  # uncounted "notulen rapat koordinasi": the notes
        if noun and (strong or _known(noun)) and toks[j - 1] not in TOPIC_WORDS:
            return noun, 1.0
    return None, None


def answer_output(text: str) -> tuple[str | None, float | None]:
    """The output named by an answer to "apa hasilnya?": a count, or the noun phrase itself."""
    noun, vol = find_output(text)
    if noun is not None:
        return noun, vol
    words = {w.lower() for w in content_words(text) if looks_like_word(w)}
    toks = [t.lower() for t in _TOKEN.findall(text) if _is_word(t)]
    for j in range(len(toks)):
        if toks[j] in _STRONG_MARKERS or toks[j] in RESULT_MARKERS or toks[j] not in words:
            continue
        noun, _ = _noun_at(toks, j)
        if noun:
            return noun, 1.0
    return None, None
