"""A topic of a question ("soal perjadin", "terkait jaringan", "yang berhubungan dengan
SPJ") matched against what people wrote.

Words and meaning: each word of the topic stands for itself, its written-out or short
form (``knowledge.glossary``: SPJ = surat pertanggungjawaban, LAKIN = laporan kinerja)
and the words that mean the same (``SAME``: vulnerability = kerentanan). An entry is
about the topic when its text (with short forms written out) contains every word of
the topic in one of those forms, as a whole word or the start of one; "A / B" and
"A atau B" are either.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from agent.tanya.stems import shares_stem, stems, variants
from knowledge.glossary import builtin, key_of

# words that mean the same thing in an office (translations and equivalent terms, not narrower terms:
# "jaringan" does not find "router", as a person searching the journal for the word would not)
SAME = (
    ("perjadin", "perjalanan dinas", "sppd", "spd"),
    ("jaringan", "network"),
    ("rapat", "meeting"),
    ("keamanan", "security"),
    ("kerentanan", "vulnerability", "vulnerabilitas"),
    ("insiden", "incident"),
    ("backup", "pencadangan", "cadangan"),
    ("restore", "pemulihan"),
    ("pengujian", "testing", "uji"),
    ("bug", "kesalahan program"),
    ("honor", "honorarium"),
    ("dashboard", "dasbor"),
    ("helpdesk", "help desk"),
    ("pelatihan", "training"),
    ("notulen", "notula", "notulensi"),
    ("server", "peladen"),
    ("stok", "stock"),
    ("stok opname", "stock opname"),
)
# narrower terms a careful reader counts as about the topic ("jaringan": a router swapped, bandwidth
# arranged with the provider): the office and IT vocabulary of a government agency, not any one journal's
RELATED = {
    "jaringan": ("router", "switch", "bandwidth", "vsat", "wan", "lan", "vpn", "wifi", "wi-fi", "internet", "koneksi",
                 "link", "firewall", "access point", "kabel", "topologi", "ip address", "dns", "mikrotik", "isp",
                 "provider", "fiber", "fo"),
    "server": ("vm", "virtual machine", "pusat data", "data center", "hosting", "storage", "rack", "proxmox",
               "vmware", "peladen"),
    "keamanan": ("firewall", "antivirus", "malware", "phishing", "kerentanan", "vulnerability", "insiden",
                 "siber", "ssl", "sertifikat", "enkripsi", "hardening", "pentest", "csirt"),
    "bmn": ("inventaris", "aset", "persediaan", "stock opname", "stok opname", "simak", "barang milik negara",
            "sensys", "penghapusan barang", "kendaraan dinas", "atk"),
    "inventaris": ("bmn", "aset", "persediaan", "stock opname", "stok opname", "simak", "barang milik negara"),
    "aset": ("bmn", "inventaris", "persediaan", "simak", "barang milik negara"),
    "arsip": ("kearsipan", "lemari arsip", "retensi", "klasifikasi arsip", "arsip digital"),
    "kepegawaian": ("presensi", "absensi", "cuti", "skp", "kenaikan pangkat", "mutasi", "sdm", "e-kinerja",
                    "simpeg", "angka kredit", "jabatan fungsional"),
    "keuangan": ("spj", "lpj", "kuitansi", "kwitansi", "honor", "perjadin", "pembayaran", "bendahara", "spm", "sp2d",
                 "uang persediaan", "pajak", "sakti", "rekonsiliasi", "anggaran"),
    "anggaran": ("rka", "rka-k/l", "dipa", "pagu", "revisi anggaran", "realisasi anggaran", "pok", "rpd", "sakti"),
    "rapat": ("rakor", "meeting", "vicon", "notulen", "standup", "kick-off"),
    "pelatihan": ("training", "bimtek", "bimbingan teknis", "workshop", "diklat", "webinar", "kursus"),
    "helpdesk": ("tiket", "keluhan", "reset password", "akun terkunci"),
    "tiket": ("helpdesk", "keluhan"),
    "dokumentasi": ("notulen", "manual", "panduan", "juknis", "dokumen teknis"),
    "pengujian": ("testing", "uji", "uat", "qa", "test case"),
    "laporan kinerja": ("lakin", "lkj"),
    "monitoring": ("monev", "pemantauan", "dashboard monitoring"),
}
# words too common to find a topic by their stem alone ("kepegawaian" is not every entry about a "pegawai")
PLAIN = frozenset(["pegawai", "kerja", "data", "satu", "tim", "orang"])
# glossary meanings that are explanations, not the same words ("deploy" is not "server", "zoom" not "rapat")
GLOSSES = frozenset(["deploy", "bug", "meet", "meeting", "zoom", "vicon", "vm", "vps", "db", "api", "wfh", "wfo"])
# words of a topic phrase that carry no topic
FILLER = frozenset(["yang", "dan", "di", "ke", "dari", "untuk", "pada", "dengan", "oleh", "dalam", "soal", "terkait", "tentang", "mengenai", "perihal", "berhubungan", "berkaitan", "hubungannya", "kaitannya", "menyangkut", "urusan", "masalah", "kegiatan", "aktivitas", "entri", "kerjaan", "pekerjaan", "tugas", "apa", "saja", "mana", "ada", "the", "itu", "ini", "nya", "hal", "bidang", "seputar", "buat", "bikin", "ngurusin", "mengurus", "ngurus", "kata"])
# nouns that only say what kind of thing the topic is ("modul mitra", "aplikasi SOBAT"): optional when the
# topic has a more specific word
GENERIC = frozenset(["modul", "aplikasi", "app", "sistem", "fitur", "menu", "halaman", "laporan", "dokumen", "data", "file", "program", "bagian", "hal", "fungsi", "layanan", "penataan", "pengelolaan", "penyusunan", "pembuatan", "pelaksanaan", "penanganan", "pengurusan", "pengerjaan", "persiapan", "kegiatan"])


def _norm(word: str) -> str:
    return word.lower().strip(" .,;:?!'\"()")


@lru_cache(maxsize=20_000)
def _full(word: str) -> str | None:
    """The written-out form of a short form ("SPJ" -> "surat pertanggungjawaban"), from the glossary."""
    if key_of(word) in GLOSSES:
        return None
    t = builtin().meaning(word)
    if t is None:
        return None
    full = key_of(re.sub(r"\s*\([^)]*\)", "", t.full))
    return full if full != key_of(word) else None


def _shorts(full: str) -> set[str]:
    """The short forms written out as ``full``."""
    return set(_short_index().get(full, ()))


@lru_cache(maxsize=1)
def _short_index() -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for t in builtin().terms:
        key = key_of(t.short)
        if key not in GLOSSES:
            index.setdefault(key_of(re.sub(r"\s*\([^)]*\)", "", t.full)), set()).add(key)
    return {k: frozenset(v) for k, v in index.items()}


def forms(term: str) -> set[str]:
    """A topic word (or phrase) and every form that means the same here."""
    term = _norm(term)
    out = {term}
    full = _full(term.upper()) or _full(term)
    if full:
        out.add(full)
    out |= _shorts(term)
    for group in SAME:
        if out & set(group):
            out |= set(group)
    for f in list(out):
        out |= set(RELATED.get(f, ()))
    for f in list(out):
        more = _full(f.upper()) if " " not in f else None
        if more:
            out.add(more)
    return {f for f in out if f}


@dataclass(frozen=True)
class Topic:
    phrase: str
    options: tuple[tuple[frozenset[str], ...], ...]  # "A / B", "A atau B": any option; each: every term
    words: tuple[tuple[str, ...], ...] = ()  # the words of each option
    own: tuple[tuple[str, ...], ...] = ()  # the asker's own word(s) of each term: matched in any of their forms

    def matches(self, text: str, process: str | None = None, route: frozenset[str] = frozenset()) -> bool:
        """The text is about the topic (a form of each word, as written or as another form of the word); or
        the entry serves a process whose name says the topic (``route``, see ``processes``)."""
        if process and process in route:
            return True
        low = " " + _prepare(text) + " "
        words = stems(low)
        return any(all(any(_has(low, f) for f in alts) or (" " not in own and shares_stem(own, words, PLAIN))
                       for alts, own in zip(terms, owns, strict=False))
                   for terms, owns in zip(self.options, self.own, strict=False))

    def processes(self, catalog) -> frozenset[str]:
        """The processes (``(id, name)`` of the catalog) whose name says a topic of several words
        ("melayani permintaan data pengguna": Layanan data statistik bagi pengguna): at least three quarters
        of its words, the most of any process. Used when no entry says the topic in words."""
        out: set[str] = set()
        for words in self.words:
            if len(words) < 2:
                continue
            scored = [(sum(1 for w in words if shares_stem(w, stems(name.lower()))), pid) for pid, name in catalog]
            best = max((sc for sc, _ in scored), default=0)
            if best >= 2 and best >= 0.75 * len(words):
                out |= {pid for sc, pid in scored if sc == best}
        return frozenset(out)


def _prepare(text: str) -> str:
    """The text and, after it, the full forms of the short forms it uses (as the writer's case allows)."""
    low = text.lower()
    full = [f for f in (_full(w) for w in re.findall(r"[A-Za-z][A-Za-z0-9]*", text)) if f]
    return " ".join((low + " " + " ".join(full)).split())


def _has(low: str, form: str) -> bool:
    if len(form) >= 5:  # "jaringan" also finds "jaringannya"; short forms only as whole words
        return re.search(rf"(?<![a-z0-9]){re.escape(form)}", low) is not None
    return re.search(rf"(?<![a-z0-9]){re.escape(form)}(?![a-z0-9])", low) is not None


def _phrase(words: list[str]) -> bool:
    """The words form a known term ("data center", "laporan kinerja")."""
    return len(forms(" ".join(words))) > 1


def _terms(words: list[str]) -> tuple[tuple[frozenset[str], ...], tuple[str, ...]]:
    """The terms of an option (every form of each) and the asker's words of each."""
    terms: list[frozenset[str]] = []
    own: list[str] = []
    i = 0
    while i < len(words):  # a known phrase of two or three words is one term ("perjalanan dinas")
        for k in (3, 2):
            chunk = " ".join(words[i:i + k])
            if len(words[i:i + k]) == k and len(forms(chunk)) > 1:
                terms.append(frozenset(forms(chunk)))
                own.append(chunk)
                i += k
                break
        else:
            terms.append(frozenset(forms(words[i])))
            own.append(words[i])
            i += 1
    return tuple(terms), tuple(own)


def topic(phrase: str | None) -> Topic | None:
    """The topic of a phrase ("A / B" or "A atau B": either), or ``None`` when it has no topic word."""
    if not phrase:
        return None
    options, shown, plain, owns = [], [], [], []
    for part in re.split(r"\s*/\s*|\s+atau\s+|\s+or\s+|\s*,\s*", phrase):
        words = [w[:-4] if w.endswith("-nya") else w[:-3] if w.endswith("nya") and len(w) >= 7 else w
                 for w in (_norm(x) for x in part.split())]
        words = [w for w in words if w and w not in FILLER]
        said = tuple(words)  # with the generic nouns: a process name says those too
        if any(w not in GENERIC and len(w) >= 5 for w in words):  # "satu data" keeps "data"
            words = [w for w in words if w not in GENERIC] if len(words) > 1 and not _phrase(words) else words
        if words:
            terms, own = _terms(words)
            options.append(terms)
            owns.append(own)
            shown.append(" ".join(words))
            plain.append(said)
    return Topic(" / ".join(shown), tuple(options), tuple(plain), tuple(owns)) if options else None


class Vocabulary:
    """The words an agency's entries use (with short forms written out), to tell a topic from other words."""

    def __init__(self, texts):
        written: set[str] = set()
        for t in texts:
            written.update(re.findall(r"[A-Za-z0-9][A-Za-z0-9\-]*", t))
        words = {w.lower() for w in written}
        for w in written:  # each distinct word once: its written-out form's words too
            full = _full(w)
            if full:
                words.update(re.findall(r"[a-z0-9][a-z0-9\-]*", full))
        self.words = frozenset(words)
        self.stems = frozenset(v for w in words for v in variants(w))

    def knows(self, word: str) -> bool:
        """Whether the entries use the word, one of its forms ("penataan" when they write "nata"), or a term
        that means the same."""
        word = _norm(word)
        return any(all(w in self.words for w in f.split()) for f in forms(word)) or bool(variants(word) & self.stems)
