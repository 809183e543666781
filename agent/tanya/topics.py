"""A topic of a question ("soal perjadin", "terkait jaringan", "yang berhubungan dengan
SPJ") matched against what people wrote.

Words and meaning: each word of the topic stands for itself, its written-out or short
form (``agent.abbreviations``: SPJ = surat pertanggungjawaban) and the words an office
uses for the same thing (``SAME``: jaringan = WAN, VPN, router ...). An entry is about
the topic when its text (with short forms written out) contains every word of the
topic in one of those forms, as a whole word or the start of one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from agent.abbreviations import ABBREVIATIONS

# a general word of an office and the more specific words that fall under it (domain vocabulary, not
# question wordings): "jaringan" finds "VPN"; "router" finds only routers
SAME = {
    "perjadin": ("perjalanan dinas", "sppd", "spd", "dinas luar", "surat perjalanan dinas"),
    "jaringan": ("network", "wan", "lan", "vpn", "router", "bandwidth", "vsat", "koneksi", "internet", "wifi", "switch"),
    "server": ("vm", "server virtual", "pusat data", "data center", "cluster"),
    "rapat": ("rakor", "rapat koordinasi", "meeting", "rapim"),
    "anggaran": ("rka", "rkakl", "dipa", "pagu", "rab", "realisasi anggaran"),
    "bimtek": ("bimbingan teknis", "pelatihan", "diklat", "pendampingan", "sharing session"),
    "keamanan": ("kerentanan", "vulnerability", "insiden", "phishing", "siber", "bssn"),
    "backup": ("pencadangan", "restore", "pemulihan"),
    "helpdesk": ("tiket",),
    "uji": ("pengujian", "uat", "testing", "skenario uji"),
    "pengujian": ("uji", "uat", "testing"),
    "bug": ("kesalahan program",),
    "pajak": ("pph", "ppn", "e-billing"),
    "honor": ("honorarium",),
    "bmn": ("barang milik negara", "inventaris", "persediaan", "stock opname", "simak"),
    "arsip": ("kearsipan",),
    "surat": ("nodin", "nota dinas", "disposisi", "persuratan"),
    "kepegawaian": ("skp", "presensi", "cuti"),
    "dashboard": ("looker", "grafana"),
    "klinik": ("e-klinik", "eklinik"),
    "monitoring": ("monev", "pemantauan"),
    "keuangan": ("spj", "lpj", "spm", "spp", "bendahara", "kuitansi", "bku", "pajak", "tagihan", "uang harian"),
}
# words of a topic phrase that carry no topic
FILLER = frozenset("""
yang dan atau di ke dari untuk pada dengan oleh dalam soal terkait tentang mengenai perihal berhubungan
berkaitan hubungannya kaitannya menyangkut urusan masalah kegiatan aktivitas entri kerjaan pekerjaan tugas
apa saja mana ada the itu ini nya hal bidang seputar buat bikin ngurusin mengurus ngurus
""".split())


# nouns that only say what kind of thing the topic is ("modul mitra", "aplikasi SOBAT"): optional when the
# topic has a more specific word
GENERIC = frozenset("""
modul aplikasi app sistem fitur menu halaman laporan dokumen data file program bagian hal fungsi layanan
""".split())


def _norm(word: str) -> str:
    return word.lower().strip(" .,;:?!'\"()")


_EXPAND = {k: v for k, v in ABBREVIATIONS.items() if len(k) >= 2}
_SHORT_OF: dict[str, set[str]] = {}
for _k, _v in _EXPAND.items():
    _SHORT_OF.setdefault(_v, set()).add(_k)


def forms(term: str) -> set[str]:
    """A topic word (or phrase) and every form that means the same here."""
    term = _norm(term)
    out = {term}
    if term in _EXPAND:
        out.add(_EXPAND[term])
    out |= _SHORT_OF.get(term, set())
    for head in list(out):
        out |= set(SAME.get(head, ()))
    for f in list(out):
        if f in _EXPAND:
            out.add(_EXPAND[f])
    return {f for f in out if f}


@dataclass(frozen=True)
class Topic:
    phrase: str
    options: tuple[tuple[frozenset[str], ...], ...]  # "A / B", "A atau B": any option; each: every term

    def matches(self, text: str) -> bool:
        low = " " + _prepare(text) + " "
        return any(all(any(_has(low, f) for f in alts) for alts in terms) for terms in self.options)


def _prepare(text: str) -> str:
    from agent.abbreviations import expand

    low = text.lower()
    return " ".join((low + " " + expand(text).lower()).split())


def _has(low: str, form: str) -> bool:
    if len(form) >= 5:  # "jaringan" also finds "jaringannya"; short forms only as whole words
        return re.search(rf"(?<![a-z0-9]){re.escape(form)}", low) is not None
    return re.search(rf"(?<![a-z0-9]){re.escape(form)}(?![a-z0-9])", low) is not None


def _phrase(words: list[str]) -> bool:
    """The words form a known term ("data center", "laporan kinerja")."""
    return len(forms(" ".join(words))) > 1


def _terms(words: list[str]) -> tuple[frozenset[str], ...]:
    terms: list[frozenset[str]] = []
    i = 0
    while i < len(words):  # a known phrase of two or three words is one term ("perjalanan dinas")
        for k in (3, 2):
            chunk = " ".join(words[i:i + k])
            if len(words[i:i + k]) == k and len(forms(chunk)) > 1:
                terms.append(frozenset(forms(chunk)))
                i += k
                break
        else:
            terms.append(frozenset(forms(words[i])))
            i += 1
    return tuple(terms)


def topic(phrase: str | None) -> Topic | None:
    """The topic of a phrase ("A / B" or "A atau B": either), or ``None`` when it has no topic word."""
    if not phrase:
        return None
    options, shown = [], []
    for part in re.split(r"\s*/\s*|\s+atau\s+|\s+or\s+|\s*,\s*", phrase):
        words = [re.sub(r"-?nya$", "", w) for w in (_norm(x) for x in part.split())]
        words = [w for w in words if w and w not in FILLER]
        if any(w not in GENERIC for w in words):
            words = [w for w in words if w not in GENERIC] if len(words) > 1 and not _phrase(words) else words
        if words:
            options.append(_terms(words))
            shown.append(" ".join(words))
    return Topic(" / ".join(shown), tuple(options)) if options else None


class Vocabulary:
    """The words an agency's entries use (with short forms written out), to tell a topic from other words."""

    def __init__(self, texts):
        words: set[str] = set()
        for t in texts:
            words.update(re.findall(r"[a-z0-9][a-z0-9\-]*", _prepare(t)))
        self.words = frozenset(words)

    def knows(self, word: str) -> bool:
        word = _norm(word)
        return any(all(w in self.words for w in f.split()) for f in forms(word))
