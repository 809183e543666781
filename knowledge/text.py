"""Indonesian-aware text handling for lexical search.

Tokens are lower-cased words plus whole codes (``pb-1.2``, ``rhk-3``), common
abbreviations of government work are expanded (``rakor`` -> ``rapat
koordinasi``), stop words dropped and a light stemmer strips particles,
possessives and the usual prefixes/suffixes so that ``pengembangan`` and
``mengembangkan`` meet. The same function runs on documents and queries, so
consistency matters more than linguistic perfection.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

ABBREVIATIONS: dict[str, str] = {
    "rakor": "rapat koordinasi",
    "rakornas": "rapat koordinasi nasional",
    "rakortek": "rapat koordinasi teknis",
    "monev": "monitoring evaluasi",
    "bimtek": "bimbingan teknis",
    "st": "surat tugas",
    "bast": "berita acara serah terima",
    "spj": "surat pertanggungjawaban",
    "lpj": "laporan pertanggungjawaban",
    "tl": "tindak lanjut",
    "sop": "standar operasional prosedur",
    "juknis": "petunjuk teknis",
    "juklak": "petunjuk pelaksanaan",
    "renja": "rencana kerja",
    "renstra": "rencana strategis",
    "lakip": "laporan akuntabilitas kinerja",
    "lkj": "laporan kinerja",
    "lkjip": "laporan kinerja instansi pemerintah",
    "sakip": "sistem akuntabilitas kinerja instansi pemerintah",
    "spbe": "sistem pemerintahan berbasis elektronik",
    "tik": "teknologi informasi komunikasi",
    "ti": "teknologi informasi",
    "capi": "computer assisted personal interviewing",
    "cawi": "computer assisted web interviewing",
    "satker": "satuan kerja",
    "skpd": "satuan kerja perangkat daerah",
    "probis": "proses bisnis",
    "pokin": "pohon kinerja",
    "skp": "sasaran kinerja pegawai",
    "rhk": "rencana hasil kerja",
    "iku": "indikator kinerja utama",
    "asn": "aparatur sipil negara",
    "pns": "pegawai negeri sipil",
    "dl": "dinas luar",
    "nd": "nota dinas",
    "uat": "user acceptance test",
    "diklat": "pendidikan pelatihan",
    "dok": "dokumen",
    "lap": "laporan",
    "koord": "koordinasi",
}

STOPWORDS = frozenset(
    """
    yang dan di ke dari untuk dengan pada dalam atau ini itu adalah sebagai oleh
    juga akan telah sudah serta bagi tentang agar karena bahwa secara para tiap
    setiap suatu sebuah para yaitu ialah maupun hingga sampai antara tersebut
    saya kami kita aku dia mereka nya ada apa bagaimana kapan mana siapa
    hari ini kemarin tadi lalu the of and to a in for is on
    """.split()
)

_WORD = re.compile(r"[a-z0-9]+(?:[.\-/][a-z0-9]+)*")
_PREFIXES = ("meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "per", "pe",
             "ber", "be", "ter", "di", "ke", "se")
_SUFFIXES = ("kan", "an", "i")
_PARTICLES = ("lah", "kah", "tah", "pun", "nya", "ku", "mu")


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower()


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """A light Indonesian stemmer; numbers and short words are left alone."""
    if len(word) <= 4 or not word.isalpha():
        return word
    w = word
    for p in _PARTICLES:
        if w.endswith(p) and len(w) - len(p) >= 4:
            w = w[: -len(p)]
            break
    for p in _PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 4:
            w = w[len(p):]
            break
    for s in _SUFFIXES:
        if w.endswith(s) and len(w) - len(s) >= 4:
            w = w[: -len(s)]
            break
    return w


def expand_abbreviations(words: list[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        out.append(w)
        full = ABBREVIATIONS.get(w)
        if full and full != w:
            out.extend(full.split())
    return out


def tokenize(text: str) -> list[str]:
    """Tokens for BM25: codes kept whole and split, abbreviations expanded, stemmed."""
    raw = _WORD.findall(normalize(text))
    words: list[str] = []
    for tok in raw:
        if any(c in tok for c in ".-/"):
            words.append(tok)  # the whole code, e.g. "pb-1.2"
            words.extend(p for p in re.split(r"[.\-/]", tok) if p)
        else:
            words.append(tok)
    words = expand_abbreviations(words)
    return [stem(w) for w in words if w not in STOPWORDS]


def expand_query(text: str) -> str:
    """The query with its abbreviations spelled out, for the dense side."""
    parts = []
    for w in re.findall(r"\S+", text):
        full = ABBREVIATIONS.get(w.lower().strip(".,;:!?()"))
        parts.append(f"{w} ({full})" if full and full != w.lower() else w)
    return " ".join(parts)
